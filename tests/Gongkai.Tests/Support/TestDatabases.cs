using Gongkai.Data;
using Npgsql;

namespace Gongkai.Tests.Support;

/// <summary>
/// Fresh databases for tests: an SQLite file in a temporary directory, or a new database on the
/// throwaway PostgreSQL cluster that <c>scripts/test</c> starts (GONGKAI_TEST_POSTGRES).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "GONGKAI_TEST_POSTGRES";

    public static string NewDataDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (a connection string to a scratch server). Run scripts/test, which starts one.");

    /// <summary>A connection string naming a database that does not exist yet; migrating creates it.</summary>
    public static string NewPostgresDatabase() =>
        new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = "gk_" + Guid.NewGuid().ToString("N")[..20] }.ConnectionString;

    /// <summary>
    /// Where the master key of a test database lives: beside the SQLite data directory, as <c>gongkai serve</c>
    /// puts it by default, or in the temporary directory named after the PostgreSQL database.
    /// </summary>
    public static string KeyFileOf(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Sqlite
        ? Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource)! + ".key"
        : Path.Combine(Path.GetTempPath(), "gongkai-tests", new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database + ".key");

    public static DatabaseSettings New(string provider, out string dataDirectory)
    {
        dataDirectory = NewDataDirectory();
        return provider switch
        {
            "sqlite" => DatabaseSettings.ForDataDirectory(dataDirectory),
            "postgres" => DatabaseSettings.ForPostgres(NewPostgresDatabase()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };
}
