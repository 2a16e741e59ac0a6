using System.Diagnostics;
using Gongkai.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Bench;

/// <summary>Where a search's time goes on an existing index: matching, scoring, facets, the whole service.</summary>
public static class SearchProfile
{
    public static int Run(Dictionary<string, string> opts)
    {
        var dir = Path.Combine(Path.GetFullPath(opts.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "gongkai-bench"))), "data-sqlite", "search");
        using var indexes = new SearchIndexes(dir, "profile");
        var word = opts.GetValueOrDefault("q", "公开");
        void Time(string name, Action<IndexSearcher> a)
        {
            indexes.Public.TryRead(s => { for (var i = 0; i < 5; i++) { a(s); } return 0; }, out _);
            var t = new List<double>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < 30; i++)
            {
                indexes.Public.TryRead(s => { var sw = Stopwatch.StartNew(); a(s); t.Add(sw.Elapsed.TotalMilliseconds); return 0; }, out _);
            }

            // Processor time per query: what the search costs, less sensitive than the clock to other work on the machine.
            var perQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 30;
            t.Sort();
            Console.WriteLine($"{name,-40} p50 {t[15]:F1} ms  p95 {t[28]:F1} ms  cpu {perQuery:F1} ms");
        }

        var service = new SearchService(indexes);
        // --sort newest and --page N time the several-query form as sorted by date or as a deep page.
        var sort = opts.GetValueOrDefault("sort") == "newest" ? SearchSort.Newest : SearchSort.Relevance;
        var page = int.Parse(opts.GetValueOrDefault("page", "1"), System.Globalization.CultureInfo.InvariantCulture);
        if (opts.GetValueOrDefault("halves") == "compare")
        {
            // The same queries in one pass and in two halves, alternately, so that both meet the same machine.
            foreach (var q in word.Split('|'))
            {
                for (var round = 0; round < 2; round++)
                {
                    SearchService.OnePass.Value = true;
                    Time($"one pass: {q}", _ => service.SearchPublic(new SearchRequest(q, Sort: sort, Page: page)));
                    SearchService.OnePass.Value = false;
                    Time($"halves:   {q}", _ => service.SearchPublic(new SearchRequest(q, Sort: sort, Page: page)));
                }
            }

            return 0;
        }

        if (word.Contains('|', StringComparison.Ordinal))
        {
            // Several queries: only the whole service, one line each, to find the slow ones of a kind.
            foreach (var q in word.Split('|'))
            {
                Time($"service: {q}", _ => service.SearchPublic(new SearchRequest(q, Sort: sort, Page: page)));
            }

            return 0;
        }

        if (opts.GetValueOrDefault("tokens") is { } typed)
        {
            // A phrase of the query's own cut: where its time goes (the documents both words share, or their positions).
            var tokens = ChineseText.Instance.Tokens(typed, forIndex: false);
            Console.WriteLine("tokens: " + string.Join(" | ", tokens.Select(t => t.Text)));
            var phrase = new PhraseQuery();
            var both = new BooleanQuery();
            foreach (var t in tokens)
            {
                phrase.Add(new Term(SearchDocs.All, t.Text), t.Start - tokens[0].Start);
                both.Add(new TermQuery(new Term(SearchDocs.All, t.Text)), Occur.MUST);
            }

            Time("phrase, count only", s => s.Search(phrase, new TotalHitCountCollector()));
            Time("conjunction, count only", s => s.Search(both, new TotalHitCountCollector()));
            var narrowed = SearchQuery.Phrase(SearchDocs.All, tokens);
            Time("narrowed phrase, count only", s => s.Search(narrowed, new TotalHitCountCollector()));
            Time("narrowed phrase, top 20 in order", s => s.Search(narrowed, TopScoreDocCollector.Create(20, true)));
            var metaPhrase = new PhraseQuery();
            var titlePairs = new BooleanQuery();
            foreach (var t in tokens)
            {
                metaPhrase.Add(new Term(SearchDocs.Meta, t.Text), t.Start - tokens[0].Start);
            }

            foreach (var pair in ChineseText.Pairs(typed).Distinct())
            {
                titlePairs.Add(new TermQuery(new Term(SearchDocs.Pairs, pair)), Occur.MUST);
            }

            var strict = new BooleanQuery { { narrowed, Occur.MUST }, { metaPhrase, Occur.SHOULD } };
            Time("narrowed + title phrase, count only", s => s.Search(strict, new TotalHitCountCollector()));
            Time("narrowed + title phrase, top 20", s => s.Search(strict, TopScoreDocCollector.Create(20, true)));
            Time("title pairs, count only", s => s.Search(titlePairs, new TotalHitCountCollector()));
            var built = SearchQuery.Build(SearchQuery.Parse(typed))!;
            Time("built, count only", s => s.Search(built, new TotalHitCountCollector()));
            Time("built, top 20 in order", s => s.Search(built, TopScoreDocCollector.Create(20, true)));
            indexes.Public.TryRead(s => { Console.WriteLine($"phrase {s.Search(phrase, 1).TotalHits}, conjunction {s.Search(both, 1).TotalHits}"); return 0; }, out _);
            return 0;
        }

        Console.WriteLine("built: " + SearchQuery.Build(SearchQuery.Parse(word)));
        var term = new TermQuery(new Term(SearchDocs.All, word));
        Time("count only", s => s.Search(term, new TotalHitCountCollector()));
        Time("top 20 by score", s => s.Search(term, 20));
        Time("top 20 by score, docs in order", s => s.Search(term, TopScoreDocCollector.Create(20, true)));
        Time("constant score top 20", s => s.Search(new ConstantScoreQuery(term), 20));
        Time("built query (SearchQuery)", s => s.Search(SearchQuery.Build(SearchQuery.Parse(word))!, 20));
        Time("near query (SearchQuery.BuildNear)", s => s.Search(SearchQuery.BuildNear(SearchQuery.Parse(word))!, 20));
        Time("near query, top 20 in order", s => s.Search(SearchQuery.BuildNear(SearchQuery.Parse(word))!, TopScoreDocCollector.Create(20, true)));
        Time("near query, counting every hit", s => s.Search(SearchQuery.BuildNear(SearchQuery.Parse(word))!, new TotalHitCountCollector()));
        indexes.Public.TryRead(s => { Console.WriteLine($"whole matches {s.Search(SearchQuery.Build(SearchQuery.Parse(word))!, 1).TotalHits}, near {s.Search(SearchQuery.BuildNear(SearchQuery.Parse(word))!, 1).TotalHits}"); return 0; }, out _);
        Time("service (facets, stored fields)", _ => service.SearchPublic(new SearchRequest(word)));
        return 0;
    }
}
