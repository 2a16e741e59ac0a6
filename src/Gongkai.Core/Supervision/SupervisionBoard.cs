using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>Where a body's annual report for the year stands against its legal deadline.</summary>
public sealed record BoardReport(ReportState? State, DateOnly? PublishedOn, DateOnly DueOn)
{
    public bool Late(DateOnly today) => PublishedOn is { } p ? p > DueOn : today > DueOn;

    public string Label(DateOnly today) => (State, PublishedOn) switch
    {
        (ReportState.Published, { } p) => $"{p:yyyy-MM-dd}发布" + (p > DueOn ? "（逾期）" : ""),
        (null, _) => today > DueOn ? "未编制（已逾期）" : "未编制",
        ({ } s, _) => AnnualReport.StateLabel(s) + (today > DueOn ? "（已逾期）" : ""),
    };
}

/// <summary>
/// One body's line on the county office's board: what is overdue now, how punctual the year has been, and where its
/// annual report stands. Counted from the records each time, so the board never disagrees with the lists it links to.
/// </summary>
public sealed record BoardRow(Body Body, string Group, int OverdueItems, int Published, int PublishedOnTime, int OverdueApplications, int Decided, int DecidedOnTime, BoardReport Report)
{
    /// <summary>The key tasks the body leads whose deadline falls in the year.</summary>
    public BodyTaskFigures Tasks { get; init; } = new(Body.Id, 0, 0, 0, 0);

    /// <summary>Open findings of the website checks on the body's sites.</summary>
    public Websites.OpenFindings Findings { get; init; } = new(0, 0);

    /// <summary>The body's total and rank in the latest published assessment, if any.</summary>
    public Assessment.HistoryRow? Score { get; init; }

    public decimal? PublishedOnTimeRate => Rate(PublishedOnTime, Published);

    public decimal? DecidedOnTimeRate => Rate(DecidedOnTime, Decided);

    /// <summary>A percentage to one decimal, or null when there was nothing to count (no rate, rather than 100 %).</summary>
    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}

public static class SupervisionBoard
{
    public const string Departments = "县级部门";

    public const string Townships = "乡镇（街道）";

    public const string Government = "县（区）政府";

    public static string GroupOf(Body body) => body.Kind switch
    {
        BodyKind.Township or BodyKind.Street => Townships,
        BodyKind.Government => Government,
        _ => Departments,
    };

    /// <param name="visible">The bodies the reader may see; null for the county office.</param>
    public static async Task<List<BoardRow>> LoadAsync(GongkaiDb db, int countyId, int year, DateOnly today, IReadOnlySet<int>? visible, CancellationToken ct = default)
    {
        var bodies = (await Counties.BodiesAsync(db, countyId, ct)).Where(b => visible is null || visible.Contains(b.Id)).ToList();
        var ids = bodies.Select(b => b.Id).ToList();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);

        var items = db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.BodyId));
        var overdueItems = await items
            .Where(i => i.PublishedVersion == 0 && i.State != ItemState.Withdrawn && i.State != ItemState.Published && i.DueOn < today)
            .GroupBy(i => i.BodyId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var published = await items
            .Where(i => i.FirstPublishedOn >= from && i.FirstPublishedOn <= to)
            .GroupBy(i => i.BodyId).Select(g => new { g.Key, N = g.Count(), OnTime = g.Count(i => i.FirstPublishedOn <= i.DueOn) })
            .ToDictionaryAsync(x => x.Key, x => (x.N, x.OnTime), ct);

        var applications = db.Applications.AsNoTracking().Where(a => ids.Contains(a.BodyId));
        var overdueApplications = await applications
            .Where(a => a.State != ApplicationState.Closed && a.State != ApplicationState.Decided && a.State != ApplicationState.AwaitingCorrection && a.DueOn < today)
            .GroupBy(a => a.BodyId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var decided = await applications
            .Where(a => a.DecidedOn >= from && a.DecidedOn <= to)
            .GroupBy(a => a.BodyId).Select(g => new { g.Key, N = g.Count(), OnTime = g.Count(a => a.DueOn == null || a.DecidedOn <= a.DueOn) })
            .ToDictionaryAsync(x => x.Key, x => (x.N, x.OnTime), ct);

        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.Year == year && ids.Contains(r.BodyId))
            .Select(r => new { r.BodyId, r.CountyWide, r.State, r.PublishedOn }).ToListAsync(ct);

        var tasks = (await new KeyTasks(db).AssessmentAsync(countyId, from, to, ct)).ToDictionary(t => t.BodyId);
        var findings = await new Websites.WebsiteService(db).OpenFindingsByBodyAsync(countyId, ct);
        var scores = await Assessment.AssessmentService.LatestScoresAsync(db, ct);

        return bodies.Select(b =>
        {
            // The county government answers for the whole county's report.
            var report = reports.FirstOrDefault(r => r.BodyId == b.Id && r.CountyWide == (b.ParentId is null));
            var (n, onTime) = published.GetValueOrDefault(b.Id);
            var (d, dOnTime) = decided.GetValueOrDefault(b.Id);
            return new BoardRow(b, GroupOf(b), overdueItems.GetValueOrDefault(b.Id), n, onTime, overdueApplications.GetValueOrDefault(b.Id), d, dOnTime,
                new BoardReport(report?.State, report?.PublishedOn, AnnualReport.DueOn(year, b.Kind)))
            {
                Tasks = tasks.GetValueOrDefault(b.Id) ?? new(b.Id, 0, 0, 0, 0),
                Findings = findings.GetValueOrDefault(b.Id) ?? new(0, 0),
                Score = scores.GetValueOrDefault(b.Id),
            };
        }).ToList();
    }
}
