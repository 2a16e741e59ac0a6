using System.Text.Json;
using Gongkai.Tests.Support;
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

    /// <summary>The WCAG 2.1 A and AA violations axe finds on the page as it is now, one line each.</summary>
    public static async Task<IEnumerable<string>> AxeViolationsAsync(IPage page, string label)
    {
        await page.AddScriptTagAsync(new() { Content = await File.ReadAllTextAsync(Tools.AxeScript) });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        return result.EnumerateArray().Select(v => $"{label} → {v.GetString()}").ToList();
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
