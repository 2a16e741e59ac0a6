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
}
