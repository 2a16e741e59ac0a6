using Gongkai.Data;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>
/// <c>/healthz</c>: the process answers (no database call, so a slow database never gets a live node restarted).
/// <c>/readyz</c>: the node can serve correct pages: database reachable, schema current, search index built and
/// not left behind. A 503 carries one plain line saying why, for the operator reading a load balancer's log.
/// </summary>
public static class Health
{
    /// <summary>A database that does not answer a readiness probe within this time counts as unreachable.</summary>
    private static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(5);

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (HttpContext ctx) => Plain(ctx, StatusCodes.Status200OK, "ok"));
        app.MapGet("/readyz", async (HttpContext ctx) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted);
            timeout.CancelAfter(DatabaseTimeout);
            string? problem;
            string summary;
            try
            {
                (problem, summary) = await CheckAsync(ctx.RequestServices, timeout.Token);
            }
            catch (OperationCanceledException) when (!ctx.RequestAborted.IsCancellationRequested)
            {
                (problem, summary) = ($"数据库在 {DatabaseTimeout.TotalSeconds:F0} 秒内没有响应", "");
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The reason without the connection string or a stack trace: probes are often logged where many can read.
                (problem, summary) = ($"数据库无法访问（{(e.InnerException ?? e).GetType().Name}）", "");
            }

            return problem is null
                ? Plain(ctx, StatusCodes.Status200OK, "就绪：" + summary)
                : Plain(ctx, StatusCodes.Status503ServiceUnavailable, "未就绪：" + problem);
        });
    }

    private static IResult Plain(HttpContext ctx, int status, string text)
    {
        ctx.Response.Headers.CacheControl = "no-store";
        return Results.Text(text + "\n", "text/plain; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    /// <summary>(why the node is not ready, or null; what was found when it is).</summary>
    public static async Task<(string? Problem, string Summary)> CheckAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<HostOptions>();
        var db = services.GetRequiredService<GongkaiDb>();
        var state = await db.SearchGenerations.AsNoTracking().SingleAsync(ct);
        var pending = await Migrator.PendingAsync(db, ct);
        if (pending.Count > 0)
        {
            return ($"数据库有 {pending.Count} 个待执行的迁移（{pending[^1]}），请运行 gongkai migrate", "");
        }

        if (!options.SearchIndexing)
        {
            return (null, "数据库可用，迁移已是最新；本节点不维护检索索引");
        }

        var indexes = services.GetRequiredService<SearchIndexes>();
        var index = indexes.Public;
        if (!index.IsOpen || index.Broken)
        {
            return (indexes.Rebuilding is { } r ? $"检索索引正在建立（{r.Done}/{r.Total}）" : "检索索引尚未建立", "");
        }

        var now = db.Time.GetUtcNow();
        var generation = Math.Min(index.Generation, indexes.Staff.Generation);
        var position = Math.Min(index.Position, indexes.Staff.Position);
        if (indexes.Rebuilding is { } progress)
        {
            // A raised generation makes every node rebuild at once; the previous index answers meanwhile, so the
            // node stays in service rather than the whole site going dark.
            return (null, $"数据库可用，迁移已是最新；检索索引第 {generation} 代，正在重建为第 {state.Generation} 代（{progress.Done}/{progress.Total}），其间旧索引照常检索");
        }

        if (generation < state.Generation && state.RequestedAt is { } requested && now - requested > options.ReadyIndexLag)
        {
            return ($"检索索引为第 {generation} 代，当前为第 {state.Generation} 代，自 {requested:yyyy-MM-dd HH:mm:ss}（UTC）起未开始重建", "");
        }

        var oldest = await db.SearchOutbox.AsNoTracking().Where(r => r.Id > position).OrderBy(r => r.Id).Select(r => (DateTimeOffset?)r.At).FirstOrDefaultAsync(ct);
        var lag = oldest is { } at && now > at ? now - at : TimeSpan.Zero;
        if (lag > options.ReadyIndexLag)
        {
            return ($"检索索引落后 {lag.TotalSeconds:F0} 秒（上限 {options.ReadyIndexLag.TotalSeconds:F0} 秒），已应用到变更 {position}", "");
        }

        return (null, $"数据库可用，迁移已是最新；检索索引第 {generation} 代，已应用到变更 {position}，落后 {lag.TotalSeconds:F0} 秒");
    }
}
