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
public sealed record CatalogRow(int ItemId, string IndexNumber, string Title, string? DocumentNumber, DateOnly PublishedOn, int BodyId, string Publisher);

/// <summary>What the public portal reads: current, not withdrawn, published versions only.</summary>
public sealed class PublicCatalog(GongkaiDb db)
{
    public const int PageSize = 20;

    private IQueryable<CatalogVersion> Current => db.CatalogVersions.AsNoTracking().Where(v => v.IsCurrent && !v.IsWithdrawn);

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
            q = q.Where(v => v.Year == y);
        }

        return q;
    }

    public Task<List<CatalogRow>> PageAsync(CatalogFilter f, int page, int pageSize = PageSize, CancellationToken ct = default) =>
        Rows(Filtered(f).OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)).ToListAsync(ct);

    public Task<int> CountAsync(CatalogFilter f, CancellationToken ct = default) => Filtered(f).CountAsync(ct);

    public Task<List<CatalogRow>> LatestAsync(CatalogFilter f, int n, CancellationToken ct = default) => PageAsync(f, 1, n, ct);

    public Task<CatalogVersion?> CurrentAsync(int itemId, CancellationToken ct = default) =>
        db.CatalogVersions.AsNoTracking().Where(v => v.ItemId == itemId && v.IsCurrent).SingleOrDefaultAsync(ct);

    /// <summary>Counts of current items per statutory category for one body (its 法定主动公开内容 page).</summary>
    public async Task<Dictionary<string, int>> CategoryCountsAsync(int bodyId, CancellationToken ct = default) =>
        await Current.Where(v => v.BodyId == bodyId).GroupBy(v => v.StatutoryCategory).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);

    public async Task<List<int>> YearsAsync(CancellationToken ct = default) =>
        await Current.Select(v => v.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    private static IQueryable<CatalogRow> Rows(IQueryable<CatalogVersion> q) =>
        q.Select(v => new CatalogRow(v.ItemId, v.IndexNumber, v.Title, v.DocumentNumber, v.PublishedOn, v.BodyId, v.Publisher));
}
