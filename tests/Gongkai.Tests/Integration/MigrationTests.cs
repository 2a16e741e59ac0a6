using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Gongkai.Tests.Integration;

public class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Migrating_twice_is_harmless(string provider)
    {
        var settings = TestDatabases.New(provider, out _);
        await using var db = settings.CreateContext(TimeProvider.System, new AuditActor());
        var first = await Migrator.MigrateAsync(db);
        var second = await Migrator.MigrateAsync(db);
        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Empty(await Migrator.PendingAsync(db));
        Assert.Equal(0, await db.Bodies.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Of_nodes_migrating_at_once_exactly_one_applies_the_migrations(string provider)
    {
        var settings = TestDatabases.New(provider, out _);
        var nodes = Enumerable.Range(0, 4).Select(_ => settings.CreateContext(TimeProvider.System, new AuditActor())).ToList();
        try
        {
            var applied = await Task.WhenAll(nodes.Select(db => Task.Run(() => Migrator.MigrateAsync(db))));
            var total = nodes[0].Database.GetMigrations().Count();
            Assert.Single(applied, n => n == total);
            Assert.Equal(3, applied.Count(n => n == 0));
            Assert.Equal(total, (await nodes[0].Database.GetAppliedMigrationsAsync()).Count());
        }
        finally
        {
            foreach (var db in nodes)
            {
                await db.DisposeAsync();
            }
        }
    }

    [Fact]
    public void Archive_entries_written_before_the_format_marker_are_marked_format_1()
    {
        // Their manifests lack the columns format 2 hashes; marking them 2 would make every old entry fail.
        Migration[] migrations = [new Data.Migrations.Sqlite.ArchiveHeads(), new Data.Migrations.Postgres.ArchiveHeads()];
        foreach (var m in migrations)
        {
            var add = m.UpOperations.OfType<AddColumnOperation>().Single(o => o.Table == "archive_entries" && o.Name == "Format");
            Assert.Equal(1, add.DefaultValue);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_node_never_migrates_on_start_up()
    {
        var options = new Web.HostOptions(TestDatabases.NewDataDirectory(), DatabaseSettings.ForPostgres(TestDatabases.NewPostgresDatabase()), ["http://127.0.0.1:0"]);
        var name = new Npgsql.NpgsqlConnectionStringBuilder(options.Database.ConnectionString).Database;
        await using (var admin = new Npgsql.NpgsqlConnection(TestDatabases.PostgresServer()))
        {
            // An empty database exists, but nothing is migrated.
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using var app = Web.GongkaiApp.Build(options);
        var e = await Assert.ThrowsAsync<SettingsException>(() => Web.GongkaiApp.PrepareDatabaseAsync(app));
        Assert.Contains("gongkai migrate", e.Message, StringComparison.Ordinal);
    }
}
