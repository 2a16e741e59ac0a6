using System.Text.RegularExpressions;
using Gongkai.Supervision;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public abstract class SupervisionRegisterBrowserTests(BrowserFixture browser, TestHost server)
{
    [Fact]
    public async Task A_department_admin_replies_to_a_suggestion_on_a_phone_without_JavaScript_and_the_pages_pass_axe()
    {
        var id = await server.WithDbAsync(async (db, sp) =>
        {
            var county = await db.Bodies.Where(b => b.Code == "wuxi").Select(b => b.Id).SingleAsync();
            var czj = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
            var s = await sp.GetRequiredService<Suggestions>().CreateAsync(county, new SuggestionInput(SuggestionKind.DeputySuggestion, CongressLevel.County,
                "县十七届人大六次会议", "0088", "张代表", "关于公开惠农补贴发放明细的建议", czj, [], new DateOnly(2026, 8, 1), null));
            return s.Id;
        });

        var page = await browser.NewPageAsync(server, phone: true);
        await BrowserFixture.SignInAsync(page, "czj.admin");
        await page.GotoAsync("/staff/suggestions?year=2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "关于公开惠农补贴发放明细的建议" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/staff/suggestions/{id}$"));
        Assert.Contains("已超期", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);

        // The form as the office fills it, posted without scripts.
        await page.GetByLabel("答复日期").FillAsync("2026-11-20");
        await page.GetByLabel("答复内容").FillAsync("我局已在政府网站“惠农补贴”专栏按月公开发放明细。");
        await page.GetByLabel("公开方式").SelectOptionAsync(new SelectOptionValue { Label = "全文公开" });
        await page.GetByLabel("办理结果").SelectOptionAsync(new SelectOptionValue { Label = "已解决" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存答复" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/staff/suggestions/{id}$"));
        var facts = await page.Locator("dl.facts").InnerTextAsync();
        Assert.Contains("已答复（2026-11-20，超过答复期限）", facts, StringComparison.Ordinal);
        Assert.Contains("全文公开", facts, StringComparison.Ordinal);
        Assert.Contains("第0088号建议的答复（草稿）", facts, StringComparison.Ordinal);
        Assert.Contains("请提交审核", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        // Usable at 390 px: nothing wider than the screen but the scrolling tables.
        var axe = await browser.NewPageAsync(server, javaScript: true, phone: true);
        await BrowserFixture.SignInAsync(axe, "czj.admin");
        foreach (var path in new[] { $"/staff/suggestions/{id}", "/staff/suggestions?year=2026", "/staff/tasks", "/staff/meetings" })
        {
            await axe.GotoAsync(path);
            Assert.Empty(await BrowserFixture.AxeViolationsAsync(axe, path));
            var width = await axe.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 400, $"{path} is {width}px wide on a phone");
        }
    }
}

public sealed class SupervisionRegisterBrowserTestsSqlite(BrowserFixture browser, BusySqliteHost f) : SupervisionRegisterBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>;

public sealed class SupervisionRegisterBrowserTestsPostgres(BrowserFixture browser, BusyPostgresHost f) : SupervisionRegisterBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<BusyPostgresHost>;
