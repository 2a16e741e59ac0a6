using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>A filter of the public catalog; every part optional.</summary>
public sealed record CatalogFilter(int? BodyId = null, string? Category = null, string? Area = null, string? Topic = null, int? Year = null)
{
    public bool IsEmpty => BodyId is null && Category is null && Area is null && Topic is null && Year is null;

    public string CacheKey => $"{BodyId}|{Category}|{Area}|{Topic}|{Year}";
}

/// <summary>A row of a public list: only what the list shows, read from the current versions.</summary>
public sealed record PageAnchor(DateOnly PublishedOn, long Id);

public sealed record CatalogRow(long VersionId, int ItemId, string IndexNumber, string Title, string? DocumentNumber, DateOnly PublishedOn, int BodyId, string Publisher);

/// <summary>What the public portal reads: current, not withdrawn, published versions only.</summary>
public sealed class PublicCatalog(GongkaiDb db)
{
    public const int PageSize = 20;

    private IQueryable<CatalogVersion> Current => db.CatalogVersions.AsNoTracking().Where(v => v.State == VersionState.Current);

    public IQueryable<CatalogVersion> Filtered(CatalogFilter f)
    {
        var q = Current;
        if (f.BodyId is { } b)
        {
            q = q.Where(v => v.BodyId == b);
        }

        if (f.Category is { } c)
        {
            q = q.Where(v => v.StatutoryCategory == c);
        }

        if (f.Area is { } a)
        {
            q = a.Contains('-', StringComparison.Ordinal) ? q.Where(v => v.KeyArea == a) : q.Where(v => v.KeyAreaTop == a);
        }

        if (f.Topic is { } t)
        {
            q = q.Where(v => v.Topic == t);
        }

        if (f.Year is { } y)
        {
            // A version's Year is its publication year, so the year is a range of the sort key: every list
            // index (body, area, category …) then seeks straight to it instead of reading rows to test Year.
            var from = new DateOnly(y, 1, 1);
            var to = from.AddYears(1);
            q = q.Where(v => v.PublishedOn >= from && v.PublishedOn < to);
        }

        return q;
    }

    /// <summary>Every <see cref="AnchorSpacing"/>th position of a list has its key in the page anchors.</summary>
    public const int AnchorSpacing = 500;

