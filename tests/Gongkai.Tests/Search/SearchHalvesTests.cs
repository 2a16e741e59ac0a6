using System.Globalization;
using System.Text.Json;
using Gongkai.Search;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Search;

/// <summary>
/// A search runs over the index's segments in two halves at once. It must answer exactly as one pass over every
/// segment does: the same total, the same hits in the same order with the same scores, the same facets and near
/// matches, by relevance, by date and on a later page.
/// </summary>
public sealed class SearchHalvesTests
{
    private static readonly string Folder = Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Search", "RealSet");

    [Fact]
    public void The_real_set_answers_the_same_in_two_halves_as_in_one_pass()
    {
        var items = RealSetTests.Items("items.jsonl", "heldout-items.jsonl");
        var sources = items.Select((i, k) => TestIndex.Source(k + 1, i.Title, i.DocumentNumber, i.IndexNumber ?? i.Id, i.Publisher + "\n" + i.Text,
            i.Date is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : null)).ToList();
        var queries = new[] { "queries.json", "heldout-queries.json" }
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, f))).RootElement.EnumerateArray().Select(q => q.GetProperty("query").GetString()!))
            .ToList();
        Assert.True(queries.Count >= 200);
        AssertSame(sources, queries);
    }

    [Fact]
    public void A_word_in_every_item_ranks_the_same_in_two_halves_as_in_one_pass()
    {
        // 工作 is in every item (the common-word ranking: titled items first, then the rest in index order).
        string[] topics = ["森林防火", "财政预算", "低保", "安全生产", "饮水安全", "招标"];
        var sources = Enumerable.Range(1, 300).Select(n => TestIndex.Source(n,
            n % 7 == 0 ? $"关于做好{topics[n % topics.Length]}工作的通知（第{n}号）" : $"巫溪县{topics[n % topics.Length]}公示（第{n}号）",
            null, null, $"各乡镇：现将{topics[n % topics.Length]}工作有关事项通知如下。第{n}条。", new DateOnly(2015 + (n % 10), 1 + (n % 12), 1 + (n % 28)))).ToList();
        AssertSame(sources, ["工作", "工作 通知", "森林防火", "\"安全生产\"", "低保 公示", "森林防伙"]);
    }

    private static void AssertSame(List<IndexSource> sources, IEnumerable<string> queries)
    {
        using var indexes = new SearchIndexes(TestDatabases.NewDataDirectory(), "halves");
        var search = TestIndex.Build(indexes, sources, segments: 5);
        Assert.Equal(5, indexes.Public.TryRead(s => s.IndexReader.Leaves.Count, out var leaves) ? leaves : 0);
        var compared = 0;
        foreach (var q in queries)
        {
            foreach (var r in new[] { new SearchRequest(q, PageSize: 10), new SearchRequest(q, PageSize: 10, Page: 2), new SearchRequest(q, PageSize: 10, Sort: SearchSort.Newest) })
            {
                SearchService.OnePass.Value = true;
                SearchResult x;
                try
                {
                    x = search.SearchPublic(r);
                }
                finally
                {
                    SearchService.OnePass.Value = false;
                }

                var y = search.SearchPublic(r);
                Assert.Equal(Describe(x), Describe(y));
                compared += x.Hits.Count;
            }
        }

        Assert.True(compared > 100, $"only {compared} hits compared");
    }

    private static string Describe(SearchResult r) => string.Join('\n', new[]
    {
        $"total {r.Total} relaxed {r.Relaxed} suggestion {r.Suggestion}",
        string.Join(' ', r.Hits.Select(h => $"{h.ItemId}:{h.Score.ToString("R", CultureInfo.InvariantCulture)}")),
        string.Join(' ', (r.Near ?? []).Select(h => $"{h.ItemId}:{h.Score.ToString("R", CultureInfo.InvariantCulture)}")),
    }.Concat(r.Facets.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + string.Join(", ", f.Value.Select(c => $"{c.Value} {c.Count}")))));
}
