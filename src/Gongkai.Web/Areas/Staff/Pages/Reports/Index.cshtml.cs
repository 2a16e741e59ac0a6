using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Reports;

/// <summary>The annual reports of one year for the bodies the member works for, and where to start one.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, ReportService reports) : PageModel
{
    public int Year { get; private set; }

    public List<(Body Body, bool CountyWide, AnnualReport? Report)> Rows { get; } = [];

    public HashSet<int> Editable { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= 2008 && year <= reports.Today().Year ? year.Value : reports.Today().Year - 1;
        var visible = await staff.BodiesWhereAsync(Privilege.ViewBody);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village)
            .OrderBy(b => b.ParentId != null).ThenBy(b => b.Kind == BodyKind.Township || b.Kind == BodyKind.Street).ThenBy(b => b.SortOrder).ThenBy(b => b.Id)
            .ToListAsync();
        bodies = bodies.Where(b => visible is null || visible.Contains(b.Id)).ToList();
        var existing = await db.AnnualReports.AsNoTracking().Where(r => r.Year == Year).ToListAsync();
        foreach (var b in bodies)
        {
            if (b.ParentId is null)
            {
                Rows.Add((b, true, existing.FirstOrDefault(r => r.BodyId == b.Id && r.CountyWide)));
            }

            Rows.Add((b, false, existing.FirstOrDefault(r => r.BodyId == b.Id && !r.CountyWide)));
        }

        var editable = await staff.BodiesWhereAsync(Privilege.EditCatalog);
        Editable = editable ?? bodies.Select(b => b.Id).ToHashSet();
    }

    public async Task<IActionResult> OnPostOpenAsync(int bodyId, int year, bool countyWide)
    {
        if (!await staff.CanAsync(Privilege.EditCatalog, bodyId))
        {
            return Forbid();
        }

        try
        {
            var report = await reports.OpenAsync(bodyId, year, countyWide);
            return Redirect($"/staff/reports/{report.Id}");
        }
        catch (ReportInputException e)
        {
            TempData["Notice"] = e.Message;
            return Redirect($"/staff/reports?year={year}");
        }
    }
}
