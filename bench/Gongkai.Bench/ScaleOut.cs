using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Audit;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>
/// Issue 17's scale-out: list and item pages through nginx with one node and with two, on the PostgreSQL database
/// the catalog run imported, side by side in one run. Two real <c>gongkai serve</c> processes, each with its own
/// data directory; nginx proxies as <c>deploy/nginx/gongkai.conf</c> does (keepalive upstream, <c>max_fails=0</c>),
/// in plain HTTP so that TLS does not take the cores the nodes would use. The nodes do not index
/// (<c>GONGKAI_SEARCH_INDEXING=off</c>): each would otherwise spend many minutes on a million items, on the same
/// two cores the pages are measured on.
/// </summary>
public static partial class ScaleOut
{
    public static async Task<int> RunAsync(Dictionary<string, string> opts)
    {
        var program = Path.GetFullPath(opts["program"]);
        var postgres = opts["postgres"];
        var work = Path.GetFullPath(opts.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "gongkai-bench")));
        var keyFile = Path.GetFullPath(opts.GetValueOrDefault("key-file", Path.Combine(work, "bench-postgres.key")));
        var seconds = int.Parse(opts.GetValueOrDefault("seconds", "10"), CultureInfo.InvariantCulture);
        var wrk = Args.Which("wrk") ?? throw new InvalidOperationException("wrk is not installed (bench/run installs it)");
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : Args.Which("nginx") ?? throw new InvalidOperationException("nginx is not installed (bench/run installs it)");
        var report = new StringBuilder();
        void Line(string s)
        {
            Console.WriteLine(s);
            report.AppendLine(s);
        }

        int items;
        await using (var db = DatabaseSettings.ForPostgres(postgres).CreateContext(TimeProvider.System, new AuditActor { Name = "bench scale-out" }))
        {
            items = await db.CatalogItems.CountAsync();
        }

        var dir = Path.Combine(work, "scaleout");
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }

        Directory.CreateDirectory(dir);
        var nodePorts = new[] { Args.FreePort(), Args.FreePort() };
        var nodes = new List<Process>();
        Process? proxy = null;
        try
        {
            for (var n = 0; n < 2; n++)
            {
                nodes.Add(StartNode(program, Path.Combine(dir, $"node{n + 1}"), nodePorts[n], postgres, keyFile));
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            for (var n = 0; n < 2; n++)
            {
                await WaitReadyAsync(http, nodes[n], nodePorts[n], Path.Combine(dir, $"node{n + 1}.log"));
            }

            var (one, two) = (Args.FreePort(), Args.FreePort());
            var conf = Path.Combine(dir, "nginx.conf");
            await File.WriteAllTextAsync(conf, NginxConf(dir, nodePorts, one, two));
            proxy = Process.Start(nginx, ["-c", conf, "-g", "daemon off;"])!;
            await WaitAnswersAsync(http, $"http://127.0.0.1:{one}/healthz", proxy);
            await WaitAnswersAsync(http, $"http://127.0.0.1:{two}/healthz", proxy);

            var pages = PageCount(await http.GetStringAsync($"http://127.0.0.1:{one}/catalog"));
            var loads = new (string Name, string Script)[]
            {
                ("list `/catalog?page=2`, one page (output cache)", Fixed("/catalog?page=2")),
                ("item `/items/1`, one page (output cache)", Fixed("/items/1")),
                ($"list, a random page of 1-{pages:N0} per request (rendered)", Random("/catalog?page=", pages)),
                ($"item, a random item of 1-{items:N0} per request (rendered)", Random("/items/", items)),
            };

            // What is timed is checked first: through each proxy a list page shows the page asked for and an item page
            // is an item's page, and the two-node proxy really answers from both nodes.
            await CheckAsync(http, one, pages, items, expectNodes: 1);
            await CheckAsync(http, two, pages, items, expectNodes: 2);

            Line($"### Scale-out, PostgreSQL, {items:N0} items: one node vs two behind nginx");
            Line("");
            Line($"Machine: {Environment.ProcessorCount} cores, shared by wrk, nginx (2 workers), the nodes and PostgreSQL. Each figure `wrk -t2 -c64 -d{seconds}s --timeout 30s` through nginx (HTTP/1.1, keepalive to the nodes); per load one untimed run, then one node and two nodes in turn, twice.");
            Line("");
            Line("| load | 1 node req/s (p99), two runs | 2 nodes req/s (p99), two runs | 2 nodes / 1 node (means) |");
            Line("|---|---|---|---|");
            foreach (var (name, script) in loads)
            {
                var file = Path.Combine(dir, $"load{Array.FindIndex(loads, l => l.Name == name)}.lua");
                await File.WriteAllTextAsync(file, script);
                // Untimed first, then one node and two in turn, twice: the first runs of a random load read rows
                // PostgreSQL had not cached yet (one node 190 req/s cold, 570-620 a minute later), which favoured
                // whichever column came second.
                await WrkAsync(wrk, $"http://127.0.0.1:{two}/", file, seconds);
                var runs = new List<((double Rate, double P99) One, (double Rate, double P99) Two)>();
                for (var round = 0; round < 2; round++)
                {
                    runs.Add((await WrkAsync(wrk, $"http://127.0.0.1:{one}/", file, seconds), await WrkAsync(wrk, $"http://127.0.0.1:{two}/", file, seconds)));
                }

                string Cell(IEnumerable<(double Rate, double P99)> r) =>
                    string.Join(" · ", r.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Rate:N0} ({x.P99:N1} ms)")));
                var ratio = runs.Average(r => r.Two.Rate) / runs.Average(r => r.One.Rate);
                Line(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Cell(runs.Select(r => r.One))} | {Cell(runs.Select(r => r.Two))} | {ratio:F2}× |"));
            }

            Line("");
            Line($"Node memory at the end (VmRSS): {string.Join(", ", nodes.Select((p, i) => $"node {i + 1} {Soak.RssMb(p.Id.ToString(CultureInfo.InvariantCulture)):N0} MB"))}.");
        }
        finally
        {
            // Everything started here stops here, whole trees (nginx workers once outlived their master).
            foreach (var p in nodes.Append(proxy).OfType<Process>())
            {
                if (!p.HasExited)
                {
                    p.Kill(entireProcessTree: true);
                }

                await p.WaitForExitAsync();
                p.Dispose();
            }
        }

        if (opts.GetValueOrDefault("out") is { } outFile)
        {
            await File.AppendAllTextAsync(outFile, report.ToString() + "\n");
        }

        return 0;
    }

    /// <summary>A real node as production starts it; without <paramref name="postgres"/>, on the SQLite database in <paramref name="data"/>.</summary>
    internal static Process StartNode(string program, string data, int port, string? postgres, string? keyFile)
    {
        Directory.CreateDirectory(data);
        string[] database = postgres is null ? [] : ["--postgres", postgres];
        var start = new ProcessStartInfo("dotnet", [program, "serve", "--data", data, "--urls", $"http://127.0.0.1:{port}", .. database, "--trusted-proxy", "127.0.0.1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (keyFile is not null)
        {
            start.Environment["GONGKAI_KEY_FILE"] = keyFile;
        }

        start.Environment["GONGKAI_SEARCH_INDEXING"] = "off";
        var p = Process.Start(start)!;
        var log = new StreamWriter(data + ".log") { AutoFlush = true };
        p.OutputDataReceived += (_, e) => Write(log, e.Data);
        p.ErrorDataReceived += (_, e) => Write(log, e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    internal static async Task WaitReadyAsync(HttpClient http, Process node, int port, string log)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (node.HasExited)
            {
                throw new InvalidOperationException($"node on port {port} exited:\n{await File.ReadAllTextAsync(log)}");
            }

            try
            {
                using var r = await http.GetAsync($"http://127.0.0.1:{port}/readyz");
                if (r.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"node on port {port} not ready after 3 minutes");
    }

    private static async Task WaitAnswersAsync(HttpClient http, string url, Process proxy)
    {
        for (var i = 0; i < 50; i++)
        {
            if (proxy.HasExited)
            {
                throw new InvalidOperationException("nginx exited; see its error log in the scale-out directory");
            }

            try
            {
                using var r = await http.GetAsync(url);
                if (r.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"{url} does not answer");
    }

    private static string NginxConf(string dir, int[] nodes, int one, int two) => $$"""
        worker_processes 2;
        pid {{dir}}/nginx.pid;
        error_log {{dir}}/nginx-error.log;
        events { worker_connections 4096; }
        http {
          access_log off;
          upstream one { server 127.0.0.1:{{nodes[0]}} max_fails=0; keepalive 32; }
          upstream two { server 127.0.0.1:{{nodes[0]}} max_fails=0; server 127.0.0.1:{{nodes[1]}} max_fails=0; keepalive 32; }
          keepalive_requests 100000;
          proxy_http_version 1.1;
          proxy_set_header Connection "";
          proxy_set_header Host $host;
          proxy_set_header X-Forwarded-For $remote_addr;
          add_header X-Bench-Upstream $upstream_addr always;
          server { listen 127.0.0.1:{{one}}; location / { proxy_pass http://one; } }
          server { listen 127.0.0.1:{{two}}; location / { proxy_pass http://two; } }
        }
        """;

    private static async Task CheckAsync(HttpClient http, int port, int pages, int items, int expectNodes)
    {
        var upstreams = new HashSet<string>();
        var random = new Random(port);
        for (var i = 0; i < 20; i++)
        {
            var page = i == 0 ? 2 : random.Next(1, pages + 1);
            using var list = await http.GetAsync($"http://127.0.0.1:{port}/catalog?page={page}");
            var html = await list.Content.ReadAsStringAsync();
            var shown = PageShownPattern().Match(html);
            if (!list.IsSuccessStatusCode || !shown.Success || shown.Groups[1].Value != page.ToString(CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"/catalog?page={page} through port {port}: HTTP {(int)list.StatusCode}, page shown {(shown.Success ? shown.Groups[1].Value : "none")}");
            }

            upstreams.Add(list.Headers.GetValues("X-Bench-Upstream").Single());
            var id = i == 0 ? 1 : random.Next(1, items + 1);
            using var item = await http.GetAsync($"http://127.0.0.1:{port}/items/{id}");
            var itemHtml = await item.Content.ReadAsStringAsync();
            if (!item.IsSuccessStatusCode || !itemHtml.Contains("索引号", StringComparison.Ordinal) || !itemHtml.Contains("<h1", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"/items/{id} through port {port}: HTTP {(int)item.StatusCode}, not an item page");
            }

            upstreams.Add(item.Headers.GetValues("X-Bench-Upstream").Single());
        }

        if (upstreams.Count != expectNodes)
        {
            throw new InvalidOperationException($"port {port} answered from {string.Join(", ", upstreams)}, not {expectNodes} node(s)");
        }
    }

    private static string Fixed(string path) => $$"""wrk.path = "{{path}}" """ + "\n";

    /// <summary>Each wrk thread draws its own sequence, so the two threads do not ask for the same pages in step.</summary>
    private static string Random(string prefix, int max) => $$"""
        local threads = 0
        function setup(thread)
          threads = threads + 1
          thread:set("seed", threads)
        end
        function init(args)
          math.randomseed(seed * 7919)
        end
        function request()
          return wrk.format("GET", "{{prefix}}" .. math.random(1, {{max}}))
        end
        """;

    /// <summary>Requests a second and the 99th percentile latency in ms; any error, slow answer included, fails the run.</summary>
    private static async Task<(double Rate, double P99)> WrkAsync(string wrk, string url, string script, int seconds)
    {
        // A rendered page under 64 connections on two cores may wait longer than wrk's default 2 s: that is
        // shown as latency, not counted as an error.
        var p = Process.Start(new ProcessStartInfo(wrk, ["-t2", "-c64", $"-d{seconds}s", "--timeout", "30s", "--latency", "-s", script, url]) { RedirectStandardOutput = true })!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        var bad = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
        var errors = Regex.Match(output, @"Socket errors: .*");
        if (bad.Success || errors.Success || p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{url} with {Path.GetFileName(script)}: {output}");
        }

        var p99 = Regex.Match(output, @"99%\s+([0-9.]+)(us|ms|s)\b");
        var scale = p99.Groups[2].Value switch { "us" => 0.001, "ms" => 1, _ => 1000 };
        return (double.Parse(Regex.Match(output, @"Requests/sec:\s+([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture) * scale);
    }

    private static int PageCount(string html) => int.Parse(PageCountPattern().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("第 \\d+ / (\\d+) 页")]
    private static partial Regex PageCountPattern();

    [GeneratedRegex("第 (\\d+) / \\d+ 页")]
    private static partial Regex PageShownPattern();
}
