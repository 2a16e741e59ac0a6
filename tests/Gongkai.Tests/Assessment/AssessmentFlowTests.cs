using System.Globalization;
using System.Net;
using Gongkai.Assessment;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Demo;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Assessment;

public abstract partial class AssessmentTests
{
    private static int LocationId(HttpResponseMessage r) =>
        int.Parse(r.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_county_office_runs_a_period_and_each_body_sees_only_what_it_may()
    {
        var a = await NewBodyAsync();
        var b = await NewBodyAsync();
        var c = await NewBodyAsync(BodyKind.Township);
        await ImportAsync(a, new Row("按期公开的通知", new DateOnly(2033, 3, 1), new DateOnly(2033, 3, 3)));
        await ImportAsync(b, new Row("按期公开的通知", new DateOnly(2033, 3, 1), new DateOnly(2033, 3, 3)), new Row("逾期公开的通知", new DateOnly(2033, 3, 1), new DateOnly(2033, 6, 1)));
        var (county, czj, ninghe, zfb) = await host.WithDbAsync(async (db, _) =>
        {
            var ids = await db.Bodies.Where(x => x.Code == "wuxi" || x.Code == "czj" || x.Code == "ninghe" || x.Code == "zfb").ToDictionaryAsync(x => x.Code, x => x.Id);
            return (ids["wuxi"], ids["czj"], ids["ninghe"], ids["zfb"]);
        });

        var office = await host.SignInAsync("jiandu");
        var created = await TestHost.PostFormAsync(office, "/staff/assessment?handler=Create", new() { ["countyBodyId"] = S(county), ["year"] = "2033", ["title"] = "2033年政务公开工作考核细则" }, "/staff/assessment");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var scheme = LocationId(created);
        var schemePage = $"/staff/assessment/schemes/{scheme}";
        await TestHost.PostFormAsync(office, $"{schemePage}?handler=AddIndicator", new()
        {
            ["indicator.Name"] = "工作机制",
            ["indicator.Points"] = "40",
            ["indicator.SortOrder"] = "2",
            ["indicator.Method"] = nameof(ScoringMethod.Manual),
            ["indicator.Rule"] = nameof(ScoringRule.Proportional),
            ["indicator.DeductionPer"] = "0",
        }, schemePage);
        Assert.Contains("各末级指标分值合计 40 分，与总分 100 分不符，请调整分值。", WebUtility.HtmlDecode(await office.GetStringAsync(schemePage)), StringComparison.Ordinal);
        await TestHost.PostFormAsync(office, $"{schemePage}?handler=AddIndicator", new()
        {
            ["indicator.Name"] = "按期公开",
            ["indicator.Points"] = "60",
            ["indicator.SortOrder"] = "1",
            ["indicator.Method"] = nameof(ScoringMethod.Computed),
            ["indicator.MetricCode"] = "publish-on-time",
            ["indicator.Rule"] = nameof(ScoringRule.Proportional),
            ["indicator.DeductionPer"] = "0",
        }, schemePage);
        Assert.Contains("分值校验通过", await office.GetStringAsync(schemePage), StringComparison.Ordinal);
        var bad = await TestHost.PostFormAsync(office, $"{schemePage}?handler=AddPeriod", new() { ["kind"] = nameof(PeriodKind.YearEnd), ["name"] = "2033年度年终考核", ["from"] = "2033-12-31", ["to"] = "2033-01-01", ["sampleSize"] = "0" }, schemePage);
        Assert.Contains("结束日期不能早于开始日期。", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await TestHost.PostFormAsync(office, $"{schemePage}?handler=AddPeriod", new() { ["kind"] = nameof(PeriodKind.YearEnd), ["name"] = "2033年度年终考核", ["from"] = "2033-01-01", ["to"] = "2033-12-31", ["sampleSize"] = "0" }, schemePage);
        var (period, manual) = await host.WithDbAsync(async (db, _) => (
            await db.AssessmentPeriods.Where(p => p.SchemeId == scheme).Select(p => p.Id).SingleAsync(),
            await db.Indicators.Where(i => i.SchemeId == scheme && i.Method == ScoringMethod.Manual).Select(i => i.Id).SingleAsync()));
        var periodPage = $"/staff/assessment/periods/{period}";
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(office, $"{periodPage}?handler=Compute", [], periodPage)).StatusCode);

        var aPage = $"{periodPage}/bodies/{a.Id}";
        var tooHigh = await TestHost.PostFormAsync(office, $"{aPage}?handler=Score", new() { ["indicatorId"] = S(manual), ["score"] = "41", ["evidence"] = "查阅资料", ["revision"] = "0" }, aPage);
        Assert.Contains("“工作机制”得分应在 0 至 40 分之间", await tooHigh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(office, $"{aPage}?handler=Score", new() { ["indicatorId"] = S(manual), ["score"] = "38.5", ["evidence"] = "领导小组已成立，制度齐全；培训缺 1 次。", ["revision"] = "0" }, aPage)).StatusCode);
        await host.WithDbAsync(async (db, sp) =>
        {
            var assessment = sp.GetRequiredService<AssessmentService>();
            foreach (var body in (await assessment.AssessedBodiesAsync(county)).Where(x => x.Id != a.Id))
            {
                await assessment.SetManualScoreAsync(period, body.Id, manual, body.Id == b.Id ? 40 : 30, "年终考核查阅资料。", 0, "测试");
            }

            return 0;
        });
        var scored = WebUtility.HtmlDecode(await office.GetStringAsync(aPage));
        Assert.Contains("按期公开：60 分", scored, StringComparison.Ordinal);
        Assert.Contains("工作机制：38.5 分", scored, StringComparison.Ordinal);
        Assert.Contains("领导小组已成立，制度齐全；培训缺 1 次。", scored, StringComparison.Ordinal);
        var bScores = WebUtility.HtmlDecode(await office.GetStringAsync($"{periodPage}/bodies/{b.Id}"));
        Assert.Contains("按期公开：30 分", bScores, StringComparison.Ordinal);
        Assert.Contains("《逾期公开的通知》成文 2033-03-01", bScores, StringComparison.Ordinal);

