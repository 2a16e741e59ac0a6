using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Assessment;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Assessment;

/// <summary>
/// The county office's assessment on a real host: every metric against records made here, the spot-check sample,
/// weights, rankings, who sees which scores, the 通报 and its review, and the demo county's 2015 assessment.
/// Each test works in its own years and on its own bodies, so that none depends on another's rows.
/// </summary>
public abstract partial class AssessmentTests(TestHost host)
{
    private static int _serial;

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A fresh body under the county, so that a metric sees only the records made for it.</summary>
    private Task<Body> NewBodyAsync(BodyKind kind = BodyKind.Department) => host.WithDbAsync(async (db, _) =>
    {
        var county = await db.Bodies.SingleAsync(b => b.Code == "wuxi");
        var n = Interlocked.Increment(ref _serial);
        var body = new Body
        {
            Code = $"kh{n}{host.Provider[0]}",
            Name = kind == BodyKind.Department ? $"考核测试局{n}" : $"考核测试镇{n}",
            ShortName = $"测试{n}",
            Kind = kind,
            Level = kind == BodyKind.Department ? BodyLevel.County : BodyLevel.Township,
            ParentId = county.Id,
            SortOrder = 900 + n,
        };
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        return body;
    });

    private sealed record Row(string Title, DateOnly Written, DateOnly Published, string Category = "a20-15", string? KeyArea = null);

    private async Task ImportAsync(Body body, params Row[] rows) => await host.WithDbAsync(async (db, _) =>
    {
        var result = await new CatalogImporter(db).ImportAsync(rows.Select((r, i) => ((long)i + 1, (ImportRow?)new ImportRow
        {
            Body = body.Code,
            Title = r.Title,
            WrittenOn = r.Written.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PublishedOn = r.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Topic = "21",
            Category = r.Category,
            KeyArea = r.KeyArea,
            BodyHtml = $"<p>{r.Title}。</p>",
        }, (string?)null)), 100);
        Assert.Empty(result.Rejected);
        return 0;
    });

    private Task<MetricResult> MetricAsync(string code, Body body, DateOnly from, DateOnly to) => host.WithDbAsync(async (db, _) =>
        await AssessmentMetrics.Find(code)!.Compute(new MetricContext(db, await new CalendarService(db).LoadAsync(), body.Id, from, to, db.Today()), CancellationToken.None));

