using System.Text.RegularExpressions;
using Gongkai.Assessment;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public abstract class AssessmentBrowserTests(BrowserFixture browser, TestHost server)
{
    private static async Task OpenAsync(IPage page, string summary)
    {
        var details = page.Locator("details.action", new() { Has = page.Locator("summary", new() { HasTextString = summary }) });
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }
    }

    private static async Task<int> WidthAsync(IPage page) => await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    [Fact]
    public async Task The_county_office_runs_a_year_end_assessment_on_a_phone_and_publishes_its_ranking()
    {
        var page = await browser.NewPageAsync(server, javaScript: false, phone: true);
        await BrowserFixture.SignInAsync(page, "jiandu");
        await page.GotoAsync("/staff/assessment");
        await OpenAsync(page, "制定新年度考核细则");
        await page.GetByLabel("年度").FillAsync("2036");
        await page.GetByLabel("标题").FillAsync("2036年政务公开工作考核细则");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/assessment/schemes/\\d+$"));
        Assert.Contains("已建立 2036 年度考核细则", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await OpenAsync(page, "添加指标");
        var add = page.Locator("details.action", new() { Has = page.Locator("summary", new() { HasTextString = "添加指标" }) });
        await add.GetByLabel("指标名称").FillAsync("工作机制");
        await add.GetByLabel("分值").FillAsync("100");
        await add.GetByLabel("评分方式（末级指标）").SelectOptionAsync(new SelectOptionValue { Label = "人工评分（附佐证）" });
        await add.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        Assert.Contains("分值校验通过", await page.ContentAsync(), StringComparison.Ordinal);

        await OpenAsync(page, "安排考核期次");
        var periodForm = page.Locator("details.action", new() { Has = page.Locator("summary", new() { HasTextString = "安排考核期次" }) });
        await periodForm.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "年终考核" });
        await periodForm.GetByLabel("名称").FillAsync("2036年度年终考核");
        await periodForm.GetByLabel("开始日期").FillAsync("2036-01-01");
        await periodForm.GetByLabel("结束日期").FillAsync("2036-12-31");
        await periodForm.GetByLabel("每个单位抽查信息条数").FillAsync("0");
        await periodForm.GetByRole(AriaRole.Button, new() { Name = "安排" }).ClickAsync();
        Assert.True(await WidthAsync(page) <= 390, "the scheme page is wider than a phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "2036年度年终考核" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "计算得分" }).ClickAsync();
        Assert.Contains("已计算得分", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        // Every body but 县财政局 was scored at the year-end check; the office enters 县财政局's score here.
        var (period, czj) = await server.WithDbAsync(async (db, sp) =>
        {
            var assessment = sp.GetRequiredService<AssessmentService>();
            var scheme = await db.AssessmentSchemes.SingleAsync(s => s.Year == 2036);
            var period = await db.AssessmentPeriods.SingleAsync(p => p.SchemeId == scheme.Id);
            var leaf = await db.Indicators.SingleAsync(i => i.SchemeId == scheme.Id);
            var czj = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
            foreach (var body in (await assessment.AssessedBodiesAsync(scheme.CountyBodyId)).Where(b => b.Id != czj))
            {
                await assessment.SetManualScoreAsync(period.Id, body.Id, leaf.Id, 80, "年终考核查阅资料。", 0, "督查室");
            }

            return (period.Id, czj);
        });
        await page.GotoAsync($"/staff/assessment/periods/{period}/bodies/{czj}");
        await OpenAsync(page, "评分");
        await page.GetByLabel("得分（0 至 100）").FillAsync("95");
        await page.GetByLabel("评分依据（佐证材料说明）").FillAsync("领导小组健全，全年会议均参加。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存评分" }).ClickAsync();
        Assert.Contains("工作机制：95 分", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await WidthAsync(page) <= 390, "the score page is wider than a phone");

        await page.GotoAsync($"/staff/assessment/periods/{period}");
        await page.GetByLabel("发文单位").SelectOptionAsync(new SelectOptionValue { Label = "巫溪县人民政府办公室" });
        await page.GetByRole(AriaRole.Button, new() { Name = "锁定排名并送审通报" }).ClickAsync();
        Assert.Contains("排名已锁定，通报已作为目录信息", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var departments = page.Locator("figure", new() { Has = page.Locator("figcaption", new() { HasTextString = "县级部门" }) });
        var first = departments.Locator("tbody tr").First;
        Assert.Equal("1 巫溪县财政局 95 表彰", Regex.Replace(await first.InnerTextAsync(), "\\s+", " ").Trim());
        Assert.True(await WidthAsync(page) <= 390, "the ranking is wider than a phone");
        var download = await page.GetByRole(AriaRole.Link, new() { Name = "下载通报（Word）" }).GetAttributeAsync("href");
        Assert.EndsWith("?handler=Notice", download, StringComparison.Ordinal);
    }
}

public sealed class AssessmentBrowserTestsSqlite(BrowserFixture browser, SqliteHost f) : AssessmentBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<SqliteHost>;

public sealed class AssessmentBrowserTestsPostgres(BrowserFixture browser, PostgresHost f) : AssessmentBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<PostgresHost>;
