using System.Text.RegularExpressions;
using Gongkai.Tests.Support;
using Gongkai.Tests.Websites;
using Gongkai.Websites;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

/// <summary>The county office registers a site served by nginx, asks for a check and reads the findings, at phone width.</summary>
public abstract class WebsiteBrowserTests(BrowserFixture browser, TestHost server) : IDisposable
{
    private readonly NginxSite _site = new();

    public void Dispose()
    {
        _site.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_supervisor_registers_a_site_asks_for_a_check_and_sees_the_dead_link()
    {
        _site.Write("index.html", """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试乡镇网</title></head><body>
            <ul><li><a href="/gone.html">已删除的通知</a> 2026-11-28</li><li><a href="/mail.html">镇长信箱</a> 2026-11-27</li></ul></body></html>
            """);
        _site.Write("mail.html", """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>镇长信箱</title></head><body><p>暂停受理。</p></body></html>""");
        _site.Start();

        var page = await browser.NewPageAsync(server, javaScript: true, phone: true);
        await BrowserFixture.SignInAsync(page, "jiandu");
        await page.GotoAsync("/staff/websites");
        await page.GetByLabel("网站名称").FillAsync("测试乡镇网");
        await page.GetByLabel("网站代码").FillAsync("browser-town");
        await page.GetByLabel("首页地址").FillAsync(_site.Address);
        await page.GetByLabel("主办单位").SelectOptionAsync(new SelectOptionValue { Label = "巫溪县宁河街道办事处" });
        await page.GetByLabel("网站类型").SelectOptionAsync(new SelectOptionValue { Label = "乡镇街道网站" });
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/websites/\\d+$"));
        Assert.Contains("已登记网站“测试乡镇网”", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByText("添加栏目或互动渠道").ClickAsync();
        await page.GetByLabel("名称", new() { Exact = true }).FillAsync("镇长信箱");
        await page.GetByLabel("列表页（或互动页面）地址").FillAsync(_site.Address + "mail.html");
        await page.GetByLabel("类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "互动渠道" });
        await page.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        Assert.Contains("已添加互动渠道“镇长信箱”", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "立即检查" }).ClickAsync();
        Assert.Contains("已安排立即检查", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        // The next round of the scheduled jobs, driven here with a checker that does not wait between requests.
        await server.WithDbAsync(async (db, _) =>
            await new SiteChecker(db, new SiteCheckHttp(new HttpClient()), new SiteCheckOptions { RequestInterval = TimeSpan.Zero }).RunDueAsync(), "定时任务");
        await page.ReloadAsync();
        var findings = await page.Locator("table", new() { HasText = "证据" }).InnerTextAsync();
        Assert.Contains("错链断链（站内）", findings, StringComparison.Ordinal);
        Assert.Contains(_site.Address + "gone.html", findings, StringComparison.Ordinal);
        Assert.Contains("状态码：404", findings, StringComparison.Ordinal);
        Assert.Contains("互动渠道不可用（单项否决）", findings, StringComparison.Ordinal);
        Assert.Contains("不合格：互动渠道不可用", await page.Locator("table.meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(page, "网站检查页"));
    }
}

public sealed class WebsiteBrowserTestsSqlite(BrowserFixture browser, BusySqliteHost f) : WebsiteBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>;

public sealed class WebsiteBrowserTestsPostgres(BrowserFixture browser, BusyPostgresHost f) : WebsiteBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<BusyPostgresHost>;
