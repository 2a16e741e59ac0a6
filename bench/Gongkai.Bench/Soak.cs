using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Staff;
using Gongkai.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Bench;

/// <summary>
/// Issue 17's soak: the two-node cluster of <c>scripts/cluster</c> (PostgreSQL, nginx) under mixed traffic for some
/// minutes — citizens browsing, searches within the public limit, applications, three staff publishing through the
/// back office — with node 1 sent SIGTERM half-way (the script starts it again, as systemd would). Every answer is
/// checked for what it should say; each node's memory and the browsing p95 are sampled every 5 s and drawn as PNGs.
/// usage: Gongkai.Bench soak --program gongkai.dll [--minutes 10] [--items 20000] [--out FILE] [--plots DIR]
/// </summary>
internal static partial class Soak
{
    private sealed record Sample(double Minute, double Node1Mb, double Node2Mb, double P95Ms, int Requests);

    public static async Task<int> RunAsync(Dictionary<string, string> opts)
    {
        var program = Path.GetFullPath(opts["program"]);
        var minutes = double.Parse(opts.GetValueOrDefault("minutes", "10"), CultureInfo.InvariantCulture);
        var itemCount = int.Parse(opts.GetValueOrDefault("items", "20000"), CultureInfo.InvariantCulture);
        var plots = Path.GetFullPath(opts.GetValueOrDefault("plots", "docs/soak"));
        var repo = Directory.GetCurrentDirectory();
        while (!File.Exists(Path.Combine(repo, "scripts", "cluster")))
        {
            repo = Path.GetDirectoryName(repo) ?? throw new InvalidOperationException("run from inside the repository");
        }

        var report = new StringBuilder();
        void Line(string s)
        {
            Console.WriteLine(s);
            report.AppendLine(s);
        }

        var dir = Path.Combine(Path.GetTempPath(), "gongkai-soak-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("bash", [Path.Combine(repo, "scripts", "cluster"), "--app", program, "--dir", dir, "--no-setup"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("GONGKAI_POSTGRES");
        // All traffic reaches the nodes from nginx's one address: the hourly limit per address is raised for it.
        start.Environment[HostOptions.ApplicationsPerHourVariable] = "1000";
        using var script = Process.Start(start)!;
        var ready = new TaskCompletionSource();
        var scriptLog = new ConcurrentQueue<string>();
        script.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            scriptLog.Enqueue(e.Data);
            if (e.Data.Contains("集群已启动", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        script.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                scriptLog.Enqueue(e.Data);
            }
        };
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        try
        {
            if (await Task.WhenAny(ready.Task, script.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3))) != ready.Task)
            {
                throw new InvalidOperationException("scripts/cluster did not start:\n" + string.Join('\n', scriptLog));
            }

            return await DriveAsync(program, dir, minutes, itemCount, plots, Line, report, opts.GetValueOrDefault("out"));
        }
        finally
        {
            using (var term = Process.Start("kill", ["-TERM", script.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await script.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                script.Kill(entireProcessTree: true);
            }
        }
    }

    private static Dictionary<string, string> Env(string dir) => File.ReadAllLines(Path.Combine(dir, "cluster.env"))
        .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static async Task<int> DriveAsync(string program, string dir, double minutes, int itemCount, string plots, Action<string> line, StringBuilder report, string? outFile)
    {
        var env = Env(dir);
        using (var pinned = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(dir, "nginx", "tls.pem"))))
        {
            _certificateHash = pinned.GetCertHashString();
        }