    [Fact]
    public async Task Publication_within_twenty_working_days_counts_over_the_national_day_holiday()
    {
        var body = await NewBodyAsync();
        // Written on Friday 25 September 2015: 1–7 October are holidays and Saturday 10 October a working day, so the 20th working day is 29 October.
        var due = await host.WithDbAsync(async (db, _) => (await new CalendarService(db).LoadAsync()).AddWorkingDays(new DateOnly(2015, 9, 25), 20).Due);
        Assert.Equal(new DateOnly(2015, 10, 29), due);
        await ImportAsync(body,
            new Row("国庆前成文、最后一天公开的通知", new DateOnly(2015, 9, 25), new DateOnly(2015, 10, 29)),
            new Row("国庆前成文、晚一天公开的通知", new DateOnly(2015, 9, 25), new DateOnly(2015, 10, 30)),
            new Row("当月成文当月公开的通知", new DateOnly(2015, 9, 1), new DateOnly(2015, 9, 10)));

        var r = await MetricAsync("publish-on-time", body, new DateOnly(2015, 7, 1), new DateOnly(2015, 12, 31));

        Assert.Equal(0.6667m, r.Rate);
        Assert.Contains("主动公开 3 条，按期 2 条，逾期 1 条", r.Summary, StringComparison.Ordinal);
        var late = Assert.Single(r.Evidence);
        Assert.Contains("《国庆前成文、晚一天公开的通知》成文 2015-09-25，应于 2015-10-29 前公开，2015-10-30 公开（超出 1 个工作日）", late, StringComparison.Ordinal);
        var indicator = new Indicator { Name = "时效", Points = 20, Method = ScoringMethod.Computed, MetricCode = "publish-on-time", Rule = ScoringRule.Proportional };
        Assert.Equal(13.33m, AssessmentMetrics.Score(indicator, r));
        Assert.Equal(0, (await MetricAsync("publish-on-time", body, new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31))).Rate);
    }

    [Fact]
    public async Task Statutory_and_key_area_columns_are_current_when_updated_within_the_period()
    {
        var body = await NewBodyAsync();
        var none = await NewBodyAsync();
        await ImportAsync(body,
            new Row("2030年机构职能", new DateOnly(2030, 3, 1), new DateOnly(2030, 3, 5), "a20-02"),
            new Row("2029年部门预算", new DateOnly(2029, 3, 1), new DateOnly(2029, 3, 5), "a20-07", "czys-bm"),
            new Row("2030年政府采购意向", new DateOnly(2030, 4, 1), new DateOnly(2030, 4, 3), "a20-09", "ggzy-cg"),
            new Row("2031年才公开的统计公报", new DateOnly(2031, 1, 1), new DateOnly(2031, 1, 5), "a20-04"));

        var statutory = await MetricAsync("statutory-current", body, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));
        Assert.Equal(0.6667m, statutory.Rate);
        Assert.Equal(3, statutory.Evidence.Count);
        Assert.Contains(statutory.Evidence, e => e.StartsWith("未更新：财政预算、决算信息，期间内 0 条，最近一次公开 2029-03-05", StringComparison.Ordinal));
        Assert.DoesNotContain(statutory.Evidence, e => e.Contains("统计信息", StringComparison.Ordinal));

        var keyAreas = await MetricAsync("key-areas", body, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));
        Assert.Equal(0.5m, keyAreas.Rate);
        Assert.Contains("已更新：公共资源配置，期间内 1 条", keyAreas.Evidence[1], StringComparison.Ordinal);

        Assert.Equal(0, (await MetricAsync("statutory-current", none, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31))).Rate);
        var notKeyArea = await MetricAsync("key-areas", none, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));
        Assert.False(notKeyArea.Applies);
        Assert.Equal(10, AssessmentMetrics.Score(new Indicator { Points = 10, Method = ScoringMethod.Computed, MetricCode = "key-areas" }, notKeyArea));
    }

    [Fact]
    public async Task Applications_on_time_and_corrections_by_review_or_court_count_in_their_period()
    {
        var body = await NewBodyAsync();
        await host.WithDbAsync(async (db, sp) =>
        {
            var n = Interlocked.Increment(ref _serial);
            void App(string number, DateOnly due, DateOnly? decided) => db.Applications.Add(new Application
            {
                TrackingNumber = $"{number}{n}{host.Provider[0]}",
                BodyId = body.Id,
                ApplicantName = "考核测试申请人",
                Description = "考核测试",
                ReceivedOn = due.AddDays(-28),
                DueOn = due,
                DecidedOn = decided,
                State = decided is null ? ApplicationState.InProgress : ApplicationState.Closed,
                CreatedAt = db.Time.GetUtcNow(),
                ArrivedAt = db.Time.GetUtcNow(),
            });
            App("KHA", new DateOnly(2024, 3, 20), new DateOnly(2024, 3, 20));
            App("KHB", new DateOnly(2024, 5, 10), new DateOnly(2024, 5, 13));
            App("KHC", new DateOnly(2024, 6, 3), null);
            App("KHD", new DateOnly(2023, 12, 1), new DateOnly(2023, 11, 20));
            await db.SaveChangesAsync();
            var cases = sp.GetRequiredService<DisclosureCases>();
            await cases.SaveAsync(null, new CaseInput(CaseKind.Review, $"巫溪府复〔2024〕{n}号", "巫溪县人民政府", body.Id, null, null, "某申请人", new DateOnly(2024, 2, 1), new DateOnly(2024, 4, 1), CaseResult.Corrected, "责令重新答复。"));
            await cases.SaveAsync(null, new CaseInput(CaseKind.LawsuitDirect, $"（2024）渝0238行初{n}号", "巫溪县人民法院", body.Id, null, null, "某申请人", new DateOnly(2024, 3, 1), new DateOnly(2024, 9, 1), CaseResult.Corrected, "判决撤销。"));
            await cases.SaveAsync(null, new CaseInput(CaseKind.Review, $"巫溪府复〔2024〕{n + 500}号", "巫溪县人民政府", body.Id, null, null, "某申请人", new DateOnly(2024, 2, 1), new DateOnly(2024, 5, 1), CaseResult.Upheld, "维持。"));
            return 0;
        });

        var apps = await MetricAsync("applications-on-time", body, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        Assert.Equal(0.3333m, apps.Rate);
        Assert.Equal(2, apps.Evidence.Count);
        Assert.StartsWith("逾期答复：KHB", apps.Evidence[0], StringComparison.Ordinal);
        Assert.Contains("答复期限 2024-05-10，2024-05-13 答复", apps.Evidence[0], StringComparison.Ordinal);
        Assert.StartsWith("逾期未答复：KHC", apps.Evidence[1], StringComparison.Ordinal);
        Assert.False((await MetricAsync("applications-on-time", body, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))).Applies);

        var corrections = await MetricAsync("corrections", body, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30));
        Assert.Equal(1, corrections.Count);
        Assert.Contains("行政复议", Assert.Single(corrections.Evidence), StringComparison.Ordinal);
        var year = await MetricAsync("corrections", body, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        Assert.Equal(2, year.Count);
        var deduction = new Indicator { Points = 5, Method = ScoringMethod.Computed, MetricCode = "corrections", Rule = ScoringRule.Deduction, DeductionPer = 3 };
        Assert.Equal(2, AssessmentMetrics.Score(deduction, corrections));
        Assert.Equal(0, AssessmentMetrics.Score(deduction, year));
    }

    [Fact]
    public async Task The_annual_report_passes_only_when_published_by_its_legal_deadline()
    {
        var body = await NewBodyAsync();
        var from = new DateOnly(2025, 1, 1);
        var to = new DateOnly(2025, 12, 31);
        Assert.False((await MetricAsync("annual-report", body, from, to)).Passed);
        Assert.Equal(new DateOnly(2025, 1, 31), AnnualReport.DueOn(2024, BodyKind.Department));
        Assert.Equal(new DateOnly(2025, 3, 31), AnnualReport.DueOn(2024, BodyKind.Township));
        Assert.Equal(new DateOnly(2015, 3, 31), AnnualReport.DueOn(2014, BodyKind.Department));

        await host.WithDbAsync(async (db, sp) =>
        {
            var reports = sp.GetRequiredService<ReportService>();
            var report = await reports.OpenAsync(body.Id, 2024, false);
            // The figures no record holds are entered, as a body does before its report passes the rules.
            await reports.SaveFiguresAsync(report, new Dictionary<string, string?>
            {
                [ReportFigure.KeyOf("第二十条第（一）项", "规章", "本年制发件数")] = "0",
                [ReportFigure.KeyOf("第二十条第（一）项", "规章", "本年废止件数")] = "0",
                [ReportFigure.KeyOf("第二十条第（一）项", "规章", "现行有效件数")] = "0",
                [ReportFigure.KeyOf("第二十条第（五）项", "行政许可", "本年处理决定数量")] = "0",
                [ReportFigure.KeyOf("第二十条第（六）项", "行政处罚", "本年处理决定数量")] = "0",
                [ReportFigure.KeyOf("第二十条第（六）项", "行政强制", "本年处理决定数量")] = "0",
                [ReportFigure.KeyOf("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）")] = "0",
            }, "测试信息员");
            var findings = await reports.CheckAsync(report, await reports.DataAsync(report));
            Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
            await reports.ApproveAsync(report, report.Revision, "测试审定人");
            report = await db.AnnualReports.AsNoTracking().SingleAsync(r => r.Id == report.Id);
            await reports.PublishAsync(report, report.Revision, sp.GetRequiredService<CatalogService>(), null);
            return 0;
        });
        var late = await MetricAsync("annual-report", body, from, to);
        Assert.False(late.Passed);
        Assert.StartsWith("逾期发布：2024 年度报告于 2026-11-30 发布，期限 2025-01-31", late.Evidence[0], StringComparison.Ordinal);

        await host.WithDbAsync(async (db, _) =>
        {
            var report = await db.AnnualReports.SingleAsync(r => r.BodyId == body.Id && r.Year == 2024);
            report.PublishedOn = new DateOnly(2025, 1, 20);
            return await db.SaveChangesAsync();
        });
        var onTime = await MetricAsync("annual-report", body, from, to);
        Assert.True(onTime.Passed, string.Join("\n", onTime.Evidence));
        Assert.Equal("2024 年度报告按期发布，勾稽核对通过。", onTime.Summary);
        Assert.False((await MetricAsync("annual-report", body, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 30))).Applies);
    }

    [Fact]
    public async Task Service_centre_rates_apply_only_where_the_body_has_cases()
    {
        var body = await NewBodyAsync();
        var none = await NewBodyAsync();
        await host.WithDbAsync(async (db, _) =>
        {
            db.ServiceCaseMonths.Add(new ServiceItems.ServiceCaseMonth { Month = new DateOnly(2027, 3, 1), BodyId = body.Id, Finished = 40, FinishedOnTime = 38, Evaluated = 20, Satisfied = 19 });
            db.ServiceCaseMonths.Add(new ServiceItems.ServiceCaseMonth { Month = new DateOnly(2027, 4, 1), BodyId = body.Id, Finished = 10, FinishedOnTime = 10, Evaluated = 0, Satisfied = 0 });
            db.ServiceCaseMonths.Add(new ServiceItems.ServiceCaseMonth { Month = new DateOnly(2027, 7, 1), BodyId = body.Id, Finished = 100, FinishedOnTime = 0 });
            return await db.SaveChangesAsync();
        });

        var onTime = await MetricAsync("service-on-time", body, new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30));
        Assert.Equal(0.96m, onTime.Rate);
        Assert.Equal(["2027年3月：办结 40 件，按时 38 件", "2027年4月：办结 10 件，按时 10 件"], onTime.Evidence);
        Assert.Equal(0.95m, (await MetricAsync("service-satisfaction", body, new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30))).Rate);
        Assert.False((await MetricAsync("service-on-time", none, new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30))).Applies);
        Assert.False((await MetricAsync("service-satisfaction", body, new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 31))).Applies);
    }

    [Fact]
    public void The_sample_algorithm_is_fixed_so_a_recorded_seed_draws_the_same_items_anywhere()
    {
        var candidates = Enumerable.Range(1, 100).ToList();
        var sample = AssessmentService.Sample(candidates, 5, 20151231, 7);
        Assert.Equal(Golden, sample);
        Assert.Equal(sample, AssessmentService.Sample(candidates, 5, 20151231, 7));
        Assert.NotEqual(sample, AssessmentService.Sample(candidates, 5, 20151232, 7));
        Assert.NotEqual(sample, AssessmentService.Sample(candidates, 5, 20151231, 8));
        Assert.Equal(3, AssessmentService.Sample([4, 5, 6], 10, 1, 1).Count);
        var state = 0UL;
        // SplitMix64's published first output for seed 0.
        Assert.Equal(0xE220A8397B1DCDAFUL, AssessmentService.SplitMix64(ref state));
    }

    [Fact]
    public void Weights_must_add_up_and_each_first_level_indicator_must_carry_its_children()
    {
        var scheme = new AssessmentScheme { TotalPoints = 100 };
        List<Indicator> tree =
        [
            new() { Id = 1, Name = "公开时效", Points = 30 },
            new() { Id = 2, ParentId = 1, Name = "按期公开", Points = 20, Method = ScoringMethod.Computed, MetricCode = "publish-on-time" },
            new() { Id = 3, Name = "工作机制", Points = 60, Method = ScoringMethod.Manual },
            new() { Id = 4, ParentId = 1, Name = "未选计算项目", Points = 5, Method = ScoringMethod.Computed },
        ];
        Assert.Equal(
            ["各末级指标分值合计 85 分，与总分 100 分不符，请调整分值。", "一级指标“公开时效”分值 30 分，其二级指标合计 25 分，两者应相等。", "指标“未选计算项目”为自动计算，但没有选择计算项目。"],
            AssessmentService.ValidateWeights(scheme, tree));
        tree[3].MetricCode = "corrections";
        tree[3].Points = 10;
        tree[2].Points = 70;
        Assert.Empty(AssessmentService.ValidateWeights(scheme, tree));
        Assert.Equal(["考核细则还没有指标。"], AssessmentService.ValidateWeights(scheme, []));
    }

    [Fact]
    public void Ranking_is_by_group_and_ties_share_a_rank()
    {
        var scheme = new AssessmentScheme { PraiseTop = 2, CriticiseBottom = 1, PassMark = 60 };
        AssessedBody D(int id) => new(id, $"部门{id}", RankGroup.Department, id);
        AssessedBody T(int id) => new(id, $"乡镇{id}", RankGroup.Township, id);
        var ranked = AssessmentService.Rank([(D(1), 90), (D(2), 95), (D(3), 90), (D(4), 80), (D(5), 70), (T(6), 50), (T(7), 88), (T(8), 88)], scheme);
        Assert.Equal(
            ["部门2 1 Praised", "部门1 2 Praised", "部门3 2 Praised", "部门4 4 None", "部门5 5 Criticised", "乡镇7 1 Praised", "乡镇8 1 Praised", "乡镇6 3 Criticised"],
            ranked.Select(r => $"{r.Name} {r.Rank} {r.Standing}"));
        // A tie at the bottom is criticised together; a total under the pass mark is criticised whatever its rank.
        var tied = AssessmentService.Rank([(D(1), 90), (D(2), 75), (D(3), 75), (D(4), 59)], new AssessmentScheme { PraiseTop = 1, CriticiseBottom = 2, PassMark = 60 });
        Assert.Equal(["1 Praised", "2 Criticised", "2 Criticised", "4 Criticised"], tied.Select(r => $"{r.Rank} {r.Standing}"));
    }

    [GeneratedRegex("<w:t(?: [^>]*)?>([^<]*)</w:t>")]
    private static partial Regex DocxText();

    /// <summary>Reads a DOCX back the way it was written: the document part of the package, its text runs joined per paragraph.</summary>
    public static string ReadDocx(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        return string.Join("\n", xml.Split("</w:p>").Select(p => WebUtility.HtmlDecode(string.Concat(DocxText().Matches(p).Select(m => m.Groups[1].Value)))).Where(t => t.Length > 0));
    }

    private static readonly int[] Golden = [36, 84, 81, 85, 30];
}

public sealed class AssessmentTestsSqlite(SqliteHost f) : AssessmentTests(f.Host), IClassFixture<SqliteHost>;

public sealed class AssessmentTestsPostgres(PostgresHost f) : AssessmentTests(f.Host), IClassFixture<PostgresHost>;
