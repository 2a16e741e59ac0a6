using Gongkai.Data;
using Gongkai.Tests.Support;
using Gongkai.Websites;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Websites;

/// <summary>
/// The checks against a real nginx with planted defects: dead links inside and outside, a stale news column, a stale
/// 通知公告 column, an empty column, a working and a broken 留言 channel, a path robots.txt forbids, and a stretch
/// when the server is down. Then a defect is fixed and the re-check closes its finding.
/// </summary>
public sealed class SiteCheckTests : IAsyncLifetime, IDisposable
{
    private readonly NginxSite _site = new();
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        // The scheduled jobs stay quiet: the test drives probes and checks itself.
        _host = await TestHost.StartAsync("sqlite", configure: o => o with { JobInterval = TimeSpan.FromDays(40) });
        Plant();
        _site.Start();
    }

    public async Task DisposeAsync()
    {
        _site.Dispose();
        await _host.DisposeAsync();
    }

    public void Dispose() => _site.Dispose();

    private static string Page(string title, string main) => $"""
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>
        <body><header><nav><ul><li><a href="/">首页</a></li><li><a href="/news/">工作动态</a></li><li><a href="/notice/">通知公告</a></li><li><a href="/policy/">政策文件</a></li><li><a href="/empty/">专项工作</a></li><li><a href="/mail/">县长信箱</a></li><li><a href="/guestbook/">在线留言</a></li></ul></nav></header>
        <main><h1>{title}</h1>{main}</main><footer><ul><li><a href="/about.html">关于本站</a></li></ul></footer></body></html>
        """;

    private void Plant()
    {
        _site.Write("robots.txt", "User-agent: *\nDisallow: /private/\n");
        _site.Write("index.html", Page("巫溪县测试网", $"""
            <ul class="list">
              <li><a href="/news/1.html">县政府召开常务会议</a> <span>2026-11-25</span></li>
              <li><a href="/dead.html">已删除的页面</a> <span>2026-11-20</span></li>
              <li><a href="/private/secret.html">内部资料</a> <span>2026-11-18</span></li>
              <li><a href="{_site.External}ok.html">市政府网站</a> <span>2026-11-10</span></li>
              <li><a href="{_site.External}gone.html">已停办的网站</a> <span>2026-11-09</span></li>
            </ul>
            """));
        _site.Write("about.html", Page("关于本站", "<p>主办：巫溪县人民政府办公室</p>"));
        _site.Write("news/1.html", Page("县政府召开常务会议", "<p>2026年11月25日，县政府召开常务会议。</p>"));
        _site.Write("news/index.html", Page("工作动态", """<ul class="list"><li><a href="/news/1.html">旧动态一</a> [10-01]</li><li><a href="/news/1.html">旧动态二</a> 2026年9月30日</li></ul>"""));
        _site.Write("notice/index.html", Page("通知公告", """<ul class="list"><li><a href="/about.html">关于春节放假的通知</a> 2026-03-01</li></ul>"""));
        _site.Write("policy/index.html", Page("政策文件", """<ul class="list"><li><a href="/about.html">巫溪县实施方案</a> 2026-11-01</li></ul>"""));
        _site.Write("empty/index.html", Page("专项工作", "<p>暂无信息</p>"));
        _site.Write("mail/index.html", Page("县长信箱", """<form method="post" action="/mail/send"><label>内容<textarea name="body"></textarea></label><button>提交</button></form>"""));
        _site.Write("guestbook/index.html", Page("在线留言", "<p>系统维护中。</p>"));
        _site.Write("private/secret.html", Page("内部资料", "<p>不应被抓取。</p>"));
        _site.WriteExternal("ok.html", "<html><body>ok</body></html>");
    }

    private SiteChecker Checker(GongkaiDb db) =>
        new(db, new SiteCheckHttp(new HttpClient()), new SiteCheckOptions { RequestInterval = TimeSpan.Zero, UserAgent = SiteCheckOptions.UserAgentFor(_host.Address.AbsoluteUri) });

    private async Task<List<WebsiteFinding>> FindingsAsync(int siteId) =>
        await _host.WithDbAsync((db, _) => db.WebsiteFindings.AsNoTracking().Where(f => f.WebsiteId == siteId).OrderBy(f => f.Id).ToListAsync());

    [Fact]
    public async Task Finds_the_planted_defects_honours_robots_flags_an_outage_and_closes_what_was_fixed()
    {
        var siteId = await _host.WithDbAsync(async (db, sp) =>
        {
            var service = new WebsiteService(db);
            var body = await db.Bodies.SingleAsync(b => b.Code == "zfb");
            var site = await service.RegisterAsync(new WebsiteInput("fixture", body.Id, "巫溪县测试网", _site.Address, WebsiteKind.Portal, true));
            await service.AddColumnAsync(site.Id, "工作动态", _site.Address + "news/", ColumnKind.News);
            await service.AddColumnAsync(site.Id, "通知公告", _site.Address + "notice/", ColumnKind.Notice);
            await service.AddColumnAsync(site.Id, "政策文件", _site.Address + "policy/", ColumnKind.Notice);
            await service.AddColumnAsync(site.Id, "专项工作", _site.Address + "empty/", ColumnKind.Other);
            await service.AddColumnAsync(site.Id, "县长信箱", _site.Address + "mail/", ColumnKind.Channel);
            await service.AddColumnAsync(site.Id, "在线留言", _site.Address + "guestbook/", ColumnKind.Channel);
            return site.Id;
        });

        var run = await _host.WithDbAsync(async (db, _) => await Checker(db).CheckAsync(await db.Websites.SingleAsync(w => w.Id == siteId), "测试"));
        Assert.Null(run.Error);
        var open = (await FindingsAsync(siteId)).Where(f => f.State == FindingState.Open).ToList();
        string Describe() => string.Join("\n", open.Select(f => $"{f.Kind} {f.Key} {f.EvidenceStatus} {f.Detail}"));

        var dead = Assert.Single(open, f => f.Kind == FindingKind.BrokenInternalLink);
        Assert.Equal(_site.Address + "dead.html", dead.EvidenceUrl);
        Assert.Equal(404, dead.EvidenceStatus);
        Assert.Equal(_site.Address, dead.EvidenceFoundOn);
        var gone = Assert.Single(open, f => f.Kind == FindingKind.BrokenExternalLink);
        Assert.Equal(_site.External + "gone.html", gone.EvidenceUrl);
        Assert.Equal(404, gone.EvidenceStatus);

        var stale = open.Where(f => f.Kind == FindingKind.ColumnNotUpdated).OrderBy(f => f.Key).ToList();
        Assert.Equal(2, stale.Count);
        Assert.Contains(stale, f => f.EvidenceUrl == _site.Address + "news/" && f.EvidenceLastUpdate == new DateOnly(2026, 10, 1));
        Assert.Contains(stale, f => f.EvidenceUrl == _site.Address + "notice/" && f.EvidenceLastUpdate == new DateOnly(2026, 3, 1));
        // Two stale columns and one empty are findings, but far from the veto thresholds.
        Assert.All(stale, f => Assert.False(f.Veto));
        var empty = Assert.Single(open, f => f.Kind == FindingKind.EmptyColumn);
        Assert.Equal(_site.Address + "empty/", empty.EvidenceUrl);
        var channel = Assert.Single(open, f => f.Kind == FindingKind.ChannelUnavailable);
        Assert.Equal(_site.Address + "guestbook/", channel.EvidenceUrl);
        Assert.False(channel.Veto); // the 县长信箱 works
        Assert.DoesNotContain(open, f => f.Kind is FindingKind.HomeNotUpdated or FindingKind.Unreachable);
        Assert.True(open.Count == 6, Describe());

        var columns = await _host.WithDbAsync((db, _) => db.WebsiteColumns.AsNoTracking().Where(c => c.WebsiteId == siteId).ToDictionaryAsync(c => c.Name));
        Assert.Equal(new DateOnly(2026, 11, 1), columns["政策文件"].LastUpdateFound);
        Assert.Equal(0, columns["专项工作"].EntriesFound);
        Assert.Equal(1, columns["县长信箱"].EntriesFound);

        // robots.txt was read and obeyed; every request named the checker.
        var log = _site.AccessLog;
        Assert.Contains("GET /robots.txt 200", log);
        Assert.DoesNotContain("/private/", log);
        Assert.Contains("GET /news/1.html 200", log);
        Assert.All(log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("ok.html") && !l.Contains("gone.html")), l => Assert.Contains("GongkaiSiteCheck/1.0 (+http://127.0.0.1:", l));
        // External links are only asked for their headers.
        Assert.Contains("HEAD /gone.html 404", File.ReadAllText(Path.Combine(_site.Root, "access.log")));

        // A week of hourly probes (24 a day); the server is down for 9 of them: 9/168 = 5.4 % ≥ 5 %.
        for (var i = 0; i < 168; i++)
        {
            if (i == 80)
            {
                _site.Stop();
            }

            if (i == 89)
            {
                _site.Start();
            }

            _host.Time.Advance(TimeSpan.FromHours(1));
            var probe = await _host.WithDbAsync(async (db, _) => await Checker(db).ProbeAsync(await db.Websites.SingleAsync(w => w.Id == siteId)));
            Assert.Equal(i is >= 80 and < 89, !probe.Ok);
            if (i == 85)
            {
                // While it is down the outage is a finding, but a week is not yet measured: no veto.
                var down = Assert.Single(await FindingsAsync(siteId), f => f.Kind == FindingKind.Unreachable && f.State == FindingState.Open);
                Assert.False(down.Veto);
            }

            if (i == 100)
            {
                // Back up, and still no week of 20 probes a day: the finding closes.
                Assert.DoesNotContain(await FindingsAsync(siteId), f => f.Kind == FindingKind.Unreachable && f.State == FindingState.Open);
            }
        }

        var outage = Assert.Single(await FindingsAsync(siteId), f => f.Kind == FindingKind.Unreachable && f.State == FindingState.Open);
        Assert.True(outage.Veto);
        Assert.Contains("失败 9 次", outage.Detail);

        // Fix the dead link and the news column, then re-check: those findings close with today's date.
        _site.Write("dead.html", Page("恢复的页面", "<p>已恢复。</p>"));
        _site.Write("news/index.html", Page("工作动态", """<ul class="list"><li><a href="/news/1.html">新动态</a> 2026-12-06</li></ul>"""));
        var again = await _host.WithDbAsync(async (db, _) => await Checker(db).CheckAsync(await db.Websites.SingleAsync(w => w.Id == siteId), "复查"));
        Assert.Null(again.Error);
        var after = await FindingsAsync(siteId);
        var fixedDead = Assert.Single(after, f => f.Id == dead.Id);
        Assert.Equal(FindingState.Fixed, fixedDead.State);
        Assert.Equal(new DateOnly(2026, 12, 7), fixedDead.FixedOn);
        Assert.Equal(FindingState.Fixed, after.Single(f => f.Kind == FindingKind.ColumnNotUpdated && f.EvidenceUrl == _site.Address + "news/").State);
        Assert.Equal(FindingState.Open, after.Single(f => f.Id == gone.Id).State);
        Assert.Equal(FindingState.Open, after.Single(f => f.Id == empty.Id).State);
        Assert.Equal(2, again.Closed);

        // Every change to a finding is in the audit log.
        var audited = await _host.WithDbAsync((db, _) => db.AuditEvents.CountAsync(a => a.EntityType == nameof(WebsiteFinding) && a.EntityId == dead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited >= 2);
    }

    [Fact]
    public async Task Keeps_to_the_interval_between_requests_to_one_host()
    {
        var fetcher = new PoliteFetcher(new SiteCheckHttp(new HttpClient()), new SiteCheckOptions { RequestInterval = TimeSpan.FromMilliseconds(300) }, TimeProvider.System);
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var path in new[] { "", "about.html", "news/", "notice/" })
        {
            Assert.True((await fetcher.GetAsync(new Uri(_site.Address + path))).Ok);
        }

        // robots.txt and four pages: four waits of 300 ms. A timer may fire a few milliseconds before this stopwatch
        // says (a CI run measured 1,199.4 ms), so the bound leaves 50 ms for that.
        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(1150), $"{started.Elapsed}");
        Assert.Equal(5, fetcher.Requests);
        await Task.CompletedTask;
    }
}
