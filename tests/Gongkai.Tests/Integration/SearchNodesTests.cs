using System.Diagnostics;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Several nodes on one PostgreSQL database, each with its own local indexes, on the real clock.</summary>
public sealed class SearchNodesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > limit)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    private static int Found(TestHost node, string q) =>
        node.Services.GetRequiredService<SearchService>().SearchPublic(new SearchRequest(q)).Total;

    private static Task<int> PublishAsync(TestHost node, string title) => node.WithDbAsync(async (db, sp) =>
    {
        var catalog = sp.GetRequiredService<CatalogService>();
        var body = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
        var item = await catalog.CreateAsync(body, new ItemInput(title, null, null, new DateOnly(2026, 11, 20), null, "21", "a20-15", null, null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>正文。</p>"), null);
        foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            await catalog.ApplyAsync(item, action, null, item.Revision, await catalog.NothingToDeclareAsync("测试"));
        }

        return item.Id;
    });

    [Fact]
    public async Task A_publication_on_one_node_is_found_on_the_other_within_five_seconds_and_concurrent_ones_are_all_indexed()
    {
        await using var a = await TestHost.StartAsync("postgres", realTime: true);
        await using var b = await TestHost.StartAsync("postgres", demo: false, database: a.Database, realTime: true);
        var indexesB = b.Services.GetRequiredService<SearchIndexes>();
        Assert.True(await UntilAsync(() => Task.FromResult(indexesB.Public.IsOpen && a.Services.GetRequiredService<SearchIndexes>().Public.IsOpen), x => x, TimeSpan.FromSeconds(30)));

        await PublishAsync(a, "关于开展财政资金专项检查的通知 qn5005");
        var clock = Stopwatch.StartNew();
        var seen = await UntilAsync(() => Task.FromResult(Found(b, "qn5005")), n => n == 1, TimeSpan.FromSeconds(5));
        Assert.Equal(1, seen);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        output.WriteLine($"published on A, found on B after {clock.Elapsed.TotalMilliseconds:F0} ms");

        // Twenty publications from both nodes at once: transactions that commit late must not be skipped.
        await Task.WhenAll(Enumerable.Range(1, 20).Select(n => PublishAsync(n % 2 == 0 ? a : b, $"第{n}批次政府采购结果公告 qm6006")));
        Assert.Equal(20, await UntilAsync(() => Task.FromResult(Found(a, "qm6006")), n => n == 20, TimeSpan.FromSeconds(15)));
        Assert.Equal(20, await UntilAsync(() => Task.FromResult(Found(b, "qm6006")), n => n == 20, TimeSpan.FromSeconds(15)));
        // Each node then reports the outbox position it reached (just after it refreshes its searcher).
        var last = await a.WithDbAsync((db, _) => db.SearchOutbox.MaxAsync(r => r.Id));
        var positions = await UntilAsync(() => a.WithDbAsync((db, _) => db.SearchNodes.Select(n => n.Position).ToListAsync()), p => p.Count == 2 && p.All(x => x == last), TimeSpan.FromSeconds(5));
        Assert.Equal(2, positions.Count);
        Assert.All(positions, p => Assert.Equal(last, p));
    }

    [Fact]
    public async Task A_node_killed_while_indexing_loses_nothing_and_duplicates_nothing_after_restart()
    {
        await using var a = await TestHost.StartAsync("postgres", realTime: true);
        var dir = TestDatabases.NewDataDirectory();
        var url = $"http://127.0.0.1:{GongkaiProcess.FreePort()}";
        string[] args = ["serve", "--postgres", a.Database.ConnectionString, "--data", dir, "--urls", url, "--key-file", a.KeyFile];
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        async Task<int> TotalAsync()
        {
            try
            {
                using var json = JsonDocument.Parse(await http.GetStringAsync("/api/search?q=qk7007"));
                return json.RootElement.GetProperty("total").GetInt32();
            }
            catch (HttpRequestException)
            {
                return -1;
            }
        }

        var node = GongkaiProcess.Start(args);
        try
        {
            Assert.Equal(0, await UntilAsync(TotalAsync, n => n == 0, TimeSpan.FromSeconds(60)));

            // Forty imports of 100 items: the node indexes them as they commit, and is killed part-way.
            var import = a.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(
                SearchTests.Lines(Enumerable.Range(1, 4000).Select(n => SearchTests.Row("hbj", $"环境监测数据公开第{n}号 qk7007", "<p>监测数据。</p>"))), batchSize: 100));
            var partway = await UntilAsync(TotalAsync, n => n > 0 || import.IsCompleted, TimeSpan.FromSeconds(60));
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
            Assert.Equal(4000, (await import).Imported);
            output.WriteLine($"node killed when it had indexed {partway} of 4000 items");

            node.Dispose();
            node = GongkaiProcess.Start(args);
            Assert.Equal(4000, await UntilAsync(TotalAsync, n => n == 4000, TimeSpan.FromSeconds(90)));
            var last = await a.WithDbAsync((db, _) => db.SearchOutbox.MaxAsync(r => r.Id));
            await UntilAsync(() => a.WithDbAsync((db, _) => db.SearchNodes.Where(n => n.Node.EndsWith(dir)).Select(n => n.Position).SingleOrDefaultAsync()), p => p == last, TimeSpan.FromSeconds(10));
            Assert.Equal(4000, await TotalAsync());
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
                await node.WaitForExitAsync();
            }

            node.Dispose();
        }
    }
}
