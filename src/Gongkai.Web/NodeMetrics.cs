using System.Diagnostics.Metrics;
using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Notifications;
using Gongkai.Operations;
using Gongkai.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;

namespace Gongkai.Web;

/// <summary>
/// What a node tells Prometheus at <c>/metrics</c> besides requests and latencies: its search outbox lag and
/// index, and from the database the overdue items and applications per body and the e-mail outbox. The database
/// figures are read when scraped, at most once per <see cref="HostOptions.MetricsInterval"/>, never on a timer.
/// </summary>
public sealed class NodeMetrics : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly SearchIndexes _indexes;
    private readonly HostOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _lastSlow;
    private Figures _figures = new();

    private static int _hosts;

    public NodeMetrics(IMeterFactory meters, IServiceScopeFactory scopes, SearchIndexes indexes, HostOptions options, TimeProvider time, MeterName name)
    {
        _scopes = scopes;
        _indexes = indexes;
        _options = options;
        _time = time;
        var meter = meters.Create(name.Value);
        var node = new KeyValuePair<string, object?>("node", options.NodeName);
        meter.CreateObservableGauge<long>("gongkai.search.outbox.lag", () => new Measurement<long>(_figures.LagRows, node), "{change}", "本节点检索索引尚未应用的变更数");
        meter.CreateObservableGauge<double>("gongkai.search.outbox.age", () => new Measurement<double>(_figures.LagSeconds, node), "s", "本节点最早一条未应用变更的等待时间");
        meter.CreateObservableGauge<int>("gongkai.search.index.generation", () => new Measurement<int>[]
        {
            new(_indexes.Public.Generation, node, new("index", "public")),
            new(_indexes.Staff.Generation, node, new("index", "staff")),
            new(_figures.WantedGeneration, node, new("index", "required")),
        }, "{generation}", "检索索引代次（required 为数据库要求的代次）");
        meter.CreateObservableGauge<long>("gongkai.search.index.size", () => new Measurement<long>(_figures.IndexBytes, node), "By", "本节点检索索引占用的磁盘空间");
        meter.CreateObservableGauge<int>("gongkai.overdue.items", () => _figures.OverdueItems, "{item}", "超过法定期限（20 个工作日）仍未公开的信息，按单位");
        meter.CreateObservableGauge<int>("gongkai.overdue.applications", () => _figures.OverdueApplications, "{application}", "超过答复期限仍未答复的依申请公开，按单位");
        meter.CreateObservableGauge<long>("gongkai.email.outbox", () => new Measurement<long>[]
        {
            new(_figures.EmailPending, new KeyValuePair<string, object?>("state", "pending")),
            new(_figures.EmailFailed, new KeyValuePair<string, object?>("state", "failed")),
        }, "{message}", "待发送（pending）和多次发送失败后放弃（failed）的提醒邮件");
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// Listeners find meters by name across the whole process, so a second host in one process (tests run many)
    /// would report the first one's figures as its own: each host's meter gets a name of its own.
    /// </summary>
    public static MeterName NextMeterName()
    {
        var n = Interlocked.Increment(ref _hosts);
        return new(n == 1 ? "Gongkai.Node" : $"Gongkai.Node.{n}");
    }

    public sealed record MeterName(string Value);

    /// <summary>Reads the figures a scrape reports: the outbox every time (two key lookups), the rest when stale.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var position = Math.Min(_indexes.Public.Position, _indexes.Staff.Position);
            var newest = await db.SearchOutbox.MaxAsync(r => (long?)r.Id, ct) ?? 0;
            var oldest = await db.SearchOutbox.Where(r => r.Id > position).OrderBy(r => r.Id).Select(r => (DateTimeOffset?)r.At).FirstOrDefaultAsync(ct);
            var wanted = await db.SearchGenerations.Select(g => g.Generation).FirstOrDefaultAsync(ct);
            var figures = _figures with
            {
                LagRows = Math.Max(0, newest - Math.Max(position, 0)),
                LagSeconds = oldest is { } at ? Math.Max(0, (_time.GetUtcNow() - at).TotalSeconds) : 0,
                WantedGeneration = wanted,
                IndexBytes = _indexes.SizeOnDisk(),
            };

            if (_lastSlow is not { } last || _time.GetElapsedTime(last) >= _options.MetricsInterval)
            {
                figures = await ReadDatabaseAsync(db, figures, ct);
                _lastSlow = _time.GetTimestamp();
            }

            _figures = figures;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The supervision board's definitions of overdue, for every body at once, labelled with the body's county.</summary>
    private static async Task<Figures> ReadDatabaseAsync(GongkaiDb db, Figures figures, CancellationToken ct)
    {
        var today = db.Today();
        var codes = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Code, ct);
        var roots = await Supervision.Counties.RootOfAsync(db, ct);
        var items = await db.CatalogItems.AsNoTracking()
            .Where(i => i.PublishedVersion == 0 && i.State != ItemState.Withdrawn && i.State != ItemState.Published && i.DueOn < today)
            .GroupBy(i => i.BodyId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.State != ApplicationState.Closed && a.State != ApplicationState.Decided && a.State != ApplicationState.AwaitingCorrection && a.DueOn < today)
            .GroupBy(a => a.BodyId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var mail = db.Notifications.AsNoTracking().Where(n => n.Email != null && n.EmailSentAt == null);

        // Every body gets a series, zero included, so that a body that clears its backlog drops to 0 rather than vanishing.
        List<Measurement<int>> PerBody(Dictionary<int, int> counts) => codes
            .Select(b => new Measurement<int>(counts.GetValueOrDefault(b.Key),
                new("county", codes.GetValueOrDefault(roots.GetValueOrDefault(b.Key, b.Key), b.Value)), new("body", b.Value)))
            .ToList();

        return figures with
        {
            OverdueItems = PerBody(items),
            OverdueApplications = PerBody(applications),
            EmailPending = await mail.LongCountAsync(n => n.EmailAttempts < EmailOutbox.MaxAttempts, ct),
            EmailFailed = await mail.LongCountAsync(n => n.EmailAttempts >= EmailOutbox.MaxAttempts, ct),
        };
    }

    /// <summary>The only ones who may read <c>/metrics</c>: a direct peer (or a trusted proxy's client) in the allowed networks.</summary>
    public static bool MayScrape(HttpContext ctx, IReadOnlyList<System.Net.IPNetwork> allowed)
    {
        // Forwarding headers still present were not vouched for by a trusted proxy: a proxy on this very machine
        // would otherwise make every citizen look like 127.0.0.1.
        if (ctx.Request.Headers.ContainsKey("X-Forwarded-For") || ctx.Request.Headers.ContainsKey("Forwarded") || ctx.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }

        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return allowed.Any(n => n.Contains(address));
    }

    private sealed record Figures
    {
        public long LagRows { get; init; }

        public double LagSeconds { get; init; }

        public int WantedGeneration { get; init; }

        public long IndexBytes { get; init; }

        public List<Measurement<int>> OverdueItems { get; init; } = [];

        public List<Measurement<int>> OverdueApplications { get; init; } = [];

        public long EmailPending { get; init; }

        public long EmailFailed { get; init; }
    }
}

