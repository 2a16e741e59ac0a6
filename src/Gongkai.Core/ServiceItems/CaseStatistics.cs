using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

/// <summary>How the statistics rows are split.</summary>
public enum CaseStatsBy
{
    Body,
    Centre,
    Tier,
    Item,
}

/// <summary>
/// The figures of the cases received in a period under one key (a body, centre, tier or item; all four in the finest
/// rows). Sums are kept next to the rates so rows can be added up exactly.
/// </summary>
public sealed record CaseStatsRow(
    int? BodyId, int? CentreId, ServiceTier? Tier, int? ItemId,
    int Received, int Accepted, int NotAccepted, int Finished, int FinishedOnTime, long WorkingDaysSum,
    int Evaluated, int Satisfied, int Bad, int Rectified)
{
    /// <summary>办结及时率: finished on time over finished; null when nothing was finished.</summary>
    public decimal? OnTimeRate => Finished == 0 ? null : Math.Round((decimal)FinishedOnTime / Finished, 4);

    /// <summary>平均办理时长 in working days (suspensions excluded).</summary>
    public decimal? AverageWorkingDays => Finished == 0 ? null : Math.Round((decimal)WorkingDaysSum / Finished, 2);

    /// <summary>满意率: 非常满意, 满意 and 基本满意 over all evaluated.</summary>
    public decimal? SatisfactionRate => Evaluated == 0 ? null : Math.Round((decimal)Satisfied / Evaluated, 4);

    public bool IsZero => Received == 0 && Accepted == 0 && NotAccepted == 0 && Finished == 0 && FinishedOnTime == 0 && WorkingDaysSum == 0
        && Evaluated == 0 && Satisfied == 0 && Bad == 0 && Rectified == 0;

    public CaseStatsRow Negated() => this with
    {
        Received = -Received,
        Accepted = -Accepted,
        NotAccepted = -NotAccepted,
        Finished = -Finished,
        FinishedOnTime = -FinishedOnTime,
        WorkingDaysSum = -WorkingDaysSum,
        Evaluated = -Evaluated,
        Satisfied = -Satisfied,
        Bad = -Bad,
        Rectified = -Rectified,
    };

    public static CaseStatsRow operator +(CaseStatsRow a, CaseStatsRow b) => a with
    {
        Received = a.Received + b.Received,
        Accepted = a.Accepted + b.Accepted,
        NotAccepted = a.NotAccepted + b.NotAccepted,
        Finished = a.Finished + b.Finished,
        FinishedOnTime = a.FinishedOnTime + b.FinishedOnTime,
        WorkingDaysSum = a.WorkingDaysSum + b.WorkingDaysSum,
        Evaluated = a.Evaluated + b.Evaluated,
        Satisfied = a.Satisfied + b.Satisfied,
        Bad = a.Bad + b.Bad,
        Rectified = a.Rectified + b.Rectified,
    };
}

/// <summary>
/// 办件 statistics. The cases are the cohort received in the period (by <see cref="ServiceCase.ReceivedOn"/>): its
/// acceptance, 办结 and evaluation are counted whenever they happened, so a year's figures settle once its last
/// cases are finished, and every figure of a row describes the same cases.
/// </summary>
public static class CaseStatistics
{
    /// <param name="bodies">The implementing bodies counted (a county: its government and every body under it); all when null.</param>
    public static async Task<List<CaseStatsRow>> ForPeriodAsync(GongkaiDb db, DateOnly from, DateOnly to, CaseStatsBy by, IReadOnlyCollection<int>? bodies = null, CancellationToken ct = default) =>
        Split(await FinestAsync(db, from, to, bodies, ct), by);

