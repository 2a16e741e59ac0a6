using System.Net;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Integration;

public sealed class RateLimitTests(SqliteHost f) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task A_flood_of_login_posts_from_one_address_is_turned_away_in_Chinese()
    {
        var client = f.Host.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++)
        {
            statuses.Add((await TestHost.PostFormAsync(client, "/staff/login", new() { ["UserName"] = "nobody", ["Password"] = "wrong-password-1" })).StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        var last = await TestHost.PostFormAsync(client, "/staff/login", new() { ["UserName"] = "admin", ["Password"] = "Gongkai@2015" });
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("操作过于频繁", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Reading is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_flood_of_anonymous_searches_is_turned_away_but_pages_still_load()
    {
        var client = f.Host.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 122; i++)
        {
            statuses.Add((await client.GetAsync(i % 2 == 0 ? "/api/search?q=%E8%B4%A2%E6%94%BF" : "/search?q=%E8%B4%A2%E6%94%BF")).StatusCode);
        }

        Assert.Equal(120, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/catalog")).StatusCode);
    }
}
