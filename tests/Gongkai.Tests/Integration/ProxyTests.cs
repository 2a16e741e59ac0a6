using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Tests.Support;
using Gongkai.Web;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 12, finding 11: behind a reverse proxy.</summary>
public sealed partial class ProxyTests
{
    private static Func<HostOptions, HostOptions> Trusting(string proxies) => o => o with { TrustedProxies = HostOptions.ParseProxies([proxies]) };

    private static async Task<HttpStatusCode> LoginPostAsync(HttpClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/staff/login") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "nobody" }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task Forwarded_addresses_count_only_from_a_trusted_proxy()
    {
        await using (var direct = await TestHost.StartAsync("sqlite", demo: false, formPostsPerMinute: 2))
        {
            // No proxy configured: a fresh X-Forwarded-For per request changes nothing.
            var client = direct.NewClient();
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await LoginPostAsync(client, "198.51.100.1"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await LoginPostAsync(client, "198.51.100.2"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await LoginPostAsync(client, "198.51.100.3"));
        }

        await using (var elsewhere = await TestHost.StartAsync("sqlite", demo: false, formPostsPerMinute: 2, configure: Trusting("10.0.0.0/8")))
        {
            // A proxy is configured, but the peer (127.0.0.1) is not it.
            var client = elsewhere.NewClient();
            await LoginPostAsync(client, "198.51.100.1");
            await LoginPostAsync(client, "198.51.100.2");
            Assert.Equal(HttpStatusCode.TooManyRequests, await LoginPostAsync(client, "198.51.100.3"));
        }

        await using var proxied = await TestHost.StartAsync("sqlite", demo: false, formPostsPerMinute: 2, configure: Trusting("127.0.0.1"));
        var nginx = proxied.NewClient();
        // nginx appends the address it saw; what the citizen wrote before it is not believed.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await LoginPostAsync(nginx, "203.0.113.7"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await LoginPostAsync(nginx, "1.1.1.1, 203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginPostAsync(nginx, "2.2.2.2, 203.0.113.7"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await LoginPostAsync(nginx, "203.0.113.8"));
        var actors = await proxied.WithDbAsync((db, _) => db.AuditEvents.Select(e => e.ActorName).Distinct().ToListAsync());
        Assert.DoesNotContain(actors, a => a.Contains("1.1.1.1", StringComparison.Ordinal) || a.Contains("2.2.2.2", StringComparison.Ordinal));
    }

    private static async Task<string> GetWithHostAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://xxgk.wuxi.example.gov.cn")]
    public async Task The_Host_header_never_reaches_feeds_sitemaps_or_QR_codes(string? publicUrl)
    {
        await using var host = await TestHost.StartAsync("sqlite", configure: o => o with { PublicUrl = HostOptions.ParsePublicUrl(publicUrl) });
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(SearchTests.Lines([SearchTests.Row("czj", "县财政局关于专项资金的公告", "<p>公告。</p>")])));
        var id = await host.WithDbAsync((db, _) => db.CatalogItems.Select(i => i.Id).SingleAsync());
        var expected = publicUrl ?? host.Address.GetLeftPart(UriPartial.Authority);
        var client = host.NewClient();

        foreach (var path in new[] { "/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/items-1.xml", "/feeds/all.atom", "/feeds/bodies/czj.rss", $"/items/{id}", $"/items/{id}?view=print" })
        {
            var body = await GetWithHostAsync(client, path);
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
            Assert.Contains(expected + "/", body, StringComparison.Ordinal);
        }

        var item = await GetWithHostAsync(client, $"/items/{id}");
        Assert.Contains($"本页二维码：{expected}/items/{id}", item, StringComparison.Ordinal);
        var qr = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(WebUtility.HtmlDecode(QrPattern().Match(item).Groups[1].Value)));
        Assert.StartsWith("<svg", qr.TrimStart(), StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage Page, HttpResponseMessage Login)> LoginOverAsync(TestHost host, bool forwardedHttps)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Address };
        using var get = new HttpRequestMessage(HttpMethod.Get, "/staff/login");
        if (forwardedHttps)
        {
            get.Headers.Add("X-Forwarded-Proto", "https");
        }

