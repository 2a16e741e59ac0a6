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
    string? Notice,
    IReadOnlyList<SearchHit>? Near = null)
{
    /// <summary>A first page with fewer whole matches than this is filled up to it with near matches (<see cref="SearchQuery.BuildNear"/>).</summary>
    public const int NearFill = 10;

    /// <summary>Pages beyond this are not offered (page 250 of 20): nobody reads result 5,001, and the cost grows with the depth.</summary>
    public const int MaxResults = 5_000;

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
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return Answer(from, r);
        }
        finally
        {
            Operations.Telemetry.SearchDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("index", from.Count == 1 ? "public" : "staff"));
        }
    }

    private SearchResult Answer(IReadOnlyList<SearchIndex> from, SearchRequest r)
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
        var nearRan = false;
        string? suggestion = null;
        if (found.Total == 0)
        {
            // Nothing has every part: offer the spelling that would find something, and show the near matches of
            // what was typed and of that spelling (低宝标准 ranks 低保标准 above 标准化, which shares only 标准).
            from[0].TryRead(s => Suggest(s, parts), out suggestion);
            List<QueryPart> nearParts = suggestion is null ? [.. parts] : [.. parts, .. SearchQuery.Parse(suggestion)];
            if (SearchQuery.BuildNear(nearParts) is { } near && Read(from, near, r, page, out var some))
            {
                nearRan = true;
                relaxed = some.Total > 0;
                found = relaxed ? some : found;
            }
        }

        // A near match of the parts and their respelling that found nothing leaves nothing for the parts' own near match.
        List<SearchHit> close = [];
        if (!nearRan && r.Sort == SearchSort.Relevance && page == 1 && found.Total < SearchResult.NearFill && SearchQuery.BuildNear(parts) is { } nearQuery
            && Read(from, nearQuery, r with { PageSize = SearchResult.NearFill }, 1, out var more))
        {
            var shown = found.Hits.Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
            close = more.Hits.Where(h => !shown.Contains(h.Key)).Take(SearchResult.NearFill - found.Hits.Count).ToList();
        }

        return new SearchResult(found.Total, found.Hits, found.Facets, SearchQuery.Marks(parts), suggestion, relaxed, page, r.PageSize, notice, close);
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

    private static Found Execute(IndexSearcher searcher, Query text, SearchRequest r, int pageNumber)
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

        // Without filters the text query runs as it is: a wrapper of one clause would cost a call per hit.
        Query run = query.Clauses.Count == 1 ? text : query;
        var wanted = pageNumber * r.PageSize;
        ScoreDoc[] page;
        FacetCollector facets;
        if (r.Sort == SearchSort.Newest)
        {
            var newest = Halves(_ => new NewestCollector(wanted));
            var counted = Halves(h => new FacetCollector(newest[h]));
            // The order is the date's, so nothing is scored: the weighting clauses (title, 主题词) are then never read.
            SearchHalves(searcher, new ConstantScoreQuery(run), counted);
            page = NewestCollector.Page(newest, (pageNumber - 1) * r.PageSize, r.PageSize);
            facets = FacetCollector.Sum(counted);
        }
        else if (CommonWord(searcher.IndexReader, text) is var (common, title))
        {
            (page, facets) = RankCommonWord(searcher, query, common, title, wanted, (pageNumber - 1) * r.PageSize, r.PageSize);
        }
        else
        {
            var top = Halves(_ => TopScoreDocCollector.Create(wanted, true));
            var counted = Halves(h => new FacetCollector(top[h]));
            SearchHalves(searcher, run, counted);
            page = Merge(top).Skip((pageNumber - 1) * r.PageSize).Take(r.PageSize).ToArray();
            facets = FacetCollector.Sum(counted);
        }

        var hits = new List<SearchHit>(page.Length);
        foreach (var sd in page)
        {
            var d = searcher.Doc(sd.Doc);
            hits.Add(new SearchHit(d.Get(SearchDocs.Key), d.GetField(SearchDocs.Item).GetInt32Value() ?? 0, d.GetField(SearchDocs.Version).GetInt64Value() ?? 0, d.Get(SearchDocs.Kind), sd.Score));
        }

        return new Found(facets.Total, hits, facets.Counts());
    }

    /// <summary>
    /// A query of one word that more than half of all items have (工作, 公开, 通知): its text clause scores every
    /// item the same, so the order is its title clause's alone (<see cref="SearchQuery"/>: the word required in the
    /// text, weighted where it is also in the title).
    /// </summary>
    private static (Term Common, Query Title)? CommonWord(IndexReader reader, Query text) =>
        text is BooleanQuery { Clauses.Count: 2, MinimumNumberShouldMatch: 0 } b
        && b.Clauses[0] is { Occur: Occur.MUST, Query: CommonAwareTermQuery common }
        && b.Clauses[1] is { Occur: Occur.SHOULD, Query: var title }
        && reader.DocFreq(common.Term) * 2L > reader.MaxDoc
            ? (common.Term, title)
            : null;

    /// <summary>
    /// A common word's page in two passes that give the order one pass would: the items with the word in the title
    /// (a subset of those with it in the text, since the text holds the title) by their title score, then the rest in
    /// index order; the total and facets from the text postings alone. Scoring the title clause beside each of the
    /// 870,000 text hits cost more than both passes together.
    /// </summary>
    private static (ScoreDoc[] Page, FacetCollector Facets) RankCommonWord(IndexSearcher searcher, BooleanQuery filtered, Term common, Query title, int wanted, int skip, int take)
    {
        BooleanQuery With(Query q)
        {
            var b = new BooleanQuery { { q, Occur.MUST } };
            foreach (var c in filtered.Clauses.Skip(1))
            {
                b.Add(c);
            }

            return b;
        }

        var titled = Halves(_ => TopScoreDocCollector.Create(wanted, true));
        SearchHalves(searcher, With(title), titled);
        var first = Merge(titled).Take(wanted).ToArray();
        var placed = first.Select(d => d.Doc).ToHashSet();
        var still = first.Length < titled.Sum(t => t.TotalHits) ? 0 : wanted - first.Length;
        var rest = Halves(_ => new FirstDocs(still, placed));
        var counted = Halves(h => new FacetCollector(rest[h]));
        SearchHalves(searcher, With(new TermQuery(common)), counted);
        // The halves are in index order, so the first half's first documents come before the second's.
        var after = rest.SelectMany(h => h.Docs).Take(still).Select(d => new ScoreDoc(d, 0));
        return (first.Concat(after).Skip(skip).Take(take).ToArray(), FacetCollector.Sum(counted));
    }

    private static T[] Halves<T>(Func<int, T> make) => [make(0), make(1)];

    /// <summary>Tests: every segment in one pass, to compare the halves with.</summary>
    internal static readonly AsyncLocal<bool> OnePass = new();

    /// <summary>
    /// Runs a query over the segments of the index in two halves at once, each into its own collector; the first
    /// half holds the lower documents. A search is one core's walk over postings, and a county's server has more
    /// cores than searches running at a time: at 1M items the heaviest search took two thirds of its time (211 → 141
    /// ms), a 4 ms one a millisecond more. Every segment is scored with the one weight of the whole index, so the
    /// scores and the merged order are the same as in one pass.
    /// </summary>
    private static void SearchHalves(IndexSearcher searcher, Query query, ICollector[] collectors)
    {
        var leaves = searcher.IndexReader.Leaves;
        var weight = searcher.CreateNormalizedWeight(query);
        long total = searcher.IndexReader.MaxDoc, sum = 0;
        var split = 0;
        while (split < leaves.Count - 1 && (sum + leaves[split].AtomicReader.MaxDoc) * 2 <= total)
        {
            sum += leaves[split++].AtomicReader.MaxDoc;
        }

        // One big segment goes first rather than leaving the first half empty.
        split = Math.Max(split, Math.Min(1, leaves.Count - 1));

        void Run(int from, int to, ICollector collector)
        {
            for (var i = from; i < to; i++)
            {
                var leaf = leaves[i];
                try
                {
                    collector.SetNextReader(leaf);
                }
                catch (CollectionTerminatedException)
                {
                    continue;
                }

                if (weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs) is { } scorer)
                {
                    try
                    {
                        scorer.Score(collector);
                    }
                    catch (CollectionTerminatedException)
                    {
                    }
                }
            }
        }

        if (split == 0 || leaves.Count < 2 || OnePass.Value)
        {
            Run(0, leaves.Count, collectors[0]);
            return;
        }

        try
        {
            Parallel.Invoke(() => Run(0, split, collectors[0]), () => Run(split, leaves.Count, collectors[1]));
        }
        catch (AggregateException e)
        {
            // As one pass would throw it: a damaged index is recognised by the exception's own type.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>The best hits of both halves in the order one collector gives: score, then the lower document first.</summary>
    private static IEnumerable<ScoreDoc> Merge(TopScoreDocCollector[] halves) =>
        halves.SelectMany(h => h.GetTopDocs().ScoreDocs).OrderByDescending(d => d.Score).ThenBy(d => d.Doc);

    /// <summary>The first documents, in index order, that are not among the ones already placed.</summary>
    private sealed class FirstDocs(int wanted, HashSet<int> placed) : ICollector
    {
        private int _base;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc)
        {
            if (Docs.Count < wanted && !placed.Contains(_base + doc))
            {
                Docs.Add(_base + doc);
            }
        }
    }

    private static void Filter(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = 0 }, Occur.MUST);
        }
    }

    /// <summary>
    /// "Did you mean": in a part that finds nothing, a pair of characters that is not an indexed word is tried
    /// with the title words one character away (低宝 → 低保).
    /// </summary>
    private static string? Suggest(IndexSearcher searcher, IReadOnlyList<QueryPart> parts)
    {
        var changed = false;
        var words = new List<string>();
        var wanted = parts.Where(p => !p.Exclude).ToList();
        foreach (var part in wanted)
        {
            // The whole query found nothing, so a lone part needs no search to know it finds nothing.
            var best = (wanted.Count > 1 && Exists(searcher, part.Text)) || part.Text.Length > MendUpTo ? part.Text : Mend(searcher, part.Text);
            changed |= best != part.Text;
            words.Add(best);
        }

        // Each part was mended on its own; the whole must find something too, or it is no help (a lone part
        // was checked as it was mended).
        var suggestion = string.Join(' ', words);
        return changed && (wanted.Count == 1 || Exists(searcher, suggestion)) ? suggestion : null;
    }

    /// <summary>A longer part is a question or a title: its near matches serve it better than a respelling, and each try costs a search.</summary>
    private const int MendUpTo = 8;

    /// <summary>
    /// The first pair of characters that is no indexed word, replaced by the most common title word one character
    /// away with which the part finds something (the most common first: it is the likelier meaning).
    /// </summary>
    private static string Mend(IndexSearcher searcher, string text)
    {
        var reader = searcher.IndexReader;
        // Pairs that are no word are common in longer text (准是, 是多): a few tries, not one search per pair and neighbour.
        var tries = 4;
        for (var i = 0; i + 2 <= text.Length && i < 12; i++)
        {
            var pair = text.Substring(i, 2);
            if (!ChineseText.IsHan(pair[0]) || !ChineseText.IsHan(pair[1]) || reader.DocFreq(new Term(SearchDocs.All, pair)) > 0)
            {
                continue;
            }

            var terms = new HashSet<Term>();
            new FuzzyQuery(new Term(SearchDocs.Meta, pair), 1, 0, 20, false).Rewrite(reader).ExtractTerms(terms);
            foreach (var t in terms.Where(t => t.Text.Length == 2).OrderByDescending(reader.DocFreq).Take(Math.Min(3, tries)))
            {
                var candidate = text[..i] + t.Text + text[(i + 2)..];
                if (Exists(searcher, candidate))
                {
                    return candidate;
                }

                tries--;
            }

            if (tries <= 0)
            {
                break;
            }
        }

        return text;
    }

    /// <summary>Whether anything matches: stops at the first hit, so a common word costs no more than a rare one.</summary>
    private static bool Exists(IndexSearcher searcher, string text)
    {
        if (SearchQuery.Build(SearchQuery.Parse(text)) is not { } q)
        {
            return false;
        }

        var first = new FirstHit();
        searcher.Search(q, first);
        return first.Found;
    }

    private sealed class FirstHit : ICollector
    {
        public bool Found { get; private set; }

        // In order: Lucene then leapfrogs the required lists to the first match. Out of order it fills a window of
        // 2,048 documents from every clause first, which for a respelling that finds nothing (森林防治 for 森林防伙)
        // measured 2-4 times the processor time.
        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            if (Found)
            {
                throw new CollectionTerminatedException();
            }
        }

        public void Collect(int doc)
        {
            Found = true;
            throw new CollectionTerminatedException();
        }
    }

    /// <summary>
    /// Counts the facets of every hit from the packed doc value, and hands each hit on to the collector of
    /// the page. The values of a segment are read into an array once (segments never change), because
    /// reading doc values one hit at a time through Lucene.NET's file abstraction costs more than the search.
    /// </summary>
    /// <summary>A numeric doc value of every document of a segment, read once per segment and field.</summary>
    private static long[] SegmentValues(AtomicReader reader, string field)
    {
        var cache = field == SearchDocs.Facets ? FacetCache : DateCache;
        return cache.GetValue(reader.CoreCacheKey, _ =>
        {
            var dv = reader.GetNumericDocValues(field);
            var values = new long[reader.MaxDoc];
            for (var d = 0; dv is not null && d < values.Length; d++)
            {
                values[d] = dv.Get(d);
            }

            return values;
        });
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, long[]> FacetCache = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, long[]> DateCache = [];

    /// <summary>The newest hits (by publication date, then index order), kept in a bounded heap.</summary>
    private sealed class NewestCollector(int size) : ICollector
    {
        private readonly PriorityQueue<int, (long Date, int Doc)> _heap = new(size + 1, Comparer<(long Date, int Doc)>.Create((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : b.Doc.CompareTo(a.Doc)));
        private long[] _dates = [];
        private int _base;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            _base = context.DocBase;
            _dates = SegmentValues(context.AtomicReader, SearchDocs.Date);
        }

        public void Collect(int doc)
        {
            var key = (_dates[doc], _base + doc);
            if (_heap.Count < size)
            {
                _heap.Enqueue(key.Item2, key);
            }
            else if (_heap.TryPeek(out _, out var least) && (key.Item1 > least.Date || (key.Item1 == least.Date && key.Item2 < least.Doc)))
            {
                _heap.DequeueEnqueue(key.Item2, key);
            }
        }

        /// <summary>A page of the newest hits of both halves: date, then the lower document first.</summary>
        public static ScoreDoc[] Page(NewestCollector[] halves, int skip, int take) =>
            halves.SelectMany(h => h._heap.UnorderedItems.Select(i => i.Priority))
                .OrderByDescending(k => k.Date).ThenBy(k => k.Doc)
                .Skip(skip).Take(take).Select(k => new ScoreDoc(k.Doc, 0)).ToArray();
    }

    private sealed class FacetCollector(ICollector inner) : ICollector
    {
        private readonly int[][] _counts = [new int[1024], new int[128], new int[128], new int[512], new int[4]];
        private long[] _values = [];

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            inner.SetNextReader(context);
            _values = SegmentValues(context.AtomicReader, SearchDocs.Facets);
        }

        public void Collect(int doc)
        {
            inner.Collect(doc);
            Total++;
            var (body, category, area, year, validity) = FacetCodes.Unpack(_values[doc]);
            if (body >= _counts[0].Length)
            {
                Array.Resize(ref _counts[0], Math.Max(body + 1, _counts[0].Length * 2));
            }

            _counts[0][body]++;
            _counts[1][category]++;
            _counts[2][area]++;
            _counts[3][year]++;
            _counts[4][validity]++;
        }

        /// <summary>The first collector, holding the hits and counts of all.</summary>
        public static FacetCollector Sum(FacetCollector[] halves)
        {
            var all = halves[0];
            foreach (var other in halves.Skip(1))
            {
                all.Total += other.Total;
                for (var f = 0; f < all._counts.Length; f++)
                {
                    if (other._counts[f].Length > all._counts[f].Length)
                    {
                        Array.Resize(ref all._counts[f], other._counts[f].Length);
                    }

                    for (var code = 0; code < other._counts[f].Length; code++)
                    {
                        all._counts[f][code] += other._counts[f][code];
                    }
                }
            }

            return all;
        }

        public Dictionary<string, IReadOnlyList<FacetCount>> Counts()
        {
            var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
            for (var f = 0; f < FacetFields.Length; f++)
            {
                var list = new List<FacetCount>();
                for (var code = 0; code < _counts[f].Length; code++)
                {
                    // A category or body code of 0 is "not packed"; an area of 0 is "no key area", which is shown.
                    if (_counts[f][code] > 0 && (code > 0 || f is 2 or 4))
                    {
                        list.Add(new FacetCount(FacetCodes.Label(f, code), _counts[f][code]));
                    }
                }

                result[FacetFields[f]] = list.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
            }

            return result;
        }
    }
}
