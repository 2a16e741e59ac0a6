using System.Globalization;
using Gongkai.Websites;

namespace Gongkai.Tests.Websites;

/// <summary>The veto items of rules §6, each at its boundary.</summary>
public class WebsiteRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 4, 0, 0, TimeSpan.Zero);

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A week of probes: <paramref name="perDay"/> a day spread over each 24 hours, the first <paramref name="failed"/> failing.</summary>
    private static List<(DateTimeOffset, bool)> Week(int perDay, int failed, int days = 7)
    {
        var probes = new List<(DateTimeOffset, bool)>();
        for (var d = 0; d < days; d++)
        {
            for (var i = 0; i < perDay; i++)
            {
                probes.Add((Now - TimeSpan.FromDays(d) - TimeSpan.FromMinutes(i * (1440.0 / perDay)), probes.Count >= failed));
            }
        }

        return probes;
    }

    [Theory]
    // 140 probes: 7 failed is exactly 5 % (veto), 6 is 4.3 % (pass).
    [InlineData(20, 7, true, true)]
    [InlineData(20, 6, true, false)]
    // 24 a day, 168 probes: 9 failed is 5.36 %, 8 is 4.76 %.
    [InlineData(24, 9, true, true)]
    [InlineData(24, 8, true, false)]
    // 19 a day: the week is not measured, whatever fails.
    [InlineData(19, 50, false, false)]
    [InlineData(20, 0, true, false)]
    public void Unreachable_needs_a_measured_week_and_five_percent_failed(int perDay, int failed, bool measured, bool veto)
    {
        var v = WebsiteRules.Reachability(Week(perDay, failed), Now);
        Assert.Equal(measured, v.Measured);
        Assert.Equal(veto, v.Veto);
        Assert.Equal(perDay * 7, v.Probes);
    }

    [Fact]
    public void Unreachable_is_not_judged_on_six_days_nor_counts_probes_older_than_a_week()
    {
        Assert.False(WebsiteRules.Reachability(Week(48, 200, days: 6), Now).Measured);
        var old = Week(20, 0);
        old.AddRange(Enumerable.Range(0, 50).Select(i => (Now - TimeSpan.FromDays(8) - TimeSpan.FromMinutes(i), false)));
        var v = WebsiteRules.Reachability(old, Now);
        Assert.Equal(0, v.Failed);
        Assert.False(v.Veto);
    }

    [Theory]
    [InlineData("2026-11-16", false)] // 14 days: not yet stale
    [InlineData("2026-11-15", true)] // 15 days
    [InlineData(null, true)] // undated entries count as not updated
    public void Home_page_is_stale_after_two_weeks(string? newest, bool stale)
    {
        var today = D("2026-11-30");
        var columns = new[] { new ColumnState(ColumnKind.Home, newest is null ? null : D(newest), 10), new ColumnState(ColumnKind.Home, D("2026-01-01"), 5) };
        Assert.Equal(stale, WebsiteRules.HomeNotUpdated(columns, today));
    }

    [Theory]
    [InlineData(ColumnKind.News, "2026-11-16", false)]
    [InlineData(ColumnKind.News, "2026-11-15", true)]
    [InlineData(ColumnKind.Notice, "2026-05-30", false)] // exactly six months
    [InlineData(ColumnKind.Notice, "2026-05-29", true)]
    [InlineData(ColumnKind.Other, "2026-05-29", true)]
    [InlineData(ColumnKind.Channel, "2000-01-01", false)]
    public void Column_staleness_by_kind(ColumnKind kind, string last, bool stale) =>
        Assert.Equal(stale, WebsiteRules.IsStale(kind, D(last), D("2026-11-30")));

    [Theory]
    // Stale news + stale notices together: 4 is fine, 5 fails.
    [InlineData(2, 2, 0, 0, false)]
    [InlineData(3, 2, 0, 0, true)]
    [InlineData(0, 5, 0, 0, true)]
    // Ten columns not updated for over six months (other columns count too): 9 is fine, 10 fails.
    [InlineData(0, 0, 9, 0, false)]
    [InlineData(0, 0, 10, 0, true)]
    // Empty columns: 4 fine, 5 fail.
    [InlineData(0, 0, 0, 4, false)]
    [InlineData(0, 0, 0, 5, true)]
    public void Columns_veto_combinations(int staleNews, int staleNotices, int longStaleOther, int empty, bool veto)
    {
        var today = D("2026-11-30");
        var columns = new List<ColumnState>();
        columns.AddRange(Enumerable.Repeat(new ColumnState(ColumnKind.News, D("2026-11-10"), 8), staleNews));
        columns.AddRange(Enumerable.Repeat(new ColumnState(ColumnKind.Notice, D("2026-04-01"), 8), staleNotices));
        columns.AddRange(Enumerable.Repeat(new ColumnState(ColumnKind.Other, D("2025-12-01"), 8), longStaleOther));
        columns.AddRange(Enumerable.Repeat(new ColumnState(ColumnKind.Other, null, 0), empty));
        // Fresh columns and a channel never count.
        columns.Add(new ColumnState(ColumnKind.News, D("2026-11-29"), 8));
        columns.Add(new ColumnState(ColumnKind.Channel, null, 0));
        Assert.Equal(veto, WebsiteRules.Columns(columns, today).Veto);
    }

    [Fact]
    public void A_news_column_stale_for_weeks_is_not_yet_long_stale()
    {
        var v = WebsiteRules.Columns(Enumerable.Repeat(new ColumnState(ColumnKind.News, D("2026-10-01"), 3), 10), D("2026-11-30"));
        Assert.Equal(10, v.StaleNewsAndNotices);
        Assert.Equal(0, v.LongStale);
    }

    [Theory]
    [InlineData(new bool[0], false)]
    [InlineData(new[] { false }, true)]
    [InlineData(new[] { false, true }, false)]
    [InlineData(new[] { false, false }, true)]
    public void No_working_channel(bool[] channels, bool veto) => Assert.Equal(veto, WebsiteRules.NoWorkingChannel(channels));

    [Theory]
    [InlineData("关于做好2015年防汛工作的通知 2015-08-12", "2015-08-12")]
    [InlineData("发布时间：2015年8月2日", "2015-08-02")]
    [InlineData("2015/8/2", "2015-08-02")]
    [InlineData("2015.08.02 县政府常务会议", "2015-08-02")]
    [InlineData("[11-20] 本周要闻", "2026-11-20")]
    // A month-day after today belongs to last year.
    [InlineData("[12-20] 去年要闻", "2025-12-20")]
    [InlineData("2015-02-30", null)]
    [InlineData("电话 023-51528016", null)]
    public void Dates_are_read_from_text(string text, string? expected)
    {
        var dates = WebsiteRules.DatesIn(text, D("2026-11-30")).ToList();
        if (expected is null)
        {
            Assert.Empty(dates);
        }
        else
        {
            Assert.Equal([D(expected)], dates);
        }
    }

    [Theory]
    [InlineData("User-agent: *\nDisallow: /private/", "/private/a.html", false)]
    [InlineData("User-agent: *\nDisallow: /private/", "/public/a.html", true)]
    [InlineData("User-agent: *\nDisallow: /\n\nUser-agent: GongkaiSiteCheck\nDisallow: /x/", "/a.html", true)]
    [InlineData("User-agent: *\nDisallow: /\n\nUser-agent: GongkaiSiteCheck\nDisallow: /x/", "/x/a.html", false)]
    [InlineData("User-agent: *\nDisallow: /a\nAllow: /a/open", "/a/open/1", true)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/x.pdf", false)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/x.pdf?y=1", true)]
    [InlineData("User-agent: *\nDisallow:", "/anything", true)]
    public void Robots_rules(string robots, string path, bool allowed) =>
        Assert.Equal(allowed, Robots.Parse(robots, "GongkaiSiteCheck/1.0 (+http://localhost)").Allows(path));

    [Fact]
    public void List_entries_are_read_outside_the_navigation()
    {
        var page = PageReader.Parse("""
            <html><body><nav><ul><li><a href="/a">首页</a></li><li><a href="/b">要闻</a></li><li><a href="/c">公告</a></li></ul></nav>
            <ul class="list"><li><a href="/n/1">县政府召开常务会议</a><span>2026-11-02</span></li><li><a href="/n/2">防汛</a> [10-08]</li></ul>
            <footer><ul><li><a href="/x">网站地图</a></li></ul></footer></body></html>
            """);
        var reading = PageReader.ReadList(page, D("2026-11-30"));
        Assert.Equal(2, reading.Entries);
        Assert.Equal(D("2026-11-02"), reading.Newest);
        Assert.Equal(0, PageReader.ReadList(PageReader.Parse("<nav><ul><li><a href='/a'>x</a></li></ul></nav><p>暂无信息</p>"), D("2026-11-30")).Entries);
    }
}
