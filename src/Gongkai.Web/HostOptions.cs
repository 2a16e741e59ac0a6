using Gongkai.Data;

namespace Gongkai.Web;

/// <summary>Everything the command line decides about one running platform.</summary>
public sealed record HostOptions(string DataDirectory, DatabaseSettings Database, string[] Urls)
{
    /// <summary>Posts of public forms allowed per client address and minute.</summary>
    public int PublicFormPostsPerMinute { get; init; } = 20;

    /// <summary>Anonymous searches (page or API) allowed per client address and minute.</summary>
    public int PublicSearchesPerMinute { get; init; } = 120;

    /// <summary>Applications one address may submit in an hour, online or through the API.</summary>
    public int PublicApplicationsPerHour { get; init; } = DefaultApplicationsPerHour;

    public const int DefaultApplicationsPerHour = 10;

    /// <summary>How often the deadline scanner and the e-mail outbox run.</summary>
    public TimeSpan JobInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether this node keeps search indexes up to date. Off only for benchmarks of other parts (the scale-out
    /// benchmark's nodes would each spend many minutes indexing a million items): such a node answers searches from
    /// whatever index its data directory holds.
    /// </summary>
    public bool SearchIndexing { get; init; } = true;

    /// <summary>How often a node looks for changes to apply to its search indexes.</summary>
    public TimeSpan SearchInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>This node's local search indexes (each node keeps its own).</summary>
    public string SearchDirectory => Path.Combine(DataDirectory, "search");

    /// <summary>Names the node in the search status table: stable across restarts, distinct per data directory.</summary>
    public string NodeName => $"{Environment.MachineName}:{DataDirectory}";

    /// <summary>Where reminder e-mail goes; null means in-app reminders only.</summary>
    public Notifications.SmtpSettings? Smtp { get; init; }

    /// <summary>SMTP from GONGKAI_SMTP ("host:port") and GONGKAI_SMTP_FROM, with optional GONGKAI_SMTP_USER / GONGKAI_SMTP_PASSWORD.</summary>
    public static Notifications.SmtpSettings? SmtpFromEnvironment()
    {
        var server = Environment.GetEnvironmentVariable("GONGKAI_SMTP");
        if (string.IsNullOrWhiteSpace(server))
        {
            return null;
        }

        var parts = server.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new SettingsException($"GONGKAI_SMTP 应为“主机:端口”，如 smtp.example.gov.cn:25，而不是“{server}”。");
        }

        var from = Environment.GetEnvironmentVariable("GONGKAI_SMTP_FROM");
        if (string.IsNullOrWhiteSpace(from) || !from.Contains('@', StringComparison.Ordinal))
        {
            throw new SettingsException("设置了 GONGKAI_SMTP 时须同时设置发件地址 GONGKAI_SMTP_FROM。");
        }

        return new(parts[0], port, from, Environment.GetEnvironmentVariable("GONGKAI_SMTP_USER"), Environment.GetEnvironmentVariable("GONGKAI_SMTP_PASSWORD"));
    }

    /// <summary>The SMS gateway for applicant notices; null means they wait in the outbox (and go by e-mail where SMTP is set).</summary>
    public Notifications.SmsSettings? Sms { get; init; }

    /// <summary>The SMS gateway from GONGKAI_SMS_URL, with optional GONGKAI_SMS_TOKEN (bearer token) and GONGKAI_SMS_SIGNATURE (短信签名).</summary>
    public static Notifications.SmsSettings? SmsFromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable("GONGKAI_SMS_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new SettingsException($"GONGKAI_SMS_URL 应为短信网关的网址（如 https://sms.example.gov.cn/send），而不是“{url}”。");
        }