        // Before publication a body reads its own scores and evidence, and nobody else's, nor the ranking.
        var czjAdmin = await host.SignInAsync("czj.admin");
        Assert.Contains("按期公开", await czjAdmin.GetStringAsync($"{periodPage}/bodies/{czj}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await czjAdmin.GetAsync($"{periodPage}/bodies/{ninghe}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await czjAdmin.GetAsync($"{periodPage}/bodies/{a.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await czjAdmin.GetAsync(periodPage)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await czjAdmin.GetAsync($"{periodPage}?handler=Notice")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await czjAdmin.GetAsync(schemePage)).StatusCode);
        var ningheEditor = await host.SignInAsync("ninghe.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await ningheEditor.GetAsync($"{periodPage}/bodies/{czj}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ningheEditor.GetAsync($"/staff/assessment/bodies/{czj}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(ningheEditor, $"{periodPage}/bodies/{ninghe}?handler=Score", new() { ["indicatorId"] = S(manual), ["score"] = "40", ["evidence"] = "自评满分", ["revision"] = "1" }, $"{periodPage}/bodies/{ninghe}")).StatusCode);
        Assert.DoesNotContain($"href=\"{periodPage}\"", await czjAdmin.GetStringAsync("/staff/assessment"), StringComparison.Ordinal);

        var revision = await host.WithDbAsync((db, _) => db.AssessmentPeriods.Where(p => p.Id == period).Select(p => p.Revision).SingleAsync());
        var published = await TestHost.PostFormAsync(office, $"{periodPage}?handler=Publish", new() { ["revision"] = S(revision), ["officeBodyId"] = S(zfb) }, periodPage);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var (notice, rows) = await host.WithDbAsync(async (db, _) =>
        {
            var p = await db.AssessmentPeriods.SingleAsync(x => x.Id == period);
            Assert.Equal(PeriodState.Published, p.State);
            return (await db.CatalogItems.SingleAsync(i => i.Id == p.NoticeItemId), await db.RankingRows.Where(r => r.PeriodId == period).ToListAsync());
        });
        Assert.Equal(zfb, notice.BodyId);
        Assert.Equal(ItemState.Submitted, notice.State);
        Assert.Equal("关于2033年度年终考核结果的通报", notice.Title);
        var rowA = rows.Single(r => r.BodyId == a.Id);
        var rowB = rows.Single(r => r.BodyId == b.Id);
        var rowC = rows.Single(r => r.BodyId == c.Id);
        Assert.Equal((98.5m, RankGroup.Department), (rowA.Total, rowA.Group));
        Assert.Equal((70m, RankGroup.Department), (rowB.Total, rowB.Group));
        Assert.Equal(RankGroup.Township, rowC.Group);
        Assert.Equal(1, rowA.Rank);
        Assert.Equal(Standing.Praised, rowA.Standing);
        // Frozen: later changes to the records do not move a published ranking.
        await ImportAsync(c, new Row("考核结束后补录的信息", new DateOnly(2033, 5, 1), new DateOnly(2033, 12, 1)));
        Assert.Equal(HttpStatusCode.OK, (await TestHost.PostFormAsync(office, $"{periodPage}?handler=Compute", [], periodPage)).StatusCode);
        Assert.Equal(rowC.Total, await host.WithDbAsync((db, _) => db.RankingRows.Where(r => r.PeriodId == period && r.BodyId == c.Id).Select(r => r.Total).SingleAsync()));

        var docx = await (await office.GetAsync($"{periodPage}?handler=Notice")).Content.ReadAsByteArrayAsync();
        var text = ReadDocx(docx);
        Assert.StartsWith("关于2033年度年终考核结果的通报\n", text, StringComparison.Ordinal);
        Assert.Contains($"\n1\n{a.Name}\n98.5\n表彰\n", text, StringComparison.Ordinal);
        Assert.Contains($"\n{rowB.Rank}\n{b.Name}\n70\n", text, StringComparison.Ordinal);
        Assert.Contains($"\n{rowC.Rank}\n{c.Name}\n", text, StringComparison.Ordinal);
        Assert.Contains("予以通报表彰", text, StringComparison.Ordinal);
        Assert.Contains("县级部门考核排名", text, StringComparison.Ordinal);
        Assert.Contains("乡镇（街道）考核排名", text, StringComparison.Ordinal);
        var attached = await host.WithDbAsync((db, _) => db.Attachments.Where(x => x.ItemId == notice.Id).Join(db.Blobs, x => x.Sha256, bl => bl.Sha256, (x, bl) => bl.Content).SingleAsync());
        Assert.Equal(text, ReadDocx(attached));

        // Still in review: the bodies do not see the ranking yet.
        Assert.Equal(HttpStatusCode.Forbidden, (await czjAdmin.GetAsync(periodPage)).StatusCode);
        await host.WithDbAsync(async (db, sp) =>
        {
            var catalog = sp.GetRequiredService<CatalogService>();
            var item = await db.CatalogItems.SingleAsync(i => i.Id == notice.Id);
            await catalog.ApplyAsync(item, ReviewAction.ClearConfidentiality, null, item.Revision, await catalog.NothingToDeclareAsync("不涉密"));
            return 0;
        }, "保密审查员");
        await host.WithDbAsync(async (db, sp) =>
        {
            var catalog = sp.GetRequiredService<CatalogService>();
            var item = await db.CatalogItems.SingleAsync(i => i.Id == notice.Id);
            await catalog.ApplyAsync(item, ReviewAction.Approve, "同意公开", item.Revision);
            Assert.Equal(ItemState.Published, item.State);
            return 0;
        }, "内容审核员");

        var ranking = WebUtility.HtmlDecode(await czjAdmin.GetStringAsync(periodPage));
        Assert.Contains(a.Name, ranking, StringComparison.Ordinal);
        Assert.Contains("宁河街道", ranking, StringComparison.Ordinal);
        Assert.DoesNotContain("计算得分", ranking, StringComparison.Ordinal);
        Assert.Contains("2033年度年终考核", await czjAdmin.GetStringAsync("/staff/assessment"), StringComparison.Ordinal);
        Assert.Contains("2033年度年终考核", await czjAdmin.GetStringAsync($"/staff/assessment/bodies/{czj}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await czjAdmin.GetAsync($"{periodPage}/bodies/{ninghe}")).StatusCode);
        var history = await host.WithDbAsync((db, sp) => sp.GetRequiredService<AssessmentService>().HistoryAsync(a.Id));
        Assert.Equal((1, 98.5m, "2033年度年终考核"), (history[0].Rank, history[0].Total, history[0].Period));
        var latest = await host.WithDbAsync((db, sp) => sp.GetRequiredService<AssessmentService>().LatestScoresAsync());
        Assert.Equal(98.5m, latest[a.Id].Total);
    }

    [Fact]
    public async Task A_spot_check_draws_the_same_items_for_the_same_seed_and_its_marks_feed_the_indicator()
    {
        var body = await NewBodyAsync();
        await ImportAsync(body, Enumerable.Range(1, 8).Select(i => new Row($"抽查候选信息{i}", new DateOnly(2034, 2, i), new DateOnly(2034, 2, i + 1))).ToArray());
        var (period, leaf) = await host.WithDbAsync(async (db, sp) =>
        {
            var assessment = sp.GetRequiredService<AssessmentService>();
            var county = await db.Bodies.Where(x => x.Code == "wuxi").Select(x => x.Id).SingleAsync();
            var scheme = await assessment.CreateSchemeAsync(county, 2034, new SchemeInput("2034年考核细则", null, null, null, 100, 3, 1, 60, string.Join('\n', AssessmentService.DefaultChecklist)));
            var leaf = await assessment.AddIndicatorAsync(scheme.Id, new IndicatorInput(null, 1, "公开信息质量", 100, ScoringMethod.SpotCheck, null, ScoringRule.Proportional, 0, null));
            var (name, from, to) = AssessmentService.StandardPeriod(2034, PeriodKind.Quarter, 1);
            Assert.Equal(("2034年第一季度抽查", new DateOnly(2034, 1, 1), new DateOnly(2034, 3, 31)), (name, from, to));
            return ((await assessment.CreatePeriodAsync(scheme.Id, PeriodKind.Quarter, name, from, to, 2)).Id, leaf.Id);
        });

        async Task<List<int>> DrawAsync(long seed) => await host.WithDbAsync(async (db, sp) =>
        {
            var assessment = sp.GetRequiredService<AssessmentService>();
            var revision = await db.AssessmentPeriods.Where(p => p.Id == period).Select(p => p.Revision).SingleAsync();
            Assert.Equal(seed, await assessment.DrawSampleAsync(period, seed, revision));
            return (await assessment.SamplesAsync(period, body.Id)).Select(s => s.CatalogItemId).ToList();
        });

        var first = await DrawAsync(4242);
        Assert.Equal(2, first.Count);
        Assert.Equal(first, await DrawAsync(4242));
        Assert.NotEqual(first, await DrawAsync(4243));
        var again = await DrawAsync(4242);
        Assert.Equal(first, again);
        var candidates = await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.BodyId == body.Id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        Assert.Equal(AssessmentService.Sample(candidates, 2, 4242, body.Id), first);

        var office = await host.SignInAsync("jiandu");
        var page = $"/staff/assessment/periods/{period}/spot-checks";
        var samples = await host.WithDbAsync((db, sp) => sp.GetRequiredService<AssessmentService>().SamplesAsync(period, body.Id));
        var noNote = await TestHost.PostFormAsync(office, $"{page}?handler=Score", new() { ["sampleId"] = samples[0].Id.ToString(CultureInfo.InvariantCulture), ["revision"] = S(samples[0].Revision), ["failed"] = "时效" }, page);
        Assert.Contains("有不合格项目时，请在说明中写明问题。", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await TestHost.PostFormAsync(office, $"{page}?handler=Score", new() { ["sampleId"] = samples[0].Id.ToString(CultureInfo.InvariantCulture), ["revision"] = S(samples[0].Revision), ["failed"] = "字体", ["note"] = "x" }, page);
        Assert.Contains("“字体”不是本年度抽查清单中的项目。", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(office, $"{page}?handler=Score", new() { ["sampleId"] = samples[0].Id.ToString(CultureInfo.InvariantCulture), ["revision"] = S(samples[0].Revision), ["failed"] = "时效", ["note"] = "超过20个工作日公开。" }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(office, $"{page}?handler=Score", new() { ["sampleId"] = samples[1].Id.ToString(CultureInfo.InvariantCulture), ["revision"] = S(samples[1].Revision) }, page)).StatusCode);
        var stale = await TestHost.PostFormAsync(office, $"{page}?handler=Score", new() { ["sampleId"] = samples[1].Id.ToString(CultureInfo.InvariantCulture), ["revision"] = S(samples[1].Revision) }, page);
        Assert.Contains("已被他人评分", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var score = await host.WithDbAsync(async (db, sp) =>
        {
            var assessment = sp.GetRequiredService<AssessmentService>();
            var revision = await db.AssessmentPeriods.Where(p => p.Id == period).Select(p => p.Revision).SingleAsync();
            var refused = await Assert.ThrowsAsync<AssessmentInputException>(() => assessment.DrawSampleAsync(period, 1, revision));
            Assert.Equal("已有抽查信息评分，不能重新抽样。", refused.Message);
            await assessment.ComputeAsync(period);
            return await db.IndicatorScores.SingleAsync(s => s.PeriodId == period && s.BodyId == body.Id && s.IndicatorId == leaf);
        });
        // One item fails one of five checks (0.8), the other passes (1.0): 90 of 100.
        Assert.Equal(90m, score.Score);
        Assert.Contains("不合格：抽查信息", score.Evidence, StringComparison.Ordinal);
        Assert.Contains("时效。超过20个工作日公开。", score.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_county_has_its_2015_scheme_and_a_published_year_end_ranking_of_every_body()
    {
        await host.WithDbAsync(async (db, sp) => { await DemoAssessment.LoadAsync(db, sp.GetRequiredService<CatalogService>()); return 0; });
        await host.WithDbAsync(async (db, sp) =>
        {
            var assessment = sp.GetRequiredService<AssessmentService>();
            var county = await db.Bodies.SingleAsync(x => x.Code == "wuxi");
            var scheme = await db.AssessmentSchemes.SingleAsync(s => s.CountyBodyId == county.Id && s.Year == 2015);
            Assert.Equal((DemoAssessment.SchemeTitle, DemoAssessment.SchemeNumber, 2015), (scheme.Title, scheme.DocumentNumber, scheme.IssuedOn!.Value.Year));
            Assert.Empty(AssessmentService.ValidateWeights(scheme, await assessment.IndicatorsAsync(scheme.Id)));
            var year = await db.AssessmentPeriods.SingleAsync(p => p.SchemeId == scheme.Id && p.Kind == PeriodKind.YearEnd);
            Assert.True(await assessment.IsPublicAsync(year));
            var rows = await db.RankingRows.Where(r => r.PeriodId == year.Id).ToListAsync();
            var assessed = await assessment.AssessedBodiesAsync(county.Id);
            Assert.Equal(assessed.Select(x => x.Id).Order(), rows.Select(r => r.BodyId).Order());
            Assert.Contains(rows, r => r.Group == RankGroup.Department && r.Rank == 1 && r.Standing == Standing.Praised);
            Assert.Contains(rows, r => r.Group == RankGroup.Township && r.Rank == 1 && r.Standing == Standing.Praised);
            Assert.Contains(rows, r => r.Standing == Standing.Criticised);
            var quarter = await db.AssessmentPeriods.SingleAsync(p => p.SchemeId == scheme.Id && p.Kind == PeriodKind.Quarter);
            Assert.Equal(DemoAssessment.SpotCheckSeed, quarter.Seed);
            Assert.All(await db.IndicatorScores.Where(s => s.PeriodId == year.Id).ToListAsync(), s => Assert.False(string.IsNullOrWhiteSpace(s.Evidence)));
            var counts = await assessment.CountsAsync(county.Id, 2015);
            Assert.Equal((1, 1, assessed.Count), (counts.Schemes, counts.YearEnd, counts.BodiesAssessed));
            Assert.Equal($"《{DemoAssessment.SchemeTitle}》（{DemoAssessment.SchemeNumber}）", Assert.Single(counts.SchemeDocuments));
            return 0;
        });
    }
}
