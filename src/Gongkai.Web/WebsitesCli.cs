using System.CommandLine;
using System.Globalization;
using Gongkai.Data;
using Gongkai.Websites;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>`gongkai websites check`: runs the website checks now, from the command line.</summary>
public static partial class Cli
{
    private static Command WebsitesCommand()
    {
        var websites = new Command("websites", "政府网站检查：可访问性探测、错链断链、栏目更新、互动渠道");
        var site = new Option<string?>("--site") { Description = "只检查这个网站（网站代码或编号）；不给则检查全部在用网站" };
        var check = new Command("check", "立即检查网站：抓取页面（遵守 robots.txt，每个主机每秒至多一次请求），检查链接、栏目和互动渠道，更新发现的问题") { site };
        check.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai websites check", ct);
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var checker = scope.ServiceProvider.GetRequiredService<SiteChecker>();
            var wanted = r.GetValue(site)?.Trim();
            var query = db.Websites.AsQueryable();
            query = wanted is null
                ? query.Where(w => w.Active)
                : int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? query.Where(w => w.Id == id || w.Code == wanted) : query.Where(w => w.Code == wanted);
            var sites = await query.OrderBy(w => w.Id).ToListAsync(ct);
            if (sites.Count == 0)
            {
                await Console.Error.WriteLineAsync(wanted is null ? "gongkai: 没有在用的网站。" : $"gongkai: 没有网站“{wanted}”。");
                return 2;
            }

            foreach (var w in sites)
            {
                var run = await checker.CheckAsync(w, "命令行", ct);
                var open = await db.WebsiteFindings.CountAsync(f => f.WebsiteId == w.Id && f.State == FindingState.Open, ct);
                var veto = await db.WebsiteFindings.CountAsync(f => f.WebsiteId == w.Id && f.State == FindingState.Open && f.Veto, ct);
                Console.WriteLine(run.Error is { } error
                    ? $"{w.Code} {w.Name}：{error}；未解决问题 {open} 个（单项否决 {veto} 个）。"
                    : $"{w.Code} {w.Name}：页面 {run.Pages} 个，链接 {run.Links} 个，断链 {run.Broken} 个；新发现 {run.Opened} 个问题，已整改 {run.Closed} 个；未解决问题 {open} 个（单项否决 {veto} 个）。");
            }

            return 0;
        }));
        websites.Subcommands.Add(check);
        return websites;
    }
}
