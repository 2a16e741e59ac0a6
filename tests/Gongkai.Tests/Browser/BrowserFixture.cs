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

    /// <summary>A fresh browser context on <paramref name="host"/>: desktop or phone-sized, with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(TestHost host, bool javaScript = false, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Address.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 375, Height = 740 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            Locale = "zh-CN",
            JavaScriptEnabled = javaScript,
            // axe is injected into pages whose policy forbids inline scripts.
            BypassCSP = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form as one of the demo logins.</summary>
    public static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync("Gongkai@2015");
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            try
            {
                // Only the redirect is awaited, not the back-office page's load event.
                await page.WaitForURLAsync("**/staff", new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
                return;
            }
            catch (TimeoutException)
            {
                // Once in CI the page sat idle on the login form after the click. A form with no message was never
                // posted, so it is clicked once more; a refusal from the server fails the test with its words.
                var said = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
                var unposted = page.Url.EndsWith("/staff/login", StringComparison.Ordinal) && await page.Locator("[role=alert]").CountAsync() == 0;
                if (attempt == 2 || !unposted)
                {
                    throw new InvalidOperationException($"login as {user} did not reach /staff (at {page.Url}): {said[..Math.Min(400, said.Length)]}");
                }

                Console.Error.WriteLine($"login as {user}: still on the unposted form after 30 s, clicking again");
            }
        }
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
