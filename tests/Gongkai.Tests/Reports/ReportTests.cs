using Gongkai.Applications;
using Gongkai.Demo;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Reports;

/// <summary>Golden files of each layout, the round trip render → parse, and the rules on known-good and broken data.</summary>
public sealed class ReportLayoutTests
{
    internal static readonly string Snapshots = Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Snapshots");

    /// <summary>Compares with the stored file; GONGKAI_UPDATE_SNAPSHOTS=1 rewrites it instead (then review the diff).</summary>
    internal static void MatchesSnapshot(string name, string actual)
    {
        var path = Path.Combine(Snapshots, name);
        if (Environment.GetEnvironmentVariable("GONGKAI_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Snapshots);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"missing snapshot {name}: run the test once with GONGKAI_UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    /// <summary>A consistent table-layout report: every number different, so a swapped cell shows.</summary>
    internal static ReportData Sample(ReportLayout layout, int year)
    {
        var d = new ReportData { Year = year, Layout = layout, Body = "czj", BodyName = "巫溪县财政局" };
        var rows = ReportData.ApplicationRows(layout);
        var results = ReportData.ResultRows(layout).ToList();
        long?[] Row(int seed) => [.. Enumerable.Range(0, 6).Select(c => (long?)((seed * 7 + c * 3) % 11)).Append((long?)null)];
        foreach (var (code, i) in results.Select((c, i) => (c, i)))
        {
            d.Applications[code] = Row(i + 1);
        }

        var total = new long?[7];
        for (var c = 0; c < 6; c++)
        {
            total[c] = results.Sum(r => d.Applications[r][c]);
        }

        d.Applications["total"] = total;
        d.Applications["carried-over"] = [2, 0, 1, 0, 0, 0, null];
        d.Applications["carried-forward"] = [3, 1, 0, 0, 1, 0, null];
        d.Applications["received"] = [.. Enumerable.Range(0, 7).Select(c => c < 6 ? total[c] + d.Applications["carried-forward"][c] - d.Applications["carried-over"][c] : null)];
        foreach (var r in rows)
        {
            d.Applications[r.Code][6] = d.Applications[r.Code].Take(6).Sum();
        }

        d.Cases["review"] = [3, 1, 0, 1, 5];
        d.Cases["direct"] = [2, 0, 1, 0, 3];
        d.Cases["after-review"] = [1, 1, 0, 0, 2];
        var n = 0;
        foreach (var cell in ReportCalculator.ProactiveCells(layout))
        {
            var money = cell.Column.Contains("金额", StringComparison.Ordinal);
            d.Proactive.Add(new ProactiveFigure(cell.Block, cell.Row, cell.Column, money ? 12.3456m + n : n, cell.Enterable));
            n++;
        }

        return d;
    }

    private static readonly ReportTexts Texts = new(
        "本年度，本局认真贯彻《中华人民共和国政府信息公开条例》，完善工作制度。\n全年召开专题会议2次。",
        "一是部分信息公开不够及时。二是政策解读形式单一。",
        "无。");

    [Theory]
    [InlineData(ReportLayout.Official2021, 2026, "report-2021.html")]
    [InlineData(ReportLayout.Trial2019, 2020, "report-2019.html")]
    public void A_table_report_renders_to_its_golden_file_and_reads_back_to_the_same_data(ReportLayout layout, int year, string snapshot)
    {
        var data = Sample(layout, year);
        Assert.Empty(ReportRules.Check(data));
        var html = ReportHtml.Render(data, Texts);
        MatchesSnapshot(snapshot, html);

        var parsed = ReportParser.Parse(html);
        Assert.Empty(parsed.Notes);
        Assert.Equal(layout, parsed.Data.Layout);
        Assert.Equal(year, parsed.Data.Year);
        Assert.Equal("巫溪县财政局", parsed.Data.BodyName);
        foreach (var (code, values) in data.Applications)
        {
            Assert.Equal(values, parsed.Data.Applications[code]);
        }

        foreach (var (code, values) in data.Cases)
        {
            Assert.Equal(values, parsed.Data.Cases[code]);
        }

        Assert.Equal(data.Proactive.Select(f => (f.Row, f.Column, f.Value)), parsed.Data.Proactive.Select(f => (f.Row, f.Column, f.Value)));
        Assert.Empty(ReportRules.Check(parsed.Data));
    }

    [Fact]
    public void Every_rule_names_the_cell_it_finds_broken()
    {
        var d = Sample(ReportLayout.Official2021, 2026);
        d.Applications["received"][0] += 1;
        d.Applications["received"][6] += 1;
        Assert.Equal(["表三“自然人”列", "表三“总计”列"], ReportRules.Check(d).Select(f => f.Cell));
        Assert.All(ReportRules.Check(d), f => Assert.Equal("1", f.Rule));

        d = Sample(ReportLayout.Official2021, 2026);
        d.Applications["3.4"][2] += 1;
        var findings = ReportRules.Check(d);
        Assert.Contains(findings, f => f.Rule == "2" && f.Cell.Contains("保护第三方合法权益", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == "3" && f.Cell.Contains("科研机构", StringComparison.Ordinal));

        d = Sample(ReportLayout.Official2021, 2026);
        d.Cases["after-review"][4] = 9;
        Assert.Equal("表四“行政诉讼：复议后起诉”的“总计”", Assert.Single(ReportRules.Check(d)).Cell);

        var before = Sample(ReportLayout.Official2021, 2025);
        d = Sample(ReportLayout.Official2021, 2026);
        before.Applications["carried-forward"] = [2, 0, 1, 0, 0, 1, 4];
        var five = ReportRules.Check(d, before).Where(f => f.Rule == "5").ToList();
        Assert.Equal(2, five.Count);

        d = Sample(ReportLayout.Official2021, 2026);
        d.Proactive[^1] = d.Proactive[^1] with { Value = 1.23456m };
        d.Proactive[0] = d.Proactive[0] with { Value = null };
        Assert.Equal(["missing", "6"], ReportRules.Check(d).Select(f => f.Rule));
    }

    [Fact]
    public void A_narrative_report_renders_its_statistics_sentences_and_reads_back()
    {
        var d = new ReportData { Year = 2016, Layout = ReportLayout.Narrative, BodyName = "巫溪县人民政府" };
        foreach (var (key, value) in new Dictionary<string, decimal>
        {
            ["items.total"] = 20011,
            ["items.county"] = 15000,
            ["items.township"] = 5011,
            ["applications.received"] = 12,
            ["applications.online"] = 9,
            ["applications.letter"] = 3,
            ["applications.answered"] = 10,
            ["applications.refused"] = 1,
            ["applications.pending"] = 1,
            ["fees.amount"] = 0,
            ["reviews.total"] = 2,
            ["reviews.concluded"] = 2,
            ["lawsuits.total"] = 6,
            ["lawsuits.upheld"] = 4,
            ["lawsuits.corrected"] = 1,
            ["lawsuits.other"] = 1,
        })
        {
            d.Narrative[key] = value;
        }

        var html = ReportHtml.Render(d, Texts with { Contact = "如对本年报有疑问，请与县政府办公室联系（电话：023-51528016）。" });
        MatchesSnapshot("report-narrative.html", html);
        var parsed = ReportParser.Parse(html).Data;
        Assert.Equal(ReportLayout.Narrative, parsed.Layout);
        foreach (var key in new[] { "items.total", "items.county", "items.township", "applications.received", "applications.online", "applications.letter", "applications.answered", "applications.refused", "reviews.total", "reviews.concluded", "lawsuits.total", "lawsuits.upheld", "lawsuits.corrected", "lawsuits.other", "fees.amount" })
        {
            Assert.True(parsed.Narrative.TryGetValue(key, out var v) && v == d.Narrative[key], $"{key}: {v} ≠ {d.Narrative[key]}");
        }

        d.Narrative["lawsuits.other"] = 3;
        Assert.Equal(["N3"], ReportRules.Check(d).Select(f => f.Rule));
    }
}

public sealed class ReportCalculatorTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_countys_2015_report_regenerates_the_seed_reports_figures(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        await host.WithDbAsync(async (db, sp) =>
        {
            await DemoCounty.LoadCatalogAsync(db);
            await DemoApplications.LoadAsync(db, sp.GetRequiredService<ApplicationService>());
            var started = System.Diagnostics.Stopwatch.StartNew();
            await DemoServices.LoadAsync(db);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(90), $"demo service records took {started.Elapsed}");
            await DemoSupervision.LoadAsync(db);
            await DemoWebsites.LoadAsync(db);
            await DemoAssessment.LoadAsync(db, sp.GetRequiredService<Gongkai.Catalog.CatalogService>());
            await DemoReports.LoadAsync(db, sp.GetRequiredService<ApplicationService>(), sp.GetRequiredService<Gongkai.Catalog.CatalogService>());
            return 0;
        });
        var data = await host.WithDbAsync((db, _) => new ReportCalculator(db).ComputeAsync(null, 2015));

        // Section 二（一）: the 行政审批 figures are counted from the service records, not entered.
        var services = new Dictionary<string, decimal>
        {
            ["services.cancelled"] = 118,
            ["services.undertaken"] = 98,
            ["services.retained"] = 342,
            ["services.departments"] = 22,
            ["services.on-site"] = 279,
            ["services.not-on-site"] = 63,
            ["services.township-centres"] = 32,
            ["services.township-items"] = 46,
            ["services.village-centres"] = 330,
            ["services.village-items"] = 44,
            ["services.on-time"] = 100,
        };
        foreach (var (key, value) in services)
        {
            Assert.True(data.Narrative.TryGetValue(key, out var n) && n == value, $"{key}: {n} ≠ {value}");
        }

        Assert.InRange(data.Narrative["services.cases"]!.Value, 134_500, 135_499);
        Assert.InRange(data.Narrative["services.satisfaction"]!.Value, 98m, 100m);
        var computedText = ReportHtml.Outline(data, new ReportTexts()).Select(p => p.Text).Single(t => t.StartsWith("据本平台政务服务事项和办件记录统计", StringComparison.Ordinal));
        foreach (var phrase in new[] { "取消行政审批事项118项", "承接市政府下放的行政审批事项98项", "保留行政审批事项342项", "22个部门进驻行政服务中心，进驻事项279项，暂未进驻办理事项63项", "32个乡镇（街道）公共服务中心进驻公共服务事项46项", "330个村（社区）便民服务中心可代办便民服务事项44项", "累计接办件13.5万件", "按时办结率100%" })
        {
            Assert.Contains(phrase, computedText, StringComparison.Ordinal);
        }

        Assert.Matches(@"群众满意度(98|99)(\.\d)?%", computedText);

        // Section 二's figures: every seed count by key area, by the county's breakdown lines, and the entered ones.
        foreach (var c in DemoCatalog.SeedCounts)
        {
            var key = c.TitleMarker.Length > 0 ? ReportData.LineKey(c.Label) : ReportData.AreaKey(c.KeyArea);
            Assert.True(data.Narrative.TryGetValue(key, out var n) && n == c.Count, $"{c.Label}: {n} ≠ {c.Count}");
        }

        // Only the figure the platform does not hold stays entered; none of the 行政审批 ones is.
        var entered = NarrativeFigure.Parse(DemoReports.EnteredFigures2015, out var problems);
        Assert.Empty(problems);
        Assert.Equal(entered.Values, data.Proactive.Select(f => f.Value!.Value));
        Assert.Equal(["预决算信息公开率"], data.Proactive.Select(f => f.Row));
        Assert.All(data.Proactive, f => Assert.True(f.Entered));
        Assert.Equal(ReportLayout.Narrative, data.Layout);
        var seed = new Dictionary<string, decimal>
        {
            ["items.total"] = DemoCatalog.Total,
            ["items.county"] = DemoCatalog.CountyLevel,
            ["items.township"] = DemoCatalog.TownshipLevel,
            ["applications.received"] = DemoApplications.Applications2015,
            ["applications.online"] = DemoApplications.Online2015,
            ["applications.letter"] = DemoApplications.Letters2015,
            ["applications.answered"] = DemoApplications.Answered2015,
            ["applications.refused"] = DemoApplications.Withheld2015,
            ["fees.amount"] = 0,
            ["reviews.total"] = DemoApplications.Reviews2015,
            ["reviews.concluded"] = DemoApplications.Reviews2015,
            ["lawsuits.total"] = DemoApplications.Lawsuits2015,
            ["lawsuits.upheld"] = DemoApplications.LawsuitsUpheld2015,
            ["lawsuits.corrected"] = DemoApplications.LawsuitsCorrected2015,
            ["lawsuits.other"] = DemoApplications.LawsuitsOther2015,
        };
        Assert.Equal((23123m, 17403m, 5720m, 9m, 7m, 2m, 8m, 1m), (seed["items.total"], seed["items.county"], seed["items.township"], seed["applications.received"], seed["applications.online"], seed["applications.letter"], seed["applications.answered"], seed["applications.refused"]));
        Assert.Equal((3m, 20m, 14m, 1m, 5m), (seed["reviews.total"], seed["lawsuits.total"], seed["lawsuits.upheld"], seed["lawsuits.corrected"], seed["lawsuits.other"]));
        foreach (var (key, value) in seed)
        {
            Assert.True(data.Narrative[key] == value, $"{key}: {data.Narrative[key]} ≠ {value}");
        }

        // The overview's and section 九's figures from the county office's registers, in the seed's words.
        var overview = ReportHtml.Outline(data, new ReportTexts()).Select(p => p.Text).Single(t => t.StartsWith("据本平台督查考核记录", StringComparison.Ordinal));
        foreach (var phrase in new[] { "全年组织召开政务公开工作会议3次", "制定下发了政务公开考核细则", "年终考核1次，实行排名通报", "关闭1个，整改优化10个" })
        {
            Assert.Contains(phrase, overview, StringComparison.Ordinal);
        }

        Assert.Contains(ReportHtml.Outline(data, new ReportTexts()), p => p.Text.Contains("2015年，我县未接到市人大代表建议和市政协委员提案办件。", StringComparison.Ordinal));
        Assert.Empty(ReportRules.Check(data));
        var html = ReportHtml.Render(data, new ReportTexts());
        ReportLayoutTests.MatchesSnapshot("wuxi-2015.html", html);

        // What the generator writes, the checker reads back.
        var parsed = ReportParser.Parse(html).Data;
        foreach (var (key, value) in seed)
        {
            Assert.True(parsed.Narrative.TryGetValue(key, out var v) && v == value, $"read back {key}: {v} ≠ {value}");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_2021_format_report_counts_carried_over_decided_and_carried_forward_applications_by_applicant_type(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var calendar = Gongkai.Calendar.BuiltInSchedules.Calendar();
        await host.WithDbAsync(async (db, sp) =>
        {
            var service = sp.GetRequiredService<ApplicationService>();
            var czj = await db.Bodies.SingleAsync(b => b.Code == "czj");
            var officer = await db.Users.SingleAsync(u => u.UserName == "czj.officer");
            async Task<Application> Make(int n, ApplicantType type, DateOnly received)
            {
                var r = await service.SubmitAsync(new ApplicationInput
                {
                    ApplicantType = type,
                    Name = $"申请人{n}",
                    ContactPerson = type == ApplicantType.Person ? null : "联系人",
                    IdDocument = IdDocument.Passport,
                    IdNumber = $"E{n:D8}",
                    Phone = "13900000000",
                    Description = $"第{n}件申请",
                    Delivery = Delivery.ElectronicFile,
                    BodyId = czj.Id,
                }, new Registration(Channel.InPerson, new DateTimeOffset(received.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), null), null, officer.Id, "经办人");
                return await db.Applications.SingleAsync(a => a.Id == r.Application.Id);
            }

            async Task Decide(Application a, string outcome, DateOnly on) =>
                await service.ApplyAsync(a, ApplicationAction.Decide, new ActionInput { On = on, Outcome = outcome, Reasons = "理由", Withheld = "部分内容" }, a.Revision, officer.Id, "经办人");

            // Received in 2024, decided in 2025: carried over into 2025.
            await Decide(await Make(1, ApplicantType.Person, new DateOnly(2024, 12, 20)), "disclose", new DateOnly(2025, 1, 10));
            // Received and decided in 2025.
            await Decide(await Make(2, ApplicantType.Business, new DateOnly(2025, 3, 3)), "partial", new DateOnly(2025, 3, 20));
            await Decide(await Make(3, ApplicantType.LegalService, new DateOnly(2025, 5, 6)), "not-held", new DateOnly(2025, 5, 9));
            await Decide(await Make(4, ApplicantType.Person, new DateOnly(2025, 6, 2)), "third-party", new DateOnly(2025, 6, 20));
            // Received in 2025, still open at the end of the year: carried forward.
            await Make(5, ApplicantType.Research, new DateOnly(2025, 12, 24));
            // Received in 2025, decided in 2026: also carried forward.
            await Decide(await Make(6, ApplicantType.Person, new DateOnly(2025, 12, 29)), "disclose", new DateOnly(2026, 1, 12));
            return 0;
        });

        var d = await host.WithDbAsync((db, _) => new ReportCalculator(db).ComputeAsync("czj", 2025));
        Assert.Equal(ReportLayout.Official2021, d.Layout);
        Assert.Equal([2, 1, 1, 0, 1, 0, 5], d.Applications["received"]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], d.Applications["carried-over"]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], d.Applications["1"]);
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], d.Applications["2"]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], d.Applications["3.4"]);
        Assert.Equal([0, 0, 0, 0, 1, 0, 1], d.Applications["4.1"]);
        Assert.Equal([2, 1, 0, 0, 1, 0, 4], d.Applications["total"]);
        Assert.Equal([1, 0, 1, 0, 0, 0, 2], d.Applications["carried-forward"]);
        Assert.DoesNotContain(ReportRules.Check(d), f => f.Rule != "missing");

        // The next year's carried-over equals this year's carried-forward (rule 5), computed independently.
        var next = await host.WithDbAsync((db, _) => new ReportCalculator(db).ComputeAsync("czj", 2026));
        Assert.DoesNotContain(ReportRules.Check(next, d), f => f.Rule != "missing");
        Assert.Equal(d.Applications["carried-forward"], next.Applications["carried-over"]);

        // Figures the platform does not hold are reported missing until staff enter them.
        Assert.Contains(ReportRules.Check(d), f => f.Rule == "missing" && f.Cell.Contains("行政处罚", StringComparison.Ordinal));
        var records = await host.WithDbAsync((db, _) => new ReportCalculator(db).RecordsAsync("czj", 2025, ["三:carried-forward:6"]));
        Assert.Equal(2, records.Count);
    }
}
