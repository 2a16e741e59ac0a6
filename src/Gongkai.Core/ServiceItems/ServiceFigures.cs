using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

/// <summary>
/// The 行政审批 and service-centre figures of a county's annual report (the seed's section 二（一）), counted on one
/// date from the records of the given bodies (the county body and its descendants). Definitions: docs/decisions/0009.
/// </summary>
public sealed record ServiceFigures(
    int Cancelled, int Undertaken, int Retained, int Departments, int OnSite, int NotOnSite,
    int TownshipCentres, int TownshipItems, int VillageCentres, int VillageItems,
    long Cases, long Finished, long FinishedOnTime, long Evaluated, long Satisfied)
{
    /// <summary>按时办结率 in per cent, cut (not rounded) to one decimal so that 99.96 % never reads as 100 %.</summary>
    public decimal? OnTimePercent => Percent(FinishedOnTime, Finished);

    /// <summary>群众满意度 in per cent, cut to one decimal.</summary>
    public decimal? SatisfactionPercent => Percent(Satisfied, Evaluated);

    private static decimal? Percent(long part, long whole) => whole == 0 ? null : decimal.Truncate(part * 1000m / whole) / 10m;

    /// <summary>Null when the bodies have no service item at all: the county does not run its catalog here.</summary>
    public static async Task<ServiceFigures?> CountAsync(GongkaiDb db, IReadOnlyCollection<int> bodies, DateOnly on, CancellationToken ct = default)
    {
        var items = await db.ServiceItems.AsNoTracking().Where(i => bodies.Contains(i.BodyId)).Select(i => new { i.Id, i.Tier, i.Type, i.BodyId }).ToListAsync(ct);
        if (items.Count == 0)
        {
            return null;
        }

        var ids = items.Select(i => i.Id).ToList();
        var events = (await db.ServiceItemEvents.AsNoTracking().Where(e => ids.Contains(e.ItemId)).Select(e => new { e.Id, e.ItemId, e.Kind, e.On, e.ToTier }).ToListAsync(ct))
            .ToLookup(e => e.ItemId);
        var standing = items.ToDictionary(i => i.Id, i => ItemLedger.StandingOn(i.Tier, events[i.Id].Select(e => (e.Kind, e.On, e.ToTier, e.Id)), on));
        var inForce = standing.Where(s => s.Value is { InForce: true }).ToDictionary(s => s.Key, s => s.Value!.Tier);

        // 行政审批事项: every kind but 公共服务; 保留 are those in force at the county tier.
        var approvals = items.Where(i => i.Type != ServiceItemType.PublicService).ToList();
        var approvalEvents = approvals.SelectMany(i => events[i.Id]).Where(e => e.On <= on).ToList();
        var retained = approvals.Where(i => inForce.TryGetValue(i.Id, out var tier) && tier == ServiceTier.County).ToList();

        var centres = await db.ServiceCentres.AsNoTracking().Where(c => bodies.Contains(c.BodyId)).Select(c => new { c.Id, c.Tier }).ToListAsync(ct);
        var centreIds = centres.Select(c => c.Id).ToList();
        var placed = (await db.CentreItems.AsNoTracking().Where(x => centreIds.Contains(x.CentreId)).Select(x => new { x.CentreId, x.ItemId }).ToListAsync(ct))
            .Where(x => inForce.ContainsKey(x.ItemId)).ToLookup(x => x.CentreId, x => x.ItemId);

        var inHall = centres.Where(c => c.Tier == ServiceTier.County).SelectMany(c => placed[c.Id]).ToHashSet();
        var onSite = retained.Where(i => inHall.Contains(i.Id)).ToList();

        // A tier's centres are those with items on site; its items are those every one of them takes in.
        (int Centres, int Items) Tier(ServiceTier tier)
        {
            var sets = centres.Where(c => c.Tier == tier).Select(c => placed[c.Id].ToHashSet()).Where(s => s.Count > 0).ToList();
            return (sets.Count, sets.Count == 0 ? 0 : sets.Skip(1).Aggregate(new HashSet<int>(sets[0]), (all, s) =>
            {
                all.IntersectWith(s);
                return all;
            }).Count);
        }

        var township = Tier(ServiceTier.Township);
        var village = Tier(ServiceTier.Village);

        // Every case received up to the date, whatever became of it since: the same cohort as the case statistics.
        var cases = await CaseStatistics.FinestAsync(db, new DateOnly(1990, 1, 1), on, bodies, ct);
        return new ServiceFigures(
            approvalEvents.Count(e => e.Kind == ItemEventKind.Cancelled),
            approvalEvents.Count(e => e.Kind == ItemEventKind.Undertaken),
            retained.Count,
            onSite.Select(i => i.BodyId).Distinct().Count(),
            onSite.Count,
            retained.Count - onSite.Count,
            township.Centres,
            township.Items,
            village.Centres,
            village.Items,
            cases.Sum(r => (long)r.Received),
            cases.Sum(r => (long)r.Finished),
            cases.Sum(r => (long)r.FinishedOnTime),
            cases.Sum(r => (long)r.Evaluated),
            cases.Sum(r => (long)r.Satisfied));
    }

    /// <summary>
    /// 行政许可 decisions (准予 or 不予许可) made in a period by the bodies given: finished cases of 行政许可 items,
    /// counted by the 办结 date. Null when the bodies hold neither a 行政许可 item nor such a case: the figure is then entered.
    /// </summary>
    public static async Task<int?> LicensingDecisionsAsync(GongkaiDb db, IReadOnlyCollection<int> bodies, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var licensing = db.ServiceItems.AsNoTracking().Where(i => i.Type == ServiceItemType.Licensing).Select(i => i.Id);
        var cases = db.ServiceCases.AsNoTracking().Where(c => bodies.Contains(c.BodyId) && licensing.Contains(c.ItemId));
        if (!await db.ServiceItems.AnyAsync(i => i.Type == ServiceItemType.Licensing && bodies.Contains(i.BodyId), ct) && !await cases.AnyAsync(ct))
        {
            return null;
        }

        return await cases.CountAsync(c => c.FinishedOn >= from && c.FinishedOn <= to && (c.Result == CaseResult.Granted || c.Result == CaseResult.Refused), ct);
    }

    /// <summary>行政许可 items in force on a date among the bodies' items.</summary>
    public static async Task<int> LicensingItemsAsync(GongkaiDb db, IReadOnlyCollection<int> bodies, DateOnly on, CancellationToken ct = default) =>
        (await ItemLedger.CountAsync(db, null, on, bodies, ct)).InForceByType.GetValueOrDefault(ServiceItemType.Licensing);
}
