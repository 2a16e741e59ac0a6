using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Demo;
using Gongkai.Documents;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Reports;

public sealed class ReportFileTests
{
    [Theory]
    [InlineData(ReportLayout.Official2021, 2026, "report-2021.document.xml")]
    [InlineData(ReportLayout.Trial2019, 2020, "report-2019.document.xml")]
    public void The_DOCX_main_part_matches_its_golden_file_and_the_XLSX_cells_equal_the_JSON(ReportLayout layout, int year, string snapshot)
    {
        var data = ReportLayoutTests.Sample(layout, year);
        var texts = new ReportTexts("总体情况第一段。\n第二段。", "存在的问题。", "无。");
        ReportLayoutTests.MatchesSnapshot(snapshot, Docx.DocumentXml(ReportFiles.Blocks(data, texts)));

        // The DOCX is a package Word and WPS open: every part well-formed, the main part named by the relationships.
        using (var docx = new ZipArchive(new MemoryStream(ReportFiles.Docx(data, texts))))
        {
            foreach (var entry in docx.Entries)
            {
                using var s = entry.Open();
                XDocument.Load(s);
            }

            Assert.Contains("word/document.xml", XDocument.Load(docx.GetEntry("_rels/.rels")!.Open()).ToString(), StringComparison.Ordinal);
        }

        var json = JsonSerializer.Deserialize<ReportData>(ReportFiles.Json(data), ReportService.Json)!;
        var cells = ReadXlsx(ReportFiles.Xlsx(data));
        var t3 = cells["表三 依申请公开"];
        var rows = ReportData.ApplicationRows(layout);
        Assert.Equal(rows.Count + 1, t3.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < 7; c++)
            {
                Assert.Equal(json.Applications[rows[r].Code][c]?.ToString(System.Globalization.CultureInfo.InvariantCulture), t3[r + 1][c + 1]);
            }
        }

        var t4 = cells["表四 复议诉讼"];
        for (var b = 0; b < 3; b++)
        {
            Assert.Equal(json.Cases[ReportData.CaseBlocks[b].Code].Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture)), t4[b + 1].Skip(1));
        }

        var t2 = cells["表二 主动公开"];
        Assert.Equal(json.Proactive.Select(f => f.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)), t2.Skip(1).Select(r => r[3]));
    }

    [Fact]
    public void The_narrative_layout_has_a_golden_DOCX_main_part()
    {
        var d = new ReportData { Year = 2015, Layout = ReportLayout.Narrative, BodyName = "巫溪县人民政府" };
        d.Narrative["items.total"] = 23123;
        d.Narrative["applications.received"] = 9;
        ReportLayoutTests.MatchesSnapshot("report-narrative.document.xml", Docx.DocumentXml(ReportFiles.Blocks(d, new ReportTexts("概述。", "问题。"))));
    }

    [Fact]
    public void The_XLSX_of_a_narrative_report_carries_the_figures_entered_for_it()
    {
        var d = new ReportData { Year = 2016, Layout = ReportLayout.Narrative, BodyName = "巫溪县人民政府" };
        d.Narrative["items.total"] = 23123;
        d.Proactive.Add(new ProactiveFigure("填报", "取消行政审批事项", "项", 118, true));
        d.Proactive.Add(new ProactiveFigure("填报", "按时办结率", "%", 99.5m, true));
        var sheet = ReadXlsx(ReportFiles.Xlsx(d))["统计数字"];
        Assert.Equal(["项目", "数值", "单位", "来源"], sheet[0]);
        Assert.Equal(["主动公开政府信息（条）", "23123", null, "平台记录"], sheet[1]);
        Assert.Equal(["取消行政审批事项", "118", "项", "工作人员填报"], sheet[2]);
        Assert.Equal(["按时办结率", "99.5", "%", "工作人员填报"], sheet[3]);
        Assert.Equal(4, sheet.Count);
    }

    /// <summary>Sheet name → rows of cell values as text, read straight from the package's XML.</summary>
    internal static Dictionary<string, List<List<string?>>> ReadXlsx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        XNamespace m = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var rels = XDocument.Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open()).Root!.Elements().ToDictionary(e => (string)e.Attribute("Id")!, e => (string)e.Attribute("Target")!);
        var result = new Dictionary<string, List<List<string?>>>();
        foreach (var sheet in XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open()).Descendants(m + "sheet"))
        {
            var xml = XDocument.Load(zip.GetEntry("xl/" + rels[(string)sheet.Attribute(r + "id")!])!.Open());
            result[(string)sheet.Attribute("name")!] = xml.Descendants(m + "row").Select(row =>
            {
                var values = new List<string?>();
                foreach (var c in row.Elements(m + "c"))
                {
                    var column = new string(((string)c.Attribute("r")!).TakeWhile(char.IsLetter).ToArray());
                    var index = column.Aggregate(0, (n, ch) => (n * 26) + ch - 'A' + 1) - 1;
                    while (values.Count < index)
                    {
                        values.Add(null);
                    }

                    values.Add(c.Element(m + "v")?.Value ?? string.Concat(c.Descendants(m + "t").Select(t => t.Value)));
                }

                return values;
            }).ToList();
        }

        return result;
    }
}

