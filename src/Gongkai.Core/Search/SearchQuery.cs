using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>One part of a query the user typed: words that must (or must not) appear together. <paramref name="Exact"/>: quoted, or a 文号.</summary>
public sealed record QueryPart(string Text, bool Exclude, IReadOnlyList<TextToken> Tokens, bool Exact = false);

/// <summary>
/// Turns whatever was typed into a Lucene query without a parser that could fail: the text is normalised,
/// cut into parts at spaces and punctuation (quotes keep a phrase together, a leading minus excludes a
/// part), and each part must appear as a phrase by character offset in one of the text fields. 文号
/// brackets (〔2015〕) stay inside their part, so a whole 文号 is matched as written.
/// </summary>
public static partial class SearchQuery
{
    public const int MaxInput = 2000;
    public const int MaxParts = 12;
    public const int MaxPartLength = 60;

    /// <summary>
    /// Other ways of saying a query's words (Data/synonyms.txt, and the sourced short forms of Data/abbreviations.txt):
    /// equal terms both ways, narrower ones from the general term.
    /// </summary>
    private static readonly Dictionary<string, string[]> Synonyms = LoadSynonyms();

    /// <summary>Off only in the relevance evaluation, to measure what the synonyms add.</summary>
    internal static readonly AsyncLocal<bool> WithoutSynonyms = new();

    public static List<QueryPart> Parse(string? input)
    {
        var parts = new List<QueryPart>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return parts;
        }

        var text = input.Length > MaxInput ? input[..MaxInput] : input;
        var zh = ChineseText.Instance;
        text = zh.MapTerms(zh.Normalize(text));

        // A 文号 typed with spaces or other brackets (宣府办 [2023] 41号, 渝北府发﹝2017﹞7号) is one part, written
        // as the catalog prints it: the brackets take one character each, so any pair matches by offset.
        text = SpacedDocNumber().Replace(text, m => m.Groups["pre"].Value + "〔" + m.Groups["y"].Value + "〕" + m.Groups["n"].Value);
        foreach (Match m in Chunk().Matches(text))
        {
            var quoted = m.Groups["q"].Success;
            var raw = quoted ? m.Groups["q"].Value : m.Groups["w"].Value;
            var exclude = m.Groups["sign"].Value == "-";
            var docNumber = !quoted && DocNumber().IsMatch(raw);
            IEnumerable<string> pieces = quoted
                ? [string.Concat(raw.Where(c => !char.IsWhiteSpace(c)))]
                : docNumber ? [raw] : Separator().Split(raw);
            foreach (var piece in pieces)
            {
                var p = piece.Length > MaxPartLength ? piece[..MaxPartLength] : piece;
                var tokens = zh.Tokens(p, forIndex: false);
                if (tokens.Count > 0 && parts.Count < MaxParts)
                {
                    parts.Add(new QueryPart(p, exclude, tokens, quoted || docNumber));
                }
            }
        }