        var page = await client.SendAsync(get);
        var html = await page.Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/staff/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = Gongkai.Demo.DemoCounty.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", cookie);
        if (forwardedHttps)
        {
            post.Headers.Add("X-Forwarded-Proto", "https");
        }

        var login = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (page, login);
    }

    private static bool Secure(HttpResponseMessage response, string cookie) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(cookie, StringComparison.Ordinal)).Split(';').Any(p => p.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Cookies_are_Secure_and_HSTS_is_sent_when_the_site_is_served_over_HTTPS()
    {
        await using (var untrusted = await TestHost.StartAsync("sqlite"))
        {
            var (page, login) = await LoginOverAsync(untrusted, forwardedHttps: true);
            Assert.False(page.Headers.Contains("Strict-Transport-Security"));
            Assert.False(Secure(login, "gongkai.staff"));
        }

        await using (var proxied = await TestHost.StartAsync("sqlite", configure: Trusting("127.0.0.1")))
        {
            var (page, login) = await LoginOverAsync(proxied, forwardedHttps: true);
            Assert.Equal("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single());
            Assert.True(Secure(page, ".AspNetCore.Antiforgery"));
            Assert.True(Secure(login, "gongkai.staff"));
            Assert.True(login.Headers.Contains("Strict-Transport-Security"));
        }

        await using var configured = await TestHost.StartAsync("sqlite", configure: o => o with { PublicUrl = new Uri("https://xxgk.wuxi.example.gov.cn") });
        var (plainPage, plainLogin) = await LoginOverAsync(configured, forwardedHttps: false);
        Assert.Equal("max-age=31536000", plainPage.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.True(Secure(plainPage, ".AspNetCore.Antiforgery"));
        Assert.True(Secure(plainLogin, "gongkai.staff"));
    }

    [Fact]
    public void Bad_proxy_and_public_address_settings_are_named_in_one_line()
    {
        Assert.Contains("“nginx”", Assert.Throws<Gongkai.Data.SettingsException>(() => HostOptions.ParseProxies(["10.0.0.1, nginx"])).Message, StringComparison.Ordinal);
        Assert.Contains("不带路径", Assert.Throws<Gongkai.Data.SettingsException>(() => HostOptions.ParsePublicUrl("https://x.example.gov.cn/xxgk")).Message, StringComparison.Ordinal);
        Assert.Equal(2, HostOptions.ParseProxies(["10.0.0.1;192.168.0.0/16"]).Count);
        Assert.Contains("“十”", Assert.Throws<Gongkai.Data.SettingsException>(() => HostOptions.ParseApplicationsPerHour("十")).Message, StringComparison.Ordinal);
        Assert.Throws<Gongkai.Data.SettingsException>(() => HostOptions.ParseApplicationsPerHour("0"));
        Assert.Throws<Gongkai.Data.SettingsException>(() => HostOptions.ParseApplicationsPerHour("-5"));
        Assert.Equal(HostOptions.DefaultApplicationsPerHour, HostOptions.ParseApplicationsPerHour(null));
        Assert.Equal(200, HostOptions.ParseApplicationsPerHour(" 200 "));
        Assert.True(HostOptions.ParseSearchIndexing(null));
        Assert.True(HostOptions.ParseSearchIndexing("on"));
        Assert.False(HostOptions.ParseSearchIndexing(" off "));
        Assert.Contains("“no”", Assert.Throws<Gongkai.Data.SettingsException>(() => HostOptions.ParseSearchIndexing("no")).Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("<img src=\"data:image/svg(?:\\+|&#x2B;)xml;base64,([^\"]+)\"")]
    private static partial Regex QrPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
