using System.Buffers;
using Gongkai.Web;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Tests.Unit;

/// <summary>The copies of output-cache hits: how long they live and how much is kept (the platform itself is in PortalCacheTests).</summary>
public sealed class HotPagesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero));
    private int _made;
    private Action? _during;
    private bool _viaWriter;

    [Fact]
    public async Task A_copy_lives_only_as_long_as_the_entry_it_was_taken_from()
    {
        var hot = new HotPages(_time);
        Assert.Equal("页面", await GetAsync(hot, "/items/1", age: 10));
        Assert.Equal(1, _made);
        Assert.Equal(1, hot.Count);

        // The entry was 10 s old of its 60: the copy answers for 50 s more, with the age the entry would have.
        _time.Advance(TimeSpan.FromSeconds(49));
        var ctx = await RequestAsync(hot, "/items/1");
        Assert.Equal(1, _made);
        Assert.Equal("59", ctx.Response.Headers.Age.ToString());
        Assert.Equal("text/html; charset=utf-8", ctx.Response.ContentType);
        Assert.Equal("nosniff", ctx.Response.Headers.XContentTypeOptions.ToString());
        Assert.Equal("页面", Body(ctx));
        _time.Advance(TimeSpan.FromSeconds(2));
        await RequestAsync(hot, "/items/1");
        Assert.Equal(2, _made);
    }

    [Fact]
    public async Task Only_whole_hits_of_cacheable_GET_pages_are_kept()
    {
        var hot = new HotPages(_time);
        await GetAsync(hot, "/a", miss: true);
        await GetAsync(hot, "/b", cookie: true);
        await GetAsync(hot, "/c", cacheable: false);
        await GetAsync(hot, "/d", size: HotPages.MaxPageBytes + 1);
        await GetAsync(hot, "/e", age: 60);
        await GetAsync(hot, "/f", method: "HEAD");
        Assert.Equal(0, hot.Count);
        await GetAsync(hot, "/g");
        Assert.Equal(1, hot.Count);

        // Each of those is made again, every time.
        foreach (var path in new[] { "/a", "/b", "/c", "/d", "/e" })
        {
            var before = _made;
            await RequestAsync(hot, path);
            Assert.Equal(before + 1, _made);
        }
    }

    [Fact]
    public async Task A_page_answered_while_the_cache_was_being_emptied_is_not_kept()
    {
        // The output cache answers from an entry that a publication removes before the answer is complete.
        var hot = new HotPages(_time);
        _during = hot.Clear;
        await GetAsync(hot, "/items/1");
        Assert.Equal(0, hot.Count);
        _during = null;
        await GetAsync(hot, "/items/1");
        Assert.Equal(1, hot.Count);
    }

    [Fact]
    public async Task A_page_written_through_the_body_writer_is_answered_and_kept_whole()
    {
        var hot = new HotPages(_time);
        _viaWriter = true;
        Assert.Equal("页面", await GetAsync(hot, "/items/1"));
        Assert.Equal(1, hot.Count);
        Assert.Equal("页面", Body(await RequestAsync(hot, "/items/1")));
        Assert.Equal(1, _made);
    }

    [Fact]
    public async Task Invented_addresses_stop_being_kept_at_the_limit_and_expired_copies_make_room()
    {
        var hot = new HotPages(_time, maxBytes: 25_000);
        for (var i = 0; i < 5; i++)
        {
            await GetAsync(hot, $"/items/1?x={i}", size: 10_000);
        }

        Assert.Equal(2, hot.Count);
        _time.Advance(TimeSpan.FromSeconds(61));
        await GetAsync(hot, "/items/1?x=new", size: 10_000); // sweeps the two expired copies; itself not kept
        Assert.Equal(0, hot.Count);
        await GetAsync(hot, "/items/1?x=new", size: 10_000);
        Assert.Equal(1, hot.Count);
        hot.Clear();
        Assert.Equal(0, hot.Count);
    }

    private async Task<string> GetAsync(HotPages hot, string target, int age = 0, bool miss = false, bool cookie = false, bool cacheable = true, int size = 0, string method = "GET") =>
        Body(await RequestAsync(hot, target, age, miss, cookie, cacheable, size, method));

    /// <summary>The pipeline from the front to the output cache, with the output cache's answer played by a delegate.</summary>
    private async Task<HttpContext> RequestAsync(HotPages hot, string target, int age = 0, bool miss = false, bool cookie = false, bool cacheable = true, int size = 0, string method = "GET")
    {
        var ctx = new DefaultHttpContext();
        ctx.Request.Method = method;
        ctx.Request.Scheme = "https";
        ctx.Request.Host = new HostString("gk.example.cn");
        var q = target.IndexOf('?', StringComparison.Ordinal);
        ctx.Request.Path = q < 0 ? target : target[..q];
        ctx.Request.QueryString = q < 0 ? QueryString.Empty : new QueryString(target[q..]);
        ctx.Response.Body = new MemoryStream();
        var endpoint = new Endpoint(_ => Task.CompletedTask, cacheable ? new EndpointMetadataCollection(new OutputCacheAttribute()) : EndpointMetadataCollection.Empty, "page");
        await hot.ServeAsync(ctx, c =>
        {
            c.SetEndpoint(endpoint);
            return hot.CopyHitsAsync(c, async c2 =>
            {
                _made++;
                _during?.Invoke();
                if (miss)
                {
                    c2.Items[MetricsSetup.PassedCache] = true;
                }

                c2.Response.ContentType = "text/html; charset=utf-8";
                c2.Response.Headers.XContentTypeOptions = "nosniff";
                c2.Response.Headers.Age = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (cookie)
                {
                    c2.Response.Headers.SetCookie = "a=b";
                }

                var bytes = size > 0 ? new byte[size] : "页面"u8.ToArray();
                if (_viaWriter)
                {
                    // Written and never flushed: the bytes must still reach the response, and the copy.
                    c2.Response.BodyWriter.Write(bytes);
                }
                else
                {
                    await c2.Response.Body.WriteAsync(bytes);
                }
            });
        });
        return ctx;
    }

    private static string Body(HttpContext ctx) => System.Text.Encoding.UTF8.GetString(((MemoryStream)ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()!.Stream).ToArray());
}
