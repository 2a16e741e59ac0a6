using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Websites;

/// <summary>
/// Probes and checks registered sites and keeps their findings: a finding seen again is updated, one no
/// longer seen is closed with the date, a new one is opened. Findings entered by hand are left alone.
/// </summary>
public sealed class SiteChecker(GongkaiDb db, SiteCheckHttp http, SiteCheckOptions options)
{
    private const long PostgresKey = 0x676B7369746501;
    private static readonly SemaphoreSlim SqliteGate = new(1, 1);

    private static readonly FindingKind[] CrawlKinds =
        [FindingKind.HomeNotUpdated, FindingKind.ColumnNotUpdated, FindingKind.EmptyColumn, FindingKind.BrokenInternalLink, FindingKind.BrokenExternalLink, FindingKind.ChannelUnavailable];

    /// <summary>
    /// One round of the scheduled job: probes every active site whose last probe is older than the probe interval,
    /// then checks the sites asked for with 立即检查 and those whose last check is older than the check interval.
    /// Returns the number of checks run, or null when another node holds the lock.
    /// </summary>
    public async Task<int?> RunDueAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (!await TryLockAsync(ct))
            {
                return null;
            }

            try
            {
                var now = db.Time.GetUtcNow();
                foreach (var site in await DueForProbeAsync(now, ct))
                {
                    await ProbeAsync(site, ct);
                }

                var checkBefore = now - options.CheckInterval;
                var due = await db.Websites.Where(w => w.Active).OrderBy(w => w.Id).ToListAsync(ct);
                var checks = 0;
                foreach (var site in due.Where(w => w.CheckRequestedAt is not null).Concat(due.Where(w => w.CheckRequestedAt is null && (w.LastCheckedAt is null || w.LastCheckedAt <= checkBefore))))
                {
                    await CheckAsync(site, site.CheckRequestedAt is null ? "定时任务" : "立即检查", ct);
                    checks++;
                }

                return checks;
            }
            finally
            {
                await UnlockAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<List<Website>> DueForProbeAsync(DateTimeOffset now, CancellationToken ct)
    {
        var sites = await db.Websites.Where(w => w.Active).OrderBy(w => w.Id).ToListAsync(ct);
        var ids = sites.Select(s => s.Id).ToList();
        var last = await db.WebsiteProbes.AsNoTracking().Where(p => ids.Contains(p.WebsiteId)).GroupBy(p => p.WebsiteId)
            .Select(g => new { g.Key, At = g.Max(p => p.At) }).ToListAsync(ct);
        var lastAt = last.ToDictionary(x => x.Key, x => x.At);
        return sites.Where(s => !lastAt.TryGetValue(s.Id, out var at) || at <= now - options.ProbeInterval).ToList();
    }

    private async Task<bool> TryLockAsync(CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // A session lock: a check takes minutes, too long to hold a transaction open.
            return await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({PostgresKey}) AS \"Value\"").SingleAsync(ct);
        }

