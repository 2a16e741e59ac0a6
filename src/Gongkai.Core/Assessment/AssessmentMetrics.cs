using System.Globalization;
using Gongkai.Applications;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Assessment;

/// <summary>What a metric is computed over: one body's records in one period.</summary>
public sealed record MetricContext(GongkaiDb Db, WorkingCalendar Calendar, int BodyId, DateOnly From, DateOnly To, DateOnly Today);

/// <summary>
/// A metric's answer: a rate (0–1), a count, or a pass, with the records behind it so that a body can see why.
/// A metric that does not apply to the body (no applications, no service cases) gives full points.
/// </summary>
public sealed record MetricResult(string Summary, IReadOnlyList<string> Evidence)
{
    public decimal? Rate { get; init; }

    public int? Count { get; init; }

    public bool? Passed { get; init; }

    public bool Applies { get; init; } = true;

    public decimal? Value => Rate ?? Count ?? (Passed is { } p ? (p ? 1 : 0) : null);

    public static MetricResult NotApplicable(string why) => new($"不适用：{why}，按满分计。", []) { Applies = false };
}

/// <summary>A computed measure of a body's disclosure work, chosen by code in a scheme's indicators.</summary>
public sealed record Metric(string Code, string Label, string Unit, Func<MetricContext, CancellationToken, Task<MetricResult>> Compute);

/// <summary>
/// The metrics a scheme's computed indicators can use. To add one, append a <see cref="Metric"/> to
/// <see cref="All"/>: a stable code (stored in indicators), its Chinese label, and its compute function.
/// </summary>
public static class AssessmentMetrics
{
    /// <summary>Art. 26: items are published within 20 working days of being made.</summary>
    public const int PublicationWorkingDays = 20;

    /// <summary>At most this many records are listed as evidence; the summary gives the full counts.</summary>
    public const int EvidenceLimit = 200;

    public static readonly IReadOnlyList<Metric> All =
    [
        new("publish-on-time", "信息在形成之日起20个工作日内公开的比例", "比例", PublishedOnTimeAsync),
        new("statutory-current", "法定主动公开内容栏目及时更新的比例", "比例", StatutoryCurrentAsync),
        new("key-areas", "重点领域信息公开栏目有更新的比例", "比例", KeyAreasAsync),
        new("applications-on-time", "依申请公开按期答复的比例", "比例", ApplicationsOnTimeAsync),
        new("corrections", "行政复议、行政诉讼被纠错的件数", "件", CorrectionsAsync),
        new("annual-report", "年度报告按期发布并通过勾稽核对", "是否", AnnualReportAsync),
        new("service-on-time", "政务服务办件按时办结率", "比例", ServiceOnTimeAsync),
        new("service-satisfaction", "政务服务办件满意率", "比例", ServiceSatisfactionAsync),
        new("website-findings", "政府网站检查发现的问题（未整改的，单项否决项加倍）", "个", WebsiteFindingsAsync),
        new("key-tasks", "牵头的重点工作任务按期完成的比例", "比例", KeyTasksAsync),
        new("meeting-attendance", "参加政务公开工作会议和培训的比例", "比例", MeetingAttendanceAsync),
    ];

    public static Metric? Find(string? code) => All.FirstOrDefault(m => m.Code == code);

    /// <summary>The points a computed indicator earns from its metric's answer, to two decimals.</summary>
    public static decimal Score(Indicator indicator, MetricResult r)
    {
        if (!r.Applies)
        {
            return indicator.Points;
        }

        var score = indicator.Rule switch
        {
            ScoringRule.Proportional => indicator.Points * (r.Rate ?? (r.Passed == true ? 1 : 0)),
            ScoringRule.Deduction => Math.Max(0, indicator.Points - ((r.Count ?? 0) * indicator.DeductionPer)),
            _ => (r.Passed ?? r.Rate >= 1) == true ? indicator.Points : 0,
        };
        return Math.Round(score, 2, MidpointRounding.AwayFromZero);
    }