        var postgres = env["GONGKAI_POSTGRES"];
        var options = new HostOptions(Path.Combine(dir, "bench-data"), DatabaseSettings.ForPostgres(postgres), []) { KeyFile = env["GONGKAI_KEY_FILE"] };
        var services = new ServiceCollection();
        services.AddLogging();
        GongkaiApp.AddPlatformServices(services, options, TimeProvider.System);
        await using var provider = services.BuildServiceProvider();
        async Task<T> WithDbAsync<T>(Func<GongkaiDb, IServiceProvider, Task<T>> work)
        {
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Gongkai.Audit.AuditActor>().Name = "soak";
            return await work(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), scope.ServiceProvider);
        }

        // The demo county's bodies and staff, then published items imported the way a county brings its history in.
        await WithDbAsync(async (db, sp) =>
        {
            await DemoCounty.LoadBodiesAndStaffAsync(db, sp.GetRequiredService<StaffAccounts>());
            return 0;
        });
        var codes = await WithDbAsync((db, _) => db.Bodies.Select(b => b.Code).ToListAsync());
        var jsonl = Path.Combine(dir, "items.jsonl");
        SyntheticCatalog.WriteJsonLines(jsonl, itemCount, codes);
        var import = new ProcessStartInfo("dotnet", [program, "import", "catalog", jsonl]) { RedirectStandardOutput = true };
        import.Environment["GONGKAI_POSTGRES"] = postgres;
        import.Environment["GONGKAI_KEY_FILE"] = env["GONGKAI_KEY_FILE"];
        using (var p = Process.Start(import)!)
        {
            await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException("gongkai import catalog failed");
            }
        }

        var items = await WithDbAsync((db, _) => db.CatalogItems.Select(i => new { i.Id, i.Title }).ToListAsync());
        var czj = await WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        using var nginx = Client(env["GONGKAI_CLUSTER_URL"]);
        // Both nodes index the import before the clock starts: a search on either finds the last item imported.
        var last = items.MaxBy(i => i.Id)!.Title;
        foreach (var node in new[] { env["NODE1_URL"], env["NODE2_URL"] })
        {
            using var direct = Client(node);
            var clock = Stopwatch.StartNew();
            while (await TotalAsync(direct, last) <= 0)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new InvalidOperationException($"{node} did not index the import in 5 minutes");
                }

                await Task.Delay(1000);
            }
        }

        line($"## Soak, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}: two nodes on PostgreSQL behind nginx, {minutes:0.#} minutes");
        line("");
        line($"Machine: {Environment.ProcessorCount} cores; {items.Count:N0} published items imported before the start; command: `Gongkai.Bench soak --program … --minutes {minutes:0.#} --items {itemCount}`.");
        line("");

        var errors = new ConcurrentQueue<string>();
        var latencies = new ConcurrentQueue<(double At, double Ms)>();
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        void Fail(string what) => errors.Enqueue($"{total.Elapsed.TotalSeconds:F1} s {what}");
        void Count(string kind) => counts.AddOrUpdate(kind, 1, (_, n) => n + 1);

        // Citizens: six clients without pause between pages of every kind, each answer checked for its own words.
        var bodyCodes = codes.Take(12).ToArray();
        var browsing = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            using var client = Client(env["GONGKAI_CLUSTER_URL"]);
            while (!stop.IsCancellationRequested)
            {
                var item = items[random.Next(items.Count)];
                var (path, expect) = random.Next(8) switch
                {
                    0 => ("/", "政府信息公开"),
                    1 => ($"/catalog?page={1 + random.Next(50)}", "政府信息公开目录"),
                    2 => ($"/catalog?body={bodyCodes[random.Next(bodyCodes.Length)]}", "政府信息公开目录"),
                    3 => ("/feeds/all.atom", "<feed"),
                    4 => ("/css/site.css?v=1", "{"),
                    _ => ($"/items/{item.Id}", item.Title),
                };
                var clock = Stopwatch.StartNew();
                try
                {
                    using var r = await client.GetAsync(path, CancellationToken.None);
                    var text = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(CancellationToken.None));
                    latencies.Enqueue((total.Elapsed.TotalSeconds, clock.Elapsed.TotalMilliseconds));
                    Count("page");
                    if (r.StatusCode != HttpStatusCode.OK || !text.Contains(expect, StringComparison.Ordinal))
                    {
                        Fail($"GET {path}: {(int)r.StatusCode}, {text.Length} characters without \"{expect}\"");
                    }
                }
                catch (HttpRequestException e)
                {
                    Fail($"GET {path}: {e.Message}");
                }
            }
        })).ToList();

        // Searches: one a second (the public limit is 120 a minute per address), words from titles that must be found.
        var searching = Task.Run(async () =>
        {
            var random = new Random(99);
            while (!stop.IsCancellationRequested)
            {
                // Four characters of a title, none of them a digit: numbers are indexed whole, so "022年" out of
                // "2022年" is rightly not a match.
                var title = items[random.Next(items.Count)].Title;
                var start = random.Next(Math.Max(1, title.Length - 4));
                var q = title.Length > 6 ? title.Substring(start, 4) : title;
                if (q.Any(char.IsAsciiDigit))
                {
                    continue;
                }

                var found = await TotalAsync(nginx, q);
                Count("search");
                if (found <= 0)
                {
                    Fail($"search {q}: {found}");
                }

                await Task.Delay(1000, CancellationToken.None);
            }
        });

        // Applications: one every 10 s through the public API, each with its key; all must be stored at the end.
        var sent = new ConcurrentQueue<(string Description, string Tracking)>();
        var applying = Task.Run(async () =>
        {
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var description = $"申请公开县财政局{n}号专项资金分配明细（长时运行测试）";
                var (tracking, status) = await ApplyAsync(nginx, description);
                Count("application");
                if (tracking is null)
                {
                    Fail($"application {n}: {status}");
                }
                else
                {
                    sent.Enqueue((description, tracking));
                }

                await Task.Delay(10_000, CancellationToken.None);
            }
        });

        // Staff: an editor, a reviewer and a leader publish an item through the back office every 5 s.
        var published = new ConcurrentQueue<(int Id, string Title)>();
        var publishing = Task.Run(async () =>
        {
            using var editor = await SignInAsync(env["GONGKAI_CLUSTER_URL"], "czj.editor");
            using var reviewer = await SignInAsync(env["GONGKAI_CLUSTER_URL"], "czj.reviewer");
            using var leader = await SignInAsync(env["GONGKAI_CLUSTER_URL"], "czj.leader");
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var title = $"巫溪县财政局关于长时运行测试第{n}批资金的公示";
                try
                {
                    published.Enqueue((await PublishAsync(editor, reviewer, leader, czj, title), title));
                    Count("publication");
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
                {
                    Fail($"publish {title}: {e.Message}");
                }

                await Task.Delay(5_000, CancellationToken.None);
            }
        });

        // Node 1 is sent SIGTERM half-way; the script starts it again after 2 s.
        var restart = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMinutes(minutes / 2));
            var pid = Env(dir)["NODE1_PID"];
            using var term = Process.Start("kill", ["-TERM", pid])!;
            await term.WaitForExitAsync();
            line($"- node 1 (process {pid}) sent SIGTERM at {total.Elapsed.TotalMinutes:F1} min");
        });

        var samples = new List<Sample>();
        var lastAt = 0.0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(5_000, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }

            var now = total.Elapsed.TotalSeconds;
            var window = latencies.Where(l => l.At > lastAt && l.At <= now).Select(l => l.Ms).Order().ToList();
            lastAt = now;
            var current = Env(dir);
            samples.Add(new Sample(now / 60, RssMb(current["NODE1_PID"]), RssMb(current["NODE2_PID"]), window.Count == 0 ? double.NaN : window[(int)Math.Ceiling(window.Count * 0.95) - 1], window.Count));
        }

        await Task.WhenAll(browsing.Append(searching).Append(applying).Append(publishing).Append(restart));

        // Afterwards: every acknowledged application is stored, and every publication is served with its title.
        var stored = await WithDbAsync((db, _) => db.Applications.Select(a => new { a.TrackingNumber, a.Description }).ToListAsync());
        foreach (var (description, tracking) in sent)
        {
            if (!stored.Any(s => s.TrackingNumber == tracking && s.Description == description))
            {
                Fail($"application {tracking} acknowledged but not stored");
            }
        }

        foreach (var (id, title) in published)
        {
            var text = WebUtility.HtmlDecode(await nginx.GetStringAsync($"/items/{id}"));
            if (!text.Contains(title, StringComparison.Ordinal))
            {
                Fail($"/items/{id} does not show {title}");
            }
        }

        Directory.CreateDirectory(plots);
        Draw(samples, plots);
        var all = latencies.Select(l => l.Ms).Order().ToList();
        string P(double q) => all[(int)Math.Ceiling(all.Count * q) - 1].ToString("F1", CultureInfo.InvariantCulture);
        line($"- requests: {counts.GetValueOrDefault("page"):N0} pages, {counts.GetValueOrDefault("search"):N0} searches, {counts.GetValueOrDefault("application"):N0} applications ({stored.Count(s => s.Description.Contains("长时运行测试", StringComparison.Ordinal)):N0} stored), {counts.GetValueOrDefault("publication"):N0} publications through the back office; **{errors.Count} errors**");
        line($"- pages through nginx: p50 {P(0.5)} ms, p95 {P(0.95)} ms, p99 {P(0.99)} ms over the whole run");
        line($"- memory (RSS): node 2 {Describe(samples.Select(s => (s.Minute, s.Node2Mb)).ToList())}; node 1 after its restart {Describe(samples.Where(s => s.Minute > minutes / 2 + 0.5).Select(s => (s.Minute, s.Node1Mb)).ToList())}");
        line($"- plots: {Path.GetFileName(plots)}/memory.png, {Path.GetFileName(plots)}/p95.png");
        foreach (var e in errors.Take(20))
        {
            line($"  - {e}");
        }

        if (outFile is not null)
        {
            await File.AppendAllTextAsync(outFile, report.ToString());
        }

        return errors.IsEmpty ? 0 : 1;
    }

    /// <summary>First and last sample and the slope over the second half, in MB.</summary>
    private static string Describe(List<(double Minute, double Mb)> points)
    {
        if (points.Count < 4)
        {
            return "too few samples";
        }

        var half = points.Skip(points.Count / 2).ToList();
        var mx = half.Average(p => p.Minute);
        var my = half.Average(p => p.Mb);
        var slope = half.Sum(p => (p.Minute - mx) * (p.Mb - my)) / half.Sum(p => (p.Minute - mx) * (p.Minute - mx));
        return string.Create(CultureInfo.InvariantCulture, $"{points[0].Mb:F0} MB at {points[0].Minute:F1} min, {points.Max(p => p.Mb):F0} MB at most, {points[^1].Mb:F0} MB at the end; {slope:+0.0;-0.0} MB/min over the second half");
    }

    private static void Draw(List<Sample> samples, string plots)
    {
        var minutes = samples.Select(s => s.Minute).ToArray();
        var memory = new ScottPlot.Plot();
        memory.Add.Scatter(minutes, samples.Select(s => s.Node1Mb).ToArray()).LegendText = "node 1 (SIGTERM half-way)";
        memory.Add.Scatter(minutes, samples.Select(s => s.Node2Mb).ToArray()).LegendText = "node 2";
        memory.Title("Resident memory of each node");
        memory.XLabel("minutes");
        memory.YLabel("RSS, MB");
        memory.Axes.SetLimitsY(0, samples.Max(s => Math.Max(s.Node1Mb, s.Node2Mb)) * 1.2);
        memory.ShowLegend();
        memory.SavePng(Path.Combine(plots, "memory.png"), 900, 400);
        var p95 = new ScottPlot.Plot();
        p95.Add.Scatter(minutes, samples.Select(s => s.P95Ms).ToArray()).LegendText = "pages through nginx, p95 per 5 s";
        p95.Title("Page latency through nginx");
        p95.XLabel("minutes");
        p95.YLabel("p95, ms");
        p95.Axes.SetLimitsY(0, samples.Where(s => !double.IsNaN(s.P95Ms)).Max(s => s.P95Ms) * 1.2);
        p95.ShowLegend();
        p95.SavePng(Path.Combine(plots, "p95.png"), 900, 400);
    }

    /// <summary>A process's resident memory in MB, NaN once it is gone.</summary>
    internal static double RssMb(string pid)
    {
        try
        {
            // A process that has exited and not yet been reaped has no VmRSS line.
            var rss = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return rss is null ? double.NaN : long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            // Between the node's exit and the script's restart: no such process.
            return double.NaN;
        }
    }

    /// <summary>The cluster's throwaway certificate, and only it, is accepted (set once the cluster has made it).</summary>
    private static string? _certificateHash;

    private static HttpClient Client(string baseAddress)
    {
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert?.GetCertHashString() == _certificateHash;
        return new HttpClient(handler) { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(30), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower };
    }

    private static async Task<int> TotalAsync(HttpClient client, string q)
    {
        try
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q)));
            return json.RootElement.GetProperty("total").GetInt32();
        }
        catch (HttpRequestException e)
        {
            return -(int)(e.StatusCode ?? 0) - 1;
        }
    }

    private static async Task<(string? Tracking, string Status)> ApplyAsync(HttpClient nginx, string description)
    {
        var body = new Gongkai.Web.Api.ApplicationsApi.SubmitJson(
            Gongkai.Applications.ApplicantType.Business, "重庆某科技有限公司", "钱八", Gongkai.Applications.IdDocument.CreditCode,
            "91500238MA5U00001" + Gongkai.Bodies.RegistrationCodes.CreditCheck("91500238MA5U00001"), "023-51520000", null, null, null,
            description, null, Gongkai.Applications.Delivery.ElectronicFile, "czj");
        var key = Guid.NewGuid().ToString("N");
        // A refusal (a node going down under the request) is sent again with the same key, as the API asks.
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body, options: Gongkai.Web.Api.ApiJson.Options) };
            request.Headers.Add("Idempotency-Key", key);
            try
            {
                using var r = await nginx.SendAsync(request);
                var text = await r.Content.ReadAsStringAsync();
                if (r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    return (JsonDocument.Parse(text).RootElement.GetProperty("trackingNumber").GetString(), "acknowledged");
                }

                if (attempt > 0)
                {
                    return (null, $"{(int)r.StatusCode} twice");
                }
            }
            catch (HttpRequestException e)
            {
                if (attempt > 0)
                {
                    return (null, e.Message + " twice");
                }
            }
        }
    }

    private static async Task<HttpClient> SignInAsync(string baseAddress, string user)
    {
        var client = Client(baseAddress);
        var r = await PostFormAsync(client, "/staff/login", new() { ["UserName"] = user, ["Password"] = DemoCounty.Password });
        return r.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"{user} could not sign in: {(int)r.StatusCode}");
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var html = await client.GetStringAsync(formPage ?? path);
        var token = TokenPattern().Match(html);
        if (token.Success)
        {
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Draft, submit, confidentiality review and approval, each by its own account, as in the back office.</summary>
    private static async Task<int> PublishAsync(HttpClient editor, HttpClient reviewer, HttpClient leader, int bodyId, string title)
    {
        var created = await PostFormAsync(editor, "/staff/catalog/new", new()
        {
            ["Form.BodyId"] = bodyId.ToString(CultureInfo.InvariantCulture),
            ["Form.Title"] = title,
            ["Form.DocumentNumber"] = "巫溪财发〔2026〕18号",
            ["Form.WrittenOn"] = "2026-11-20",
            ["Form.Topic"] = "03",
            ["Form.StatutoryCategory"] = "a20-07",
            ["Form.KeyArea"] = "czys-bm",
            ["Form.Keywords"] = "财政 资金 公示",
            ["Form.Validity"] = "Valid",
            ["Form.Mode"] = "Proactive",
            ["Form.Scope"] = "面向全社会",
            ["Form.Summary"] = "公示本批资金的分配结果。",
            ["Form.BodyHtml"] = "<p>现将本批资金的分配结果公示如下。</p>",
        });
        if (created.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"draft: {(int)created.StatusCode}");
        }

        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        foreach (var (client, action) in new[] { (editor, "Submit"), (reviewer, "ClearConfidentiality"), (leader, "Approve") })
        {
            var page = await client.GetStringAsync($"/staff/catalog/{id}");
            var fields = new Dictionary<string, string> { ["action"] = action, ["comment"] = "", ["revision"] = RevisionPattern().Match(page).Groups[1].Value };
            if (action == "ClearConfidentiality")
            {
                var questions = QuestionPattern().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
                for (var i = 0; i < questions.Count; i++)
                {
                    fields[$"question[{i}]"] = questions[i];
                    fields[$"answer[{i}]"] = "否";
                }
            }

            var r = await PostFormAsync(client, $"/staff/catalog/{id}?handler=Act", fields, formPage: $"/staff/catalog/{id}");
            if (r.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"{action} of item {id}: {(int)r.StatusCode}");
            }
        }

        return id;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();

    [GeneratedRegex("name=\"question\" value=\"([^\"]+)\"")]
    private static partial Regex QuestionPattern();
}
