using Gongkai.Tests.Support;
using Gongkai.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

/// <summary>The one-time set-up page in Chromium, without JavaScript, as the county's IT officer meets it.</summary>
public sealed class SetupBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_setup_address_installs_the_county_once_and_its_administrator_signs_in()
    {
        await using var host = await TestHost.StartAsync("sqlite", demo: false);
        var token = await host.Services.GetRequiredService<SetupToken>().IssueIfNeededAsync(host.Services);
        var page = await browser.NewPageAsync(host, javaScript: true);
        await page.GotoAsync($"/setup?token={token}");
        Assert.Equal("安装政府信息公开平台", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(page, "setup"));

        await page.GetByLabel("县（市、区）名称").FillAsync("巫溪县");
        await page.GetByLabel("单位代码").FillAsync("wuxi");
        await page.GetByLabel("行政区划代码").FillAsync("500238");
        await page.GetByLabel("用户名").FillAsync("xxgk.admin");
        await page.GetByLabel("密码（至少 10 个字符").FillAsync("Setup-pass-2027");
        await page.GetByLabel("再次输入密码").FillAsync("Setup-pass-2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "安装" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/login");
        Assert.Contains("安装完成：已建立巫溪县人民政府和系统管理员 xxgk.admin", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("用户名").FillAsync("xxgk.admin");
        await page.GetByLabel("密码").FillAsync("Setup-pass-2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        Assert.Contains("系统管理员", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/staff/bodies");
        await page.GetByRole(AriaRole.Link, new() { Name = "增加单位" }).ClickAsync();
        await page.GetByLabel("单位代码").FillAsync("czj");
        await page.GetByLabel("全称", new() { Exact = true }).FillAsync("巫溪县财政局");
        await page.GetByRole(AriaRole.Button, new() { Name = "增加" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/bodies/*");
        Assert.Contains("已增加单位 巫溪县财政局", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        var again = await page.GotoAsync($"/setup?token={token}");
        Assert.Equal(404, again!.Status);
    }
}
