using Gongkai.Tests.Support;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public sealed class PortalAndBackOfficeTests(BrowserFixture browser, SqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<SqliteHost>
{
    private async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = f.Host.Address.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 375, Height = 740 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            Locale = "zh-CN",
            JavaScriptEnabled = false,
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task A_body_administrator_updates_the_guide_and_citizens_see_it_without_JavaScript()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("巫溪县政府信息公开", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(32, await page.Locator("section#bodies ul.body-list").Nth(2).Locator("li").CountAsync());

        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync("czj.admin");
        await page.GetByLabel("密码").FillAsync("Gongkai@2015");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        Assert.Contains("单位管理员：巫溪县财政局", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/staff/bodies");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^编辑\\s*：巫溪县财政局$") }).ClickAsync();
        await page.GetByLabel("办公时间").FillAsync("周一至周五 上午9:00—12:00，下午14:00—17:30（法定节假日除外）");
        await page.GetByLabel("联系电话").FillAsync("023-51521234");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/bodies/*");
        Assert.Contains("单位信息已保存", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("023-51521234", await page.Locator("table.list").Last.InnerTextAsync(), StringComparison.Ordinal);

        // Another body's record is refused.
        var other = await f.Host.WithDbAsync((db, _) => Task.FromResult(db.Bodies.Single(b => b.Code == "ninghe").Id));
        var denied = await page.GotoAsync($"/staff/bodies/{other}");
        Assert.Equal(403, denied!.Status);
        Assert.Equal("无权操作", await page.Locator("h1").InnerTextAsync());

        var citizen = await NewPageAsync(phone: true);
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "巫溪县财政局", Exact = true }).ClickAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = "政府信息公开指南" }).ClickAsync();
        var guide = await citizen.Locator("article.guide").InnerTextAsync();
        Assert.Contains("023-51521234", guide, StringComparison.Ordinal);
        Assert.Contains("下午14:00—17:30", guide, StringComparison.Ordinal);
        // Usable on a phone: nothing wider than the screen.
        Assert.True(await citizen.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [Fact]
    public async Task The_calendar_page_explains_a_deadline_day_by_day()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync("jiandu");
        await page.GetByLabel("密码").FillAsync("Gongkai@2015");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        await page.GotoAsync("/staff/calendar?month=2015-10");
        await page.GetByLabel("起算日（次日起算）").FillAsync("2015-09-30");
        await page.GetByLabel("工作日数").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "推算" }).ClickAsync();
        var result = await page.Locator("p.result").InnerTextAsync();
        Assert.Contains("期满日为 2015-11-03（星期二）", result, StringComparison.Ordinal);
        Assert.Equal(7, await page.Locator("table.month td.rest .name").Filter(new() { HasText = "国庆节" }).CountAsync());
        // A supervisor reads the calendar but gets no form to change it.
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "保存调整" }).CountAsync());
    }
}
