using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Cases;

public sealed class CaseForm
{
    public CaseKind Kind { get; set; }

    public string? CaseNumber { get; set; }

    public string? Organ { get; set; }

    public int BodyId { get; set; }

    public int? CoDefendantBodyId { get; set; }

    public string? ApplicationTracking { get; set; }

    public string? Claimant { get; set; }

    public DateOnly? FiledOn { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    public CaseResult Result { get; set; }

    public string? Summary { get; set; }

    public int Revision { get; set; }

    public CaseInput ToInput() => new(Kind, CaseNumber, Organ, BodyId, CoDefendantBodyId, ApplicationTracking, Claimant, FiledOn, ConcludedOn, Result, Summary, Revision);
}

/// <summary>Registers or updates a review or lawsuit about disclosure.</summary>
public sealed class EditModel(GongkaiDb db, StaffContext staff, DisclosureCases cases) : PageModel
{
    [BindProperty]
    public CaseForm Form { get; set; } = new();

    public int? Id { get; private set; }

    public List<Body> Bodies { get; private set; } = [];

    public bool Editable { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is { } existing)
        {
            var c = await db.DisclosureCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == existing);
            if (c is null)
            {
                return NotFound();
            }

            if (!await ApplicationAccess.CanReadAsync(staff, c.BodyId))
            {
                return Forbid();
            }

            Form = new CaseForm
            {
                Kind = c.Kind,
                CaseNumber = c.CaseNumber,
                Organ = c.Organ,
                BodyId = c.BodyId,
                CoDefendantBodyId = c.CoDefendantBodyId,
                ApplicationTracking = c.ApplicationId is { } aid ? await db.Applications.Where(a => a.Id == aid).Select(a => a.TrackingNumber).SingleAsync() : null,
                Claimant = c.Claimant,
                FiledOn = c.FiledOn,
                ConcludedOn = c.ConcludedOn,
                Result = c.Result,
                Summary = c.Summary,
                Revision = c.Revision,
            };
            Editable = await staff.CanAsync(Privilege.HandleApplications, c.BodyId);
        }
        else
        {
            Editable = await staff.CanAnywhereAsync(Privilege.HandleApplications);
            if (!Editable)
            {
                return Forbid();
            }
        }

        Bodies = await ApplicantForm.BodiesAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        if (!await staff.CanAsync(Privilege.HandleApplications, Form.BodyId))
        {
            return Forbid();
        }

        if (id is { } existing && await db.DisclosureCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == existing) is { } old && !await staff.CanAsync(Privilege.HandleApplications, old.BodyId))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var c = await cases.SaveAsync(id, Form.ToInput());
                TempData["Notice"] = $"已保存案件 {c.CaseNumber}。";
                return Redirect($"/staff/cases?year={c.FiledOn.Year}");
            }
            catch (ApplicationInputException e)
            {
                foreach (var p in e.Problems)
                {
                    ModelState.AddModelError("", p);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "该案件已被他人修改，请刷新后重试。");
            }
        }

        Editable = true;
        Bodies = await ApplicantForm.BodiesAsync(db);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
