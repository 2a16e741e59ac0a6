using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Web.CaseDesk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.ServiceCases;

/// <summary>The steps of a 办件 a window can take; each form posts one.</summary>
public enum CaseStep
{
    Notify,
    Accept,
    Reject,
    Suspend,
    Resume,
    Finish,
    Evaluate,
    Rectify,
}

/// <summary>What a step form posts; each step reads only its own fields.</summary>
public sealed class StepForm
{
    public DateOnly? On { get; set; }

    public string? Missing { get; set; }

    public string? Reason { get; set; }

    public SuspensionKind? Kind { get; set; }

    public string? Note { get; set; }

    public CaseResult? Result { get; set; }

    public CaseEvaluation? Evaluation { get; set; }

    public string? Done { get; set; }
}

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

    public static string Label(CaseStep s) => s switch
    {
        CaseStep.Notify => "一次性告知",
        CaseStep.Accept => "受理",
        CaseStep.Reject => "不予受理",
        CaseStep.Suspend => "开始特别程序",
        CaseStep.Resume => "结束特别程序",
        CaseStep.Finish => "办结",
        CaseStep.Evaluate => "记录好差评",
        CaseStep.Rectify => "差评整改",
        _ => s.ToString(),
    };

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

        if (form.On is null)
        {
            ModelState.AddModelError("", "请填写日期");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var on = form.On!.Value;
                switch (step)
                {
                    case CaseStep.Notify:
                        await cases.NotifyMissingAsync(id, on, form.Missing ?? "", revision);
                        break;
                    case CaseStep.Accept:
                        await cases.AcceptAsync(id, on, revision);
                        break;
                    case CaseStep.Reject:
                        await cases.RejectAsync(id, on, form.Reason ?? "", form.Missing, revision);
                        break;
                    case CaseStep.Suspend:
                        await cases.SuspendAsync(id, form.Kind ?? throw new ServiceCaseException("请选择特别程序的种类"), on, form.Note, revision);
                        break;
                    case CaseStep.Resume:
                        await cases.ResumeAsync(id, on, revision);
                        break;
                    case CaseStep.Finish:
                        await cases.FinishAsync(id, on, form.Result ?? throw new ServiceCaseException("请选择办结结果"), revision);
                        break;
                    case CaseStep.Evaluate:
                        await cases.EvaluateAsync(id, form.Evaluation ?? throw new ServiceCaseException("请选择评价等级"), on, form.Reason, revision);
                        break;
                    case CaseStep.Rectify:
                        await cases.RectifyAsync(id, on, form.Done ?? "", revision);
                        break;
                }

                TempData["Notice"] = $"已{Label(step)}。";
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
        var open = Suspensions.Any(s => s.To is null);
        Steps = c switch
        {
            { Acceptance: null } => [CaseStep.Notify, CaseStep.Accept, CaseStep.Reject],
            { Acceptance: CaseAcceptance.Accepted, FinishedOn: null } => open ? [CaseStep.Resume] : [CaseStep.Suspend, CaseStep.Finish],
            { Evaluation: null } => [CaseStep.Evaluate],
            { Evaluation: { } e, RectifiedOn: null } when ServiceCase.IsBad(e) => [CaseStep.Rectify],
            _ => [],
        };
        return null;
    }
}
