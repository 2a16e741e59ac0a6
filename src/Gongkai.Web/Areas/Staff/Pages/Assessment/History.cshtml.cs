using System.Text.Json;
using Gongkai.Assessment;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Assessment;

/// <summary>A body's results across periods and years, and the open periods in which it is being scored.</summary>
public sealed class HistoryModel(GongkaiDb db, StaffContext staff, AssessmentService assessment, IWebHostEnvironment env) : PageModel
{
    public Gongkai.Bodies.Body Body { get; private set; } = null!;

    public List<HistoryRow> History { get; private set; } = [];

    public List<AssessmentPeriod> Current { get; private set; } = [];

    public bool ChartsAvailable => ReportDownloads.ChartsAvailable(env);

    public async Task<IActionResult> OnGetAsync(int bodyId)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId);
        if (body is null)
        {
            return NotFound();
        }

        if (!await staff.SupervisesAsync() && !await staff.CanAsync(Privilege.ViewBody, bodyId))
        {
            return Forbid();
        }

        Body = body;
        History = await assessment.HistoryAsync(bodyId);
        var published = History.Select(h => h.PeriodId).ToHashSet();
        var scored = await db.IndicatorScores.AsNoTracking().Where(s => s.BodyId == bodyId).Select(s => s.PeriodId).Distinct().ToListAsync();
        Current = (await db.AssessmentPeriods.AsNoTracking().Where(p => scored.Contains(p.Id)).OrderByDescending(p => p.To).ThenByDescending(p => p.Id).ToListAsync())
            .Where(p => !published.Contains(p.Id)).ToList();
        return Page();
    }

    /// <summary>The chart data for the script, in an attribute: the page's policy forbids inline scripts.</summary>
    public string ChartJson() =>
        JsonSerializer.Serialize(new { label = "得分", labels = History.AsEnumerable().Reverse().Select(h => h.Period), values = History.AsEnumerable().Reverse().Select(h => h.Total) });
}
