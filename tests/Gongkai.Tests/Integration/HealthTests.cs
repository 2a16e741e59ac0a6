using System.Net;
using Gongkai.Data;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 17: <c>/healthz</c> and <c>/readyz</c>, which nginx, systemd and the cluster scripts rely on.</summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, string Text, string? CacheControl)> GetAsync(TestHost host, string path)
    {
        using var client = host.NewClient();
        var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.CacheControl?.ToString());
    }

    private static Task<int> SyncIndexAsync(TestHost host) => host.WithDbAsync((_, sp) => sp.GetRequiredService<SearchSync>().RunOnceAsync());

    private static async Task AssertReadyAsync(TestHost host)
    {
        var (status, text, cache) = await GetAsync(host, "/readyz");
        Assert.Equal("no-store", cache);
        Assert.StartsWith("就绪：数据库可用，迁移已是最新；检索索引第", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static async Task<string> AssertNotReadyAsync(TestHost host)
    {
        var (status, text, cache) = await GetAsync(host, "/readyz");
        Assert.StartsWith("未就绪：", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("no-store", cache);
        // Alive all the same: a process that only waits for its database or index must not be restarted.
        var (alive, ok, _) = await GetAsync(host, "/healthz");
        Assert.Equal((HttpStatusCode.OK, "ok\n"), (alive, ok));
        return text;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Readyz_names_each_reason_a_node_is_not_ready_and_recovers_when_it_is_gone(string provider)
    {
        await using var host = await TestHost.StartAsync(provider, demo: false);
        var (status, text, cache) = await GetAsync(host, "/healthz");
        Assert.Equal((HttpStatusCode.OK, "ok\n", "no-store"), (status, text, cache));
        await SyncIndexAsync(host);
        await AssertReadyAsync(host);

        // A change committed (by another node) two minutes ago that this node has not applied: its search is stale.
        await host.WithDbAsync(async (db, _) =>
        {
            db.SearchOutbox.Add(new SearchOutboxRow { FirstItemId = 900_001, LastItemId = 900_001, Source = SearchSource.Catalog, At = host.Time.GetUtcNow().AddMinutes(-2) });
            return await db.SaveChangesAsync();
        });
        Assert.Contains("检索索引落后 120 秒（上限 60 秒）", await AssertNotReadyAsync(host), StringComparison.Ordinal);
        Assert.Equal(1, await SyncIndexAsync(host));
        await AssertReadyAsync(host);

        // A reindex requested two minutes ago that this node never started on.
        await host.WithDbAsync(async (db, _) =>
        {
            var state = await db.SearchGenerations.SingleAsync();
            state.Generation++;
            state.RequestedAt = host.Time.GetUtcNow().AddMinutes(-2);
            return await db.SaveChangesAsync();
        });
        Assert.Contains("未开始重建", await AssertNotReadyAsync(host), StringComparison.Ordinal);
        await SyncIndexAsync(host);
        await AssertReadyAsync(host);

        // The database is a migration ahead of this node's view of it (an upgrade half done): not ready until migrated.
        var last = await host.WithDbAsync((db, _) => Task.FromResult(db.Database.GetMigrations().Last()));
        var product = await host.WithDbAsync((db, _) => db.Database.SqlQueryRaw<string>("SELECT \"ProductVersion\" AS \"Value\" FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {0}", last).SingleAsync());
        await host.WithDbAsync((db, _) => db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {0}", last));
        Assert.Contains($"数据库有 1 个待执行的迁移（{last}），请运行 gongkai migrate", await AssertNotReadyAsync(host), StringComparison.Ordinal);
        await host.WithDbAsync((db, _) => db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({0}, {1})", last, product));
        await AssertReadyAsync(host);
    }

    [Fact]
    public async Task Readyz_is_503_while_the_PostgreSQL_database_refuses_connections_and_200_once_it_is_back()
    {
        await using var host = await TestHost.StartAsync("postgres", demo: false);
        await SyncIndexAsync(host);
        await AssertReadyAsync(host);
        var name = new NpgsqlConnectionStringBuilder(host.Database.ConnectionString).Database!;
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServer()) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();

        async Task AdminAsync(string sql)
        {
            await using var cmd = new NpgsqlCommand(sql, admin);
            await cmd.ExecuteNonQueryAsync();
        }

        await AdminAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false");
        try
        {
            await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
            var text = await AssertNotReadyAsync(host);
            Assert.StartsWith("未就绪：数据库无法访问", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Host=", text, StringComparison.Ordinal);
        }
        finally
        {
            await AdminAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true");
        }

        // Pooled connections the server closed fail once each; the node is ready again without a restart.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await GetAsync(host, "/readyz")).Status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
        }

        await AssertReadyAsync(host);
    }
}
