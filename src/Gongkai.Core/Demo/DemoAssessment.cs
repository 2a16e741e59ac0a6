using Gongkai.Assessment;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// The seed report's assessment: the county's 2015 考核细则 (制定下发了政务公开考核细则), a fourth-quarter spot check and the
/// year-end assessment of every body (一季一抽查、半年一督查、年终一考核，实行排名通报) with its ranking and 通报.
/// Scores come from the demo's 2015 records wherever a metric applies; the rest are hand scores with their evidence.
/// </summary>
public static class DemoAssessment
{
    public const int Year = 2015;

    public const long SpotCheckSeed = 20151231;

    public const string SchemeTitle = "巫溪县2015年政务公开工作考核细则";

    public const string SchemeNumber = "巫溪府办发〔2015〕52号";

    /// <summary>Loads the scheme, the spot check and the year-end assessment; needs the bodies, the catalog and the applications loaded first.</summary>
    public static async Task LoadAsync(GongkaiDb db, CatalogService catalog, CancellationToken ct = default)
    {
        var assessment = new AssessmentService(db, new CalendarService(db), catalog);
        var county = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "wuxi", ct);
        var office = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "zfb", ct);
        if (await db.AssessmentSchemes.AnyAsync(s => s.CountyBodyId == county.Id && s.Year == Year, ct))
        {
            return;
        }

        // The 细则 is known by its 文号 only: importing it as a 2015 item would change the seed's count of 23,123 items.
        var scheme = await assessment.CreateSchemeAsync(county.Id, Year, new SchemeInput(
            SchemeTitle, SchemeNumber, new DateOnly(Year, 4, 10), null, 100, 3, 2, 60, string.Join('\n', AssessmentService.DefaultChecklist)), ct);
        await AddIndicatorsAsync(assessment, scheme.Id, ct);

        var (qName, qFrom, qTo) = AssessmentService.StandardPeriod(Year, PeriodKind.Quarter, 4);
        var quarter = await assessment.CreatePeriodAsync(scheme.Id, PeriodKind.Quarter, qName, qFrom, qTo, 2, ct);
        await assessment.DrawSampleAsync(quarter.Id, SpotCheckSeed, quarter.Revision, ct);
        await ScoreSamplesAsync(db, assessment, quarter.Id, ct);

        var (yName, yFrom, yTo) = AssessmentService.StandardPeriod(Year, PeriodKind.YearEnd, 1);
        var year = await assessment.CreatePeriodAsync(scheme.Id, PeriodKind.YearEnd, yName, yFrom, yTo, 0, ct);
        await assessment.ComputeAsync(year.Id, ct);
        await HandScoresAsync(db, assessment, scheme.Id, year.Id, ct);

        var item = await assessment.PublishAsync(year.Id, (await db.AssessmentPeriods.AsNoTracking().SingleAsync(p => p.Id == year.Id, ct)).Revision, office.Id, null, ct);
        var tracked = await db.CatalogItems.SingleAsync(i => i.Id == item.Id, ct);
        foreach (var action in new[] { ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            var review = action == ReviewAction.ClearConfidentiality ? await catalog.NothingToDeclareAsync("考核结果通报，不涉及国家秘密和个人信息", ct) : null;
            await catalog.ApplyAsync(tracked, action, action == ReviewAction.Approve ? "同意公开考核结果通报" : null, tracked.Revision, review, separateDuties: false, ct);
        }
    }

    private static async Task AddIndicatorsAsync(AssessmentService assessment, int schemeId, CancellationToken ct)
    {
        var order = 0;
        async Task<int> Top(string name, decimal points) =>
            (await assessment.AddIndicatorAsync(schemeId, new IndicatorInput(null, ++order, name, points, ScoringMethod.Manual, null, ScoringRule.Proportional, 0, null), ct)).Id;
        Task Leaf(int parent, string name, decimal points, ScoringMethod method, string? metric, ScoringRule rule, decimal per, string criteria) =>
            assessment.AddIndicatorAsync(schemeId, new IndicatorInput(parent, ++order, name, points, method, metric, rule, per, criteria), ct);

        var time = await Top("公开时效", 20);
        await Leaf(time, "主动公开信息在形成之日起20个工作日内公开", 20, ScoringMethod.Computed, "publish-on-time", ScoringRule.Proportional, 0, "按按期公开的比例得分。");
        var content = await Top("公开内容", 35);
        await Leaf(content, "法定主动公开内容栏目及时更新", 15, ScoringMethod.Computed, "statutory-current", ScoringRule.Proportional, 0, "本单位已开设的法定主动公开内容栏目中，年内有更新的比例。");
        await Leaf(content, "重点领域信息公开", 10, ScoringMethod.Computed, "key-areas", ScoringRule.Proportional, 0, "承担的重点领域栏目年内有更新的比例；未承担的按满分计。");
        await Leaf(content, "公开信息质量（季度抽查）", 10, ScoringMethod.SpotCheck, null, ScoringRule.Proportional, 0, "抽查信息按要素齐全、时效、表述准确、敏感信息、链接有效逐项评分。");
        var requests = await Top("依申请公开", 15);
        await Leaf(requests, "依申请公开按期答复", 10, ScoringMethod.Computed, "applications-on-time", ScoringRule.Proportional, 0, "按期答复的比例；无申请的按满分计。");
        await Leaf(requests, "行政复议、行政诉讼被纠错", 5, ScoringMethod.Computed, "corrections", ScoringRule.Deduction, 2.5m, "每被纠错 1 件扣 2.5 分，扣完为止。");
        var report = await Top("年度报告", 10);
        await Leaf(report, "2014年度政府信息公开工作年度报告按期发布", 10, ScoringMethod.Manual, null, ScoringRule.Proportional, 0, "3月31日前在政府网站发布，数据准确。");
        var service = await Top("政务服务", 10);
        await Leaf(service, "政务服务办件按时办结", 5, ScoringMethod.Computed, "service-on-time", ScoringRule.Proportional, 0, "按时办结率；无办件的按满分计。");
        await Leaf(service, "政务服务办件满意度", 5, ScoringMethod.Computed, "service-satisfaction", ScoringRule.Proportional, 0, "满意率；无评价的按满分计。");
        var mechanism = await Top("工作机制", 10);
        await Leaf(mechanism, "组织领导和制度建设", 5, ScoringMethod.Manual, null, ScoringRule.Proportional, 0, "成立领导小组，明确分管领导和工作人员，健全主动公开、预先审核、公开档案制度。");
        await Leaf(mechanism, "参加全县政务公开工作会议和培训", 5, ScoringMethod.Manual, null, ScoringRule.Proportional, 0, "全年工作会议 3 次，每缺席 1 次扣 1.5 分。");
    }

    /// <summary>The inspector's marks follow the records: an item published after its 20 working days fails 时效.</summary>
    private static async Task ScoreSamplesAsync(GongkaiDb db, AssessmentService assessment, int periodId, CancellationToken ct)
    {
        var calendar = await new CalendarService(db).LoadAsync(ct);
        foreach (var sample in await assessment.SamplesAsync(periodId, null, ct))
        {
            var item = await db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == sample.CatalogItemId, ct);
            var due = calendar.AddWorkingDays(item.WrittenOn, AssessmentMetrics.PublicationWorkingDays).Due;
            var late = item.FirstPublishedOn > due;
            await assessment.ScoreSampleAsync(sample.Id, sample.Revision, late ? ["时效"] : [],
                late ? $"成文 {item.WrittenOn:yyyy-MM-dd}，{item.FirstPublishedOn:yyyy-MM-dd} 才公开，超过20个工作日。" : "要素齐全，按期公开，表述准确。", "县政府办 督查室", ct);
        }
    }

    private static async Task HandScoresAsync(GongkaiDb db, AssessmentService assessment, int schemeId, int periodId, CancellationToken ct)
    {
        var manual = (await assessment.IndicatorsAsync(schemeId, ct)).Where(i => i.Method == ScoringMethod.Manual && i.ParentId is not null).ToList();
        var county = await db.AssessmentSchemes.AsNoTracking().Where(s => s.Id == schemeId).Select(s => s.CountyBodyId).SingleAsync(ct);
        var bodies = await assessment.AssessedBodiesAsync(county, ct);
        foreach (var (body, index) in bodies.Select((b, i) => (b, i)))
        {
            // The archive of the year-end check: which bodies missed a meeting is the county office's record, kept here as typed.
            var missed = index % 7 == 3 ? 1 : 0;
            foreach (var indicator in manual)
            {
                var (score, evidence) = indicator.Name switch
                {
                    var n when n.StartsWith("2014年度", StringComparison.Ordinal) =>
                        (10m, "查阅县政府网站：2014年度政府信息公开工作年度报告已于2015年3月31日前发布，数据与统计台账一致。"),
                    var n when n.StartsWith("组织领导", StringComparison.Ordinal) =>
                        (5m, "年终考核查阅资料：已成立政务公开工作领导小组，明确分管领导和信息员；主动公开、预先审核、公开档案制度齐全。"),
                    _ => (5m - (1.5m * missed), missed == 0
                        ? "全年 3 次全县政务公开工作会议均派员参加（签到表存县政府办）。"
                        : "全年 3 次全县政务公开工作会议缺席 1 次（签到表存县政府办），扣 1.5 分。"),
                };
                await assessment.SetManualScoreAsync(periodId, body.Id, indicator.Id, score, evidence, 0, "县政府办 督查室", null, ct);
            }
        }
    }
}
