using Gongkai.Assessment;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Assessment;

public sealed class IndexModel(GongkaiDb db, StaffContext staff, AssessmentService assessment) : PageModel
{
    public sealed record PeriodRow(AssessmentPeriod Period, int Year, string County, bool Public);

    public bool Supervises { get; private set; }

    public List<AssessmentScheme> Schemes { get; private set; } = [];

    public List<Gongkai.Bodies.Body> Counties { get; private set; } = [];

    /// <summary>The periods this member may open: every one for the county office, the published ones for everyone else.</summary>
    public List<PeriodRow> Periods { get; } = [];

    /// <summary>The bodies whose own scores this member may read.</summary>
    public List<Gongkai.Bodies.Body> OwnBodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(int countyBodyId, int year, string? title, int? copyFrom)
    {
        if (!await staff.SupervisesAsync())
        {
            return Forbid();
        }

        try
        {
            AssessmentScheme scheme;
            if (copyFrom is { } from)
            {
                if (!await db.AssessmentSchemes.AnyAsync(s => s.Id == from && s.CountyBodyId == countyBodyId))
                {
                    throw new AssessmentInputException("请选择本县以前年度的考核细则。");
                }

                scheme = await assessment.CopySchemeAsync(from, year);
            }
            else
            {
                scheme = await assessment.CreateSchemeAsync(countyBodyId, year, new SchemeInput(title ?? $"{year}年政务公开工作考核细则", null, null, null, 100, 3, 1, 60, string.Join('\n', AssessmentService.DefaultChecklist)));
            }

            TempData["Notice"] = $"已建立 {year} 年度考核细则。";
            return Redirect($"/staff/assessment/schemes/{scheme.Id}");
        }
        catch (AssessmentInputException e)
        {
            foreach (var p in e.Problems)
            {
                ModelState.AddModelError("", p);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Supervises = await staff.SupervisesAsync();
        Counties = await assessment.CountiesAsync();
        var countyNames = Counties.ToDictionary(c => c.Id, c => c.Name);
        if (Supervises)
        {
            Schemes = await db.AssessmentSchemes.AsNoTracking().OrderByDescending(s => s.Year).ThenBy(s => s.Id).ToListAsync();
        }

        var periods = await db.AssessmentPeriods.AsNoTracking().Include(p => p.Scheme)
            .Where(p => Supervises || p.State == PeriodState.Published)
            .OrderByDescending(p => p.To).ThenByDescending(p => p.Id).ToListAsync();
        foreach (var p in periods)
        {
            var isPublic = await assessment.IsPublicAsync(p);
            if (Supervises || isPublic)
            {
                Periods.Add(new PeriodRow(p, p.Scheme!.Year, countyNames.GetValueOrDefault(p.Scheme.CountyBodyId, ""), isPublic));
            }
        }

        var viewable = await staff.BodiesWhereAsync(Privilege.ViewBody);
        OwnBodies = viewable is null ? [] : await db.Bodies.AsNoTracking().Where(b => viewable.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
    }
}
