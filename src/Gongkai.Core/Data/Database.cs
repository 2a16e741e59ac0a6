using System.Data.Common;
using Gongkai.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>A setting that stops the program at start-up; its message is the one line the operator sees.</summary>
public sealed class SettingsException(string message) : Exception(message);

/// <summary>A database this program cannot migrate (history unknown or too old, or a model without its migration); the message is the one line the operator sees.</summary>
public sealed class MigrationException(string message) : Exception(message);

/// <summary>Where the data lives: an SQLite file in the data directory (the default) or a PostgreSQL database.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>A directory for file contents shared by the nodes (<see cref="Catalog.FileStore"/>); null keeps them in the database.</summary>
    public string? FilesDirectory { get; init; }

    private FileStoreSetting Files => FilesDirectory is null ? FileStoreSetting.None : new(new Catalog.FileStore(FilesDirectory));

    public const string SqliteFileName = "gongkai.db";

    public static DatabaseSettings ForDataDirectory(string dataDirectory)
    {
        var path = Path.GetFullPath(Path.Combine(dataDirectory, SqliteFileName));
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 };
        return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ToString());
    }

    public static DatabaseSettings ForPostgres(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new SettingsException("PostgreSQL 连接字符串缺少 Host（服务器地址）。");
            }

            if (string.IsNullOrWhiteSpace(builder.Database))
            {
                throw new SettingsException("PostgreSQL 连接字符串缺少 Database（数据库名）。");
            }

            return new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new SettingsException($"PostgreSQL 连接字符串无效：{e.Message}");
        }
    }

    /// <summary>What an operator may see: the connection without its password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }

        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    public void Register(IServiceCollection services)
    {
        services.AddScoped<AuditActor>();
        services.AddSingleton(Files);
        if (Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<GongkaiDb, SqliteGongkaiDb>(o => o.UseSqlite(ConnectionString).AddInterceptors(SqlitePragmas.Instance));
        }
        else
        {
            services.AddDbContext<GongkaiDb, PostgresGongkaiDb>(o => o.UseNpgsql(ConnectionString));
        }
    }

    /// <summary>A context outside dependency injection (command-line tools, tests).</summary>
    public GongkaiDb CreateContext(TimeProvider time, AuditActor actor) => Provider == DatabaseProvider.Sqlite
        ? new SqliteGongkaiDb(new DbContextOptionsBuilder<SqliteGongkaiDb>().UseSqlite(ConnectionString).AddInterceptors(SqlitePragmas.Instance).Options, time, actor, Files)
        : new PostgresGongkaiDb(new DbContextOptionsBuilder<PostgresGongkaiDb>().UseNpgsql(ConnectionString).Options, time, actor, Files);
}

/// <summary>
/// Per-connection SQLite settings: in WAL mode, synchronous=NORMAL keeps the database consistent after a
/// crash and only risks the last commits on power loss, at a fraction of the cost of a sync per commit.
/// </summary>
internal sealed class SqlitePragmas : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous=NORMAL;";
        cmd.ExecuteNonQuery();
    }
}

public static class Migrator
{
    // Any fixed 64-bit key; it only has to be the same on every node.
    private const long PostgresLockKey = 0x676F6E676B6169;

    /// <summary>
    /// Brings the schema up to date and returns how many migrations this call applied. Holds a lock for
    /// the whole check-and-apply, so of several nodes started at once exactly one migrates and the others
    /// find nothing left to do.
    /// </summary>
    public static Task<int> MigrateAsync(GongkaiDb db, CancellationToken ct = default) => MigrateAsync(db, null, ct);

