using Gongkai.Search;
using Microsoft.Data.Sqlite;

namespace Gongkai.Tests.Search;

/// <summary>
/// The two simple baselines of issue 15, computed in the relevance tests over the same items as the engine:
/// what a county could set up in an afternoon, and what the engine must beat to be worth its code.
/// </summary>
internal static class Baselines
{
    /// <summary>An item as the baselines read it: the title, and everything else as one text.</summary>
    public sealed record Doc(string Id, string Title, string Body);

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
    public static Func<string, List<string>> Bm25(IReadOnlyList<Doc> items)
    {
        const double k1 = 1.2, b = 0.75, titleWeight = 3;
        var docs = items.Select(i =>
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var g in Bigrams(i.Title))
            {
                tf[g] = tf.GetValueOrDefault(g) + titleWeight;
            }

            var body = Bigrams(i.Body);
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
    public static Func<string, List<string>> Fts5(IReadOnlyList<Doc> items, SqliteConnection db)
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
                (id.Value, title.Value, body.Value) = (i.Id, i.Title, i.Body);
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
}
