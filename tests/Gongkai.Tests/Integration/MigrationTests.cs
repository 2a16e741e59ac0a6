using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
    public void Archive_entries_keep_format_1_as_their_column_default()
    {
        // Entries written before the format marker lack the columns format 2 hashes; the development migrations
        // gave the column default 1, and the squashed Initial keeps it so that every database has one schema.
        Migration[] migrations = [new Data.Migrations.Sqlite.Initial(), new Data.Migrations.Postgres.Initial()];
        foreach (var m in migrations)
        {
            var table = m.UpOperations.OfType<CreateTableOperation>().Single(o => o.Name == "archive_entries");
            Assert.Equal(1, table.Columns.Single(c => c.Name == "Format").DefaultValue);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_database_made_by_the_development_migrations_is_adopted_as_Initial(string provider)
    {
        var settings = TestDatabases.New(provider, out _);
        await using var db = settings.CreateContext(TimeProvider.System, new AuditActor());
        await Migrator.MigrateAsync(db);
        await ReplaceHistoryAsync(db, DevelopmentMigrations(provider));
        var notes = new List<string>();
        Assert.Equal(db.Database.GetMigrations().Count() - 1, await Migrator.MigrateAsync(db, note: notes.Add));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Contains($"最后为 {Migrator.SquashedLast(db)}", Assert.Single(notes), StringComparison.Ordinal);
        Assert.Equal(0, await Migrator.MigrateAsync(db, note: notes.Add));
        Assert.Single(notes);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_database_stopped_at_an_earlier_development_migration_is_refused_untouched(string provider)
    {
        var settings = TestDatabases.New(provider, out var data);
        await using var db = settings.CreateContext(TimeProvider.System, new AuditActor());
        await Migrator.MigrateAsync(db);
        var older = DevelopmentMigrations(provider)[..^1];
        await ReplaceHistoryAsync(db, older);
        var e = await Assert.ThrowsAsync<MigrationException>(() => Migrator.MigrateAsync(db));
        Assert.Contains($"结构停在迁移 {older[^1]}", e.Message, StringComparison.Ordinal);
        Assert.Equal(older, await db.Database.GetAppliedMigrationsAsync());
        if (provider == "sqlite")
        {
            var run = await GongkaiProcess.RunAsync("migrate", "--data", data);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("发布前的开发版本", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_database_newer_than_the_program_is_refused(string provider)
    {
        var settings = TestDatabases.New(provider, out _);
        await using var db = settings.CreateContext(TimeProvider.System, new AuditActor());
        await Migrator.MigrateAsync(db);
        await ReplaceHistoryAsync(db, [.. db.Database.GetMigrations(), "29991231000000_Future"]);
        var e = await Assert.ThrowsAsync<MigrationException>(() => Migrator.MigrateAsync(db));
        Assert.Contains("29991231000000_Future", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The history the development migrations left before they were squashed into Initial.</summary>
    private static string[] DevelopmentMigrations(string provider) => provider == "sqlite"
        ? ["20261129020157_Initial", "20261129030243_Catalog", "20261129044102_Search", "20261129063139_SearchPrune", "20261129071041_Applications", "20261129075004_Reports", "20261129080237_ReportIndexes", "20261206211207_ReviewChecks", "20261206235005_ArchiveHeads", "20261207010029_ServiceItems", "20261207013417_ServiceCases", "20261207023548_ServiceWorkflow", "20261207054557_SearchGuides", "20261207141902_Supervision", "20261207172534_ReportImport", "20261207203252_DailyUse"]
        : ["20261129020200_Initial", "20261129030246_Catalog", "20261129044105_Search", "20261129063142_SearchPrune", "20261129071044_Applications", "20261129074012_ReportFigures", "20261129075007_Reports", "20261129080240_ReportIndexes", "20261206211216_ReviewChecks", "20261206235152_ArchiveHeads", "20261207010035_ServiceItems", "20261207013425_ServiceCases", "20261207023553_ServiceWorkflow", "20261207054601_SearchGuides", "20261207141913_Supervision", "20261207172543_ReportImport", "20261207203259_DailyUse"];

    private static async Task ReplaceHistoryAsync(GongkaiDb db, IEnumerable<string> ids)
    {
        var history = db.GetService<IHistoryRepository>();
        foreach (var row in await history.GetAppliedMigrationsAsync())
        {
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(row.MigrationId));
        }

        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "10.0.15")));
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