    /// <inheritdoc cref="MigrateAsync(GongkaiDb, CancellationToken)"/>
    /// <param name="db">The database.</param>
    /// <param name="note">Where to say that a development history was adopted (standard output when not given).</param>
    /// <param name="ct">Cancels.</param>
    public static async Task<int> MigrateAsync(GongkaiDb db, Action<string>? note, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            await EnsurePostgresDatabaseAsync(db, ct);
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await ExecuteAsync(db.Database.GetDbConnection(), $"SELECT pg_advisory_lock({PostgresLockKey})", ct);
                try
                {
                    return await ApplyAsync(db, note, ct);
                }
                finally
                {
                    await ExecuteAsync(db.Database.GetDbConnection(), $"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using (await FileLock.AcquireAsync(file + ".migrate-lock", ct))
        {
            if (!File.Exists(file) || new FileInfo(file).Length == 0)
            {
                // Only a new, empty file can take a page size. 16 KB pages hold a catalog row with its
                // body text on one page instead of a chain of 4 KB overflow pages.
                await db.Database.ExecuteSqlRawAsync("PRAGMA page_size=16384; VACUUM;", ct);
            }

            var applied = await ApplyAsync(db, note, ct);
            // WAL lets the portal read while staff write; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            return applied;
        }
    }

    public static async Task<IReadOnlyList<string>> PendingAsync(GongkaiDb db, CancellationToken ct = default) =>
        (await db.Database.GetPendingMigrationsAsync(ct)).ToList();

    /// <summary>
    /// The last of the development migrations squashed into Initial before the first release: a database
    /// whose history ends with it has exactly the Initial schema (checked when squashing, see README).
    /// </summary>
    public static string SquashedLast(GongkaiDb db) => db.Database.IsNpgsql() ? "20261207203259_DailyUse" : "20261207203252_DailyUse";

    /// <summary>The migrations a database of this program may carry in its history (a backup's schema among them).</summary>
    public static IReadOnlyList<string> Known(GongkaiDb db) => [.. db.Database.GetMigrations(), SquashedLast(db)];

    private static async Task<int> ApplyAsync(GongkaiDb db, Action<string>? note, CancellationToken ct)
    {
        await AdoptSquashedHistoryAsync(db, note ?? Console.WriteLine, ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            if (db.Database.HasPendingModelChanges())
            {
                // EF would refuse with a stack trace; the database has not been touched.
                throw new MigrationException("本程序的数据模型有改动尚未生成迁移（开发错误），数据库未作任何改动：请用正式发布的 gongkai 版本，或先由开发者生成迁移。");
            }

            await db.Database.MigrateAsync(ct);
        }

        return pending.Count;
    }

    /// <summary>
    /// A database made by the development migrations before they were squashed has the same schema as Initial: its
    /// history is rewritten to Initial in one transaction. A history that stops earlier, or that this program does
    /// not know, is refused with a message, before anything is changed.
    /// </summary>
    private static async Task AdoptSquashedHistoryAsync(GongkaiDb db, Action<string> note, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).Order(StringComparer.Ordinal).ToList();
        var known = db.Database.GetMigrations().ToList();
        if (applied.Count == 0 || applied.Contains(known[0]))
        {
            if (applied.FirstOrDefault(m => !known.Contains(m)) is { } newer)
            {
                throw new MigrationException($"数据库的结构比本程序新（含本程序不认识的迁移 {newer}）：请使用更新版本的 gongkai。");
            }

            return;
        }

        var last = applied[^1];
        var squashed = SquashedLast(db);
        if (last != squashed)
        {
            throw new MigrationException(string.CompareOrdinal(last, squashed) < 0
                ? $"数据库由发布前的开发版本建立，结构停在迁移 {last}，本版本只能接续 {squashed}：请先用发布前的开发版本 gongkai 运行 gongkai migrate 升级到 {squashed}，再用本版本。数据库未作任何改动。"
                : $"数据库的迁移记录（最后为 {last}）不属于本程序：数据库未作任何改动。");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var id in applied)
            {
                await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), ct);
            }

            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(known[0], ProductInfo.GetVersion())), ct);
            await tx.CommitAsync(ct);
        });
        note($"数据库由发布前的 {applied.Count} 个开发迁移建立（最后为 {squashed}），结构与 {known[0]} 相同：已把迁移记录改为 {known[0]}。");
    }

    private static async Task EnsurePostgresDatabaseAsync(GongkaiDb db, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var admin = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", conn);
        exists.Parameters.AddWithValue("n", target.Database!);
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase || e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it first.
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>An exclusive lock on a file, held by one process at a time (advisory between cooperating processes).</summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    public static async Task<FileLock> AcquireAsync(string path, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}

/// <summary>The file store every context of a platform shares (a service, so that contexts made by injection get it).</summary>
public sealed record FileStoreSetting(Catalog.FileStore? Store)
{
    public static readonly FileStoreSetting None = new((Catalog.FileStore?)null);
}
