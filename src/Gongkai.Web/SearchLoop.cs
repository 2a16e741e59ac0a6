using Gongkai.Search;

namespace Gongkai.Web;

/// <summary>Keeps this node's search indexes current: builds them if needed, then applies the outbox every <see cref="HostOptions.SearchInterval"/>.</summary>
public sealed class SearchLoop(IServiceScopeFactory scopes, SearchIndexes indexes, HostOptions options, TimeProvider time, ILogger<SearchLoop> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the dictionary (a few hundred ms) loads while the node already answers.
        await Task.Run(() => _ = ChineseText.Instance, stoppingToken);
        if (!indexes.Public.IsOpen)
        {
            log.LogInformation("search index missing: building it from the database");
        }

        // Pruning the outbox is cheap but pointless every second; once an hour per node is plenty.
        var lastPrune = time.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Audit.AuditActor>().Name = "检索索引";
                var sync = scope.ServiceProvider.GetRequiredService<SearchSync>();
                await sync.RunOnceAsync(stoppingToken);
                if (time.GetElapsedTime(lastPrune) > TimeSpan.FromHours(1))
                {
                    lastPrune = time.GetTimestamp();
                    await sync.PruneAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException or IOException)
            {
                // The database being away for a moment must not stop the loop; the next round retries.
                log.LogWarning(e, "search index round failed");
            }

            try
            {
                await Task.Delay(options.SearchInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
