using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Notifications;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Gongkai.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// Meters are process-wide and OpenTelemetry matches them by name: a host of another test, disposed meanwhile,
/// takes the shared ASP.NET Core request metric with it. These tests run alone so that they read only their own host.
/// </summary>
[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed class MetricsRunAlone;

/// <summary>Issue 17: /metrics for the monitoring host only, with the figures an operator watches; JSON logs on request.</summary>
[Collection(nameof(MetricsTests))]
public sealed class MetricsTests
{
    private static Func<HostOptions, HostOptions> Fresh(Func<HostOptions, HostOptions>? more = null) =>
        o => (more ?? (x => x))(o with { MetricsInterval = TimeSpan.Zero });

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }

    /// <summary>The value of the one series named <paramref name="name"/> whose labels include all of <paramref name="labels"/> (0 when absent).</summary>
    internal static double Value(string metrics, string name, params string[] labels)
    {
        var lines = metrics.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(l => labels.All(x => l.Contains(x, StringComparison.Ordinal))).ToList();
        Assert.True(lines.Count <= 1, $"{name} {string.Join(",", labels)}: {string.Join("\n", lines)}");
        return lines.Count == 0 ? 0 : double.Parse(lines[0].Split(' ')[^1], CultureInfo.InvariantCulture);
    }

    private static async Task<int> CreateOverdueItemAsync(TestHost host) => await host.WithDbAsync(async (db, sp) =>
    {
        var bodyId = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
        // Written two months before the host's today: its 20 working days ran out long ago.
        var item = await sp.GetRequiredService<CatalogService>().CreateAsync(bodyId, new ItemInput("县财政局关于专项资金监测的通知", "监测。", null, new DateOnly(2026, 9, 21), null, "03", "a20-07", "czys-bm", null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>正文。</p>"), null);
        return item.Id;
    });

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Metrics_report_requests_cache_search_outbox_overdue_work_and_mail(string provider)
    {
        await using var host = await TestHost.StartAsync(provider, configure: Fresh());
        var client = host.NewClient();
        var node = $"node=\"{host.Services.GetRequiredService<HostOptions>().NodeName}\"";
        await host.WithDbAsync((db, sp) => new SearchSync(db, sp.GetRequiredService<SearchIndexes>(), db.Time).RunOnceAsync());
        var before = await ScrapeAsync(client);
        Assert.Contains("# TYPE gongkai_overdue_items gauge", before, StringComparison.Ordinal);
        Assert.Equal(0, Value(before, "gongkai_overdue_items", "body=\"czj\"", "county=\"wuxi\""));
        Assert.Equal(0, Value(before, "gongkai_search_outbox_lag", node));
        Assert.True(Value(before, "gongkai_search_index_generation", node, "index=\"public\"") >= 1);
        Assert.Equal(Value(before, "gongkai_search_index_generation", node, "index=\"required\""), Value(before, "gongkai_search_index_generation", node, "index=\"public\""));
        Assert.True(Value(before, "gongkai_search_index_size_bytes", node) > 0);

        // An item past its deadline: counted for its body and county at once, and waiting in this node's outbox.
        await CreateOverdueItemAsync(host);
        var overdue = await ScrapeAsync(client);
        Assert.Equal(1, Value(overdue, "gongkai_overdue_items", "body=\"czj\"", "county=\"wuxi\""));
        Assert.Equal(0, Value(overdue, "gongkai_overdue_items", "body=\"gaj\""));
        Assert.True(Value(overdue, "gongkai_search_outbox_lag", node) >= 1);
        Assert.True(Value(overdue, "gongkai_search_outbox_age_seconds", node) >= 0);
        await host.WithDbAsync((db, sp) => new SearchSync(db, sp.GetRequiredService<SearchIndexes>(), db.Time).RunOnceAsync());
        Assert.Equal(0, Value(await ScrapeAsync(client), "gongkai_search_outbox_lag", node));

        // An application past its reply deadline.
        await host.WithDbAsync(async (db, sp) =>
        {
            var submitted = await ApplicationTests.RegisterInPersonAsync(db, sp, "监测申请人", 41, "请公开专项资金的分配结果。");
            return await db.Applications.Where(a => a.Id == submitted.Application.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.DueOn, new DateOnly(2026, 11, 2)));
        });
        Assert.Equal(1, Value(await ScrapeAsync(client), "gongkai_overdue_applications", "body=\"czj\""));

        // A reminder waiting to be e-mailed, then one given up after the last attempt.
        var pending = Value(overdue, "gongkai_email_outbox", "state=\"pending\"");
        await host.WithDbAsync(async (db, _) =>
        {
            var user = await db.Users.Where(u => u.UserName == "czj.officer").Select(u => u.Id).SingleAsync();
            db.Notifications.Add(new Notification { Key = "metrics-test-1", UserId = user, Subject = "测试", Text = "测试", Email = "czj@example.cn", CreatedAt = db.Time.GetUtcNow() });
            db.Notifications.Add(new Notification { Key = "metrics-test-2", UserId = user, Subject = "测试", Text = "测试", Email = "czj@example.cn", CreatedAt = db.Time.GetUtcNow(), EmailAttempts = EmailOutbox.MaxAttempts });
            return await db.SaveChangesAsync();
        });
        var mail = await ScrapeAsync(client);
        Assert.Equal(pending + 1, Value(mail, "gongkai_email_outbox", "state=\"pending\""));
        Assert.True(Value(mail, "gongkai_email_outbox", "state=\"failed\"") >= 1);

        // The same home page twice: made once, then answered from the output cache.
        var hits = Value(mail, "gongkai_output_cache_requests_total", "result=\"hit\"");
        var searches = Value(mail, "gongkai_search_duration_seconds_count", "index=\"public\"");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=" + Uri.EscapeDataString("专项资金"))).StatusCode);
        var after = await ScrapeAsync(client);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", after, StringComparison.Ordinal);
        Assert.True(Value(after, "gongkai_output_cache_requests_total", "result=\"hit\"") >= hits + 1);
        Assert.True(Value(after, "gongkai_search_duration_seconds_count", "index=\"public\"") >= searches + 1);
        Assert.True(Value(after, "http_server_request_duration_seconds_count", "http_route=\"search\"", "http_response_status_code=\"200\"") >= 1);
        Assert.True(Value(after, "http_server_request_duration_seconds_count", "http_route=\"/\"", "http_response_status_code=\"200\"") >= 2);
        Assert.DoesNotContain("otel_scope_name", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_are_a_404_to_anyone_not_allowed()
    {
        // Default: loopback only, but not through a proxy that is not trusted (it would make everyone loopback).
        await using (var local = await TestHost.StartAsync("sqlite", demo: false))
        {
            var client = local.NewClient();
            Assert.Contains("# TYPE", await ScrapeAsync(client), StringComparison.Ordinal);
            using var proxied = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            proxied.Headers.Add("X-Forwarded-For", "203.0.113.9");
            var refused = await client.SendAsync(proxied);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Contains("页面不存在", page, StringComparison.Ordinal);
            Assert.DoesNotContain("# TYPE", page, StringComparison.Ordinal);
        }

        // Only a monitoring network allowed: this machine gets the ordinary 404 page, and nothing is cached for it.
        await using (var elsewhere = await TestHost.StartAsync("sqlite", demo: false, configure: o => o with { MetricsAllowed = HostOptions.ParseNetworks(["10.20.0.0/16"], "test") }))
        {
            var response = await elsewhere.NewClient().GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Behind a trusted proxy the client it names decides: a citizen is refused, the monitoring host is served.
        await using var behind = await TestHost.StartAsync("sqlite", demo: false, configure: o => o with
        {
            TrustedProxies = HostOptions.ParseProxies(["127.0.0.1"]),
            MetricsAllowed = HostOptions.ParseNetworks(["198.51.100.7"], "test"),
        });
        var nginx = behind.NewClient();
        foreach (var (client, expected) in new[] { ("203.0.113.9", HttpStatusCode.NotFound), ("198.51.100.7", HttpStatusCode.OK), ("198.51.100.7, 203.0.113.9", HttpStatusCode.NotFound) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            request.Headers.Add("X-Forwarded-For", client);
            var response = await nginx.SendAsync(request);
            Assert.True(expected == response.StatusCode, client);
            Assert.Equal(expected == HttpStatusCode.OK, (await response.Content.ReadAsStringAsync()).Contains("# TYPE", StringComparison.Ordinal));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        // A direct request from the proxy's own address is not the monitoring host either.
        Assert.Equal(HttpStatusCode.NotFound, (await nginx.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public void Bad_metrics_and_log_settings_are_one_clear_line()
    {
        var dir = TestDatabases.NewDataDirectory();
        var e = Assert.Throws<SettingsException>(() => HostOptions.Resolve(dir, null, null, metricsAllow: ["monitoring.example"]));
        Assert.Contains("允许读取 /metrics 的地址", e.Message, StringComparison.Ordinal);
        Assert.Contains("monitoring.example", e.Message, StringComparison.Ordinal);
        Assert.Empty(HostOptions.Resolve(dir, null, null, metricsAllow: ["none"]).MetricsAllowed);
        Assert.Equal(2, HostOptions.Resolve(dir, null, null).MetricsAllowed.Count);
        Assert.Contains("text 或 json", Assert.Throws<SettingsException>(() => HostOptions.Resolve(dir, null, null, logFormat: "xml")).Message, StringComparison.Ordinal);
        Assert.True(HostOptions.Resolve(dir, null, null, logFormat: "JSON").JsonLogs);
    }

    [Fact]
    public async Task Logs_are_json_lines_when_asked_for()
    {
        var data = TestDatabases.NewDataDirectory();
        var port = GongkaiProcess.FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { GongkaiProcess.ProgramPath, "serve", "--data", data, "--urls", $"http://127.0.0.1:{port}", "--log-format", "json" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("GONGKAI_POSTGRES");
        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            JsonElement? listening = null;
            while (listening is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith('{'))
                {
                    var json = JsonDocument.Parse(line).RootElement;
                    Assert.True(json.TryGetProperty("Timestamp", out _), line);
                    Assert.True(json.TryGetProperty("LogLevel", out _), line);
                    if (json.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime" && json.GetProperty("Message").GetString()!.Contains($":{port}", StringComparison.Ordinal))
                    {
                        listening = json;
                    }
                }
            }

            Assert.NotNull(listening);
            Assert.Equal("Information", listening.Value.GetProperty("LogLevel").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
