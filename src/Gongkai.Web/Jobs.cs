using Gongkai.Notifications;

namespace Gongkai.Web;

/// <summary>The timer loop of a node: the deadline scanner, today's archive head, then the e-mail outbox, every <see cref="HostOptions.JobInterval"/>.</summary>
public sealed class Jobs(IServiceScopeFactory scopes, HostOptions options, TimeProvider time, ILogger<Jobs> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.JobInterval, time, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Audit.AuditActor>().Name = "定时任务";
                var created = await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().RunOnceAsync(stoppingToken);
                if (created > 0)
                {
                    log.LogInformation("deadline scanner created {Count} reminders", created);
                }

                await Catalog.ArchiveHeads.RecordTodayAsync(scope.ServiceProvider.GetRequiredService<Data.GongkaiDb>(), stoppingToken);
                if (scope.ServiceProvider.GetService<EmailOutbox>() is { } outbox)
                {
                    await outbox.SendPendingAsync(stoppingToken);
                }

                await scope.ServiceProvider.GetRequiredService<ApplicantOutbox>().SendPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
            {
                // A failed round is retried next round; the job must never take the node down.
                log.LogWarning(e, "scheduled job round failed");
            }
        }
    }
}

/// <summary>
/// The website probes and checks on a loop of their own: a round of crawls at one request a second can take many
/// minutes, and reminders and e-mail must not wait for it. A failed round is logged and retried, never fatal.
/// </summary>
public sealed class WebsiteJobs(IServiceScopeFactory scopes, HostOptions options, TimeProvider time, ILogger<WebsiteJobs> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.JobInterval, time, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Audit.AuditActor>().Name = "定时任务";
                await scope.ServiceProvider.GetRequiredService<Websites.SiteChecker>().RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever a crawl meets, the node keeps serving; the next round tries again.
                log.LogWarning(e, "website check round failed");
            }
        }
    }
}