/// <summary>Wiring of <c>/metrics</c> and the output-cache counter into the host.</summary>
public static class MetricsSetup
{
    public const string PassedCache = "gongkai.metrics.passed-output-cache";

    public static void AddMetrics(IServiceCollection services)
    {
        var name = NodeMetrics.NextMeterName();
        services.AddSingleton(name);
        services.AddSingleton<NodeMetrics>();
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter(Telemetry.MeterName, name.Value)
            // ASP.NET Core's meters named one by one: requests and their latency, connections, unhandled errors and
            // refusals by the rate limiter. Not the memory pool's, whose counters are updated on every buffer rented
            // (5% of the CPU of a cached page), nor routing's and sign-in's, which say nothing the request figures don't.
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting")
            .AddPrometheusExporter(o =>
            {
                // Each scrape sees the figures just refreshed for it, not a copy kept from the last one.
                o.ScrapeResponseCacheDurationMilliseconds = 0;
                // Meter names are an implementation detail (and per host in tests); the metric names say enough.
                o.ScopeInfoEnabled = false;
            }));
    }

    /// <summary>
    /// <c>/metrics</c> for the allowed addresses only; for anyone else the request goes on down the pipeline
    /// and finds nothing there (the ordinary 404 page), so the address does not even reveal that it exists.
    /// </summary>
    public static void UseMetricsEndpoint(WebApplication app)
    {
        var options = app.Services.GetRequiredService<HostOptions>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: ctx => ctx.Request.Path == "/metrics" && NodeMetrics.MayScrape(ctx, options.MetricsAllowed),
            path: null,
            configureBranchedPipeline: b => b.Use(async (ctx, next) =>
            {
                ctx.Response.Headers.CacheControl = "no-store";
                // Made at the first scrape, not at start-up: a node's indexes are opened by the node's own checks first.
                await ctx.RequestServices.GetRequiredService<NodeMetrics>().RefreshAsync(ctx.RequestAborted);
                await next(ctx);
            }),
            optionsName: null);
    }

    /// <summary>Just after the output cache: the page is being made afresh.</summary>
    public static Task MarkPassed(HttpContext ctx, RequestDelegate next)
    {
        ctx.Items[PassedCache] = true;
        return next(ctx);
    }
}