        return new(uri, Environment.GetEnvironmentVariable("GONGKAI_SMS_TOKEN"), Environment.GetEnvironmentVariable("GONGKAI_SMS_SIGNATURE"));
    }

    /// <summary>
    /// The master key file that encrypts the Data Protection key ring kept in the database. Null means the
    /// default: next to an SQLite data directory (<c>DIR.key</c>, outside it, so that a copy of the directory does
    /// not carry it); a PostgreSQL deployment must name it, the same file on every node.
    /// </summary>
    public string? KeyFile { get; init; }

    public string? KeyFilePath => KeyFile ?? (Database.Provider == DatabaseProvider.Sqlite ? Path.TrimEndingDirectorySeparator(DataDirectory) + ".key" : null);

    /// <summary>The address citizens use (behind a proxy: the proxy's), for the absolute addresses of feeds, sitemaps and QR codes.</summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; from any other peer they are ignored.</summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>
    /// How far this node's search index may trail the database (oldest change not yet applied, or a raised
    /// generation not yet being rebuilt) before <c>/readyz</c> takes the node out of service.
    /// </summary>
    public TimeSpan ReadyIndexLag { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Who may read <c>/metrics</c> (after a trusted proxy has said who the client is); everyone else gets a 404.</summary>
    public IReadOnlyList<System.Net.IPNetwork> MetricsAllowed { get; init; } = Loopback;

    private static readonly System.Net.IPNetwork[] Loopback = [System.Net.IPNetwork.Parse("127.0.0.0/8"), System.Net.IPNetwork.Parse("::1/128")];

    /// <summary>How old the figures read from the database for <c>/metrics</c> (overdue work, e-mail outbox) may be.</summary>
    public TimeSpan MetricsInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Log lines as JSON objects on standard output (for journald, Loki and the like) instead of plain text.</summary>
    public bool JsonLogs { get; init; }

    public const string MetricsAllowVariable = "GONGKAI_METRICS_ALLOW";

    public const string LogFormatVariable = "GONGKAI_LOG_FORMAT";

    public const string DefaultUrl = "http://127.0.0.1:5000";

    public const string KeyFileVariable = "GONGKAI_KEY_FILE";

    public const string PublicUrlVariable = "GONGKAI_PUBLIC_URL";

    public const string TrustedProxiesVariable = "GONGKAI_TRUSTED_PROXIES";

    /// <summary>A county whose citizens reach it through one address (a service centre's kiosks, a NAT) raises this.</summary>
    public const string ApplicationsPerHourVariable = "GONGKAI_APPLICATIONS_PER_HOUR";

    /// <summary>"off" starts a node that does not index (benchmarks only, see <see cref="SearchIndexing"/>).</summary>
    public const string SearchIndexingVariable = "GONGKAI_SEARCH_INDEXING";

    /// <summary>The PostgreSQL connection string comes from <c>--postgres</c> or the GONGKAI_POSTGRES environment variable.</summary>
    public const string PostgresVariable = "GONGKAI_POSTGRES";

    /// <summary>A directory for attachments shared by the nodes; without it they are kept in the database.</summary>
    public const string FilesVariable = "GONGKAI_FILES";

    public static HostOptions Resolve(string dataDirectory, string? postgres, string[]? urls, string? keyFile = null, string? publicUrl = null, string[]? trustedProxies = null, string[]? metricsAllow = null, string? logFormat = null, string? files = null)
    {
        files ??= Environment.GetEnvironmentVariable(FilesVariable);
        metricsAllow = metricsAllow is { Length: > 0 } ? metricsAllow : Environment.GetEnvironmentVariable(MetricsAllowVariable) is { Length: > 0 } m ? [m] : null;
        logFormat ??= Environment.GetEnvironmentVariable(LogFormatVariable);
        postgres ??= Environment.GetEnvironmentVariable(PostgresVariable);
        var database = (string.IsNullOrWhiteSpace(postgres)
            ? DatabaseSettings.ForDataDirectory(dataDirectory)
            : DatabaseSettings.ForPostgres(postgres)) with
        { FilesDirectory = string.IsNullOrWhiteSpace(files) ? null : Path.GetFullPath(files) };
        keyFile ??= Environment.GetEnvironmentVariable(KeyFileVariable);
        publicUrl ??= Environment.GetEnvironmentVariable(PublicUrlVariable);
        trustedProxies = trustedProxies is { Length: > 0 } ? trustedProxies : Environment.GetEnvironmentVariable(TrustedProxiesVariable) is { Length: > 0 } v ? [v] : [];
        return new HostOptions(Path.GetFullPath(dataDirectory), database, urls is { Length: > 0 } ? urls : [DefaultUrl])
        {
            Smtp = SmtpFromEnvironment(),
            Sms = SmsFromEnvironment(),
            KeyFile = string.IsNullOrWhiteSpace(keyFile) ? null : Path.GetFullPath(keyFile),
            PublicUrl = ParsePublicUrl(publicUrl),
            TrustedProxies = ParseProxies(trustedProxies),
            MetricsAllowed = metricsAllow is null ? Loopback : ParseNetworks(metricsAllow, $"允许读取 /metrics 的地址（--metrics-allow / {MetricsAllowVariable}）"),
            JsonLogs = ParseLogFormat(logFormat),
            PublicApplicationsPerHour = ParseApplicationsPerHour(Environment.GetEnvironmentVariable(ApplicationsPerHourVariable)),
            SearchIndexing = ParseSearchIndexing(Environment.GetEnvironmentVariable(SearchIndexingVariable)),
        };
    }

    public static bool ParseSearchIndexing(string? value) => value?.Trim() switch
    {
        null or "" or "on" => true,
        "off" => false,
        _ => throw new SettingsException($"{SearchIndexingVariable} 只能是 on 或 off（off 仅供基准测试：节点不再更新检索索引），而不是“{value}”。"),
    };

    public static int ParseApplicationsPerHour(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DefaultApplicationsPerHour
        : int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n
        : throw new SettingsException($"每个地址每小时可提交的申请数（{ApplicationsPerHourVariable}）应为 1 到 100000 的整数，而不是“{value}”。");

    public static Uri? ParsePublicUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new SettingsException($"公开地址（--public-url / {PublicUrlVariable}）应为 https://xxgk.example.gov.cn 这样的网址（不带路径），而不是“{value}”。");
        }

        return uri;
    }

    /// <summary>Addresses (10.0.0.5) and networks (10.0.0.0/24), separated by commas, semicolons or spaces.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> ParseProxies(IEnumerable<string> values) =>
        ParseNetworks(values, $"受信任的代理（--trusted-proxy / {TrustedProxiesVariable}）");

    /// <summary>"json" or "text" (the default).</summary>
    public static bool ParseLogFormat(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "text" => false,
        "json" => true,
        _ => throw new SettingsException($"日志格式（--log-format / {LogFormatVariable}）应为 text 或 json，而不是“{value}”。"),
    };

    /// <summary>Addresses and networks for <paramref name="what"/>; "none" allows no one.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> ParseNetworks(IEnumerable<string> values, string what)
    {
        var result = new List<System.Net.IPNetwork>();
        foreach (var item in values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (item == "none")
            {
                continue;
            }

            if (System.Net.IPAddress.TryParse(item, out var address))
            {
                result.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else if (System.Net.IPNetwork.TryParse(item, out var network))
            {
                result.Add(network);
            }
            else
            {
                throw new SettingsException($"{what}应为 IP 地址或网段（如 10.0.0.5 或 10.0.0.0/24），而不是“{item}”。");
            }
        }

        return result;
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
