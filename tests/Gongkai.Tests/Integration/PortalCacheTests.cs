using Gongkai.Catalog;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 12, finding 20: a junk query string must not make a new output-cache entry.</summary>
public sealed class PortalCacheTests(SqliteHost f) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Junk_query_strings_share_one_cache_entry_while_the_parameters_a_page_reads_do_not()
    {
        var host = f.Host;
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(SearchTests.Lines(
            Enumerable.Range(1, PublicCatalog.PageSize + 5).Select(n => SearchTests.Row("czj", $"缓存测试财政公告第{n:D2}号", "<p>内容。</p>"))
                .Append(SearchTests.Row("zfb", "缓存测试县政府办通知", "<p>内容。</p>")))));
        var client = host.NewClient();

        var first = await client.GetAsync("/catalog?body=czj&utm_source=a1");
        Assert.Contains("缓存测试财政公告第25号", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Changed behind the cache's back (no publication event): only a fresh render would show it.
        await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.Title == "缓存测试财政公告第25号").ExecuteUpdateAsync(s => s.SetProperty(v => v.Title, "缓存测试财政公告第25号（已改）")));

        var second = await client.GetAsync("/catalog?body=czj&x=" + Guid.NewGuid().ToString("N"));
        var cached = await second.Content.ReadAsStringAsync();
        Assert.Contains("缓存测试财政公告第25号", cached, StringComparison.Ordinal);
        Assert.DoesNotContain("（已改）", cached, StringComparison.Ordinal);

        // The parameters the page reads are separate pages, each rendered.
        var other = await client.GetAsync("/catalog?body=zfb&x=1");
        var otherHtml = await other.Content.ReadAsStringAsync();
        Assert.Contains("缓存测试县政府办通知", otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("缓存测试财政公告", otherHtml, StringComparison.Ordinal);
        var page2 = await client.GetAsync("/catalog?body=czj&page=2&x=2");
        var page2Html = await page2.Content.ReadAsStringAsync();
        Assert.Contains("第 2 / 2 页", page2Html, StringComparison.Ordinal);
        Assert.Contains("缓存测试财政公告第01号", page2Html, StringComparison.Ordinal);
        Assert.DoesNotContain("缓存测试财政公告第25号", page2Html, StringComparison.Ordinal);

        // A fresh render of the same filter would show the change: the junk parameter did not hide it.
        await host.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>().EvictByTagAsync(Gongkai.Web.Portal.PortalCache.Tag, default);
        Assert.Contains("缓存测试财政公告第25号（已改）", await (await client.GetAsync("/catalog?body=czj&x=3")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_that_want_a_count_at_once_share_one_computation_until_a_publication_clears_it()
    {
        var host = f.Host;
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(SearchTests.Lines(
            Enumerable.Range(1, 3).Select(n => SearchTests.Row("czj", $"计数测试公告第{n}号", "<p>内容。</p>")))));
        var counts = host.Services.GetRequiredService<Gongkai.Web.Portal.PortalCounts>();
        var filter = new CatalogFilter(BodyId: await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync()));
        counts.Clear();

        // Sixteen requests at the same moment: one task, so one count of the rows, not sixteen.
        var seen = new Task<int>[16];
        Parallel.For(0, seen.Length, i => seen[i] = counts.CountAsync(filter));
        Assert.All(seen, t => Assert.Same(seen[0], t));
        using (var scope = host.Services.CreateScope())
        {
            Assert.Equal(await scope.ServiceProvider.GetRequiredService<PublicCatalog>().CountAsync(filter), await seen[0]);
        }

        Assert.Same(seen[0], counts.CountAsync(filter));
        counts.Clear();
        var after = counts.CountAsync(filter);
        Assert.NotSame(seen[0], after);
        Assert.Equal(await seen[0], await after);
        counts.Clear(); // the other tests of this host count czj's list afresh
    }

    [Fact]
    public async Task A_hit_is_kept_as_a_copy_with_the_same_bytes_and_headers_until_a_publication_empties_the_cache()
    {
        var host = f.Host;
        var hot = host.Services.GetRequiredService<Gongkai.Web.Portal.HotPages>();
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(SearchTests.Lines([SearchTests.Row("czj", "热页测试公告", "<p>内容。</p>")])));
        var id = await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.Title == "热页测试公告").Select(v => v.ItemId).SingleAsync());
        var client = host.NewClient();
        var url = $"/items/{id}";

        // Made, then answered by the output cache (the copy is taken), then by the copy.
        var made = await client.GetAsync(url);
        var hit = await client.GetAsync(url);
        var kept = hot.Count;
        var copied = await client.GetAsync(url);
        Assert.Equal(kept, hot.Count);
        var body = await made.Content.ReadAsByteArrayAsync();
        Assert.Contains("热页测试公告", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(body, await hit.Content.ReadAsByteArrayAsync());
        Assert.Equal(body, await copied.Content.ReadAsByteArrayAsync());
        Assert.Equal(body.Length, copied.Content.Headers.ContentLength);
        Assert.Equal(Headers(hit), Headers(copied));
        Assert.Contains("public, max-age=60", Headers(copied), StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy: default-src 'self'", Headers(copied), StringComparison.Ordinal);
        Assert.NotNull(copied.Headers.Age);

        // Changed behind the cache's back: the copy still shows the old title, but a request the output cache would
        // not answer from an entry (credentials) is made afresh, and so is the 适老化 version, not yet asked for.
        await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.Title == "热页测试公告").ExecuteUpdateAsync(s => s.SetProperty(v => v.Title, "热页测试公告（已改）")));
        Assert.DoesNotContain("（已改）", await client.GetStringAsync(url), StringComparison.Ordinal);
        foreach (var (name, value) in new[] { ("Authorization", "Bearer x"), ("Cookie", "gk-display=elder") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation(name, value);
            var fresh = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
            Assert.Contains("热页测试公告（已改）", fresh, StringComparison.Ordinal);
        }

        // The 适老化 version is kept beside the standard one, each answered with its own page.
        using (var elder = new HttpRequestMessage(HttpMethod.Get, url))
        {
            elder.Headers.Add("Cookie", "gk-display=elder");
            Assert.Contains("class=\"elder\"", await (await client.SendAsync(elder)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("class=\"elder\"", await client.GetStringAsync(url), StringComparison.Ordinal);

        // A publication empties the output cache and the copies with it.
        using (var scope = host.Services.CreateScope())
        {
            foreach (var listener in scope.ServiceProvider.GetServices<IPublicChangeListener>())
            {
                await listener.PublicChangedAsync(0, default);
            }
        }

        Assert.Equal(0, hot.Count);
        Assert.Contains("热页测试公告（已改）", await client.GetStringAsync(url), StringComparison.Ordinal);
    }

    private static string Headers(HttpResponseMessage r) => string.Join("\n", r.Headers.Concat(r.Content.Headers)
        .Where(h => h.Key is not ("Date" or "Age"))
        .OrderBy(h => h.Key, StringComparer.Ordinal)
        .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
}
