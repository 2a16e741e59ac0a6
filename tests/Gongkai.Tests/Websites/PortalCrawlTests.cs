using Gongkai.Tests.Support;
using Gongkai.Websites;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Gongkai.Tests.Websites;

/// <summary>The checker pointed at our own running portal (the demo county): its internal links must all answer.</summary>
public sealed class PortalCrawlTests(SqliteHost fixture, ITestOutputHelper output) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task The_portals_internal_links_answer()
    {
        var host = fixture.Host;
        var (run, findings) = await host.WithDbAsync(async (db, _) =>
        {
            var root = await db.Bodies.SingleAsync(b => b.Code == "wuxi");
            var site = await new WebsiteService(db).RegisterAsync(new WebsiteInput("own-portal", root.Id, "本平台门户", host.Address.AbsoluteUri, WebsiteKind.Portal, true));
            var checker = new SiteChecker(db, new SiteCheckHttp(new HttpClient()), new SiteCheckOptions { RequestInterval = TimeSpan.Zero, MaxPages = 150, MaxDepth = 2, UserAgent = SiteCheckOptions.UserAgentFor(host.Address.AbsoluteUri) });
            var run = await checker.CheckAsync(site, "测试");
            return (run, await db.WebsiteFindings.AsNoTracking().Where(f => f.WebsiteId == site.Id && f.State == FindingState.Open).ToListAsync());
        });
        foreach (var f in findings)
        {
            output.WriteLine($"{f.Kind} {f.EvidenceUrl} {f.EvidenceStatus} on {f.EvidenceFoundOn}: {f.Detail}");
        }

        output.WriteLine($"pages {run.Pages}, links {run.Links}, broken {run.Broken}");
        Assert.Null(run.Error);
        Assert.True(run.Pages >= 10, $"only {run.Pages} pages crawled");
        Assert.True(run.Links >= run.Pages);
        var broken = findings.Where(f => f.Kind == FindingKind.BrokenInternalLink).Select(f => $"{f.EvidenceUrl} ({f.EvidenceStatus}) on {f.EvidenceFoundOn}").ToList();
        Assert.True(broken.Count == 0, "broken internal links of the portal:\n" + string.Join("\n", broken));
    }
}
