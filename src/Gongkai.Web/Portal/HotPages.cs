using System.Collections.Concurrent;
using Gongkai.Operations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Web.Portal;

/// <summary>
/// Copies of the portal pages that the output cache has just answered, served at the very front of the pipeline by
/// their exact address. Answering a hit through error pages, headers, routing and the output cache's own policies
/// cost 15% of the throughput of nginx serving the same bytes (0.85× against 1.0× for the bytes written directly).
/// A copy is taken only from an output-cache hit, so it never holds more than the output cache decided to keep; it is
/// dropped with the output cache (<see cref="Store"/>), and never outlives the entry it was copied from.
/// </summary>
public sealed class HotPages(TimeProvider time, long maxBytes = HotPages.MaxBytes)
{
    /// <summary>Copies are made per exact address, and anyone can invent addresses: past this many bytes, new ones are not kept.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>A page larger than this is served by the output cache alone (none of the portal pages comes near it).</summary>
    public const int MaxPageBytes = 512 * 1024;

    private const string Tee = "gongkai.hot-pages.tee";
    private static readonly HashSet<string> NotCopied = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Server", "Content-Length", "Transfer-Encoding", "Age", "Connection", "Keep-Alive",
    };

    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private long _bytes;
    private int _generation;

    public int Count => _pages.Count;

    /// <summary>First in the pipeline (after the proxy headers that decide the scheme): a kept copy, if any, answers.</summary>
    public Task ServeAsync(HttpContext ctx, RequestDelegate next)
    {
        if (Key(ctx.Request) is not { } key)
        {
            return next(ctx);
        }

        if (!_pages.TryGetValue(key, out var page))
        {
            ctx.Items[Tee] = key;
            return next(ctx);
        }

        var now = time.GetTimestamp();
        if (now >= page.Expires)
        {
            Remove(key, page);
            ctx.Items[Tee] = key;
            return next(ctx);
        }

        ctx.SetEndpoint(page.Endpoint);
        var response = ctx.Response;
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        headers.Age = ((long)(page.Age + time.GetElapsedTime(page.Taken, now).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentLength = page.Body.Length;
        CountRequest(hit: true);
        return response.Body.WriteAsync(page.Body, ctx.RequestAborted).AsTask();
    }

    /// <summary>
    /// Where the output cache decides (after routing): a cacheable page's bytes are copied on the way out, and kept
    /// when the output cache answered it from its entry.
    /// </summary>
    public async Task CopyHitsAsync(HttpContext ctx, RequestDelegate next)
    {
        var cacheable = IsCacheable(ctx);
        var key = cacheable && HttpMethods.IsGet(ctx.Request.Method) ? ctx.Items[Tee] as string : null;
        var copy = key is null ? null : new CopyingBody(ctx.Features.Get<IHttpResponseBodyFeature>()!);
        // Read before the output cache looks up its entry: if the cache is emptied at any moment after this, the
        // entry this request may be answered from is gone, and so must be its copy.
        var generation = Volatile.Read(ref _generation);
        if (copy is not null)
        {
            ctx.Features.Set<IHttpResponseBodyFeature>(copy);
        }

        try
        {
            await next(ctx);
        }
        finally
        {
            if (copy is not null)
            {
                // Whatever is still in the writer over this stream must reach the response before the real body
                // feature is put back: the server completes that one, and would never see these bytes.
                await copy.FlushWriterAsync();
                ctx.Features.Set(copy.Inner);
            }
        }

        if (!cacheable)
        {
            return;
        }

        var hit = !ctx.Items.ContainsKey(MetricsSetup.PassedCache);
        CountRequest(hit);
        if (hit && copy?.Bytes is { } body && ctx.Response.StatusCode == StatusCodes.Status200OK && !ctx.Response.Headers.ContainsKey("Set-Cookie")
            && (ctx.Response.ContentLength is null || ctx.Response.ContentLength == body.Length))
        {
            Keep(key!, ctx, body, generation);
        }
    }

    /// <summary>Everything kept goes at once: a publication, or anything else that empties the output cache.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        foreach (var key in _pages.Keys)
        {
            if (_pages.TryRemove(key, out var page))
            {
                Interlocked.Add(ref _bytes, -page.Body.Length);
            }
        }
    }

    private static void CountRequest(bool hit) => Telemetry.OutputCache.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    private static bool IsCacheable(HttpContext ctx)
    {
        var metadata = ctx.GetEndpoint()?.Metadata;
        return (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method))
            && (metadata?.GetMetadata<OutputCacheAttribute>() is not null || metadata?.GetMetadata<IOutputCachePolicy>() is not null);
    }

    /// <summary>
    /// The exact address and display mode, or none for anything the output cache would not answer from an entry either
    /// (not a GET, credentials, a conditional request).
    /// </summary>
    private static string? Key(HttpRequest request)
    {
        var h = request.Headers;
        if (!HttpMethods.IsGet(request.Method) || h.ContainsKey("Authorization") || h.ContainsKey("If-None-Match") || h.ContainsKey("If-Modified-Since"))
        {
            return null;
        }

        var elder = h.ContainsKey("Cookie") && DisplayMode.IsElder(request);
        return string.Concat(request.Scheme, elder ? "|e|" : "|s|", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
    }

    private void Keep(string key, HttpContext ctx, byte[] body, int generation)
    {
        var age = long.TryParse(ctx.Response.Headers.Age, out var a) ? a : 0;
        var left = PortalCache.Lifetime - TimeSpan.FromSeconds(age);
        if (left <= TimeSpan.Zero || ctx.GetEndpoint() is not { } endpoint)
        {
            return;
        }

        if (Volatile.Read(ref _generation) != generation)
        {
            return;
        }

        var headers = ctx.Response.Headers.Where(h => !NotCopied.Contains(h.Key)).ToArray();
        var now = time.GetTimestamp();
        var page = new Page(headers, body, endpoint, age, now, now + (long)(left.TotalSeconds * time.TimestampFrequency));
        if (Interlocked.Add(ref _bytes, body.Length) > maxBytes)
        {
            Interlocked.Add(ref _bytes, -body.Length);
            SweepExpired(now);
            return;
        }

        if (!_pages.TryAdd(key, page))
        {
            Interlocked.Add(ref _bytes, -body.Length);
            return;
        }

        // Emptied while this copy was being stored.
        if (Volatile.Read(ref _generation) != generation)
        {
            Remove(key, page);
        }
    }

    private void Remove(string key, Page page)
    {
        if (_pages.TryRemove(new KeyValuePair<string, Page>(key, page)))
        {
            Interlocked.Add(ref _bytes, -page.Body.Length);
        }
    }

    private void SweepExpired(long now)
    {
        foreach (var (key, page) in _pages)
        {
            if (now >= page.Expires)
            {
                Remove(key, page);
            }
        }
    }

    private sealed record Page(KeyValuePair<string, StringValues>[] Headers, byte[] Body, Endpoint Endpoint, long Age, long Taken, long Expires);

    /// <summary>The response body as written, up to <see cref="MaxPageBytes"/>, beside the real one.</summary>
    private sealed class CopyingBody(IHttpResponseBodyFeature inner) : Stream, IHttpResponseBodyFeature
    {
        private MemoryStream? _copy = new();
        private System.IO.Pipelines.PipeWriter? _writer;

        public IHttpResponseBodyFeature Inner => inner;

        public byte[]? Bytes => _copy?.ToArray();

        public Stream Stream => this;

        public System.IO.Pipelines.PipeWriter Writer => _writer ??= System.IO.Pipelines.PipeWriter.Create(this, new System.IO.Pipelines.StreamPipeWriterOptions(leaveOpen: true));

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void DisableBuffering() => inner.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
        {
            // Files are not portal pages: nothing to keep.
            _copy = null;
            return inner.SendFileAsync(path, offset, count, cancellationToken);
        }

        public async Task CompleteAsync()
        {
            await FlushWriterAsync();
            await inner.CompleteAsync();
        }

        public async Task FlushWriterAsync()
        {
            if (_writer is not null)
            {
                await _writer.FlushAsync();
            }
        }

        public override void Flush() => inner.Stream.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.Stream.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Copy(buffer.AsSpan(offset, count));
            inner.Stream.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Copy(buffer.Span);
            await inner.Stream.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Copy(ReadOnlySpan<byte> bytes)
        {
            if (_copy is null)
            {
                return;
            }

            if (_copy.Length + bytes.Length > MaxPageBytes)
            {
                _copy = null;
                return;
            }

            _copy.Write(bytes);
        }
    }

    /// <summary>The output cache's store, with every eviction emptying the copies too (tests and benchmarks evict directly).</summary>
    public sealed class Store(IOutputCacheStore inner, HotPages hot) : IOutputCacheStore
    {
        public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            hot.Clear();
            await inner.EvictByTagAsync(tag, cancellationToken);
            // And again once the entries are gone: a request that looked one up in the meantime read the generation
            // of the first clearing, and its copy is refused by this one.
            hot.Clear();
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
