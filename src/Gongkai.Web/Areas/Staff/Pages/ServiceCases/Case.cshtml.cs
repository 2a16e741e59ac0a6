using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Web.CaseDesk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.ServiceCases;

/// <summary>One 办件: its record, its clock, its 特别程序, and a form for each step the core allows next.</summary>
public sealed class CaseModel(GongkaiDb db, StaffContext staff, Gongkai.ServiceItems.ServiceCases cases) : PageModel
{
    public ServiceCase C { get; private set; } = null!;

    public ServiceCentre? Centre { get; private set; }

    public ServiceItem Item { get; private set; } = null!;

    public CentreWindow? Window { get; private set; }

    public List<CaseSuspension> Suspensions { get; private set; } = [];

    public bool CanHandle { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The steps that follow from the case as it stands, in the order a window meets them.</summary>
    public List<CaseStep> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostStepAsync(long id, CaseStep step, StepForm form, int revision)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanHandle)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await CaseSteps.TakeAsync(cases, id, step, form, revision);
                TempData["Notice"] = $"已{CaseSteps.Label(step)}。";
                return Redirect($"/staff/service-cases/{id}");
            }
            catch (ServiceCaseException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long id)
    {
        var c = await db.ServiceCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (c is null)
        {
            return NotFound();
        }

        Centre = c.CentreId is { } centreId ? await db.ServiceCentres.AsNoTracking().Include(x => x.Body).SingleAsync(x => x.Id == centreId) : null;
        if (!await CaseAccess.CanReadAsync(staff, Centre?.BodyId))
        {
            return Forbid();
        }

        C = c;
        Today = db.Today();
        CanHandle = await CaseAccess.CanHandleAsync(staff, Centre?.BodyId);
        Item = await db.ServiceItems.AsNoTracking().Include(i => i.Body).SingleAsync(i => i.Id == c.ItemId);
        Window = c.WindowId is { } w ? await db.CentreWindows.AsNoTracking().SingleOrDefaultAsync(x => x.Id == w) : null;
        Suspensions = await db.CaseSuspensions.AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.From).ToListAsync();
        Steps = CaseSteps.Next(c, Suspensions.Any(s => s.To is null));
        return null;
    }
}
