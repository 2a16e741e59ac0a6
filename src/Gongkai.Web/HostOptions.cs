using Gongkai.Data;

namespace Gongkai.Web;

/// <summary>Everything the command line decides about one running platform.</summary>
public sealed record HostOptions(string DataDirectory, DatabaseSettings Database, string[] Urls)
{
    /// <summary>Posts of public forms allowed per client address and minute.</summary>
    public int PublicFormPostsPerMinute { get; init; } = 20;

    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>The PostgreSQL connection string comes from <c>--postgres</c> or the GONGKAI_POSTGRES environment variable.</summary>
    public const string PostgresVariable = "GONGKAI_POSTGRES";

    public static HostOptions Resolve(string dataDirectory, string? postgres, string[]? urls)
    {
        postgres ??= Environment.GetEnvironmentVariable(PostgresVariable);
        var database = string.IsNullOrWhiteSpace(postgres)
            ? DatabaseSettings.ForDataDirectory(dataDirectory)
            : DatabaseSettings.ForPostgres(postgres);
        return new HostOptions(Path.GetFullPath(dataDirectory), database, urls is { Length: > 0 } ? urls : [DefaultUrl]);
    }

    /// <summary>Fails with one clear line when the data directory cannot be used.</summary>
    public void CheckDataDirectory()
    {
        try
        {
            Directory.CreateDirectory(DataDirectory);
            var probe = Path.Combine(DataDirectory, ".write-test");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"数据目录 {DataDirectory} 无法写入：{e.Message}");
        }
    }
}
