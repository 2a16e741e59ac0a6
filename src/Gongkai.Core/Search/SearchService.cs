using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Search;

public enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>A search: query text, filters (each optional) and the page wanted.</summary>
public sealed record SearchRequest(
    string? Query,
    int? BodyId = null,
    string? Category = null,
    string? Area = null,
    int? Year = null,
    string? Validity = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 20,
    IReadOnlyCollection<int>? AllowedBodies = null);

public sealed record SearchHit(string Key, int ItemId, long VersionId, string Kind, float Score);

public sealed record FacetCount(string Value, int Count);

public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<string> Marks,
    string? Suggestion,
    bool Relaxed,
    int Page,
    int PageSize,
    string? Notice)
{
    /// <summary>Pages beyond this are not offered: nobody reads result 10,001, and the cost grows with the depth.</summary>
    public const int MaxResults = 10_000;

    public static SearchResult Empty(string? notice, int pageSize = 20) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), [], null, false, 1, pageSize, notice);

    public int Pages => Math.Max(1, (Math.Min(Total, MaxResults) + PageSize - 1) / PageSize);
}

/// <summary>
/// Runs searches against a node's local indexes. Public searches read only the public index; staff searches
/// read the public and staff indexes together, limited to the bodies the user may see.
/// </summary>
public sealed class SearchService(SearchIndexes indexes)
{
    public static readonly string[] FacetFields = [SearchDocs.Body, SearchDocs.Category, SearchDocs.Area, SearchDocs.Year, SearchDocs.Validity];

    public SearchResult SearchPublic(SearchRequest request) => Run([indexes.Public], request with { AllowedBodies = null });

    public SearchResult SearchStaff(SearchRequest request) => Run([indexes.Public, indexes.Staff], request);

    private SearchResult Run(IReadOnlyList<SearchIndex> from, SearchRequest r)
    {
        var parts = SearchQuery.Parse(r.Query);
        var notice = Notice();
        var query = SearchQuery.Build(parts);
        if (query is null)
        {
            return SearchResult.Empty(notice ?? (parts.Count == 0 ? null : "请至少输入一个不带减号的检索词。"), r.PageSize);
        }

        var page = Math.Clamp(r.Page, 1, SearchResult.MaxResults / r.PageSize);
        if (!Read(from, query, r, page, out var found))
        {
            return SearchResult.Empty(notice ?? "检索服务正在建立索引，请稍后再试。", r.PageSize);
        }

        var relaxed = false;
        string? suggestion = null;
        if (found.Total == 0 && parts.Count(p => !p.Exclude) > 1)
        {
            // Nothing has every word: show what has some of them, and say so.
            var any = SearchQuery.Build(parts, any: true)!;
            if (Read(from, any, r, page, out var some))
            {
                relaxed = some.Total > 0;
                found = relaxed ? some : found;
            }
        }

        if (found.Total == 0)
        {
            from[0].TryRead(s => Suggest(s, parts), out suggestion);
        }

        return new SearchResult(found.Total, found.Hits, found.Facets, SearchQuery.Marks(parts), suggestion, relaxed, page, r.PageSize, notice);
    }

    private static bool Read(IReadOnlyList<SearchIndex> from, Query query, SearchRequest r, int page, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Found? found)
    {
        var ok = from.Count == 1
            ? from[0].TryRead(s => Execute(s, query, r, page), out var f)
            : SearchIndex.TryRead(from, s => Execute(s, query, r, page), out f);
        found = ok ? f : null;
        return ok;
    }

    private string? Notice() => indexes.Rebuilding is { } p
        ? $"检索索引正在重建（{(p.Total == 0 ? 0 : p.Done * 100 / p.Total)}%），结果可能不全。"
        : null;

    private sealed record Found(int Total, List<SearchHit> Hits, Dictionary<string, IReadOnlyList<FacetCount>> Facets);

