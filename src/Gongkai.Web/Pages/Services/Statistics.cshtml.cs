using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Web.CaseDesk;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Services;

/// <summary>
/// The public summary of one year's 办件 (政务服务办件情况): by tier and by implementing body, counts and rates only,
/// never a case or an applicant. The same rows as the staff statistics, kept by the portal's output cache.
/// </summary>
[OutputCache(PolicyName = Portal.PortalCache.Policy, VaryByQueryKeys = ["year"])]
public sealed class StatisticsModel(GongkaiDb db, IWebHostEnvironment env) : PageModel
{
    public int Year { get; private set; }

    /// <summary>The years with cases, newest first, for the year links.</summary>
    public List<int> Years { get; private set; } = [];

    public CaseStatsTable? ByTier { get; private set; }

    public CaseStatsTable? ByBody { get; private set; }

    public bool ChartsAvailable => ReportDownloads.ChartsAvailable(env);

    public async Task OnGetAsync(int? year)
    {
        var today = db.Today();
        // The first and last receipt dates, both read from the ReceivedOn index, give the years without a scan.
        var first = await db.ServiceCases.AsNoTracking().OrderBy(c => c.ReceivedOn).Select(c => (DateOnly?)c.ReceivedOn).FirstOrDefaultAsync();
        var last = await db.ServiceCases.AsNoTracking().OrderByDescending(c => c.ReceivedOn).Select(c => (DateOnly?)c.ReceivedOn).FirstOrDefaultAsync();
        if (first is not { } f || last is not { } l)
        {
            Year = year ?? today.Year;
            return;
        }

        var newest = Math.Min(l.Year, today.Year);
        Years = Enumerable.Range(f.Year, Math.Max(0, newest - f.Year + 1)).Reverse().ToList();
        Year = year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault(newest);
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        ByTier = await CaseStatsTable.LoadAsync(db, from, to, CaseStatsBy.Tier, HttpContext.RequestAborted);
        ByBody = await CaseStatsTable.LoadAsync(db, from, to, CaseStatsBy.Body, HttpContext.RequestAborted);
    }
}