    /// <summary>
    /// Findings on the body's sites seen during the period and not fixed by its end; a veto item (单项否决) counts twice,
    /// since one of them fails the whole site.
    /// </summary>
    private static async Task<MetricResult> WebsiteFindingsAsync(MetricContext c, CancellationToken ct)
    {
        if (!await c.Db.Websites.AnyAsync(w => w.BodyId == c.BodyId, ct))
        {
            return MetricResult.NotApplicable("本单位没有登记的政府网站");
        }

        var from = new DateTimeOffset(c.From.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var to = new DateTimeOffset(c.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var findings = await c.Db.WebsiteFindings.AsNoTracking()
            .Where(f => f.BodyId == c.BodyId && f.FirstSeenAt < to && f.LastSeenAt >= from && (f.FixedOn == null || f.FixedOn > c.To))
            .OrderBy(f => f.Id).Select(f => new { f.Summary, f.EvidenceUrl, f.Veto }).ToListAsync(ct);
        var count = findings.Sum(f => f.Veto ? 2 : 1);
        var evidence = findings.Take(EvidenceLimit).Select(f => $"{(f.Veto ? "单项否决：" : "")}{f.Summary}{(f.EvidenceUrl is null ? "" : "（" + f.EvidenceUrl + "）")}").ToList();
        return new MetricResult($"期间内未整改的网站问题 {findings.Count} 个，其中单项否决 {findings.Count(f => f.Veto)} 个。", evidence) { Count = count };
    }

    private static async Task<MetricResult> KeyTasksAsync(MetricContext c, CancellationToken ct)
    {
        var tasks = await c.Db.KeyTasks.AsNoTracking()
            .Where(t => t.LeadBodyId == c.BodyId && t.Deadline >= c.From && t.Deadline <= c.To)
            .OrderBy(t => t.Deadline).ThenBy(t => t.Number).Select(t => new { t.Number, t.Text, t.Deadline, t.DoneOn }).ToListAsync(ct);
        if (tasks.Count == 0)
        {
            return MetricResult.NotApplicable("期间内没有本单位牵头、到期的重点工作任务");
        }

        var asOf = c.To < c.Today ? c.To : c.Today;
        var onTime = tasks.Count(t => t.DoneOn is { } d && d <= t.Deadline);
        var evidence = tasks.Select(t => $"任务{t.Number}（期限 {D(t.Deadline)}）：" + (t.DoneOn is { } d ? (d <= t.Deadline ? $"{D(d)} 按期完成" : $"{D(d)} 逾期完成") : t.Deadline < asOf ? "超期未完成" : "未完成")
            + "，" + (t.Text.Length > 30 ? t.Text[..30] + "…" : t.Text)).ToList();
        return new MetricResult($"牵头任务 {tasks.Count} 项，按期完成 {onTime} 项。", evidence) { Rate = (decimal)onTime / tasks.Count };
    }

    private static async Task<MetricResult> MeetingAttendanceAsync(MetricContext c, CancellationToken ct)
    {
        var rows = await c.Db.MeetingAttendance.AsNoTracking().Where(a => a.BodyId == c.BodyId)
            .Join(c.Db.Meetings.AsNoTracking().Where(m => m.On >= c.From && m.On <= c.To), a => a.MeetingId, m => m.Id, (a, m) => new { m.On, m.Topic, a.Attended })
            .OrderBy(x => x.On).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return MetricResult.NotApplicable("期间内没有通知本单位参加的会议或培训");
        }

        var attended = rows.Count(r => r.Attended);
        return new MetricResult($"应参加会议和培训 {rows.Count} 次，参加 {attended} 次。", rows.Select(r => $"{D(r.On)} {r.Topic}：{(r.Attended ? "参加" : "缺席")}").ToList())
        {
            Rate = (decimal)attended / rows.Count,
        };
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(decimal rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static decimal Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private static async Task<MetricResult> PublishedOnTimeAsync(MetricContext c, CancellationToken ct)
    {
        var items = await c.Db.CatalogItems.AsNoTracking()
            .Where(i => i.BodyId == c.BodyId && i.Mode == DisclosureMode.Proactive && i.FirstPublishedOn >= c.From && i.FirstPublishedOn <= c.To)
            .Select(i => new { i.Id, i.IndexNumber, i.Title, i.WrittenOn, i.FirstPublishedOn })
            .ToListAsync(ct);
        if (items.Count == 0)
        {
            return new MetricResult("期间内没有主动公开的信息。", []) { Rate = 0 };
        }

        // The due date is counted again with today's calendar, so that a holiday entered after the item was made counts.
        var late = items
            .Select(i => (Item: i, Due: c.Calendar.AddWorkingDays(i.WrittenOn, PublicationWorkingDays).Due))
            .Where(x => x.Item.FirstPublishedOn > x.Due)
            .OrderBy(x => x.Item.FirstPublishedOn).ThenBy(x => x.Item.Id)
            .ToList();
        var onTime = items.Count - late.Count;
        var rate = Rate(onTime, items.Count);
        var evidence = late.Take(EvidenceLimit)
            .Select(x => $"逾期：{x.Item.IndexNumber}《{x.Item.Title}》成文 {D(x.Item.WrittenOn)}，应于 {D(x.Due)} 前公开，{D(x.Item.FirstPublishedOn!.Value)} 公开（超出 {c.Calendar.WorkingDaysBetween(x.Due, x.Item.FirstPublishedOn!.Value)} 个工作日）")
            .ToList();
        return new MetricResult($"期间内主动公开 {items.Count} 条，按期 {onTime} 条，逾期 {late.Count} 条，按期率 {Percent(rate)}（日历版本 {c.Calendar.Version}）。", evidence) { Rate = rate };
    }

    private static Task<MetricResult> StatutoryCurrentAsync(MetricContext c, CancellationToken ct) =>
        ColumnsAsync(c, v => v.StatutoryCategory, Taxonomy.StatutoryCategories.Select(t => t.Code).ToHashSet(), "法定主动公开内容栏目", required: true, ct);

    private static Task<MetricResult> KeyAreasAsync(MetricContext c, CancellationToken ct) =>
        ColumnsAsync(c, v => v.KeyAreaTop, Taxonomy.KeyAreas.Where(t => t.Parent is null).Select(t => t.Code).ToHashSet(), "重点领域栏目", required: false, ct);

    /// <summary>
    /// A body's columns are the categories it has published in up to the period's end; a column is kept current
    /// when it has an item published within the period.
    /// </summary>
    private static async Task<MetricResult> ColumnsAsync(MetricContext c, System.Linq.Expressions.Expression<Func<CatalogVersion, string?>> column, HashSet<string> known, string what, bool required, CancellationToken ct)
    {
        var rows = await c.Db.CatalogVersions.AsNoTracking()
            .Where(v => v.BodyId == c.BodyId && v.State != VersionState.Withdrawn && v.PublishedOn <= c.To && v.Mode == DisclosureMode.Proactive)
            .GroupBy(column)
            .Select(g => new { Code = g.Key, Last = g.Max(v => v.PublishedOn), InPeriod = g.Count(v => v.PublishedOn >= c.From) })
            .ToListAsync(ct);
        var columns = rows.Where(r => r.Code is not null && known.Contains(r.Code)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        if (columns.Count == 0)
        {
            return required
                ? new MetricResult($"截至 {D(c.To)} 尚未公开任何{what}信息。", []) { Rate = 0 }
                : MetricResult.NotApplicable($"截至 {D(c.To)} 未承担{what}的公开");
        }

        var current = columns.Count(r => r.InPeriod > 0);
        var rate = Rate(current, columns.Count);
        var evidence = columns
            .Select(r => $"{(r.InPeriod > 0 ? "已更新" : "未更新")}：{Taxonomy.Label(r.Code)}，期间内 {r.InPeriod} 条，最近一次公开 {D(r.Last)}")
            .ToList();
        return new MetricResult($"{what} {columns.Count} 个，期间内有更新 {current} 个，比例 {Percent(rate)}。", evidence) { Rate = rate };
    }

    private static async Task<MetricResult> ApplicationsOnTimeAsync(MetricContext c, CancellationToken ct)
    {
        // An application counts in the period its answer fell due (or was given); one still open past its due date is late.
        var asOf = c.To < c.Today ? c.To : c.Today;
        var apps = await c.Db.Applications.AsNoTracking()
            .Where(a => a.BodyId == c.BodyId && a.DueOn != null
                && ((a.DecidedOn >= c.From && a.DecidedOn <= c.To) || (a.DecidedOn == null && a.DueOn >= c.From && a.DueOn < asOf)))
            .Select(a => new { a.Id, a.TrackingNumber, a.DueOn, a.DecidedOn })
            .ToListAsync(ct);
        if (apps.Count == 0)
        {
            return MetricResult.NotApplicable("期间内没有应答复的政府信息公开申请");
        }

        var late = apps.Where(a => a.DecidedOn is null || a.DecidedOn > a.DueOn).OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToList();
        var rate = Rate(apps.Count - late.Count, apps.Count);
        var evidence = late.Take(EvidenceLimit)
            .Select(a => a.DecidedOn is { } d
                ? $"逾期答复：{a.TrackingNumber}，答复期限 {D(a.DueOn!.Value)}，{D(d)} 答复"
                : $"逾期未答复：{a.TrackingNumber}，答复期限 {D(a.DueOn!.Value)}")
            .ToList();
        return new MetricResult($"期间内应答复申请 {apps.Count} 件，按期答复 {apps.Count - late.Count} 件，比例 {Percent(rate)}。", evidence) { Rate = rate };
    }

    private static async Task<MetricResult> CorrectionsAsync(MetricContext c, CancellationToken ct)
    {
        var cases = await c.Db.DisclosureCases.AsNoTracking()
            .Where(x => x.BodyId == c.BodyId && x.Result == CaseResult.Corrected && x.ConcludedOn >= c.From && x.ConcludedOn <= c.To)
            .OrderBy(x => x.ConcludedOn).ThenBy(x => x.Id)
            .Select(x => new { x.CaseNumber, x.Kind, x.Organ, x.ConcludedOn })
            .ToListAsync(ct);
        var evidence = cases.Select(x => $"被纠错：{x.CaseNumber}（{(x.Kind == CaseKind.Review ? "行政复议" : "行政诉讼")}，{x.Organ}），{D(x.ConcludedOn!.Value)} 结案").ToList();
        return new MetricResult($"期间内行政复议、行政诉讼被纠错 {cases.Count} 件。", evidence) { Count = cases.Count };
    }

    /// <summary>The report of the year before the period's end, which falls due within that year.</summary>
    private static async Task<MetricResult> AnnualReportAsync(MetricContext c, CancellationToken ct)
    {
        var year = c.To.Year - 1;
        var kind = await c.Db.Bodies.AsNoTracking().Where(b => b.Id == c.BodyId).Select(b => b.Kind).SingleAsync(ct);
        var deadline = AnnualReport.DueOn(year, kind);
        if (deadline > c.To)
        {
            return MetricResult.NotApplicable($"{year} 年度报告的发布期限 {D(deadline)} 在期间结束之后");
        }

        var report = await c.Db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.BodyId == c.BodyId && !r.CountyWide && r.Year == year, ct);
        if (report is null || report.State != ReportState.Published || report.PublishedOn is null)
        {
            return new MetricResult($"{year} 年度报告未在平台发布（期限 {D(deadline)}）。", [$"未发布：{year} 年度报告"]) { Passed = false };
        }

        var evidence = new List<string>();
        var onTime = report.PublishedOn <= deadline;
        evidence.Add($"{(onTime ? "按期" : "逾期")}发布：{year} 年度报告于 {D(report.PublishedOn.Value)} 发布，期限 {D(deadline)}");
        var service = new ReportService(c.Db);
        var findings = await service.CheckAsync(report, await service.DataAsync(report, ct), ct);
        evidence.AddRange(findings.Select(f => $"勾稽不符：{f.Cell} {f.Message}"));
        var passed = onTime && findings.Count == 0;
        return new MetricResult(passed ? $"{year} 年度报告按期发布，勾稽核对通过。" : $"{year} 年度报告{(onTime ? "按期发布" : "逾期发布")}，勾稽核对问题 {findings.Count} 处。", evidence) { Passed = passed };
    }

    private static async Task<MetricResult> ServiceOnTimeAsync(MetricContext c, CancellationToken ct)
    {
        var m = await CaseMonthsAsync(c, ct);
        if (m.Finished == 0)
        {
            return MetricResult.NotApplicable("期间内没有办结的政务服务办件");
        }

        var rate = Rate(m.OnTime, m.Finished);
        return new MetricResult($"期间内办结 {m.Finished} 件，按时办结 {m.OnTime} 件，按时办结率 {Percent(rate)}。", m.Months.Select(x => $"{x.Month:yyyy年M月}：办结 {x.Finished} 件，按时 {x.OnTime} 件").ToList()) { Rate = rate };
    }

    private static async Task<MetricResult> ServiceSatisfactionAsync(MetricContext c, CancellationToken ct)
    {
        var m = await CaseMonthsAsync(c, ct);
        if (m.Evaluated == 0)
        {
            return MetricResult.NotApplicable("期间内没有评价过的政务服务办件");
        }

        var rate = Rate(m.Satisfied, m.Evaluated);
        return new MetricResult($"期间内评价 {m.Evaluated} 件，满意 {m.Satisfied} 件，满意率 {Percent(rate)}。", m.Months.Select(x => $"{x.Month:yyyy年M月}：评价 {x.Evaluated} 件，满意 {x.Satisfied} 件").ToList()) { Rate = rate };
    }

    private sealed record CaseMonth(DateOnly Month, int Finished, int OnTime, int Evaluated, int Satisfied);

    private sealed record CaseMonths(IReadOnlyList<CaseMonth> Months)
    {
        public int Finished => Months.Sum(m => m.Finished);

        public int OnTime => Months.Sum(m => m.OnTime);

        public int Evaluated => Months.Sum(m => m.Evaluated);

        public int Satisfied => Months.Sum(m => m.Satisfied);
    }

    private static async Task<CaseMonths> CaseMonthsAsync(MetricContext c, CancellationToken ct)
    {
        var first = new DateOnly(c.From.Year, c.From.Month, 1);
        var rows = await c.Db.ServiceCaseMonths.AsNoTracking()
            .Where(m => m.BodyId == c.BodyId && m.Month >= first && m.Month <= c.To)
            .GroupBy(m => m.Month)
            .Select(g => new CaseMonth(g.Key, g.Sum(m => m.Finished), g.Sum(m => m.FinishedOnTime), g.Sum(m => m.Evaluated), g.Sum(m => m.Satisfied)))
            .ToListAsync(ct);
        return new CaseMonths(rows.OrderBy(r => r.Month).ToList());
    }
}
