using System.Text.RegularExpressions;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public sealed class ReportBrowserTests(BrowserFixture browser, BusySqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>
{
    private Task<IPage> NewPageAsync(bool javaScript = false) => browser.NewPageAsync(f.Host, javaScript);

    private static Task SignInAsync(IPage page, string user) => BrowserFixture.SignInAsync(page, user);

    [Fact]
    public async Task Staff_generate_edit_approve_and_publish_a_report_and_the_public_page_and_chart_render()
    {
        // An editor starts 县财政局's 2024 report, enters the figures the platform does not hold and writes the text.
        var editor = await NewPageAsync();
        await SignInAsync(editor, "czj.editor");
        await editor.GotoAsync("/staff/reports?year=2024");
        await editor.GetByRole(AriaRole.Button, new() { Name = "编制 巫溪县财政局 的年报" }).ClickAsync();
        await editor.WaitForURLAsync(new Regex("/staff/reports/\\d+$"));
        var url = editor.Url;
        Assert.Contains("本平台没有该项数据", await editor.Locator(".findings").InnerTextAsync(), StringComparison.Ordinal);
        foreach (var cell in ReportCalculator.ProactiveCells(ReportLayout.Official2021).Where(c => c.Enterable))
        {
            var input = editor.Locator($"input[name='figures[{ReportFigure.KeyOf(cell.Block, cell.Row, cell.Column)}]']");
            await input.FillAsync(cell.Column.Contains("金额", StringComparison.Ordinal) ? "1.25" : "3");
        }

        await editor.GetByRole(AriaRole.Button, new() { Name = "保存填报数据" }).ClickAsync();
        Assert.Contains("全部勾稽规则均已满足", await editor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await editor.GetByLabel("一、总体情况").FillAsync("2024年，本局依法做好政府信息公开工作。");
        await editor.GetByLabel("五、存在的主要问题及改进情况").FillAsync("解读形式有待丰富。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存正文" }).ClickAsync();
        Assert.Contains("2024年，本局依法做好政府信息公开工作。", await editor.Locator(".report-preview").InnerTextAsync(), StringComparison.Ordinal);

        // The reviewer approves and publishes.
        var reviewer = await NewPageAsync(javaScript: true);
        await SignInAsync(reviewer, "czj.reviewer");
        await reviewer.GotoAsync(url);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审定（固定数据）" }).ClickAsync();
        Assert.Equal("已审定，待发布", await reviewer.Locator(".state").InnerTextAsync());
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        Assert.Equal("已发布", await reviewer.Locator(".state").InnerTextAsync());

        // The public report page, its files, and the chart drawn from the data table's figures.
        var citizen = await NewPageAsync(javaScript: true);
        await citizen.GotoAsync("/reports");
        await citizen.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("巫溪县财政局2024") }).ClickAsync();
        Assert.Equal("巫溪县财政局2024年政府信息公开工作年度报告", await citizen.Locator("h1").InnerTextAsync());
        Assert.Equal(25, await citizen.Locator("table.applications tbody tr").CountAsync());
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.GetByRole(AriaRole.Link, new() { Name = "Word（DOCX）" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        await citizen.GetByRole(AriaRole.Link, new() { Name = "本单位历年年报和数据" }).ClickAsync();
        // Drawn on the server: there whether or not a script library was shipped.
        Assert.True(await citizen.Locator(".chart-figure svg.svg-chart rect.bar").CountAsync() > 0);

        Assert.Contains("2024", await citizen.Locator(".chart-figure table").First.InnerTextAsync(), StringComparison.Ordinal);
        var failures = await BrowserFixture.AxeViolationsAsync(citizen, "/reports?body=czj");
        Assert.Empty(failures);
        var id = await f.Host.WithDbAsync((db, _) => db.AnnualReports.Where(r => r.Year == 2024).Select(r => r.Id).SingleAsync());
        await citizen.GotoAsync($"/reports/{id}");
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(citizen, $"/reports/{id}"));
        await reviewer.GotoAsync(url);
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(reviewer, url));

        var saved = new List<string>();
        var dir = TestDatabases.NewDataDirectory();
        var http = await f.Host.SignInAsync("czj.reviewer");
        foreach (var path in new[] { "/reports", $"/reports/{id}", "/reports?body=czj&metric=reviews", "/staff/reports?year=2024", new Uri(url).AbsolutePath })
        {
            var file = Path.Combine(dir, $"page{saved.Count}.html");
            await File.WriteAllTextAsync(file, await (await http.GetAsync(path)).Content.ReadAsStringAsync());
            saved.Add(file);
        }

        var report = await Tools.ValidateHtmlAsync(saved);
        Assert.True(report.Length == 0, report);
    }
}