    /// <summary>
    /// One page of a list, newest first. Deep pages start from the nearest anchor (the key of a row a
    /// known number of places down the list) instead of skipping hundreds of thousands of rows; the
    /// skip is done on the index alone and the page's rows are read by id.
    /// </summary>
    public async Task<List<CatalogRow>> PageAsync(CatalogFilter f, int page, int pageSize = PageSize, IReadOnlyList<PageAnchor>? anchors = null, CancellationToken ct = default)
    {
        var offset = (Math.Max(page, 1) - 1) * pageSize;
        var q = Filtered(f);
        if (anchors is { Count: > 0 } && offset >= AnchorSpacing)
        {
            var n = Math.Min(offset / AnchorSpacing, anchors.Count - 1);
            var a = anchors[n];
            // The first condition alone is implied by the rest; it is there so that PostgreSQL starts its index range
            // at the anchor instead of walking the list from the top and filtering (a deep page took 200-300 ms).
            q = q.Where(v => v.PublishedOn <= a.PublishedOn && (v.PublishedOn < a.PublishedOn || v.Id <= a.Id));
            offset -= n * AnchorSpacing;
        }

        var ids = await q.OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Id).Skip(offset).Take(pageSize).Select(v => v.Id).ToListAsync(ct);
        var rows = await Rows(db.CatalogVersions.AsNoTracking().Where(v => ids.Contains(v.Id))).ToListAsync(ct);
        return rows.OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.VersionId).ToList();
    }

    /// <summary>The keys of rows 0, 500, 1000 … of a list: read once from the index, then reused by every deep page.</summary>
    public async Task<List<PageAnchor>> AnchorsAsync(CatalogFilter f, CancellationToken ct = default)
    {
        var anchors = new List<PageAnchor>();
        var i = 0;
        await foreach (var k in Filtered(f).OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Id).Select(v => new { v.PublishedOn, v.Id }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (i++ % AnchorSpacing == 0)
            {
                anchors.Add(new PageAnchor(k.PublishedOn, k.Id));
            }
        }

        return anchors;
    }

    public Task<int> CountAsync(CatalogFilter f, CancellationToken ct = default) => Filtered(f).CountAsync(ct);

    /// <summary>The newest few of a list in one query: the two-step read only pays off deep in a list.</summary>
    public Task<List<CatalogRow>> LatestAsync(CatalogFilter f, int n, CancellationToken ct = default) =>
        Rows(Filtered(f).OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Id).Take(n)).ToListAsync(ct);

    public Task<CatalogVersion?> CurrentAsync(int itemId, CancellationToken ct = default) =>
        db.CatalogVersions.AsNoTracking().Where(v => v.ItemId == itemId && v.State != VersionState.Superseded).SingleOrDefaultAsync(ct);

    /// <summary>Counts of current items per statutory category for one body (its 法定主动公开内容 page).</summary>
    public async Task<Dictionary<string, int>> CategoryCountsAsync(int bodyId, CancellationToken ct = default) =>
        await Current.Where(v => v.BodyId == bodyId).GroupBy(v => v.StatutoryCategory).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);

    public async Task<List<int>> YearsAsync(CancellationToken ct = default) =>
        await Current.Select(v => v.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>The published interpretations (政策解读) of a policy item, newest first (found as <see cref="Interpretations"/> are).</summary>
    public Task<List<CatalogRow>> InterpretationsOfAsync(int policyItemId, CancellationToken ct = default) =>
        Rows(Current.Where(v => db.CatalogItems.Where(i => i.InterpretsItemId == policyItemId).Select(i => i.Id).Contains(v.ItemId))
            .OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Id)).ToListAsync(ct);

    /// <summary>The published policy item an interpretation explains, or null when it has none or it is not public.</summary>
    public async Task<CatalogRow?> PolicyOfAsync(int interpretationItemId, CancellationToken ct = default)
    {
        var policyId = await db.CatalogItems.AsNoTracking().Where(i => i.Id == interpretationItemId).Select(i => i.InterpretsItemId).SingleOrDefaultAsync(ct);
        return policyId is null ? null : await Rows(Current.Where(v => v.ItemId == policyId)).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// Versions of items that interpret a policy, found from the items' own index: written as "a version whose item
    /// interprets something" (EXISTS), SQLite walked every current version newest first and looked each item up —
    /// 4-17 s at 1,000,000 items for the home page's block and for every item page.
    /// </summary>
    private IQueryable<CatalogVersion> Interpretations =>
        Current.Where(v => db.CatalogItems.Where(i => i.InterpretsItemId != null).Select(i => i.Id).Contains(v.ItemId));

    public Task<int> InterpretationCountAsync(CancellationToken ct = default) => Interpretations.CountAsync(ct);

    /// <summary>A page of the 政策解读 column, newest first, each with the published policy it explains (null if that is not public).</summary>
    public async Task<List<(CatalogRow Interpretation, CatalogRow? Policy)>> InterpretationPageAsync(int skip, int take, CancellationToken ct = default)
    {
        var rows = await Rows(Interpretations.OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Id).Skip(skip).Take(take)).ToListAsync(ct);
        var ids = rows.Select(r => r.ItemId).ToList();
        var links = await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.InterpretsItemId }).ToDictionaryAsync(i => i.Id, i => i.InterpretsItemId, ct);
        var policyIds = links.Values.OfType<int>().Distinct().ToList();
        var policies = await Rows(Current.Where(v => policyIds.Contains(v.ItemId))).ToDictionaryAsync(r => r.ItemId, ct);
        return rows.Select(r => (r, links.GetValueOrDefault(r.ItemId) is { } p ? policies.GetValueOrDefault(p) : null)).ToList();
    }

    private static IQueryable<CatalogRow> Rows(IQueryable<CatalogVersion> q) =>
        q.Select(v => new CatalogRow(v.Id, v.ItemId, v.IndexNumber, v.Title, v.DocumentNumber, v.PublishedOn, v.BodyId, v.Publisher));
}
