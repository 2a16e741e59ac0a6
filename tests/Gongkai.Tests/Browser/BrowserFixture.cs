using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright; never Playwright's own browser download.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("GONGKAI_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium not found at {path}: run scripts/test (it installs it) or set GONGKAI_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
