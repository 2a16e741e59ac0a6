using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>
/// Search benchmark on a data directory that already holds the catalog (the SQLite one the catalog run
/// imported): a full rebuild of the indexes as <c>gongkai reindex</c> does it, query latency per kind of
/// query single-threaded and with two clients, and a fresh node's first search.
/// </summary>
public static class SearchBench
{
    public static async Task<int> RunAsync(Dictionary<string, string> opts)
    {
        var work = Path.GetFullPath(opts.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "gongkai-bench")));
        var dataDir = Path.Combine(work, "data-sqlite");
        var program = opts["program"];
        var report = new StringBuilder();
        void Line(string s)
        {
            Console.WriteLine(s);
            report.AppendLine(s);
        }

        var settings = DatabaseSettings.ForDataDirectory(dataDir);
        await using var db = settings.CreateContext(TimeProvider.System, new AuditActor { Name = "bench search" });
        var items = await db.CatalogItems.CountAsync();
        var searchDir = Path.Combine(dataDir, "search");
        // --reuse-index true times queries against the indexes of an earlier run (when only query code changed).
        var reuse = opts.GetValueOrDefault("reuse-index") == "true";
        if (Directory.Exists(searchDir) && !reuse)
        {
            Directory.Delete(searchDir, true);
        }

        Line($"### Search, {items:N0} items (SQLite data directory of the catalog run)");
        Line("");

        // Full rebuild, as `gongkai reindex` runs it on a node that is not serving.
        long peak = 0;
        using var sampler = new Timer(_ => peak = Math.Max(peak, Environment.WorkingSet), null, 0, 200);
        var indexes = new SearchIndexes(searchDir, "bench");
        var clock = Stopwatch.StartNew();
        await new SearchSync(db, indexes, TimeProvider.System).RunOnceAsync(new Progress<(long Done, long Total)>(p =>
            Console.WriteLine($"  indexed {p.Done} / {p.Total}, {clock.Elapsed.TotalSeconds:F0} s")));
        // A new index is many segments still being merged in the background: the rebuild is finished when
        // the merges are (closing waits for them), and queries are timed on the index a node then opens.
        indexes.Dispose();
        clock.Stop();
        indexes = new SearchIndexes(searchDir, "bench");
        var size = indexes.SizeOnDisk();
        if (!reuse)
        {
            Line($"- full reindex: {items:N0} items in **{clock.Elapsed.TotalSeconds:F0} s** ({items / clock.Elapsed.TotalSeconds:N0} items/s), index {size / 1048576.0:N0} MB on disk, peak working set {peak / 1048576:N0} MB");
        }

        var search = new SearchService(indexes);
        var czj = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
        var random = new Random(11);
        string Pick(string[] xs) => xs[random.Next(xs.Length)];
        string[] common = ["工作", "公开", "通知", "资金", "项目", "实施方案", "公示", "监督"];
        var rare = SyntheticCatalog.RarePlaces;
        string[] two = ["财政 预算", "低保 公示", "宁厂镇 饮水安全", "食品安全 抽检", "森林防火 通知", "政府采购 结果", "扶贫资金 公示", "地质灾害 防治"];
        string[] phrases = ["\"最低生活保障\"", "\"高标准农田建设\"", "\"集镇规划\"", "\"森林防火\"", "\"宁厂镇\"", "\"食品安全抽检\"", "\"专款专用\""];
        // Sentences the generator repeats in most items: a phrase found in 600,000-870,000 items, the worst case.
        string[] boilerplate = ["\"公开为常态\"", "\"招标投标制\"", "\"依纪依规严肃追究\""];
        string[] numbers = ["巫溪府办发〔2015〕108号", "巫溪府办发〔2019〕21号", "〔2024〕256号", "108号", "巫溪府办发〔2012〕7号", "〔2020〕199号"];
        // One character mistyped in a topic the generator writes (决算 → 绝算 kind): nothing matches whole, so the
        // near match runs and is the result; and questions, whose own words are in no item.
        (string Typed, string Meant)[] typos = [("最低生活保樟", "最低生活保障"), ("森林防伙", "森林防火"), ("食品安全抽减", "食品安全抽检"), ("地质灾害防制", "地质灾害防治"), ("高标准农天建设", "高标准农田建设")];
        string[] questions = ["城乡低保标准是多少", "森林防火期什么时候开始", "农村危房改造补贴怎么申请", "饮水安全巩固提升做了哪些", "就业创业补贴有多少钱"];
        // Before timing: a mistyped query must bring items about what was meant (its first hit says it), whether
        // as near matches or because its other words still match whole.
        foreach (var (typed, meant) in typos)
        {
            var r = search.SearchPublic(new SearchRequest(typed));
            var top = r.Hits.Count > 0 ? r.Hits[0].ItemId : 0;
            var text = await db.CatalogItems.Where(i => i.Id == top).Select(i => i.Title + i.BodyHtml).SingleOrDefaultAsync() ?? "";
            if (!text.Contains(meant, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{typed}: the first of {r.Total} hits (relaxed {r.Relaxed}) does not say {meant}");
            }
        }

        foreach (var q in questions)
        {
            if (search.SearchPublic(new SearchRequest(q)).Total == 0)
            {
                throw new InvalidOperationException($"{q}: nothing found");
            }
        }

        var kinds = new (string Name, Func<SearchRequest> Make)[]
        {
            ("single word, common", () => new SearchRequest(Pick(common))),
            ("single word, rare", () => new SearchRequest(Pick(rare))),
            ("two words", () => new SearchRequest(Pick(two))),
            ("phrase", () => new SearchRequest(Pick(phrases))),
            ("phrase in most items (worst case)", () => new SearchRequest(Pick(boilerplate))),
            ("文号", () => new SearchRequest(Pick(numbers))),
            ("filtered + faceted (body, year)", () => new SearchRequest(Pick(common), BodyId: czj, Year: 2011 + random.Next(16))),
            ("sorted by date", () => new SearchRequest(Pick(two), Sort: SearchSort.Newest)),
            ("deep page (page 100-250, the last)", () => new SearchRequest(Pick(common), Page: 100 + random.Next(151))),
            ("one character mistyped (near match, suggestion)", () => new SearchRequest(Pick(typos.Select(t => t.Typed).ToArray()))),
            ("question", () => new SearchRequest(Pick(questions))),
        };

        // Warm-up: the first queries load the index's term dictionaries and doc values into memory.
        foreach (var (_, make) in kinds)
        {
            for (var i = 0; i < 20; i++)
            {
                search.SearchPublic(make());
            }
        }

        Line("");
        Line("| query kind | hits (example) | 1 client p50 / p95 / p99 | 2 clients p50 / p95 / p99 |");
        Line("|---|---|---|---|");
        foreach (var (name, make) in kinds)
        {
            var example = search.SearchPublic(make()).Total;
            var one = Measure(search, make, clients: 1, perClient: 200);
            var both = Measure(search, make, clients: 2, perClient: 200);
            Line($"| {name} | {example:N0} | {P(one)} | {P(both)} |");
        }

        indexes.Dispose();
        sampler.Dispose();

        // A fresh node: start the program, wait until it answers, then time its first search.
        var port = Args.FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { program, "serve", "--data", dataDir, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(a);
        }

        using var node = Process.Start(start)!;
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var up = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var r = await http.GetAsync("/");
                break;
            }
            catch (HttpRequestException) when (up.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(20);
            }
        }

        var ready = up.Elapsed;
        var first = Stopwatch.StartNew();
        var body = await http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("财政 预算"));
        first.Stop();
        var second = Stopwatch.StartNew();
        await http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("低保 公示"));
        second.Stop();
        node.Kill(entireProcessTree: true);
        await node.WaitForExitAsync();
        Line("");
        Line(string.Create(CultureInfo.InvariantCulture, $"- fresh node: answering HTTP {ready.TotalMilliseconds:F0} ms after the process started; its first search (HTTP /api/search, 20 hits with snippets) **{first.Elapsed.TotalMilliseconds:F0} ms**, the second {second.Elapsed.TotalMilliseconds:F0} ms; first answer began `{body[..Math.Min(40, body.Length)]}`"));
        Line("");

        if (opts.TryGetValue("out", out var outFile))
        {
            await File.AppendAllTextAsync(outFile, report.ToString());
        }

        return 0;
    }

    private static double[] Measure(SearchService search, Func<SearchRequest> make, int clients, int perClient)
    {
        var requests = Enumerable.Range(0, clients * perClient).Select(_ => make()).ToArray();
        var times = new double[requests.Length];
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, c =>
        {
            for (var i = 0; i < perClient; i++)
            {
                var k = (c * perClient) + i;
                var sw = Stopwatch.StartNew();
                search.SearchPublic(requests[k]);
                times[k] = sw.Elapsed.TotalMilliseconds;
            }
        });
        Array.Sort(times);
        return times;
    }

    private static string P(double[] t) => string.Create(CultureInfo.InvariantCulture, $"{t[t.Length / 2]:F1} / {t[(int)(t.Length * 0.95)]:F1} / {t[(int)(t.Length * 0.99)]:F1} ms");
}
