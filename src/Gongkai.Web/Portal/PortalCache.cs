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
    private readonly Lock _gate = new();
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

    /// <summary>
    /// One computation per key at a time, shared by every request that wants it meanwhile: when a count or a list's
    /// anchors lapse under load, each request would otherwise count the same million rows at once (two nodes at
    /// 1,000,000 items fell to 6 list pages a second while a count was due). A failed computation is not kept.
    /// </summary>
    private Task<T> GetAsync<T>(string key, Func<PublicCatalog, Task<T>> compute, TimeSpan? lifetime = null)
    {
        if (cache.TryGetValue(key, out Task<T>? known) && known is not null)
        {
            return known;
        }

        lock (_gate)
        {
            if (cache.TryGetValue(key, out known) && known is not null)
            {
                return known;
            }

            var generation = _generation;
            // Started outside the lock: on SQLite a query runs synchronously up to its end.
            var task = Task.Run(async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                return await compute(scope.ServiceProvider.GetRequiredService<PublicCatalog>());
            });
            using (var entry = cache.CreateEntry(key))
            {
                entry.Value = task;
                entry.AbsoluteExpirationRelativeToNow = lifetime ?? PortalCache.Lifetime;
                entry.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(generation.Token));
            }

            _ = task.ContinueWith(_ =>
            {
                if (cache.TryGetValue(key, out Task<T>? current) && current == task)
                {
                    cache.Remove(key);
                }
            }, CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
            return task;
        }
    }
}
