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
        var refused = await client.GetAsync("/api/search?q=%E8%B4%A2%E6%94%BF");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/catalog")).StatusCode);
    }
}

/// <summary>A host with the shipped limit on applications (10 an hour per address).</summary>
public sealed class ApplyLimitedHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync("sqlite", applicationsPerHour: Gongkai.Web.HostOptions.DefaultApplicationsPerHour);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class ApplicationFloodTests(ApplyLimitedHost f) : IClassFixture<ApplyLimitedHost>
{
    [Fact]
    public async Task A_flood_of_applications_from_one_address_stops_at_the_hourly_limit_with_a_Chinese_message()
    {
        var client = f.Host.NewClient();
        var bodyId = await f.Host.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id)));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var r = await TestHost.PostFormAsync(client, "/apply", ApplicationTests.Fields("洪某", $"第{i + 1}份申请：县财政局文件", ApplicationTests.IdNumber(100 + i), bodyId));
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("操作过于频繁", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(10, await f.Host.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Applications)));

        // The API shares the same budget, and answers in problem+json.
        var api = await client.PostAsync("/api/applications", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);

        // Following an application is not limited by it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/apply/status")).StatusCode);
    }
}
