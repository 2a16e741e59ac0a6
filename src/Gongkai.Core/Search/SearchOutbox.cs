using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Search;

/// <summary>What an outbox row's keys are: catalog items, or service items whose 办事指南 the public search holds. Stored as the member name.</summary>
public enum SearchSource
{
    Catalog,
    Guide,
}

/// <summary>
/// "Catalog items <see cref="FirstItemId"/>…<see cref="LastItemId"/> changed" (or service items, by
/// <see cref="Source"/>): written in the same
/// transaction as the change, read by every node's index loop in key order. A bulk import writes one row
/// per batch (its item keys are one reserved range).
/// </summary>
public sealed class SearchOutboxRow
{
    public long Id { get; set; }

    public int FirstItemId { get; set; }

    public int LastItemId { get; set; }

    public SearchSource Source { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>One row: the index generation. Raising it (<c>gongkai reindex</c>) makes every node rebuild its indexes.</summary>
public sealed class SearchGeneration
{
    public int Id { get; set; }

    public int Generation { get; set; }

    public DateTimeOffset? RequestedAt { get; set; }

    public string? RequestedBy { get; set; }

    /// <summary>Outbox rows up to this key have been deleted (<see cref="SearchSync.PruneAsync"/>).</summary>
    public long PrunedThrough { get; set; }
}

/// <summary>What a node last said about its indexes, so that <c>gongkai reindex</c> and the back office can show progress.</summary>
public sealed class SearchNodeStatus
{
    public string Node { get; set; } = "";

    public int Generation { get; set; }

    public long Position { get; set; }

    public string Phase { get; set; } = "";

    public long Done { get; set; }

    public long Total { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public static class SearchOutbox
{
    /// <summary>The advisory lock key taken by every transaction that writes outbox rows on PostgreSQL.</summary>
    public const long LockKey = 0x4b47_5345_4152;

    /// <summary>The catalog and service items touched by the tracked changes (before saving: ids of added items come after).</summary>
    internal static List<object> Touched(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is CatalogItem or CatalogVersion or Attachment or ServiceItems.ServiceItem or ServiceItems.ServiceItemEvent)
            .Select(e => e.Entity)
            .ToList();

    internal static IEnumerable<int> ItemIds(IEnumerable<object> touched) => touched.Select(o => o switch
    {
        CatalogItem i => i.Id,
        CatalogVersion v => v.ItemId,
        Attachment a => a.ItemId,
        _ => 0,
    }).Where(id => id > 0).Distinct().Order();

    /// <summary>The service items among <paramref name="touched"/>: a guide changed, or an event (取消, 下放 …) changed whether it is in force.</summary>
    internal static IEnumerable<int> GuideIds(IEnumerable<object> touched) => touched.Select(o => o switch
    {
        ServiceItems.ServiceItem i => i.Id,
        ServiceItems.ServiceItemEvent e => e.ItemId,
        _ => 0,
    }).Where(id => id > 0).Distinct().Order();

    /// <summary>
    /// Keys must become visible in key order, or a reader that has passed key 12 would never see a key 11
    /// committed later. PostgreSQL hands out sequence values before commit, so writers take turns from
    /// here to their commit; SQLite has one writer at a time already.
    /// </summary>
    public static async Task LockAsync(GongkaiDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        }
    }

    /// <summary>Adds outbox rows for these items (in runs of consecutive keys) to the context, to be saved in the current transaction.</summary>
    public static void Add(GongkaiDb db, IEnumerable<int> itemIds, DateTimeOffset at, SearchSource source = SearchSource.Catalog)
    {
        int? first = null;
        var last = 0;
        foreach (var id in itemIds)
        {
            if (first is not null && id == last + 1)
            {
                last = id;
                continue;
            }

            if (first is { } f)
            {
                db.SearchOutbox.Add(new SearchOutboxRow { FirstItemId = f, LastItemId = last, Source = source, At = at });
            }

            first = id;
            last = id;
        }

        if (first is { } g)
        {
            db.SearchOutbox.Add(new SearchOutboxRow { FirstItemId = g, LastItemId = last, Source = source, At = at });
        }
    }
}