        return parts;
    }

    /// <summary>All parts required, excluded parts never.</summary>
    public static Query? Build(IReadOnlyList<QueryPart> parts)
    {
        if (!parts.Any(p => !p.Exclude))
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var part in parts)
        {
            var clause = new BooleanQuery();
            AddPart(clause, part.Tokens, 3f);
            if (!part.Exclude && !part.Exact)
            {
                AddLoose(clause, part);
                AddTitleRun(clause, part);
            }

            foreach (var other in Others(part))
            {
                var tokens = ChineseText.Instance.Tokens(other.Text, forIndex: false);
                if (other.Meta)
                {
                    var meta = Phrase(SearchDocs.Meta, tokens);
                    meta.Boost = 3f * other.Weight;
                    clause.Add(meta, Occur.SHOULD);
                }
                else
                {
                    AddPart(clause, tokens, other.Weight);
                }
            }

            // A whole 索引号 typed as it is printed finds its item first. Only parts that look like one get
            // the clause: on every other part it would only make Lucene merge an empty list with a long one.
            if (IndexNumberLike().IsMatch(part.Text))
            {
                clause.Add(new TermQuery(new Term(SearchDocs.IndexNo, part.Text)) { Boost = 20f }, Occur.SHOULD);
            }

            query.Add(Simplest(clause), part.Exclude ? Occur.MUST_NOT : Occur.MUST);
        }

        return Simplest(query);
    }

    /// <summary>
    /// A query of one clause as that clause's own query (a lone part, a part with no other forms): each level of
    /// nesting costs Lucene a call per matching document, which over the 870,000 items that have a common word is
    /// a fifth of the time. The score is the same: one clause of one has the coordination factor 1.
    /// </summary>
    private static Query Simplest(BooleanQuery query)
    {
        Query q = query;
        while (q is BooleanQuery { Clauses.Count: 1 } b && b.Clauses[0].Occur != Occur.MUST_NOT && b.MinimumNumberShouldMatch == 0)
        {
            var inner = (Query)b.Clauses[0].Query.Clone();
            inner.Boost *= b.Boost;
            q = inner;
        }

        return q;
    }

    /// <summary>
    /// Every character pair of the part in the title, 主题词 or 文号: a run copied from a title is found even
    /// where the query is cut into other words than the title was (斯县人民政府 from 玛纳斯县人民政府, 局部门预算
    /// from 财政局部门预算). Two characters are one word and must match as one: 低保 is not in 降低保险.
    /// </summary>
    private static void AddTitleRun(BooleanQuery clause, QueryPart part)
    {
        var pairs = ChineseText.Pairs(part.Text).Distinct(StringComparer.Ordinal).Take(MaxPairs).ToList();
        if (pairs.Count < 2)
        {
            return;
        }

        var all = new BooleanQuery { Boost = 3f };
        foreach (var pair in pairs)
        {
            all.Add(new TermQuery(new Term(SearchDocs.Pairs, pair)), Occur.MUST);
        }

        clause.Add(all, Occur.SHOULD);
    }

    /// <summary>Pairs enough for any real query, and with its words well under Lucene's 1,024 clauses.</summary>
    private const int MaxPairs = 400;

    /// <summary>
    /// Other ways of writing a part: its synonyms and short forms, its numerals in the other forms, and a 文号's
    /// printed forms (<paramref name="Meta"/>: sought only where 文号 are kept, not in every item's text).
    /// </summary>
    private static IEnumerable<(string Text, float Weight, bool Meta)> Others(QueryPart part)
    {
        var key = string.Concat(part.Tokens.Select(t => t.Text));
        if (!WithoutSynonyms.Value && Synonyms.TryGetValue(key, out var others))
        {
            foreach (var other in others)
            {
                yield return (other, 0.8f, false);
            }
        }

        foreach (var other in Numerals.Variants(part.Text))
        {
            yield return (other, 0.9f, false);
        }

        if (part.Exact && DocNumberParts().Match(part.Text) is { Success: true } d)
        {
            // As 文号 are printed too: with spaces round the year, and with the number as 第7号 or 007号.
            var (pre, year, n, rest) = (d.Groups["pre"].Value, d.Groups["y"].Value, int.Parse(d.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), d.Groups["rest"].Value);
            var forms = new[] { $"{pre} 〔{year}〕 {n}{rest}", $"{pre}〔{year}〕{n}{rest}", $"{pre}〔{year}〕第{n}{rest}", $"{pre}〔{year}〕{n:D3}{rest}", $"{pre}〔{year}〕第{n:D3}{rest}" };
            foreach (var form in forms.Distinct(StringComparer.Ordinal).Where(f => f != part.Text))
            {
                yield return (form, 0.9f, true);
            }
        }
    }

    /// <summary>The character pairs of every wanted part and of its other forms, each once, in the title field: the near match's ranking.</summary>
    private static BooleanQuery? TitlePairs(IReadOnlyList<QueryPart> parts)
    {
        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts.Where(p => !p.Exclude))
        {
            foreach (var pair in Others(part).Select(o => o.Text).Prepend(part.Text).SelectMany(ChineseText.Pairs).Where(seen.Add).Take(MaxPairs))
            {
                query.Add(new TellingTermQuery(new Term(SearchDocs.Pairs, pair)), Occur.SHOULD);
            }
        }

        return query.Clauses.Count > 0 ? query : null;
    }

    /// <summary>
    /// The near match, offered below a query's few whole matches: any of its character pairs in a title,
    /// 主题词 or 文号, and any of its words in the text, ranked by how many and how rare. A mistyped character
    /// (部门绝算), a question's own words (新冠疫苗在哪里打) or a 文号 printed with a gap then still find the
    /// items that share the rest. Excluded parts stay excluded.
    /// </summary>
    public static Query? BuildNear(IReadOnlyList<QueryPart> parts)
    {
        if (TitlePairs(parts) is not { } query)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.Exclude)
            {
                var clause = new BooleanQuery();
                AddPart(clause, part.Tokens, 1f);
                query.Add(clause, Occur.MUST_NOT);
                continue;
            }

            foreach (var word in Words(part).Where(seen.Add))
            {
                query.Add(new TellingTermQuery(new Term(SearchDocs.All, word)) { Boost = 0.5f }, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>The words of a part that say something: two characters or more, not a question's own words.</summary>
    private static List<string> Words(QueryPart part) =>
        (part.Tokens.Count > 1 ? part.Tokens.Select(t => t.Text) : ChineseText.Instance.Split(part.Tokens[0].Text))
            .Where(w => w.Length > 1 && !StopWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The part's words anywhere in one field, not only side by side: 公务员录用 finds 考试录用公务员, and a
    /// question (城乡低保标准是多少) finds the items that have its words. Each word must be there, but one in
    /// four may be missing from longer parts; such matches rank below the exact phrase. Single characters
    /// are left out: 白鹿溪 must not find every item that names 白鹿镇 somewhere near 巫溪县.
    /// </summary>
    private static void AddLoose(BooleanQuery clause, QueryPart part)
    {
        var words = Words(part);
        if (words.Count >= 2)
        {
            clause.Add(new LooseQuery(words, words.Count - (words.Count / 4)), Occur.SHOULD);
        }
    }

    /// <summary>Words of a question that say nothing about what is sought.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "的", "了", "是", "吗", "呢", "吧", "啊", "在", "和", "与", "及", "或", "有", "多少", "怎么", "如何", "什么", "哪些", "哪里", "为什么",
        "怎样", "请问", "我", "我们", "你", "可以", "能", "要", "这", "那", "关于", "哪个", "几", "谁",
    };

    /// <summary>
    /// The part as a phrase by offset: required in the catch-all field, weighted up when it is also in the
    /// title, 主题词, 文号 or 索引号 (one field for the four, so a common word pays for one more list, not four).
    /// </summary>
    private static void AddPart(BooleanQuery clause, IReadOnlyList<TextToken> tokens, float weight)
    {
        var meta = Phrase(SearchDocs.Meta, tokens);
        meta.Boost = 3f;
        var strict = new BooleanQuery { { Phrase(SearchDocs.All, tokens), Occur.MUST }, { meta, Occur.SHOULD } };

        strict.Boost = weight;
        clause.Add(strict, Occur.SHOULD);
    }

    internal static Query Phrase(string field, IReadOnlyList<TextToken> tokens)
    {
        if (tokens.Count == 1)
        {
            return field == SearchDocs.All ? new CommonAwareTermQuery(new Term(field, tokens[0].Text)) : new TermQuery(new Term(field, tokens[0].Text));
        }

        var phrase = new PhraseQuery();
        var first = tokens[0].Start;
        foreach (var t in tokens)
        {
            phrase.Add(new Term(field, t.Text), t.Start - first);
        }

        if (field != SearchDocs.All)
        {
            return phrase;
        }

        // Where a lone character meets its neighbour, the pair of characters there is required first (see
        // SearchDocs.Grams): a condition every match meets, which spares reading a common character's positions.
        var narrowed = new BooleanQuery { { phrase, Occur.MUST } };
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var (left, right) = (tokens[k], tokens[k + 1]);
            if ((left.Length == 1 || right.Length == 1) && left.Start + left.Length == right.Start
                && ChineseText.IsHan(left.Text[^1]) && ChineseText.IsHan(right.Text[0]))
            {
                narrowed.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchDocs.Grams, string.Concat(left.Text[^1], right.Text[0])))) { Boost = 0 }, Occur.MUST);
            }
        }

        return narrowed.Clauses.Count == 1 ? phrase : narrowed;
    }

    /// <summary>The words to mark in snippets: each part's text as typed (normalised), and its synonyms.</summary>
    public static List<string> Marks(IReadOnlyList<QueryPart> parts)
    {
        var marks = new List<string>();
        foreach (var p in parts.Where(p => !p.Exclude))
        {
            var key = string.Concat(p.Tokens.Select(t => t.Text));
            marks.Add(key);
            if (Synonyms.TryGetValue(key, out var others))
            {
                marks.AddRange(others);
            }
        }

        return marks.Distinct(StringComparer.Ordinal).OrderByDescending(m => m.Length).ToList();
    }

    private static Dictionary<string, string[]> LoadSynonyms()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string from, IEnumerable<string> to)
        {
            if (!map.TryGetValue(from, out var list))
            {
                map[from] = list = [];
            }

            list.AddRange(to.Where(t => t != from && !list.Contains(t)));
        }

        // abbreviations.txt names its source after "#" on each line.
        foreach (var line in ChineseText.ResourceLines("synonyms.txt").Concat(ChineseText.ResourceLines("abbreviations.txt").Select(l => l.Split('#')[0])))
        {
            if (line.Contains('>', StringComparison.Ordinal))
            {
                var sides = line.Split('>', 2);
                Add(sides[0].Trim(), sides[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                var words = line.Split('=', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                foreach (var w in words)
                {
                    Add(w, words);
                }
            }
        }

        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    [GeneratedRegex("(?<sign>[+-]?)(?:\"(?<q>[^\"]*)\"?|(?<w>[^\\s\"]+))")]
    private static partial Regex Chunk();

    /// <summary>Anything but Chinese, letters and digits splits a part (joiners between letters/digits stay).</summary>
    [GeneratedRegex(@"[^\p{IsCJKUnifiedIdeographs}a-z0-9.\-/_〇]+|(?<![a-z0-9])[.\-/_]|[.\-/_](?![a-z0-9])")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[a-z0-9][-/][a-z0-9]")]
    private static partial Regex IndexNumberLike();

    [GeneratedRegex(@"[〔\[(【﹝]\s*\d{4}\s*[〕\])】﹞]\s*第?\d+")]
    private static partial Regex DocNumber();

    [GeneratedRegex(@"(?<pre>[\p{IsCJKUnifiedIdeographs}a-z]+)\s*[〔\[(【﹝]\s*(?<y>\d{4})\s*[〕\])】﹞]\s*(?<n>第?\d+)")]
    private static partial Regex SpacedDocNumber();

    [GeneratedRegex(@"^(?<pre>.*)〔(?<y>\d{4})〕第?0*(?<n>\d{1,4})(?<rest>号?)$")]
    private static partial Regex DocNumberParts();
}

/// <summary>
/// A term of the catch-all field that, when more than half of all documents have it, is matched without
/// weighing its frequency: its weight would be near zero anyway (BM25 idf 0.7 at one half, 0.14 at 87%),
/// ranking then comes from the title and the other parts, and not scoring a million hits is a third faster.
/// </summary>
internal sealed class CommonAwareTermQuery(Term term) : Query
{
    public Term Term => term;

    public override Query Rewrite(IndexReader reader)
    {
        // The term's state in each segment, looked up once: the decision needs its frequency, and the weight
        // would otherwise seek it in every segment again (a near match has 10-30 such terms).
        var states = TermContext.Build(reader.Context, term);
        Query q = states.DocFreq * 2L > reader.MaxDoc
            ? new ConstantScoreQuery(new TermQuery(term, states)) { Boost = Boost * 0.1f }
            : new TermQuery(term, states) { Boost = Boost };
        return q;
    }

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(term);

    public override string ToString(string field) => term.Text;

    public override bool Equals(object? obj) => obj is CommonAwareTermQuery other && other.Term.Equals(term) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(term, Boost);
}

/// <summary>
/// A pair or word of the near match that tells items apart: in a large index, one held by more than a tenth of the
/// items (and over a thousand) is left out. BM25 would weigh it little, the rarer pairs rank those items anyway,
/// and scoring it over a hundred thousand items or more would cost more than the rest of the near match.
/// </summary>
internal sealed class TellingTermQuery(Term term) : Query
{
    public Term Term => term;

    public override Query Rewrite(IndexReader reader)
    {
        var states = TermContext.Build(reader.Context, term);
        return states.DocFreq > Math.Max(1_000, reader.MaxDoc / 10) ? new BooleanQuery() : new TermQuery(term, states) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(term);

    public override string ToString(string field) => term.Text;

    public override bool Equals(object? obj) => obj is TellingTermQuery other && other.Term.Equals(term) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(term, Boost, 1);
}

/// <summary>
/// A part's words anywhere in the catch-all field (<paramref name="required"/> of them). When every word is
/// in more than half of all documents (实施方案 → 实施 方案) it matches nothing: such a match says little,
/// and finding it among a million items would cost more than the rest of the search.
/// </summary>
internal sealed class LooseQuery(IReadOnlyList<string> words, int required) : Query
{
    public override Query Rewrite(IndexReader reader)
    {
        var terms = words.Select(w => new Term(SearchDocs.All, w)).Select(t => (Term: t, States: TermContext.Build(reader.Context, t))).ToList();
        if (terms.All(t => t.States.DocFreq * 2L > reader.MaxDoc))
        {
            return new BooleanQuery();
        }

        // All words required is a plain conjunction, which Lucene leapfrogs far faster than "n of n should".
        var all = required == terms.Count;
        var q = new BooleanQuery { MinimumNumberShouldMatch = all ? 0 : required, Boost = Boost };
        foreach (var (t, states) in terms)
        {
            q.Add(new TermQuery(t, states), all ? Occur.MUST : Occur.SHOULD);
        }

        return q;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var w in words)
        {
            terms.Add(new Term(SearchDocs.All, w));
        }
    }

    public override string ToString(string field) => "loose(" + required.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Join(' ', words) + ")";

    public override bool Equals(object? obj) => obj is LooseQuery other && other.ToString("") == ToString("") && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(ToString(""), Boost);
}
