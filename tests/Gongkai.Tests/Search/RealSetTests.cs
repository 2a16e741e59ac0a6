using System.Globalization;
using System.Net;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Gongkai.Tests.Search;

/// <summary>
/// The engine against the two simple baselines of issue 15, on the real set (RealSet/: 225 items published by
/// 192 localities, 151 queries judged before any engine ran). Every figure is computed here, in one run: the
/// engine over the search index, a character-bigram BM25 with the title weighted, and SQLite FTS5 with the
/// trigram tokenizer, each scored on its top ten.
/// </summary>
public sealed class RealSetTests(ITestOutputHelper output)
{
    private sealed record Item(string Id, string Title, string? Publisher, string? Date, string? DocumentNumber, string? IndexNumber, string Kind, string Text);

    private sealed record Judged(string Id, string Query, string Kind, Dictionary<string, int> Relevant);

    private static readonly string Folder = Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Search", "RealSet");

    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static List<Item> Items() => File.ReadLines(Path.Combine(Folder, "items.jsonl"))
        .Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Item>(l, Snake)!).ToList();

    private static List<Judged> Queries()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "queries.json")));
        return doc.RootElement.EnumerateArray().Select(q => new Judged(
            q.GetProperty("id").GetString()!,
            q.GetProperty("query").GetString()!,
            q.GetProperty("kind").GetString()!,
            q.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()))).ToList();
    }

    /// <summary>What a searcher reads of an item besides its title: 文号, 索引号, publisher and text.</summary>
    private static string Body(Item i) => string.Join('\n', new[] { i.DocumentNumber, i.IndexNumber, i.Publisher, i.Text }.Where(s => !string.IsNullOrEmpty(s)));

    private sealed record Score(double Recall, double Ndcg, Dictionary<string, (double Recall, double Ndcg)> ByKind);

    private static Score Measure(List<Judged> queries, Func<string, List<string>> top10)
    {
        var per = queries.Select(q =>
        {
            var top = top10(q.Query);
            var recall = (double)top.Count(q.Relevant.ContainsKey) / Math.Min(q.Relevant.Count, 10);
            var dcg = top.Select((id, rank) => (Math.Pow(2, q.Relevant.GetValueOrDefault(id)) - 1) / Math.Log2(rank + 2)).Sum();
            var ideal = q.Relevant.Values.OrderDescending().Take(10).Select((g, rank) => (Math.Pow(2, g) - 1) / Math.Log2(rank + 2)).Sum();
            return (q.Kind, Recall: recall, Ndcg: dcg / ideal);
        }).ToList();
        return new Score(per.Average(p => p.Recall), per.Average(p => p.Ndcg),
            per.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => (g.Average(p => p.Recall), g.Average(p => p.Ndcg))));
    }

    private static Func<string, List<string>> Engine(List<Item> items, SearchIndexes indexes)
    {
        using (var build = indexes.Public.BeginBuild(1))
        {
            for (var k = 0; k < items.Count; k++)
            {
                var i = items[k];
                var date = i.Date is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : new DateOnly(2020, 1, 1);
                build.Add(SearchDocs.Build(SearchDocs.PublicKey(k + 1), new IndexSource(
                    k + 1, k + 1, 1, i.IndexNumber ?? i.Id, i.Title, null, i.DocumentNumber, null, WebUtility.HtmlEncode(i.Publisher + "\n" + i.Text),
                    "a20-15", null, date.Year, Validity.Valid, date, "已公开", []), null));
            }

            build.Finish(0);
        }

        var search = new SearchService(indexes);
        return q => search.SearchPublic(new SearchRequest(q, PageSize: 10)).Hits.Select(h => items[h.ItemId - 1].Id).ToList();
    }

    /// <summary>Character bigrams (a lone character where a run has one), after the same width and case folding the engine does.</summary>
    private static List<string> Bigrams(string text)
    {
        var grams = new List<string>();
        foreach (var run in ChineseText.Instance.Normalize(text).Split([' ', '\n', '\t', '，', '。', '、', '：', '；', '（', '）', '(', ')', '《', '》', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (run.Length == 1)
            {
                grams.Add(run);
            }

            for (var k = 0; k + 1 < run.Length; k++)
            {
                grams.Add(run.Substring(k, 2));
            }
        }

        return grams;
    }

    /// <summary>The forty-line baseline: BM25 over character bigrams, a title bigram counting three times.</summary>
    private static Func<string, List<string>> Bm25(List<Item> items)
    {
        const double k1 = 1.2, b = 0.75, titleWeight = 3;
        var docs = items.Select(i =>
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var g in Bigrams(i.Title))
            {
                tf[g] = tf.GetValueOrDefault(g) + titleWeight;
            }

            var body = Bigrams(Body(i));
            foreach (var g in body)
            {
                tf[g] = tf.GetValueOrDefault(g) + 1;
            }

            return (i.Id, Tf: tf, Length: tf.Values.Sum());
        }).ToList();
        var average = docs.Average(d => d.Length);
        var df = docs.SelectMany(d => d.Tf.Keys).GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return q =>
        {
            var terms = Bigrams(q).Distinct(StringComparer.Ordinal).Where(df.ContainsKey).ToList();
            return docs.Select(d => (d.Id, Score: terms.Sum(t => d.Tf.TryGetValue(t, out var f)
                    ? Math.Log(1 + (docs.Count - df[t] + 0.5) / (df[t] + 0.5)) * f * (k1 + 1) / (f + k1 * (1 - b + b * d.Length / average))
                    : 0)))
                .Where(s => s.Score > 0).OrderByDescending(s => s.Score).Take(10).Select(s => s.Id).ToList();
        };
    }

    /// <summary>
    /// SQLite FTS5 with the trigram tokenizer, as a county could set up in an afternoon: every word of three
    /// characters or more must match (ranked by bm25, the title weighted ten times); words shorter than that,
    /// which a trigram index cannot look up, are matched with LIKE.
    /// </summary>
    private static Func<string, List<string>> Fts5(List<Item> items, SqliteConnection db)
    {
        using (var create = db.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='trigram')";
            create.ExecuteNonQuery();
        }

        using (var insert = db.CreateCommand())
        {
            insert.CommandText = "INSERT INTO docs (id, title, body) VALUES ($id, $title, $body)";
            var (id, title, body) = (insert.Parameters.Add("$id", SqliteType.Text), insert.Parameters.Add("$title", SqliteType.Text), insert.Parameters.Add("$body", SqliteType.Text));
            foreach (var i in items)
            {
                (id.Value, title.Value, body.Value) = (i.Id, i.Title, Body(i));
                insert.ExecuteNonQuery();
            }
        }

        return q =>
        {
            var words = q.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries);
            using var cmd = db.CreateCommand();
            var where = new List<string>();
            var match = words.Where(w => w.Length >= 3).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").ToList();
            if (match.Count > 0)
            {
                where.Add("docs MATCH $match");
                cmd.Parameters.AddWithValue("$match", string.Join(" AND ", match));
            }

            foreach (var (w, n) in words.Where(w => w.Length < 3).Select((w, n) => (w, n)))
            {
                where.Add($"(title LIKE $w{n} OR body LIKE $w{n})");
                cmd.Parameters.AddWithValue($"$w{n}", "%" + w + "%");
            }

            cmd.CommandText = $"SELECT id FROM docs WHERE {string.Join(" AND ", where)} ORDER BY {(match.Count > 0 ? "bm25(docs, 0, 10, 1)" : "rowid")} LIMIT 10";
            using var reader = cmd.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        };
    }

    [Fact]
    public void The_engine_and_both_baselines_are_scored_on_the_real_set()
    {
        var items = Items();
        var queries = Queries();
        Assert.Equal(225, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(queries, q => Assert.All(q.Relevant.Keys, id => Assert.Contains(items, i => i.Id == id)));

        using var indexes = new SearchIndexes(TestDatabases.NewDataDirectory(), "realset");
        using var fts = new SqliteConnection("Data Source=:memory:");
        fts.Open();
        var systems = new (string Name, Func<string, List<string>> Top10)[]
        {
            ("engine (in use)", Engine(items, indexes)),
            ("character-bigram BM25, title ×3", Bm25(items)),
            ("SQLite FTS5 trigram, title ×10", Fts5(items, fts)),
        };
        var scores = systems.Select(s => (s.Name, Score: Measure(queries, s.Top10))).ToList();
        var kinds = queries.Select(q => q.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"| system | recall@10 | nDCG@10 | {string.Join(" | ", kinds.Select(k => $"{k} ({queries.Count(q => q.Kind == k)}) nDCG"))} |");
        foreach (var (name, score) in scores)
        {
            output.WriteLine($"| {name} | {score.Recall:F3} | {score.Ndcg:F3} | {string.Join(" | ", kinds.Select(k => score.ByKind[k].Ndcg.ToString("F3", CultureInfo.InvariantCulture)))} |");
        }

        // The harness itself: a run copied from a title is found by plain bigram matching, and the trigram
        // index answers; a broken loader or scorer shows here before any comparison is read.
        Assert.True(scores[1].Score.ByKind["exact-title"].Recall >= 0.9, $"BM25 found only {scores[1].Score.ByKind["exact-title"].Recall:F3} of the exact-title targets");
        Assert.True(scores[2].Score.ByKind["exact-title"].Recall >= 0.5, $"FTS5 found only {scores[2].Score.ByKind["exact-title"].Recall:F3} of the exact-title targets");

        // Measured 2026-12-07 (docs/benchmarks.md); issue 15 asks the engine to beat both baselines. Until it does,
        // this keeps it from falling further.
        Assert.True(scores[0].Score.Ndcg >= EngineFloor.Ndcg && scores[0].Score.Recall >= EngineFloor.Recall,
            $"the engine fell to nDCG@10 {scores[0].Score.Ndcg:F3}, recall@10 {scores[0].Score.Recall:F3}");
    }

    /// <summary>The engine's figures of 2026-12-07 (nDCG@10 0.784, recall@10 0.761) less 0.01.</summary>
    private static readonly (double Ndcg, double Recall) EngineFloor = (0.774, 0.751);
}