    /// <summary>
    /// The rows of body × centre × tier × item, from which <see cref="Split"/> makes every split without asking the
    /// database again. Whole months come from <see cref="ServiceCaseMonth"/>; the days before the first whole month and
    /// after the last are counted from the cases (the index on the receipt date keeps that to a few weeks' cases).
    /// </summary>
    public static async Task<List<CaseStatsRow>> FinestAsync(GongkaiDb db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? bodies = null, CancellationToken ct = default)
    {
        if (to < from)
        {
            return [];
        }

        var firstWhole = from.Day == 1 ? from : CaseRollup.MonthOf(from).AddMonths(1);
        var lastWhole = CaseRollup.MonthOf(to.AddDays(1)).AddDays(-1);
        if (firstWhole > lastWhole)
        {
            return await FromCasesAsync(db, from, to, bodies, ct);
        }

        var months = db.ServiceCaseMonths.AsNoTracking().Where(m => m.Month >= firstWhole && m.Month <= lastWhole);
        if (bodies is not null)
        {
            months = months.Where(m => bodies.Contains(m.BodyId));
        }

        var rows = await months
            .GroupBy(m => new { m.BodyId, m.CentreId, m.Tier, m.ItemId })
            .Select(g => new CaseStatsRow(
                g.Key.BodyId, g.Key.CentreId, g.Key.Tier, g.Key.ItemId,
                g.Sum(m => m.Received), g.Sum(m => m.Accepted), g.Sum(m => m.NotAccepted), g.Sum(m => m.Finished), g.Sum(m => m.FinishedOnTime),
                g.Sum(m => m.WorkingDaysSum), g.Sum(m => m.Evaluated), g.Sum(m => m.Satisfied), g.Sum(m => m.Bad), g.Sum(m => m.Rectified)))
            .ToListAsync(ct);
        rows = rows.ConvertAll(r => r.CentreId == 0 ? r with { CentreId = null } : r);
        if (from < firstWhole)
        {
            rows.AddRange(await FromCasesAsync(db, from, firstWhole.AddDays(-1), bodies, ct));
        }

        if (lastWhole < to)
        {
            rows.AddRange(await FromCasesAsync(db, lastWhole.AddDays(1), to, bodies, ct));
        }

        // A key whose cases all moved elsewhere keeps a row of zeros: it is not a row of the statistics.
        return rows.GroupBy(r => (r.BodyId, r.CentreId, r.Tier, r.ItemId)).Select(g => g.Aggregate((a, b) => a + b)).Where(r => r.Received > 0).ToList();
    }

    /// <summary>The same rows counted from the cases themselves, without the monthly table: its reference.</summary>
    public static Task<List<CaseStatsRow>> FromCasesAsync(GongkaiDb db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? bodies = null, CancellationToken ct = default)
    {
        var cases = db.ServiceCases.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        return AggregateAsync(bodies is null ? cases : cases.Where(c => bodies.Contains(c.BodyId)), ct);
    }

    /// <summary>One aggregate in the database at the finest grain, served by the (ReceivedOn, BodyId, CentreId, Tier, ItemId) index.</summary>
    internal static async Task<List<CaseStatsRow>> AggregateAsync(IQueryable<ServiceCase> cases, CancellationToken ct)
    {
        // Keep these definitions equal to CaseRollup.Of, which adds a single case to its row.
        var fine = await cases
            .GroupBy(c => new { c.BodyId, c.CentreId, c.Tier, c.ItemId })
            .Select(g => new
            {
                g.Key.BodyId,
                g.Key.CentreId,
                g.Key.Tier,
                g.Key.ItemId,
                Received = g.Count(),
                Accepted = g.Count(c => c.Acceptance == CaseAcceptance.Accepted),
                NotAccepted = g.Count(c => c.Acceptance == CaseAcceptance.NotAccepted),
                Finished = g.Count(c => c.FinishedOn != null),
                OnTime = g.Count(c => c.FinishedOn != null && c.OnTime == true),
                Days = g.Sum(c => c.FinishedOn != null ? (long)(c.WorkingDays ?? 0) : 0L),
                Evaluated = g.Count(c => c.Evaluation != null),
                Satisfied = g.Count(c => c.Evaluation == CaseEvaluation.VerySatisfied || c.Evaluation == CaseEvaluation.Satisfied || c.Evaluation == CaseEvaluation.FairlySatisfied),
                Bad = g.Count(c => c.Evaluation == CaseEvaluation.Dissatisfied || c.Evaluation == CaseEvaluation.VeryDissatisfied),
                Rectified = g.Count(c => c.RectifiedOn != null),
            })
            .ToListAsync(ct);
        return fine.ConvertAll(f => new CaseStatsRow(f.BodyId, f.CentreId, f.Tier, f.ItemId, f.Received, f.Accepted, f.NotAccepted, f.Finished, f.OnTime, f.Days, f.Evaluated, f.Satisfied, f.Bad, f.Rectified));
    }

    public static List<CaseStatsRow> Split(IEnumerable<CaseStatsRow> finest, CaseStatsBy by) =>
        finest
            .Select(f => f with
            {
                BodyId = by == CaseStatsBy.Body ? f.BodyId : null,
                CentreId = by == CaseStatsBy.Centre ? f.CentreId : null,
                Tier = by == CaseStatsBy.Tier ? f.Tier : null,
                ItemId = by == CaseStatsBy.Item ? f.ItemId : null,
            })
            .GroupBy(r => (r.BodyId, r.CentreId, r.Tier, r.ItemId))
            .Select(g => g.Aggregate((a, b) => a + b))
            .OrderBy(r => r.BodyId).ThenBy(r => r.CentreId).ThenBy(r => r.Tier).ThenBy(r => r.ItemId)
            .ToList();
}
