using System.Globalization;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Xunit.Abstractions;

namespace Gongkai.Tests.Search;

/// <summary>
/// The judged relevance set (Relevance/items.jsonl, Relevance/queries.json): 241 items of a county's kind
/// and 107 queries with every relevant item graded by hand (2 = what the citizen wants first, 1 = also
/// relevant). It chose the analysis (figures in docs/benchmarks.md) and now guards it.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private sealed record Judged(string Id, string Query, Dictionary<string, int> Relevant, string Why);

    private static readonly string Folder = Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Search", "Relevance");

    internal static List<ImportRow> Items() => File.ReadLines(Path.Combine(Folder, "items.jsonl"))
        .Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<ImportRow>(l)!).ToList();

    private static List<Judged> Queries()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "queries.json")));
        return doc.RootElement.EnumerateArray().Select(q => new Judged(
            q.GetProperty("id").GetString()!,
            q.GetProperty("query").GetString()!,
            q.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
            q.GetProperty("why").GetString()!)).ToList();
    }

    internal sealed record Score(double Recall, double Ndcg, List<(string Id, string Query, double Recall, double Ndcg)> PerQuery);

    /// <summary>Indexes the set with one analysis and scores its top ten (whole matches, then near ones) for every query.</summary>
    internal static Score Evaluate(Analysis analysis, bool synonyms)
    {
        ChineseText.Variant.Value = analysis;
        SearchQuery.WithoutSynonyms.Value = !synonyms;
        var items = Items();
        var per = new List<(string, string, double, double)>();
        var bodies = items.Select(i => i.Body!).Distinct(StringComparer.Ordinal).Select((code, n) => (code, n + 1)).ToDictionary(x => x.code, x => x.Item2, StringComparer.Ordinal);
        var dir = TestDatabases.NewDataDirectory();
        using var indexes = new SearchIndexes(dir, "relevance");
        var search = TestIndex.Build(indexes, items.Select((i, k) =>
        {
            var published = DateOnly.Parse(i.PublishedOn!, CultureInfo.InvariantCulture);
            return new IndexSource(k + 1, k + 1, bodies[i.Body!], i.IndexNumber!, i.Title!, i.Summary, i.DocumentNumber, i.Keywords, i.BodyHtml ?? "",
                i.Category!, i.KeyArea, published.Year, Validity.Valid, published, "已公开", []);
        }));
        var score = Measure(q => TestIndex.Top10(search, q).Select(id => items[id - 1].IndexNumber!).ToList());
        Directory.Delete(dir, true);
        return score;
    }

    private static Score Measure(Func<string, List<string>> top10)
    {
        var per = new List<(string, string, double, double)>();
        foreach (var q in Queries())
        {
            var top = top10(q.Query);
            var found = top.Count(q.Relevant.ContainsKey);
            var recall = (double)found / Math.Min(q.Relevant.Count, 10);
            var dcg = top.Select((key, rank) => (Math.Pow(2, q.Relevant.GetValueOrDefault(key)) - 1) / Math.Log2(rank + 2)).Sum();
            var ideal = q.Relevant.Values.OrderDescending().Take(10).Select((g, rank) => (Math.Pow(2, g) - 1) / Math.Log2(rank + 2)).Sum();
            per.Add((q.Id, q.Query, recall, dcg / ideal));
        }

        return new Score(per.Average(p => p.Item3), per.Average(p => p.Item4), per);
    }

    [Fact]
    public void The_engine_beats_both_simple_baselines_on_this_set()
    {
        var docs = Items().Select(i => new Baselines.Doc(i.IndexNumber!, i.Title!, string.Join('\n', new[] { i.Summary, i.Keywords, i.DocumentNumber, i.IndexNumber, TextExtraction.HtmlToText(i.BodyHtml ?? "") }.Where(s => !string.IsNullOrEmpty(s))))).ToList();
        using var fts = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        fts.Open();
        var engine = Evaluate(Analysis.Words, synonyms: true);
        var bm25 = Measure(Baselines.Bm25(docs));
        var trigram = Measure(Baselines.Fts5(docs, fts));
        output.WriteLine("| system | recall@10 | nDCG@10 |");
        foreach (var (name, s) in new[] { ("engine (in use)", engine), ("character-bigram BM25, title ×3", bm25), ("SQLite FTS5 trigram, title ×10", trigram) })
        {
            output.WriteLine($"| {name} | {s.Recall:F3} | {s.Ndcg:F3} |");
        }

        // The harness: a baseline that found nothing would make beating it meaningless.
        Assert.True(bm25.Ndcg > 0.5 && trigram.Ndcg > 0.2, $"a baseline scored nDCG@10 {bm25.Ndcg:F3} / {trigram.Ndcg:F3}");
        Assert.True(engine.Ndcg > bm25.Ndcg && engine.Recall > bm25.Recall, $"BM25 {bm25.Recall:F3}/{bm25.Ndcg:F3} against the engine {engine.Recall:F3}/{engine.Ndcg:F3}");
        Assert.True(engine.Ndcg > trigram.Ndcg && engine.Recall > trigram.Recall, $"FTS5 {trigram.Recall:F3}/{trigram.Ndcg:F3} against the engine {engine.Recall:F3}/{engine.Ndcg:F3}");
    }

    [Fact]
    public void The_analysis_in_use_keeps_its_measured_relevance()
    {
        var score = Evaluate(Analysis.Words, synonyms: true);
        output.WriteLine($"recall@10 {score.Recall:F3}  nDCG@10 {score.Ndcg:F3}");
        foreach (var (id, q, r, n) in score.PerQuery.Where(p => p.Ndcg < 0.8).OrderBy(p => p.Ndcg))
        {
            output.WriteLine($"  {id} {q}: recall {r:F2} nDCG {n:F2}");
        }

        Assert.True(score.Recall >= 0.90, $"recall@10 fell to {score.Recall:F3}");
        Assert.True(score.Ndcg >= 0.92, $"nDCG@10 fell to {score.Ndcg:F3}");
    }

    [Fact]
    public void The_analysis_in_use_beats_the_alternatives_on_the_judged_set()
    {
        var chosen = Evaluate(Analysis.Words, synonyms: true);
        output.WriteLine($"| words + county terms + characters + synonyms (in use) | {chosen.Recall:F4} | {chosen.Ndcg:F4} |");
        foreach (var (analysis, synonyms, label) in new[]
        {
            (Analysis.Words, false, "same, without synonyms"),
            (Analysis.GeneralDictionary, true, "general dictionary only (no county terms)"),
            (Analysis.GeneralQueries, true, "queries cut by the general dictionary (finer)"),
            (Analysis.WordsWithoutCharacters, true, "words and sub-words only (jieba search mode)"),
            (Analysis.Bigrams, true, "CJK bigrams"),
        })
        {
            var other = Evaluate(analysis, synonyms);
            output.WriteLine($"| {label} | {other.Recall:F4} | {other.Ndcg:F4} |");
            // Within 0.005: differences that small are one query's rank, not a better analysis.
            Assert.True(chosen.Ndcg >= other.Ndcg - 0.005, $"{label} scores nDCG@10 {other.Ndcg:F3} against {chosen.Ndcg:F3}");
        }
    }
}
