using System.Text.RegularExpressions;
using Gongkai.Tests.Integration;
using Gongkai.Tests.Support;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public sealed class CalendarBrowserTests(BrowserFixture browser, BusySqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>
{
    [Fact]
    public async Task An_administrator_types_the_2027_notice_previews_the_moved_case_and_saves_it_without_JavaScript()
    {
        var (id, tracking) = await CalendarNoticeTests.RegisterCaseIn2027Async(f.Host);
        var page = await browser.NewPageAsync(f.Host);
        await BrowserFixture.SignInAsync(page, "admin");
        var due = page.Locator("p", new() { Has = page.Locator(".due") });
        await page.GotoAsync($"/staff/applications/{id}");
        Assert.Contains("答复期限：2027-02-23（暂定", await due.InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/staff/calendar");
        await page.GetByRole(AriaRole.Link, new() { Name = "按通知原文录入节假日安排" }).ClickAsync();

        await page.GetByLabel("年份").FillAsync("2027");
        await page.GetByLabel("通知名称、文号或网址", new() { Exact = false }).FillAsync("国务院办公厅关于2027年部分节假日安排的通知");
        await page.GetByLabel("第 1 个节日（元旦）放假开始日期").FillAsync("2027-01-01");
        await page.GetByLabel("第 1 个节日（元旦）放假结束日期").FillAsync("2027-01-03");
        await page.GetByLabel("第 2 个节日（春节）放假开始日期").FillAsync("2027-02-05");
        // First typed wrong, as happens: the end before the start.
        await page.GetByLabel("第 2 个节日（春节）放假结束日期").FillAsync("2027-01-12");
        await page.GetByLabel("第 1 个调休上班日").FillAsync("2027-02-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        Assert.Contains("“春节”的结束日期 2027-01-12 早于开始日期 2027-02-05。", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("2027-02-20", await page.GetByLabel("第 1 个调休上班日").InputValueAsync());

        await page.GetByLabel("第 2 个节日（春节）放假结束日期").FillAsync("2027-02-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        var preview = page.Locator("section.preview");
        Assert.Contains("春节：2027-02-05 至 2027-02-12 放假，共 8 天", await preview.InnerTextAsync(), StringComparison.Ordinal);
        var row = preview.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = tracking }) });
        Assert.Equal(["2027-02-23（暂定）", "2027-02-24"], (await row.Locator("td").AllInnerTextsAsync()).Skip(2));

        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/calendar\\?month=2027-01$"));
        Assert.Contains($"{tracking} 2027-02-23（暂定） → 2027-02-24", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("元旦", await page.Locator("table.month").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/staff/applications/{id}");
        var after = await due.InnerTextAsync();
        Assert.Contains("答复期限：2027-02-24", after, StringComparison.Ordinal);
        Assert.DoesNotContain("暂定", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_notice_form_and_its_preview_pass_axe_WCAG_2_1_AA_and_the_HTML_checker()
    {
        var page = await browser.NewPageAsync(f.Host, javaScript: true);
        await BrowserFixture.SignInAsync(page, "admin");
        await page.GotoAsync("/staff/calendar/notice");
        var dir = TestDatabases.NewDataDirectory();
        var files = new List<string> { Path.Combine(dir, "form.html"), Path.Combine(dir, "preview.html") };
        // The HTML is saved before axe adds its script to the page.
        await File.WriteAllTextAsync(files[0], await page.ContentAsync());
        var failures = (await BrowserFixture.AxeViolationsAsync(page, "form")).ToList();

        await page.GetByLabel("年份").FillAsync("2029");
        await page.GetByLabel("通知名称、文号或网址", new() { Exact = false }).FillAsync("国务院办公厅关于2029年部分节假日安排的通知");
        await page.GetByLabel("第 1 个节日（元旦）放假开始日期").FillAsync("2029-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await page.Locator("section.preview").WaitForAsync();
        await File.WriteAllTextAsync(files[1], await page.ContentAsync());
        failures.AddRange(await BrowserFixture.AxeViolationsAsync(page, "preview"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var report = await Tools.ValidateHtmlAsync(files);
        Assert.True(report.Length == 0, report);
    }
}
