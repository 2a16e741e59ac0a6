using System.Collections.Concurrent;
using System.Net;

namespace Gongkai.Websites;

/// <summary>How the website checks behave towards the sites they visit.</summary>
public sealed record SiteCheckOptions
{
    public const string AgentToken = "GongkaiSiteCheck";

    /// <summary>Sent with every request and matched against robots.txt; names the portal so a webmaster can ask.</summary>
    public string UserAgent { get; init; } = $"{AgentToken}/1.0 (+http://localhost)";

    /// <summary>At most one request per host in this time.</summary>
    public TimeSpan RequestInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The home page must load within this (rules §6: 15 s).</summary>
    public TimeSpan HomeTimeout { get; init; } = WebsiteRules.HomeTimeout;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Pages of the site fetched per check at most.</summary>
    public int MaxPages { get; init; } = 200;

    /// <summary>Links followed from the home page at most this deep.</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>Links checked per run at most (besides the pages crawled).</summary>
    public int MaxLinks { get; init; } = 1000;

    /// <summary>Bodies larger than this are not read further.</summary>
    public int MaxBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Time between two probes of a site; 30 minutes gives 48 a day, over the 20 the rule asks.</summary>
    public TimeSpan ProbeInterval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Time between two full checks of a site.</summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromDays(1);

    public static string UserAgentFor(string? portal) => $"{AgentToken}/1.0 (+{(string.IsNullOrWhiteSpace(portal) ? "http://localhost" : portal.TrimEnd('/'))})";
}

/// <summary>The one HTTP client of the website checks; tests give one that reaches their fixture server.</summary>
public sealed class SiteCheckHttp(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static SiteCheckHttp CreateDefault() => new(new HttpClient(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    { Timeout = Timeout.InfiniteTimeSpan });
}

/// <summary>What one request gave.</summary>
public sealed record FetchResult(Uri Url, int? Status, string? Body, string? ContentType, long Milliseconds, string? Error, bool Disallowed = false)
{
    public bool Ok => Status is >= 200 and < 300;

    public bool IsHtml => ContentType is null || ContentType.Contains("html", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Fetches for the checks and nothing else: honours each host's robots.txt, keeps to the per-host interval,
/// gives up after the time limit, and never reads more than the body limit. Times come from the
/// <see cref="TimeProvider"/> so tests control them.
/// </summary>
public sealed class PoliteFetcher(SiteCheckHttp http, SiteCheckOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Robots> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    // Many county sites still serve GBK/GB2312.
    static PoliteFetcher() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Requests sent (robots.txt included), for the run's record.</summary>
    public int Requests { get; private set; }

    public async Task<FetchResult> GetAsync(Uri url, TimeSpan? timeout = null, CancellationToken ct = default) =>
        await SendAsync(url, HttpMethod.Get, timeout ?? options.RequestTimeout, true, ct);

    /// <summary>Checks that a link answers: HEAD, then GET when the server does not do HEAD (405, 501).</summary>
    public async Task<FetchResult> CheckLinkAsync(Uri url, CancellationToken ct = default)
    {
        var head = await SendAsync(url, HttpMethod.Head, options.RequestTimeout, false, ct);
        return head.Status is 405 or 501 ? await SendAsync(url, HttpMethod.Get, options.RequestTimeout, false, ct) : head;
    }

    /// <summary>Whether robots.txt of the URL's host lets us fetch it.</summary>
    public async Task<bool> AllowedAsync(Uri url, CancellationToken ct)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        if (!_robots.TryGetValue(key, out var robots))
        {
            robots = await LoadRobotsAsync(new Uri(new Uri(key), "/robots.txt"), ct);
            _robots[key] = robots;
        }

        return robots.Allows(url.PathAndQuery);
    }

    private async Task<Robots> LoadRobotsAsync(Uri url, CancellationToken ct)
    {
        var result = await RawAsync(url, HttpMethod.Get, options.RequestTimeout, true, ct);
        // Missing robots.txt (4xx) allows everything; an unreachable one is treated the same, as the probe reports the outage.
        return result.Ok && result.Body is { } text ? Robots.Parse(text, options.UserAgent) : Robots.AllowAll;
    }

    private async Task<FetchResult> SendAsync(Uri url, HttpMethod method, TimeSpan timeout, bool readBody, CancellationToken ct)
    {
        if (!await AllowedAsync(url, ct))
        {
            return new FetchResult(url, null, null, null, 0, "robots.txt 不允许抓取", Disallowed: true);
        }

        return await RawAsync(url, method, timeout, readBody, ct);
    }

    private async Task<FetchResult> RawAsync(Uri url, HttpMethod method, TimeSpan timeout, bool readBody, CancellationToken ct)
    {
        await WaitTurnAsync(url, ct);
        Requests++;
        var started = time.GetTimestamp();
        using var limit = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
            using var response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            string? body = null;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (readBody && method == HttpMethod.Get)
            {
                body = await ReadLimitedAsync(response.Content, linked.Token);
            }

            return new FetchResult(response.RequestMessage?.RequestUri ?? url, (int)response.StatusCode, body, type, Elapsed(started), null);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return new FetchResult(url, null, null, null, Elapsed(started), $"超过 {timeout.TotalSeconds:0} 秒未响应");
        }
        catch (HttpRequestException e)
        {
            return new FetchResult(url, null, null, null, Elapsed(started), Short(e.Message));
        }
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;

    private static string Short(string message) => message.Length <= 300 ? message : message[..300];

    private async Task<string> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0 && buffer.Length < options.MaxBodyBytes)
        {
            buffer.Write(chunk, 0, read);
        }

        var charset = content.Headers.ContentType?.CharSet;
        var encoding = System.Text.Encoding.UTF8;
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                encoding = System.Text.Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset is read as UTF-8: dates and links are ASCII either way.
            }
        }

        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private async Task WaitTurnAsync(Uri url, CancellationToken ct)
    {
        if (options.RequestInterval <= TimeSpan.Zero)
        {
            return;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var next = _next.GetValueOrDefault(url.Authority, now);
            var start = next > now ? next : now;
            _next[url.Authority] = start + options.RequestInterval;
            wait = start - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }
}
