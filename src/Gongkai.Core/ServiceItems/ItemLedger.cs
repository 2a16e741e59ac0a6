using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

/// <summary>Where an item stands on a date: in force or not, and at which tier.</summary>
public sealed record ItemStanding(bool InForce, ServiceTier Tier);

/// <summary>
/// The catalog on any date, computed from the events: how many items were added, cancelled, delegated,
/// taken over or adjusted in a period, and how many are in force (保留) at its end, by tier and type.
/// "截至2015年底取消118项、承接98项、保留342项" is one call.
/// </summary>
public sealed record CatalogCounts(
    DateOnly? From,
    DateOnly To,
    IReadOnlyDictionary<ItemEventKind, int> Events,
    IReadOnlyDictionary<ServiceTier, int> InForceByTier,
    IReadOnlyDictionary<ServiceItemType, int> InForceByType)
{
    public int InForce => InForceByTier.Values.Sum();

    public int Count(ItemEventKind kind) => Events.GetValueOrDefault(kind);
}

public static class ItemLedger
{
    /// <summary>
    /// The standing of an item on a date from all its events (before and after the date), in date order. An item
    /// whose history starts with 新增 or 承接 did not exist before that (null); one whose history starts with
    /// another change, or that has none (a current list imported without history), was in force at its own
    /// tier before its first recorded event.
    /// </summary>
    public static ItemStanding? StandingOn(ServiceTier tier, IEnumerable<(ItemEventKind Kind, DateOnly On, ServiceTier? ToTier, long Id)> events, DateOnly on)
    {
        var ordered = events.OrderBy(e => e.On).ThenBy(e => e.Id).ToList();
        if (ordered.Count == 0)
        {
            return new ItemStanding(true, tier);
        }

        var standing = ordered[0].Kind is ItemEventKind.Added or ItemEventKind.Undertaken ? null : new ItemStanding(true, tier);
        foreach (var e in ordered.TakeWhile(e => e.On <= on))
        {
            var current = standing?.Tier ?? tier;
            standing = e.Kind switch
            {
                ItemEventKind.Added or ItemEventKind.Undertaken => new ItemStanding(true, current),
                ItemEventKind.Adjusted => new ItemStanding(standing?.InForce ?? true, current),
                ItemEventKind.Delegated => new ItemStanding(true, e.ToTier ?? Lower(current)),
                ItemEventKind.Cancelled => new ItemStanding(false, current),
                _ => standing,
            };
        }

        return standing;
    }

    public static ServiceTier Lower(ServiceTier tier) => tier == ServiceTier.County ? ServiceTier.Township : ServiceTier.Village;

    /// <summary>Counts of the catalog of the bodies given (null: all), events from <paramref name="from"/> (null: since the start) to <paramref name="to"/>.</summary>
    public static async Task<CatalogCounts> CountAsync(GongkaiDb db, DateOnly? from, DateOnly to, IReadOnlyCollection<int>? bodies = null, CancellationToken ct = default)
    {
        var items = db.ServiceItems.AsNoTracking();
        if (bodies is not null)
        {
            items = items.Where(i => bodies.Contains(i.BodyId));
        }

        var rows = await items.Select(i => new { i.Id, i.Tier, i.Type }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToHashSet();
        var events = (await EventsAsync(db, ct)).Where(e => ids.Contains(e.ItemId)).ToLookup(e => e.ItemId);

        var byTier = new Dictionary<ServiceTier, int>();
        var byType = new Dictionary<ServiceItemType, int>();
        foreach (var r in rows)
        {
            if (StandingOn(r.Tier, events[r.Id].Select(e => e.Key), to) is { InForce: true } s)
            {
                byTier[s.Tier] = byTier.GetValueOrDefault(s.Tier) + 1;
                byType[r.Type] = byType.GetValueOrDefault(r.Type) + 1;
            }
        }

        var counted = events.SelectMany(g => g).Where(e => e.On <= to && (from is null || e.On >= from))
            .GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        return new CatalogCounts(from, to, counted, byTier, byType);
    }

    /// <summary>
    /// The items in force on a date and the tier each stands at: the portal's 办事指南 lists these. A county's
    /// catalog is some hundreds to a few thousand items, so it is computed whole rather than in SQL.
    /// </summary>
    public static async Task<Dictionary<int, ServiceTier>> InForceAsync(GongkaiDb db, DateOnly on, CancellationToken ct = default)
    {
        var items = await db.ServiceItems.AsNoTracking().Select(i => new { i.Id, i.Tier }).ToListAsync(ct);
        var events = (await EventsAsync(db, ct)).ToLookup(e => e.ItemId);
        var inForce = new Dictionary<int, ServiceTier>();
        foreach (var i in items)
        {
            if (StandingOn(i.Tier, events[i.Id].Select(e => e.Key), on) is { InForce: true } s)
            {
                inForce[i.Id] = s.Tier;
            }
        }

        return inForce;
    }

    private sealed record EventRow(long Id, int ItemId, ItemEventKind Kind, DateOnly On, ServiceTier? ToTier)
    {
        public (ItemEventKind Kind, DateOnly On, ServiceTier? ToTier, long Id) Key => (Kind, On, ToTier, Id);
    }

    private static Task<List<EventRow>> EventsAsync(GongkaiDb db, CancellationToken ct) =>
        db.ServiceItemEvents.AsNoTracking().Select(e => new EventRow(e.Id, e.ItemId, e.Kind, e.On, e.ToTier)).ToListAsync(ct);
}