public abstract class ReportWorkflowTests(TestHost host)
{
    [Fact]
    public async Task A_report_is_blocked_until_its_figures_are_entered_then_approved_published_archived_and_downloadable()
    {
        var czj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var editor = await host.SignInAsync("czj.editor");
        var open = await TestHost.PostFormAsync(editor, "/staff/reports?handler=Open", new() { ["bodyId"] = czj.ToString(), ["year"] = "2025", ["countyWide"] = "false" }, formPage: "/staff/reports?year=2025");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        var path = open.Headers.Location!.OriginalString;
        var page = await (await editor.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains("本平台没有该项数据，请由工作人员填报", page, StringComparison.Ordinal);

        // An editor cannot approve; a reviewer cannot approve while figures are missing.
        var id = int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(editor, $"{path}?handler=Approve", new() { ["revision"] = "0" }, formPage: path)).StatusCode);
        var reviewer = await host.SignInAsync("czj.reviewer");
        var blocked = await TestHost.PostFormAsync(reviewer, $"{path}?handler=Approve", new() { ["revision"] = "0" }, formPage: path);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        Assert.Contains("未通过勾稽核对", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Bad figures are refused with a message; good ones are stored and audited.
        var bad = await TestHost.PostFormAsync(editor, $"{path}?handler=Figures", new() { ["figures[第二十条第（六）项|行政处罚|本年处理决定数量]"] = "-3" }, formPage: path);
        Assert.Contains("应为非负整数", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var figures = ReportCalculator.ProactiveCells(ReportLayout.Official2021).Where(c => c.Enterable)
            .ToDictionary(c => $"figures[{ReportFigure.KeyOf(c.Block, c.Row, c.Column)}]", c => c.Column.Contains("金额", StringComparison.Ordinal) ? "3.5" : "2");
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(editor, $"{path}?handler=Figures", figures, formPage: path)).StatusCode);
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.EntityType == nameof(ReportFigure))));
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(editor, $"{path}?handler=Texts", new() { ["overview"] = "本年度总体情况。", ["problems"] = "存在的问题。", ["other"] = "无。", ["revision"] = await RevisionAsync(id) }, formPage: path)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(reviewer, $"{path}?handler=Approve", new() { ["revision"] = await RevisionAsync(id) }, formPage: path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(reviewer, $"{path}?handler=Publish", new() { ["revision"] = await RevisionAsync(id) }, formPage: path)).StatusCode);
        var report = await host.WithDbAsync((db, _) => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(ReportState.Published, report.State);
        var item = await host.WithDbAsync((db, _) => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == report.CatalogItemId));
        Assert.Equal(ItemState.Published, item.State);
        Assert.Equal("巫溪县财政局2025年政府信息公开工作年度报告", item.Title);
        Assert.True(await host.WithDbAsync((db, _) => db.ArchiveEntries.AnyAsync(a => a.Version!.ItemId == item.Id)));

        var citizen = host.NewClient();
        var html = await (await citizen.GetAsync($"/reports/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("三、收到和处理政府信息公开申请情况", html, StringComparison.Ordinal);
        Assert.Contains("本年度总体情况。", html, StringComparison.Ordinal);
        Assert.Contains("巫溪县财政局2025", await (await citizen.GetAsync("/reports")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var docx = await citizen.GetAsync($"/reports/{id}?format=docx");
        Assert.Equal(ReportFiles.DocxType, docx.Content.Headers.ContentType?.MediaType);
        var json = JsonSerializer.Deserialize<ReportData>(await (await citizen.GetAsync($"/reports/{id}?format=json")).Content.ReadAsStringAsync(), ReportService.Json)!;
        Assert.Equal(2m, json.Proactive.Single(f => f.Row == "行政处罚").Value);
        var xlsx = ReportFileTests.ReadXlsx(await (await citizen.GetAsync($"/reports/{id}?format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal("3.5", xlsx["表二 主动公开"].Single(r => r[1] == "行政事业性收费")[3]);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/reports/{id}?format=exe")).StatusCode);

        // A draft is not public; a published report cannot be edited.
        var draft = await host.WithDbAsync((db, sp) => new ReportService(db).OpenAsync(czj, 2024, false));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/reports/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(editor, $"{path}?handler=Texts", new() { ["overview"] = "改", ["revision"] = await RevisionAsync(id) }, formPage: path)).StatusCode);
    }

    private async Task<string> RevisionAsync(int id) =>
        (await host.WithDbAsync((db, _) => db.AnnualReports.Where(r => r.Id == id).Select(r => r.Revision).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class ReportWorkflowTestsSqlite(BusySqliteHost f) : ReportWorkflowTests(f.Host), IClassFixture<BusySqliteHost>;

public sealed class ReportWorkflowTestsPostgres(BusyPostgresHost f) : ReportWorkflowTests(f.Host), IClassFixture<BusyPostgresHost>;

public sealed class DemoReportTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_reports_load_pass_every_rule_and_the_2021_one_has_every_cell(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        await host.WithDbAsync(async (db, sp) =>
        {
            await DemoReports.LoadAsync(db, sp.GetRequiredService<ApplicationService>(), sp.GetRequiredService<CatalogService>());
            return 0;
        });
        var modern = await host.WithDbAsync((db, _) => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Year == DemoReports.ModernYear));
        Assert.Equal(ReportState.Published, modern.State);
        Assert.Equal(ReportLayout.Official2021, modern.Layout);
        var data = JsonSerializer.Deserialize<ReportData>(modern.DataJson!, ReportService.Json)!;
        Assert.Empty(ReportRules.Check(data));
        Assert.Equal(25, data.Applications.Count);
        Assert.Equal(175, data.Applications.Values.Sum(v => v.Count(x => x is not null)));
        Assert.Equal(13, data.Applications["received"][6]);
        Assert.Equal(2, data.Applications["carried-over"][6]);
        Assert.Equal(1, data.Applications["carried-forward"][6]);
        Assert.Equal([1, 0, 0, 0, 1], data.Cases["review"]);
        Assert.Equal([0, 0, 0, 1, 1], data.Cases["direct"]);

        // What was published reads back through the checker with the same figures and no finding.
        var parsed = ReportParser.Parse(modern.Html!);
        Assert.Empty(parsed.Notes);
        Assert.Empty(ReportRules.Check(parsed.Data));
        Assert.Equal(data.Applications["total"], parsed.Data.Applications["total"]);
    }
}