    private static Found Execute(IndexSearcher searcher, Query text, SearchRequest r, int page)
    {
        var query = new BooleanQuery { { text, Occur.MUST } };
        Filter(query, SearchDocs.Body, r.BodyId?.ToString(CultureInfo.InvariantCulture));
        Filter(query, SearchDocs.Category, r.Category);
        Filter(query, SearchDocs.Area, r.Area);
        Filter(query, SearchDocs.Year, r.Year?.ToString(CultureInfo.InvariantCulture));
        Filter(query, SearchDocs.Validity, r.Validity);
        if (r.AllowedBodies is { } allowed)
        {
            var bodies = new BooleanQuery();
            foreach (var b in allowed)
            {
                bodies.Add(new TermQuery(new Term(SearchDocs.Body, b.ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
            }

            query.Add(new ConstantScoreQuery(bodies) { Boost = 0 }, Occur.MUST);
        }

        var wanted = page * r.PageSize;
        var facets = new FacetCollector(FacetFields);
        ITopDocsCollector top = r.Sort == SearchSort.Newest
            ? TopFieldCollector.Create(new Sort(new SortField(SearchDocs.Date, SortFieldType.INT64, true), SortField.FIELD_DOC), wanted, false, false, false, false)
            : TopScoreDocCollector.Create(wanted, false);
        searcher.Search(query, MultiCollector.Wrap(facets, (ICollector)top));
        var docs = top.GetTopDocs((page - 1) * r.PageSize, r.PageSize);
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var sd in docs.ScoreDocs)
        {
            var d = searcher.Doc(sd.Doc);
            hits.Add(new SearchHit(d.Get(SearchDocs.Key), d.GetField(SearchDocs.Item).GetInt32Value() ?? 0, d.GetField(SearchDocs.Version).GetInt64Value() ?? 0, d.Get(SearchDocs.Kind), sd.Score));
        }

        return new Found(facets.Total, hits, facets.Counts());
    }

    private static void Filter(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = 0 }, Occur.MUST);
        }
    }

    /// <summary>
    /// "Did you mean": in a part that finds nothing, each pair of characters that is not an indexed word is
    /// tried with the indexed words one character away (低宝 → 低保); the variant that finds most wins.
    /// </summary>
    private static string? Suggest(IndexSearcher searcher, IReadOnlyList<QueryPart> parts)
    {
        var reader = searcher.IndexReader;
        var changed = false;
        var words = new List<string>();
        foreach (var part in parts.Where(p => !p.Exclude))
        {
            var best = part.Text;
            if (Count(searcher, part.Text) == 0)
            {
                var bestCount = 0;
                for (var i = 0; i + 2 <= part.Text.Length && i < 12; i++)
                {
                    var pair = part.Text.Substring(i, 2);
                    if (!ChineseText.IsHan(pair[0]) || !ChineseText.IsHan(pair[1]) || reader.DocFreq(new Term(SearchDocs.Title, pair)) > 0)
                    {
                        continue;
                    }

                    var terms = new HashSet<Term>();
                    new FuzzyQuery(new Term(SearchDocs.Title, pair), 1, 0, 20, false).Rewrite(reader).ExtractTerms(terms);
                    foreach (var t in terms.Where(t => t.Text.Length == 2).OrderByDescending(reader.DocFreq).Take(5))
                    {
                        var candidate = part.Text[..i] + t.Text + part.Text[(i + 2)..];
                        var n = Count(searcher, candidate);
                        if (n > bestCount)
                        {
                            bestCount = n;
                            best = candidate;
                        }
                    }
                }

                changed |= best != part.Text;
            }

            words.Add(best);
        }

        return changed ? string.Join(' ', words) : null;
    }

    private static int Count(IndexSearcher searcher, string text) =>
        SearchQuery.Build(SearchQuery.Parse(text)) is { } q ? searcher.Search(q, 1).TotalHits : 0;

    /// <summary>Counts each facet's values over every hit, from per-segment ordinals of the doc values.</summary>
    private sealed class FacetCollector(string[] fields) : ICollector
    {
        private readonly Dictionary<string, int>[] _totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        private SortedDocValues?[] _values = [];
        private int[][] _counts = [];

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            _values = fields.Select(f => context.AtomicReader.GetSortedDocValues(SearchDocs.Facet(f))).ToArray();
            _counts = _values.Select(v => new int[v?.ValueCount ?? 0]).ToArray();
        }

        public void Collect(int doc)
        {
            Total++;
            for (var i = 0; i < _values.Length; i++)
            {
                var v = _values[i];
                if (v is not null)
                {
                    var ord = v.GetOrd(doc);
                    if (ord >= 0)
                    {
                        _counts[i][ord]++;
                    }
                }
            }
        }

        private void Flush()
        {
            var term = new BytesRef();
            for (var i = 0; i < _values.Length; i++)
            {
                var v = _values[i];
                if (v is null)
                {
                    continue;
                }

                for (var ord = 0; ord < _counts[i].Length; ord++)
                {
                    if (_counts[i][ord] > 0)
                    {
                        v.LookupOrd(ord, term);
                        var key = term.Utf8ToString();
                        _totals[i][key] = _totals[i].GetValueOrDefault(key) + _counts[i][ord];
                    }
                }
            }
        }

        public Dictionary<string, IReadOnlyList<FacetCount>> Counts()
        {
            Flush();
            _values = [];
            var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Length; i++)
            {
                result[fields[i]] = _totals[i].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => new FacetCount(kv.Key, kv.Value)).ToList();
            }

            return result;
        }
    }
}
