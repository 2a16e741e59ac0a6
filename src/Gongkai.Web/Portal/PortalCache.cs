using Gongkai.Catalog;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Portal;

/// <summary>
/// Portal pages are cached whole for a minute and dropped at once on this node when something is published or
/// withdrawn; other nodes of a PostgreSQL deployment catch up when their minute is over. An entry is keyed by the
/// path and only the query parameters the page reads (each page names them, <c>VaryByQueryKeys</c>), so that
/// <c>?x=random</c> is answered from the same entry instead of rendering and keeping a new one.
/// </summary>
public sealed class PortalCache(IOutputCacheStore store, PortalCounts counts) : IPublicChangeListener
{
    public const string Policy = "portal";
    public const string Tag = "portal";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public async Task PublicChangedAsync(int bodyId, CancellationToken ct)
    {
        counts.Clear();
        await store.EvictByTagAsync(Tag, ct);
    }
}

/// <summary>Totals of the public lists: counting a million rows per request is the slow part of a list page.</summary>
public sealed class PortalCounts(IMemoryCache cache, IServiceScopeFactory scopes) : IDisposable
{
    private CancellationTokenSource _generation = new();

    public Task<int> CountAsync(CatalogFilter filter) => GetAsync("count:" + filter.CacheKey, c => c.CountAsync(filter));

    public Task<List<int>> YearsAsync() => GetAsync("years", c => c.YearsAsync());

    /// <summary>Anchors for deep pages, only for lists long enough to need them.</summary>
    public async Task<IReadOnlyList<PageAnchor>?> AnchorsAsync(CatalogFilter filter, int page)
    {
        if ((page - 1) * PublicCatalog.PageSize < PublicCatalog.AnchorSpacing * 4)
        {
            return null;
        }

        // Anchors outlive the counts: a publication elsewhere shifts a deep page by a row or two, not more.
        return await GetAsync("anchors:" + filter.CacheKey, c => c.AnchorsAsync(filter), TimeSpan.FromMinutes(10));
    }

    public void Clear()
    {
        var old = Interlocked.Exchange(ref _generation, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }

    public void Dispose() => _generation.Dispose();

    private async Task<T> GetAsync<T>(string key, Func<PublicCatalog, Task<T>> compute, TimeSpan? lifetime = null)
    {
        if (cache.TryGetValue(key, out T? hit) && hit is not null)
        {
            return hit;
        }

        var generation = _generation;
        await using var scope = scopes.CreateAsyncScope();
        var value = await compute(scope.ServiceProvider.GetRequiredService<PublicCatalog>());
        using var entry = cache.CreateEntry(key);
        entry.Value = value;
        entry.AbsoluteExpirationRelativeToNow = lifetime ?? PortalCache.Lifetime;
        entry.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(generation.Token));
        return value;
    }
}
