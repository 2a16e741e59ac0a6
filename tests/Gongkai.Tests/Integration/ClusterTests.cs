using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Gongkai.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gongkai.Tests.Integration;

/// <summary>
/// Issue 17: the cluster of <c>scripts/cluster</c> (PostgreSQL 15, two <c>gongkai serve</c> processes, nginx with
/// deploy/nginx/gongkai.conf), started by the script itself and treated as an operator's cluster: nodes are killed
/// with SIGKILL under load and brought back by the script's supervision, as systemd would.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    private sealed class Cluster : IAsyncDisposable
    {
        private readonly Process _script;
        private readonly ConcurrentQueue<string> _lines = new();

        private Cluster(Process script, string dir)
        {
            _script = script;
            Dir = dir;
        }

        public string Dir { get; }

        public string Output => string.Join('\n', _lines);

        public static async Task<Cluster> StartAsync()
        {
            var dir = Path.Combine(Path.GetTempPath(), "gongkai-cluster-test-" + Guid.NewGuid().ToString("N")[..8]);
            var app = GongkaiProcess.ProgramPath;
            var start = new ProcessStartInfo("bash", [Path.Combine(Tools.RepoRoot, "scripts", "cluster"), "--app", app, "--dir", dir, "--no-setup"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment.Remove("GONGKAI_POSTGRES");
            // The test is one client address sending applications again and again: the hourly limit per address is raised.
            start.Environment[HostOptions.ApplicationsPerHourVariable] = "1000";
            var cluster = new Cluster(Process.Start(start)!, dir);
            var ready = new TaskCompletionSource();
            cluster._script.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                cluster._lines.Enqueue(e.Data);
                if (e.Data.Contains("集群已启动", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            };
            cluster._script.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    cluster._lines.Enqueue(e.Data);
                }
            };
            cluster._script.BeginOutputReadLine();
            cluster._script.BeginErrorReadLine();
            var finished = await Task.WhenAny(ready.Task, cluster._script.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(150)));
            if (finished != ready.Task)
            {
                await cluster.DisposeAsync();
                throw new InvalidOperationException("scripts/cluster did not start:\n" + cluster.Output);
            }

            return cluster;
        }

        /// <summary>cluster.env as the script last wrote it (process ids change when it restarts a node).</summary>
        public Dictionary<string, string> Env() => File.ReadAllLines(Path.Combine(Dir, "cluster.env"))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        /// <summary>Processes whose command line names the cluster's directory: nodes, nginx, PostgreSQL.</summary>
        public List<string> Leftovers() => Directory.GetDirectories("/proc")
            .Select(d => (Pid: Path.GetFileName(d), Cmd: ReadCmdline(d)))
            .Where(p => p.Pid.All(char.IsAsciiDigit) && p.Pid != Environment.ProcessId.ToString(CultureInfo.InvariantCulture) && p.Cmd.Contains(Dir, StringComparison.Ordinal))
            .Select(p => $"{p.Pid} {p.Cmd}")
            .ToList();

        private static string ReadCmdline(string procDir)
        {
            try
            {
                return File.ReadAllText(Path.Combine(procDir, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                return "";
            }
            catch (UnauthorizedAccessException)
            {
                return "";
            }
        }

        /// <summary>Ctrl-C for the script (SIGTERM: the same trap); true when it stopped by itself within 40 s.</summary>
        public async Task<bool> StopAsync()
        {
            if (_script.HasExited)
            {
                return true;
            }

            using (var kill = Process.Start("kill", ["-TERM", _script.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(40));
            try
            {
                await _script.WaitForExitAsync(limit.Token);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            // Only after a failure is anything left: what the script started is then ended here, by process id.
            if (!await StopAsync())
            {
                _script.Kill(entireProcessTree: true);
            }

            foreach (var pid in Leftovers().Select(l => int.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture)))
            {
                try
                {
                    using var p = Process.GetProcessById(pid);
                    p.Kill();
                }
                catch (ArgumentException)
                {
                    // Gone already.
                }
            }

            _script.Dispose();
        }
    }

    private static HttpClient Client(string baseAddress, string? pinnedCertificate = null)
    {
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromSeconds(30) };
        if (pinnedCertificate is not null)
        {
            // The cluster's own throwaway certificate, and only it, is accepted.
            using var pinned = X509Certificate2.CreateFromPem(File.ReadAllText(pinnedCertificate));
            var expected = pinned.GetCertHashString();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert?.GetCertHashString() == expected;
        }

        return new HttpClient(handler) { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(30), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower };
    }

    private static async Task<int> FoundAsync(HttpClient client, string q)
    {
        try
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q)));
            return json.RootElement.GetProperty("total").GetInt32();
        }
        catch (HttpRequestException)
        {
            return -1;
        }
    }

    private static async Task<TimeSpan?> UntilAsync(Func<Task<bool>> done, TimeSpan limit, int pollMs = 200)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await done())
            {
                return clock.Elapsed;
            }

            await Task.Delay(pollMs);
        }

        return null;
    }

    private static async Task<HttpClient> SignInAsync(string node, string user)
    {
        var client = Client(node);
        var r = await TestHost.PostFormAsync(client, "/staff/login", new() { ["UserName"] = user, ["Password"] = DemoCounty.Password });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return client;
    }

    /// <summary>Creates, reviews and publishes an item through one node's back office, as three people would.</summary>
    private static async Task<int> PublishThroughAsync(string node, int bodyId, string title)
    {
        using var editor = await SignInAsync(node, "czj.editor");
        using var reviewer = await SignInAsync(node, "czj.reviewer");
        using var leader = await SignInAsync(node, "czj.leader");
        return await CatalogTests.PublishAsync(editor, reviewer, leader, bodyId, title);
    }

    /// <summary>
    /// Waits for the script to bring a killed node back (a new process id) and for it to be ready: a graceful stop, the
    /// script's 2 s pause and a start took up to 70 s on this 2-core machine while other builds ran.
    /// </summary>
    private static async Task<TimeSpan?> RejoinedAsync(Cluster cluster, string node, string killedPid)
    {
        using var probe = Client(cluster.Env()[$"{node}_URL"]);
        return await UntilAsync(async () =>
        {
            if (cluster.Env()[$"{node}_PID"] == killedPid)
            {
                return false;
            }

            try
            {
                return (await probe.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(120));
    }

    private static void KillNode(Cluster cluster, string node)
    {
        using var p = Process.GetProcessById(int.Parse(cluster.Env()[$"{node}_PID"], CultureInfo.InvariantCulture));
        // SIGKILL: no shutdown, no finished requests, connections reset.
        p.Kill();
    }

    private sealed record Load(Task Running, ConcurrentBag<string> Failures, Func<int> Count);

    /// <summary>Four clients reading portal pages through nginx without pause until <paramref name="stop"/>.</summary>
    private static Load SteadyReads(HttpClient nginx, int itemId, CancellationToken stop)
    {
        var failures = new ConcurrentBag<string>();
        var count = 0;
        var clock = Stopwatch.StartNew();
        string[] paths = ["/", "/catalog", $"/items/{itemId}", "/bodies/czj", "/feeds/all.atom", "/css/site.css?v=1"];
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = w; !stop.IsCancellationRequested; i++)
            {
                var path = paths[i % paths.Length];
                try
                {
                    using var response = await nginx.GetAsync(path, CancellationToken.None);
                    var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    if (response.StatusCode != HttpStatusCode.OK || text.Length == 0)
                    {
                        failures.Add($"{clock.Elapsed.TotalSeconds:F1} s {path}: {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Add($"{clock.Elapsed.TotalSeconds:F1} s {path}: {e.Message}");
                }

                Interlocked.Increment(ref count);
                await Task.Delay(10, CancellationToken.None);
            }
        }));
        return new Load(Task.WhenAll(workers), failures, () => Volatile.Read(ref count));
    }

    private sealed record Writes(Task Running, ConcurrentQueue<(string Description, string Key, string? Tracking)> Sent);

    /// <summary>One client submitting an application through nginx every 300 ms until <paramref name="stop"/>.</summary>
    private static Writes SteadyApplications(HttpClient nginx, CancellationToken stop)
    {
        var sent = new ConcurrentQueue<(string, string, string?)>();
        var running = Task.Run(async () =>
        {
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var description = $"申请公开县财政局滚动重启期间第{n}份专项资金文件 qr{n}";
                var key = Guid.NewGuid().ToString("N");
                var (_, tracking) = await ApplyAsync(nginx, description, key);
                sent.Enqueue((description, key, tracking));
                await Task.Delay(300, CancellationToken.None);
            }
        }, CancellationToken.None);
        return new Writes(running, sent);
    }

    private static Gongkai.Web.Api.ApplicationsApi.SubmitJson Application(string description) => new(
        Gongkai.Applications.ApplicantType.Business, "重庆某科技有限公司", "钱八", Gongkai.Applications.IdDocument.CreditCode,
        "91500238MA5U00001" + Gongkai.Bodies.RegistrationCodes.CreditCheck("91500238MA5U00001"), "023-51520000", null, null, null,
        description, null, Gongkai.Applications.Delivery.ElectronicFile, "czj");

    /// <summary>(status or the refusal's reason, tracking number when acknowledged).</summary>
    private static async Task<(string Outcome, string? Tracking)> ApplyAsync(HttpClient nginx, string description, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(Application(description), options: Gongkai.Web.Api.ApiJson.Options) };
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await nginx.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
                ? ("acknowledged", JsonDocument.Parse(text).RootElement.GetProperty("trackingNumber").GetString())
                : ($"refused {(int)response.StatusCode}", null);
        }
        catch (HttpRequestException e)
        {
            return ($"refused ({e.Message})", null);
        }
    }

    [Fact]
    public async Task Two_nodes_behind_nginx_search_alike_fail_over_without_a_failed_request_rejoin_and_never_lose_an_acknowledged_application()
    {
        var clock = Stopwatch.StartNew();
        var cluster = await Cluster.StartAsync();
        try
        {
            output.WriteLine($"cluster started in {clock.Elapsed.TotalSeconds:F1} s");
            var env = cluster.Env();
            var (node1, node2) = (env["NODE1_URL"], env["NODE2_URL"]);
            var options = new HostOptions(TestDatabases.NewDataDirectory(), DatabaseSettings.ForPostgres(env["GONGKAI_POSTGRES"]), []) { KeyFile = env["GONGKAI_KEY_FILE"] };
            var services = new ServiceCollection();
            services.AddLogging();
            GongkaiApp.AddPlatformServices(services, options, TimeProvider.System);
            await using var provider = services.BuildServiceProvider();
            async Task<T> WithDbAsync<T>(Func<GongkaiDb, IServiceProvider, Task<T>> work)
            {
                await using var scope = provider.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Gongkai.Audit.AuditActor>().Name = "cluster test";
                return await work(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), scope.ServiceProvider);
            }

            // The demo county's bodies and staff, written straight into the cluster's database while it serves.
            await WithDbAsync(async (db, sp) =>
            {
                await DemoCounty.LoadBodiesAndStaffAsync(db, sp.GetRequiredService<StaffAccounts>());
                return 0;
            });
            var czj = await WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
            using var nginx = Client(env["GONGKAI_CLUSTER_URL"], Path.Combine(cluster.Dir, "nginx", "tls.pem"));
            using var direct1 = Client(node1);
            using var direct2 = Client(node2);
            var home = await nginx.GetAsync("/");
            Assert.Equal(HttpVersion.Version20, home.Version);
            Assert.Contains("政府信息公开", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // 1. Published through node 1's back office: searchable through nginx, and on each node, within 5 s.
            var id = await PublishThroughAsync(node1, czj, "巫溪县财政局关于集群检索的公告 qz8008");
            var seen = await Task.WhenAll(
                UntilAsync(async () => await FoundAsync(nginx, "qz8008") == 1, TimeSpan.FromSeconds(5)),
                UntilAsync(async () => await FoundAsync(direct1, "qz8008") == 1, TimeSpan.FromSeconds(5)),
                UntilAsync(async () => await FoundAsync(direct2, "qz8008") == 1, TimeSpan.FromSeconds(5)));
            output.WriteLine($"published on node 1; found through nginx / node 1 / node 2 after {string.Join(" / ", seen.Select(s => s is { } t ? $"{t.TotalMilliseconds:F0} ms" : "never"))}");
            Assert.All(seen, s => Assert.NotNull(s));

            // 2. Node 1 killed under a steady load of reads: nginx sends its requests to node 2, nothing fails.
            using var stop = new CancellationTokenSource();
            var load = SteadyReads(nginx, id, stop.Token);
            Assert.NotNull(await UntilAsync(() => Task.FromResult(load.Count() >= 40), TimeSpan.FromSeconds(30), pollMs: 20));
            var killed = cluster.Env()["NODE1_PID"];
            KillNode(cluster, "NODE1");
            var killedAt = load.Count();
            // Published on node 2 while node 1 is down: node 1 must catch up once it is back.
            await PublishThroughAsync(node2, czj, "巫溪县财政局节点停机期间发布的公告 qy9009");
            var back = await RejoinedAsync(cluster, "NODE1", killed);
            Assert.NotNull(back);
            var caughtUp = await UntilAsync(async () => await FoundAsync(direct1, "qy9009") == 1, TimeSpan.FromSeconds(20));
            var accessLog = cluster.Env()["NGINX_ACCESS_LOG"];
            var rejoinedAt = (await File.ReadAllLinesAsync(accessLog)).Length;
            // Some more load with both nodes in, so that node 1 takes its turns again.
            await Task.Delay(TimeSpan.FromSeconds(3));
            await stop.CancelAsync();
            await load.Running;
            var log = await File.ReadAllLinesAsync(accessLog);
            // The access log (format "upstreams" of scripts/cluster) names every node a request was tried on.
            var failedOver = log.Count(l => l.Contains("upstream=", StringComparison.Ordinal) && l[l.IndexOf("upstream=", StringComparison.Ordinal)..].Split(' ')[0].Contains(',', StringComparison.Ordinal));
            var node1After = log.Skip(rejoinedAt).Count(l => l.Contains("upstream=" + new Uri(node1).Authority, StringComparison.Ordinal));
            output.WriteLine($"{load.Count()} reads through nginx ({killedAt} before the kill), {load.Failures.Count} failed; {failedOver} sent on to the other node; node 1 back and ready {back!.Value.TotalSeconds:F1} s after the kill, its index caught up {caughtUp?.TotalSeconds:F1} s later, then answered {node1After} requests");
            Assert.Empty(load.Failures);
            Assert.True(failedOver > 0, "no request met the killed node: the kill was not under load");
            Assert.NotNull(caughtUp);
            Assert.True(node1After > 0, "node 1 took no requests after it rejoined");

            // 3. Applications sent while node 2 dies: each is acknowledged and stored, or refused; a refused one sent
            // again with its Idempotency-Key is stored once. nginx never sends a POST on to the other node.
            var submissions = Enumerable.Range(1, 6).Select(n => (Description: $"申请公开县财政局2026年第{n}批专项资金分配明细 qx{n}", Key: Guid.NewGuid().ToString("N"))).ToList();
            var killed2 = cluster.Env()["NODE2_PID"];
            var sends = new List<Task<(string Outcome, string? Tracking)>>();
            for (var i = 0; i < submissions.Count; i++)
            {
                sends.Add(ApplyAsync(nginx, submissions[i].Description, submissions[i].Key));
                if (i == 2)
                {
                    KillNode(cluster, "NODE2");
                }

                await Task.Delay(40);
            }

            var first = await Task.WhenAll(sends);
            var stored = await WithDbAsync((db, _) => db.Applications.Where(a => a.Description.Contains(" qx")).Select(a => new { a.Description, a.TrackingNumber }).ToListAsync());
            for (var i = 0; i < submissions.Count; i++)
            {
                output.WriteLine($"application {i + 1}: {first[i].Outcome} {first[i].Tracking}");
                if (first[i].Tracking is { } tracking)
                {
                    Assert.Contains(stored, s => s.TrackingNumber == tracking && s.Description == submissions[i].Description);
                }
            }

            Assert.All(stored.GroupBy(s => s.Description), g => Assert.Single(g));
            Assert.All(first, r => Assert.True(r.Outcome == "acknowledged" || r.Outcome.StartsWith("refused", StringComparison.Ordinal), r.Outcome));
            for (var i = 0; i < submissions.Count; i++)
            {
                if (first[i].Tracking is null)
                {
                    var again = await ApplyAsync(nginx, submissions[i].Description, submissions[i].Key);
                    Assert.Equal("acknowledged", again.Outcome);
                }
            }

            var all = await WithDbAsync((db, _) => db.Applications.Where(a => a.Description.Contains(" qx")).Select(a => a.Description).ToListAsync());
            Assert.Equal(submissions.Select(s => s.Description).Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
            Assert.NotNull(await RejoinedAsync(cluster, "NODE2", killed2));

            // 4. A rolling restart, as an upgrade does it (README "Run it in production"): each node stopped with
            // SIGTERM (systemctl restart) and the next one stopped as soon as it is ready, under reads and applications.
            // Node 2 has just come back from step 3: nginx must send to it at once (deploy/nginx/gongkai.conf, max_fails).
            using var stopRolling = new CancellationTokenSource();
            var reads = SteadyReads(nginx, id, stopRolling.Token);
            var writes = SteadyApplications(nginx, stopRolling.Token);
            Assert.NotNull(await UntilAsync(() => Task.FromResult(reads.Count() >= 40), TimeSpan.FromSeconds(30), pollMs: 20));
            var restarted = new List<string>();
            var rollClock = Stopwatch.StartNew();
            foreach (var node in new[] { "NODE1", "NODE2" })
            {
                var before = cluster.Env()[$"{node}_PID"];
                output.WriteLine($"{node} stopped at {rollClock.Elapsed.TotalSeconds:F1} s (reads at {reads.Count()})");
                using (var term = Process.Start("kill", ["-TERM", before]))
                {
                    await term.WaitForExitAsync();
                }

                var up = await RejoinedAsync(cluster, node, before);
                Assert.NotNull(up);
                restarted.Add($"{node} {up!.Value.TotalSeconds:F1} s");
            }

            await stopRolling.CancelAsync();
            await Task.WhenAll(reads.Running, writes.Running);
            var sent = writes.Sent.ToList();
            foreach (var s in sent.Where(s => s.Tracking is null))
            {
                // Refused while a node went down: sent again with the same key, as the form and the API ask.
                var again = await ApplyAsync(nginx, s.Description, s.Key);
                Assert.Equal("acknowledged", again.Outcome);
            }

            var rolled = await WithDbAsync((db, _) => db.Applications.Where(a => a.Description.Contains(" qr")).Select(a => new { a.Description, a.TrackingNumber }).ToListAsync());
            output.WriteLine($"rolling restart ({string.Join(", ", restarted)} until ready): {reads.Count()} reads, {reads.Failures.Count} failed; {sent.Count} applications, {sent.Count(s => s.Tracking is null)} refused and sent again, {rolled.Count} stored");
            if (!reads.Failures.IsEmpty)
            {
                output.WriteLine(string.Join('\n', reads.Failures.OrderBy(f => double.Parse(f.Split(' ')[0], CultureInfo.InvariantCulture)).Take(10)));
                output.WriteLine(string.Join('\n', File.ReadLines(Path.Combine(cluster.Dir, "nginx", "error.log")).TakeLast(30)));
                var lines = File.ReadAllLines(cluster.Env()["NGINX_ACCESS_LOG"]);
                // Step 2 failed no read, so the first failed GET is the rolling restart's.
                var firstFailed = Array.FindIndex(lines, l => l.StartsWith("502 GET", StringComparison.Ordinal));
                output.WriteLine(string.Join('\n', lines.Skip(Math.Max(0, firstFailed - 80)).Take(100)));
                output.WriteLine(string.Join('\n', File.ReadLines(Path.Combine(cluster.Dir, "nginx", "error.log")).Where(l => !l.Contains("no live", StringComparison.Ordinal))));
                foreach (var n in new[] { 1, 2 })
                {
                    output.WriteLine($"node{n}.log:\n" + string.Join('\n', File.ReadLines(Path.Combine(cluster.Dir, $"node{n}.log")).TakeLast(25)));
                }
            }
            Assert.Empty(reads.Failures);
            Assert.True(sent.Count >= 10, $"only {sent.Count} applications were sent during the restart");
            Assert.All(sent.Where(s => s.Tracking is not null), s => Assert.Contains(rolled, r => r.TrackingNumber == s.Tracking && r.Description == s.Description));
            Assert.Equal(sent.Select(s => s.Description).Order(StringComparer.Ordinal), rolled.Select(r => r.Description).Order(StringComparer.Ordinal));

            // 5. Ctrl-C: everything the script started is gone, and so is its directory.
            Assert.True(await cluster.StopAsync(), cluster.Output);
            Assert.Empty(cluster.Leftovers());
            Assert.False(Directory.Exists(cluster.Dir));
            output.WriteLine($"cluster test took {clock.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
