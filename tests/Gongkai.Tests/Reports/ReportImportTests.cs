using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Reports;

/// <summary>Importing a body's reports published before the platform: `gongkai report import` and the staff upload.</summary>
public abstract partial class ReportImportTests(TestHost host)
{
    private static string Corpus(string name) => Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Reports", "RealCorpus", name);

    private static string Sample(string name) => Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Reports", "Samples", name);

    private string[] Location() => host.Provider == "sqlite"
        ? ["--data", host.DataDirectory, "--key-file", host.KeyFile]
        : ["--postgres", host.Database.ConnectionString, "--key-file", host.KeyFile];

    private Task<GongkaiProcess.Result> ImportAsync(params string[] args) => GongkaiProcess.RunAsync(["report", "import", .. args, .. Location()]);

    private Task<List<AnnualReport>> ReportsAsync(string body) =>
        host.WithDbAsync((db, _) => db.AnnualReports.AsNoTracking().Where(r => r.Body!.Code == body).OrderBy(r => r.Year).ToListAsync());

    [Fact]
    public async Task A_real_published_report_is_imported_archived_audited_and_charted_and_a_second_import_needs_replace()
    {
        Assert.DoesNotContain(await ReportsAsync("rsj"), r => r.Year == 2013);
        var run = await ImportAsync(Corpus("055.txt"), "--body", "rsj");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("叙述式年报", run.Out, StringComparison.Ordinal);
        Assert.Contains("受理政府信息公开申请（件） 0，收取费用（元） 0，行政复议案件（件） 0，行政诉讼案件（件） 0", run.Out, StringComparison.Ordinal);
        Assert.Contains("已导入为巫溪县人力资源和社会保障局2013年度年报", run.Out, StringComparison.Ordinal);

        var report = Assert.Single(await ReportsAsync("rsj"), r => r.Year == 2013);
        Assert.True(report.Imported);
        Assert.Equal(ReportState.Published, report.State);
        Assert.Equal("055.txt", report.SourceFileName);
        var bytes = await File.ReadAllBytesAsync(Corpus("055.txt"));
        Assert.Equal(Archive.Sha256(bytes), report.SourceSha256);
        Assert.Equal(bytes, await host.WithDbAsync((db, _) => db.Blobs.Where(b => b.Sha256 == report.SourceSha256).Select(b => b.Content).SingleAsync()));
        var key = report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.EntityType == nameof(AnnualReport) && e.EntityId == key)));
        var data = await host.WithDbAsync((db, _) => new ReportService(db).DataAsync(report));
        Assert.Equal(0m, data.Narrative["applications.received"]);
        Assert.Equal(0m, data.Narrative["reviews.total"]);
        Assert.Equal("巫溪县人力资源和社会保障局", data.BodyName);

        // The public list and the body's chart of the years have it, marked as imported.
        var citizen = host.NewClient();
        var page = await (await citizen.GetAsync("/reports?body=rsj&metric=received")).Content.ReadAsStringAsync();
        Assert.Contains("<tr><th scope=\"row\">2013</th><td>0</td></tr>", page, StringComparison.Ordinal);
        // The chart is drawn on the server; its description lists every bar.
        Assert.Contains("2013年：0", WebUtility.HtmlDecode(ChartDescription().Match(page).Groups[1].Value), StringComparison.Ordinal);
        var shown = await (await citizen.GetAsync($"/reports/{report.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("本年报由原发布文件“055.txt”导入", shown, StringComparison.Ordinal);

        // The same year again is refused without --replace, and replaced in place with it.
        var again = await ImportAsync(Corpus("055.txt"), "--body", "rsj");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("已于此前导入", again.Error, StringComparison.Ordinal);
        var copy = Path.Combine(Directory.CreateTempSubdirectory("gongkai-import-").FullName, "道县文广新局2013年报.txt");
        File.Copy(Corpus("055.txt"), copy);
        var replaced = await ImportAsync(copy, "--body", "rsj", "--replace");
        Assert.True(replaced.ExitCode == 0, replaced.Out + replaced.Error);
        Assert.Contains("已替换为", replaced.Out, StringComparison.Ordinal);
        var after = Assert.Single(await ReportsAsync("rsj"), r => r.Year == 2013);
        Assert.Equal(report.Id, after.Id);
        Assert.Equal("道县文广新局2013年报.txt", after.SourceFileName);
        Assert.True(after.Revision > report.Revision);
    }

    [Fact]
    public async Task A_cut_or_foreign_or_mismatched_file_is_refused_with_exit_code_3_and_nothing_is_stored()
    {
        var before = (await ReportsAsync("sjj")).Count;
        var cut = await ImportAsync(Corpus("036.txt"), "--body", "sjj");
        Assert.Equal(3, cut.ExitCode);
        Assert.Contains("年报不完整，缺少", cut.Error, StringComparison.Ordinal);
        Assert.Contains("不完整的年报不能导入", cut.Error, StringComparison.Ordinal);
        Assert.Contains("读出表二", cut.Out, StringComparison.Ordinal);

        var wrongYear = await ImportAsync(Sample("2021-carry-2021.html"), "--body", "sjj", "--year", "2020");
        Assert.Equal(3, wrongYear.ExitCode);
        Assert.Contains("是 2021 年度的年报，与指定的 2020 年度不符", wrongYear.Error, StringComparison.Ordinal);

        var dir = Directory.CreateTempSubdirectory("gongkai-import-").FullName;
        var empty = Path.Combine(dir, "空.html");
        await File.WriteAllTextAsync(empty, "");
        Assert.Equal(3, (await ImportAsync(empty, "--body", "sjj")).ExitCode);
        var notice = Path.Combine(dir, "通知.txt");
        await File.WriteAllTextAsync(notice, "关于2021年春节放假安排的通知\n各单位：春节放假时间为2月11日至17日。");
        var foreign = await ImportAsync(notice, "--body", "sjj");
        Assert.Equal(3, foreign.ExitCode);
        Assert.Contains("未能从文件“通知.txt”读出任何统计数字", foreign.Error, StringComparison.Ordinal);
        var pdf = Path.Combine(dir, "年报.pdf");
        await File.WriteAllBytesAsync(pdf, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0x01]);
        Assert.Contains("PDF、图片和 DOC 格式请先另存为网页或 DOCX", (await ImportAsync(pdf, "--body", "sjj")).Error, StringComparison.Ordinal);
        Assert.Contains("没有代码为 nobody 的单位", (await ImportAsync(Corpus("055.txt"), "--body", "nobody")).Error, StringComparison.Ordinal);
        Assert.Equal(before, (await ReportsAsync("sjj")).Count);
    }

    [Fact]
    public async Task The_next_own_report_is_checked_against_the_imported_one_and_an_own_report_is_never_overwritten()
    {
        var run = await ImportAsync(Sample("2021-carry-2021.html"), "--body", "gaj");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var gaj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "gaj").Select(b => b.Id).SingleAsync());

        // The 2022 report computed from the records must carry over what the imported 2021 report carried forward.
        var (own, findings) = await host.WithDbAsync(async (db, _) =>
        {
            var service = new ReportService(db);
            var r = await service.OpenAsync(gaj, 2022, false);
            var d = await service.DataAsync(r);
            return (d, await service.CheckAsync(r, d));
        });
        long?[] imported = [3, 1, 0, 0, 0, 0, 4];
        var expected = Enumerable.Range(0, 7).Where(c => own.Applications["carried-over"][c] != imported[c]).Select(c => ReportData.CellName(own.Layout, "carried-over", c)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, findings.Where(f => f.Rule == "5").Select(f => f.Cell));
        Assert.All(findings.Where(f => f.Rule == "5"), f => Assert.Contains("2021 年度报告的结转下年度为", f.Message, StringComparison.Ordinal));

        // The body's own report of a year cannot be replaced by an import, even with --replace.
        var over = await ImportAsync(Sample("2021-carry-2022.html"), "--body", "gaj", "--replace");
        Assert.Equal(2, over.ExitCode);
        Assert.Contains("2022年度的年报已在本平台编制，不能再导入", over.Error, StringComparison.Ordinal);
        Assert.False(Assert.Single(await ReportsAsync("gaj"), r => r.Year == 2022).Imported);

        // Both years are on the body's chart.
        var page = await (await host.NewClient().GetAsync("/reports?body=gaj&metric=received")).Content.ReadAsStringAsync();
        Assert.Contains("<tr><th scope=\"row\">2021</th><td>30</td></tr>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_staff_who_may_publish_the_bodys_reports_can_upload_one()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus("055.txt"));
        var czj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var rsj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "rsj").Select(b => b.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(await host.SignInAsync("czj.editor"), czj, bytes, "055.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(await host.SignInAsync("ninghe.editor"), czj, bytes, "055.txt")).StatusCode);
        var reviewer = await host.SignInAsync("czj.reviewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(reviewer, rsj, bytes, "055.txt")).StatusCode);
        Assert.DoesNotContain(await ReportsAsync("czj"), r => r.Year == 2013);

        // A cut file is refused with the reason on the page; a whole one is imported and opened.
        var cut = await UploadAsync(reviewer, czj, await File.ReadAllBytesAsync(Corpus("036.txt")), "036.txt");
        var refused = await (await reviewer.GetAsync(cut.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("不完整的年报不能导入", refused, StringComparison.Ordinal);
        Assert.Contains("已读出：", refused, StringComparison.Ordinal);
        var ok = await UploadAsync(reviewer, czj, bytes, "道县2013年报.txt");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var opened = await (await reviewer.GetAsync(ok.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("已导入巫溪县财政局2013年度年报", opened, StringComparison.Ordinal);
        Assert.Equal("道县2013年报.txt", Assert.Single(await ReportsAsync("czj"), r => r.Year == 2013).SourceFileName);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int bodyId, byte[] content, string fileName)
    {
        var page = await (await client.GetAsync("/staff/reports")).Content.ReadAsStringAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent(bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "bodyId" },
            { new ByteArrayContent(content), "file", fileName },
        };
        var token = Token().Match(page);
        if (token.Success)
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        }

        return await client.PostAsync("/staff/reports?handler=Import", form);
    }

    [GeneratedRegex("<desc id=\"[^\"]+\">([^<]*)</desc>")]
    private static partial Regex ChartDescription();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class ReportImportTestsSqlite(SqliteHost f) : ReportImportTests(f.Host), IClassFixture<SqliteHost>;

public sealed class ReportImportTestsPostgres(PostgresHost f) : ReportImportTests(f.Host), IClassFixture<PostgresHost>;

public sealed class ReportImportFileTests
{
    [Fact]
    public void A_report_filed_as_DOCX_is_read_cell_by_cell_like_its_web_page()
    {
        var data = ReportLayoutTests.Sample(ReportLayout.Official2021, 2023);
        var docx = ReportFiles.Docx(data, new ReportTexts("总体情况。", "存在的问题。", "无。"));
        var parsed = ReportImport.Parse(docx, "年报.docx", null);
        Assert.Equal(2023, parsed.Data.Year);
        Assert.Empty(parsed.Missing);
        foreach (var row in ReportData.ApplicationRows(ReportLayout.Official2021))
        {
            Assert.Equal(data.Applications[row.Code], parsed.Data.Applications[row.Code]);
        }

        Assert.Equal(data.Cases["review"], parsed.Data.Cases["review"]);
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 };
        Assert.Contains("不是 Word（DOCX）文档", Assert.Throws<ReportUnreadableException>(() => ReportImport.Parse(zip, "a.docx", null)).Message, StringComparison.Ordinal);
    }
}