        return await SqliteGate.WaitAsync(0, ct);
    }

    private async Task UnlockAsync()
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.SqlQueryRaw<bool>($"SELECT pg_advisory_unlock({PostgresKey}) AS \"Value\"").SingleAsync();
        }
        else
        {
            SqliteGate.Release();
        }
    }

    /// <summary>Loads the home page once within the 15-second limit and records whether it came.</summary>
    public async Task<WebsiteProbe> ProbeAsync(Website site, CancellationToken ct = default)
    {
        var fetcher = new PoliteFetcher(http, options, db.Time);
        var result = await fetcher.GetAsync(new Uri(site.Address), options.HomeTimeout, ct);
        var probe = Record(site, result);
        await db.SaveChangesAsync(ct);
        await ReconcileReachabilityAsync(site, ct);
        return probe;
    }

    private WebsiteProbe Record(Website site, FetchResult result)
    {
        var probe = new WebsiteProbe
        {
            WebsiteId = site.Id,
            At = db.Time.GetUtcNow(),
            Ok = result.Ok && result.Milliseconds <= options.HomeTimeout.TotalMilliseconds,
            Status = result.Status,
            Milliseconds = (int)Math.Min(int.MaxValue, result.Milliseconds),
            Error = result.Error ?? (result.Ok ? null : $"HTTP {result.Status}"),
        };
        db.WebsiteProbes.Add(probe);
        return probe;
    }

    private async Task ReconcileReachabilityAsync(Website site, CancellationToken ct)
    {
        var now = db.Time.GetUtcNow();
        var from = now - WebsiteRules.ReachabilityWindow;
        var probes = await db.WebsiteProbes.AsNoTracking().Where(p => p.WebsiteId == site.Id && p.At > from).OrderBy(p => p.At).ThenBy(p => p.Id)
            .Select(p => new { p.At, p.Ok, p.Status, p.Error }).ToListAsync(ct);
        var verdict = WebsiteRules.Reachability(probes.Select(p => (p.At, p.Ok)), now);
        var latest = probes.Count > 0 ? probes[^1] : null;
        var desired = new List<WebsiteFinding>();
        if (verdict.Veto || latest is { Ok: false })
        {
            desired.Add(new WebsiteFinding
            {
                Kind = FindingKind.Unreachable,
                Key = "site",
                Summary = verdict.Veto ? "近一周首页未能在15秒内打开的探测次数达到5%" : "首页最近一次探测未能打开",
                EvidenceUrl = site.Address,
                EvidenceStatus = latest?.Status,
                Detail = $"近7天探测 {verdict.Probes} 次，失败 {verdict.Failed} 次（{verdict.FailedShare:P1}）{(verdict.Measured ? "" : "，探测次数尚不足每天20次，暂不判定单项否决")}；最近一次：{latest?.Error ?? "正常"}",
                Veto = verdict.Veto,
            });
        }

        await ReconcileAsync(site, [FindingKind.Unreachable], desired, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Crawls the site, checks its links, columns and channels, and brings its findings up to date.</summary>
    public async Task<WebsiteCheckRun> CheckAsync(Website site, string trigger, CancellationToken ct = default)
    {
        var now = db.Time.GetUtcNow();
        var run = new WebsiteCheckRun { WebsiteId = site.Id, StartedAt = now, Trigger = trigger.Length > 200 ? trigger[..200] : trigger };
        db.WebsiteCheckRuns.Add(run);
        site.CheckRequestedAt = null;
        var fetcher = new PoliteFetcher(http, options, db.Time);
        var homeUrl = new Uri(site.Address);
        var home = await fetcher.GetAsync(homeUrl, options.HomeTimeout, ct);
        Record(site, home);
        if (!home.Ok)
        {
            // Without the home page nothing else can be judged: the crawl findings stay as they were.
            run.Error = $"首页无法打开：{home.Error ?? $"HTTP {home.Status}"}";
            run.FinishedAt = db.Time.GetUtcNow();
            site.LastCheckedAt = run.FinishedAt;
            await db.SaveChangesAsync(ct);
            await ReconcileReachabilityAsync(site, ct);
            return run;
        }

        var today = db.Today();
        var pages = await CrawlAsync(fetcher, homeUrl, home, ct);
        var desired = new List<WebsiteFinding>();
        var (links, broken) = await CheckLinksAsync(fetcher, homeUrl, pages, desired, ct);
        run.Pages = pages.Fetched.Count;
        run.Links = links;
        run.Broken = broken;
        await CheckColumnsAsync(site, fetcher, homeUrl, home, pages, today, desired, ct);
        var (opened, closed) = await ReconcileAsync(site, CrawlKinds, desired, ct);
        run.Opened = opened;
        run.Closed = closed;
        run.FinishedAt = db.Time.GetUtcNow();
        site.LastCheckedAt = run.FinishedAt;
        await db.SaveChangesAsync(ct);
        await ReconcileReachabilityAsync(site, ct);
        return run;
    }

    private sealed class Crawl
    {
        public Dictionary<string, FetchResult> Fetched { get; } = new(StringComparer.Ordinal);

        /// <summary>Every link seen, with the first page it was seen on.</summary>
        public Dictionary<string, (Uri Url, string FoundOn)> Links { get; } = new(StringComparer.Ordinal);
    }

    private static bool SameSite(Uri a, Uri b) => a.Scheme == b.Scheme && string.Equals(a.Authority, b.Authority, StringComparison.OrdinalIgnoreCase);

    private async Task<Crawl> CrawlAsync(PoliteFetcher fetcher, Uri homeUrl, FetchResult home, CancellationToken ct)
    {
        var crawl = new Crawl();
        var queue = new Queue<(Uri Url, int Depth)>();
        var queued = new HashSet<string>(StringComparer.Ordinal) { homeUrl.AbsoluteUri };
        crawl.Fetched[homeUrl.AbsoluteUri] = home;
        Read(home, homeUrl, 0);
        while (queue.Count > 0 && crawl.Fetched.Count < options.MaxPages)
        {
            var (url, depth) = queue.Dequeue();
            var page = await fetcher.GetAsync(url, null, ct);
            if (page.Disallowed)
            {
                continue;
            }

            crawl.Fetched[url.AbsoluteUri] = page;
            Read(page, url, depth);
        }

        return crawl;

        void Read(FetchResult page, Uri url, int depth)
        {
            if (!page.Ok || !page.IsHtml || page.Body is null)
            {
                return;
            }

            var document = PageReader.Parse(page.Body);
            foreach (var link in PageReader.Links(document, page.Url))
            {
                crawl.Links.TryAdd(link.AbsoluteUri, (link, url.AbsoluteUri));
                if (SameSite(link, homeUrl) && depth + 1 <= options.MaxDepth && queued.Add(link.AbsoluteUri))
                {
                    queue.Enqueue((link, depth + 1));
                }
            }
        }
    }

    private static bool Broken(FetchResult r) => !r.Disallowed && (r.Status is null or >= 400);

    private async Task<(int Links, int Broken)> CheckLinksAsync(PoliteFetcher fetcher, Uri homeUrl, Crawl crawl, List<WebsiteFinding> desired, CancellationToken ct)
    {
        var checkedLinks = 0;
        var broken = 0;
        foreach (var (key, (url, foundOn)) in crawl.Links.Take(options.MaxLinks))
        {
            var result = crawl.Fetched.TryGetValue(key, out var fetched) ? fetched : await fetcher.CheckLinkAsync(url, ct);
            if (result.Disallowed)
            {
                continue;
            }

            checkedLinks++;
            if (!Broken(result))
            {
                continue;
            }

            broken++;
            var internalLink = SameSite(url, homeUrl);
            desired.Add(new WebsiteFinding
            {
                Kind = internalLink ? FindingKind.BrokenInternalLink : FindingKind.BrokenExternalLink,
                Key = Clip(key, 500),
                Summary = internalLink ? "站内链接无法打开" : "外部链接无法打开",
                EvidenceUrl = Clip(key, 500),
                EvidenceStatus = result.Status,
                EvidenceFoundOn = Clip(foundOn, 500),
                Detail = result.Error ?? $"HTTP {result.Status}",
            });
        }

        return (checkedLinks, broken);
    }

    private async Task CheckColumnsAsync(Website site, PoliteFetcher fetcher, Uri homeUrl, FetchResult home, Crawl crawl, DateOnly today, List<WebsiteFinding> desired, CancellationToken ct)
    {
        var columns = await db.WebsiteColumns.Where(c => c.WebsiteId == site.Id).OrderBy(c => c.Id).ToListAsync(ct);
        var states = new List<(WebsiteColumn? Column, ColumnState State)>();
        var channels = new List<(WebsiteColumn Column, bool Works, FetchResult Result)>();
        foreach (var column in columns)
        {
            var url = new Uri(column.Url);
            var page = crawl.Fetched.TryGetValue(url.AbsoluteUri, out var f) ? f : await fetcher.GetAsync(url, null, ct);
            crawl.Fetched[url.AbsoluteUri] = page;
            column.LastCheckedAt = db.Time.GetUtcNow();
            if (page.Disallowed)
            {
                continue;
            }

            var document = page.Ok && page.IsHtml && page.Body is not null ? PageReader.Parse(page.Body) : null;
            if (column.Kind == ColumnKind.Channel)
            {
                var works = document is not null && PageReader.HasForm(document);
                column.EntriesFound = works ? 1 : 0;
                channels.Add((column, works, page));
                continue;
            }

            if (document is null)
            {
                // A column page that does not open is a broken link of the site, found on the register of columns.
                if (!desired.Any(d => d.Key == url.AbsoluteUri))
                {
                    desired.Add(new WebsiteFinding
                    {
                        Kind = SameSite(url, homeUrl) ? FindingKind.BrokenInternalLink : FindingKind.BrokenExternalLink,
                        Key = Clip(url.AbsoluteUri, 500),
                        Summary = $"栏目“{column.Name}”的列表页无法打开",
                        EvidenceUrl = Clip(url.AbsoluteUri, 500),
                        EvidenceStatus = page.Status,
                        Detail = page.Error ?? $"HTTP {page.Status}",
                    });
                }

                continue;
            }

            var reading = PageReader.ReadList(document, today);
            column.EntriesFound = reading.Entries;
            column.LastUpdateFound = reading.Newest;
            states.Add((column, new ColumnState(column.Kind, reading.Newest, reading.Entries)));
        }

        var homeStates = states.Where(s => s.State.Kind == ColumnKind.Home).Select(s => s.State).ToList();
        if (!columns.Any(c => c.Kind == ColumnKind.Home) && home.Body is not null)
        {
            // No home columns registered: the home page's own lists stand for them.
            var reading = PageReader.ReadList(PageReader.Parse(home.Body), today);
            homeStates.Add(new ColumnState(ColumnKind.Home, reading.Newest, reading.Entries));
        }

        if (homeStates.Count > 0 && WebsiteRules.HomeNotUpdated(homeStates, today))
        {
            var newest = homeStates.Where(s => s.Entries > 0).Max(s => s.LastUpdate);
            desired.Add(new WebsiteFinding
            {
                Kind = FindingKind.HomeNotUpdated,
                Key = "home",
                Summary = "首页栏目两周内没有更新",
                EvidenceUrl = Clip(site.Address, 500),
                EvidenceLastUpdate = newest,
                Detail = newest is null ? "首页栏目中没有找到带日期的信息" : $"首页最新信息日期 {newest:yyyy-MM-dd}",
                Veto = true,
            });
        }

        var verdict = WebsiteRules.Columns(states.Select(s => s.State), today);
        foreach (var (column, state) in states.Where(s => s.Column is not null && s.State.Kind != ColumnKind.Home))
        {
            var key = $"column:{column!.Id}";
            if (state.Entries == 0)
            {
                desired.Add(new WebsiteFinding
                {
                    Kind = FindingKind.EmptyColumn,
                    Key = key,
                    Summary = $"栏目“{column.Name}”没有任何信息",
                    EvidenceUrl = Clip(column.Url, 500),
                    Detail = $"空白栏目共 {verdict.Empty} 个（5个及以上为单项否决）",
                    Veto = verdict.Veto,
                });
            }
            else if (WebsiteRules.IsStale(state.Kind, state.LastUpdate, today))
            {
                desired.Add(new WebsiteFinding
                {
                    Kind = FindingKind.ColumnNotUpdated,
                    Key = key,
                    Summary = $"栏目“{column.Name}”（{WebsiteColumn.KindLabel(column.Kind)}）超过{(state.Kind == ColumnKind.News ? "2周" : "6个月")}未更新",
                    EvidenceUrl = Clip(column.Url, 500),
                    EvidenceLastUpdate = state.LastUpdate,
                    Detail = $"动态要闻类超过2周与通知公告政策文件类超过6个月未更新的栏目共 {verdict.StaleNewsAndNotices} 个，超过6个月未更新的栏目共 {verdict.LongStale} 个",
                    Veto = verdict.Veto,
                });
            }
        }

        var noChannel = WebsiteRules.NoWorkingChannel(channels.Select(c => c.Works).ToList());
        foreach (var (column, _, result) in channels.Where(c => !c.Works))
        {
            desired.Add(new WebsiteFinding
            {
                Kind = FindingKind.ChannelUnavailable,
                Key = $"column:{column.Id}",
                Summary = $"互动渠道“{column.Name}”不可用",
                EvidenceUrl = Clip(column.Url, 500),
                EvidenceStatus = result.Status,
                Detail = result.Ok ? "页面中没有可填写的表单" : result.Error ?? $"HTTP {result.Status}",
                Veto = noChannel,
            });
        }
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    private async Task<(int Opened, int Closed)> ReconcileAsync(Website site, FindingKind[] kinds, List<WebsiteFinding> desired, CancellationToken ct)
    {
        var now = db.Time.GetUtcNow();
        var open = await db.WebsiteFindings.Where(f => f.WebsiteId == site.Id && f.State == FindingState.Open && !f.Manual && kinds.Contains(f.Kind)).ToListAsync(ct);
        var opened = 0;
        foreach (var want in desired)
        {
            var existing = open.FirstOrDefault(f => f.Kind == want.Kind && f.Key == want.Key);
            if (existing is null)
            {
                want.WebsiteId = site.Id;
                want.BodyId = site.BodyId;
                want.FirstSeenAt = now;
                want.LastSeenAt = now;
                want.State = FindingState.Open;
                db.WebsiteFindings.Add(want);
                opened++;
                continue;
            }

            open.Remove(existing);
            existing.LastSeenAt = now;
            existing.Summary = want.Summary;
            existing.EvidenceUrl = want.EvidenceUrl;
            existing.EvidenceStatus = want.EvidenceStatus;
            existing.EvidenceLastUpdate = want.EvidenceLastUpdate;
            existing.EvidenceFoundOn = want.EvidenceFoundOn;
            existing.Detail = want.Detail;
            existing.Veto = want.Veto;
        }

        var today = GongkaiDb.LocalDate(now);
        foreach (var gone in open)
        {
            gone.State = FindingState.Fixed;
            gone.FixedOn = today;
            gone.LastSeenAt = now;
        }

        return (opened, open.Count);
    }
}
