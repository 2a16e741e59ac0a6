using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>What an action form posts; each action reads only its own fields.</summary>
public sealed class ActionForm
{
    public DateOnly? On { get; set; }

    public string? Comment { get; set; }

    public int? ToBodyId { get; set; }

    public string? OfficerId { get; set; }

    public int? Days { get; set; }

    public string? Outcome { get; set; }

    public string? Reasons { get; set; }

    public string? LegalBasis { get; set; }

    public string? Withheld { get; set; }

    public string? ReferTo { get; set; }

    public FeeMethod FeeMethod { get; set; }

    public int? FeeUnits { get; set; }

    public PauseKind? PauseKind { get; set; }

    public ActionInput ToInput() => new()
    {
        On = On,
        Comment = Comment,
        ToBodyId = ToBodyId,
        OfficerId = string.IsNullOrWhiteSpace(OfficerId) ? null : OfficerId,
        Days = Days,
        Outcome = Outcome,
        Reasons = Reasons,
        LegalBasis = LegalBasis,
        Withheld = Withheld,
        ReferTo = ReferTo,
        FeeMethod = FeeMethod,
        FeeUnits = FeeUnits,
        PauseKind = PauseKind,
    };
}

/// <summary>One application: the record, its clock explained day by day, its history, and the actions the member may take.</summary>
public sealed partial class CaseModel(GongkaiDb db, StaffContext staff, ApplicationService applications, Gongkai.Calendar.CalendarService calendars) : PageModel
{
    public Application A { get; private set; } = null!;

    public List<ApplicationStep> Steps { get; private set; } = [];

    public List<ClockPauseRow> Pauses { get; private set; } = [];

    public ClockResult? Clock { get; private set; }

    public List<ApplicationAction> Actions { get; private set; } = [];

    public List<(string Id, string Name)> Officers { get; private set; } = [];

    public List<Body> Bodies { get; private set; } = [];

    public Dictionary<int, string> BodyNames { get; private set; } = [];

    public bool IsOfficer { get; private set; }

    /// <summary>Whether the member handles this body's applications (and so may turn one into a catalog draft).</summary>
    public bool CanHandle { get; private set; }

    public string? IdNumber { get; private set; }

    public DateOnly Today { get; private set; }

    public DateOnly? CorrectionNoticeBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostActAsync(int id, ApplicationAction action, ActionForm form, int revision)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        // Reading is wider than acting (the supervisor reads everything): whoever cannot act on the body's applications
        // at all is refused before the action is looked at.
        var t = ApplicationWorkflow.Find(A.State, action);
        if (!await staff.CanAsync(Privilege.HandleApplications, A.BodyId) && !await staff.CanAsync(Privilege.ApproveExtension, A.BodyId)
            || (t is not null && !await staff.CanAsync(t.Needs, A.BodyId)))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var tracked = await db.Applications.SingleAsync(a => a.Id == id);
            await applications.ApplyAsync(tracked, action, form.ToInput(), revision, staff.UserId, await ActorNameAsync());
            TempData["Notice"] = $"已{ApplicationWorkflow.Label(action)}，当前状态：{Application.StateLabel(tracked.State)}。";
            return Redirect($"/staff/applications/{id}");
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
            ModelState.AddModelError("", "操作未完成：该申请已被他人办理，请刷新后重试。");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Shows the full ID number to the officer handling the case; the view is audited.</summary>
    public async Task<IActionResult> OnPostRevealAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!IsOfficer)
        {
            return Forbid();
        }

        IdNumber = await applications.RevealIdNumberAsync(A);
        return Page();
    }

    /// <summary>Art. 44: information asked for again and again becomes a proactive catalog draft.</summary>
    public async Task<IActionResult> OnPostCatalogAsync(int id, [FromServices] CatalogService catalog)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!await staff.CanAsync(Privilege.HandleApplications, A.BodyId))
        {
            return Forbid();
        }

        var item = await applications.MakeCatalogDraftAsync(A, catalog, staff.UserId);
        TempData["Notice"] = $"已转为主动公开目录草稿，索引号 {item.IndexNumber}，请由信息员完善后提交审核。";
        return Redirect($"/staff/applications/{id}");
    }

    private async Task<string> ActorNameAsync() => (await db.Users.FindAsync(staff.UserId))?.DisplayName ?? User.Identity?.Name ?? "";

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var a = await db.Applications.AsNoTracking().Include(x => x.Body).SingleOrDefaultAsync(x => x.Id == id);
        if (a is null)
        {
            return NotFound();
        }

        if (!await ApplicationAccess.CanReadAsync(staff, a.BodyId))
        {
            return Forbid();
        }

        A = a;
        Today = applications.Today();
        IsOfficer = a.OfficerId is not null && a.OfficerId == staff.UserId;
        CanHandle = await staff.CanAsync(Privilege.HandleApplications, a.BodyId);
        Steps = await db.ApplicationSteps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.Id).ToListAsync();
        Pauses = await db.ClockPauses.AsNoTracking().Where(p => p.ApplicationId == id).OrderBy(p => p.Id).ToListAsync();
        Clock = await applications.ExplainAsync(a);
        if (RuleSet.Of(a.Rules).CorrectionNoticeDays is { } limit && a.ReceivedOn is { } r && a.State == ApplicationState.InProgress)
        {
            CorrectionNoticeBy = ApplicationClock.After(await calendars.LoadAsync(), r, limit);
        }

        Actions = [];
        foreach (var t in ApplicationWorkflow.From(a.State))
        {
            if (await staff.CanAsync(t.Needs, a.BodyId))
            {
                Actions.Add(t.Action);
            }
        }

        var officerIds = await db.RoleGrants.AsNoTracking()
            .Where(g => g.BodyId == a.BodyId && g.Role == StaffRole.DisclosureOfficer)
            .Select(g => g.UserId).Distinct().ToListAsync();
        Officers = (await db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id)).OrderBy(u => u.UserName).ToListAsync())
            .Select(u => (u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName)).ToList();
        Bodies = await ApplicantForm.BodiesAsync(db);
        BodyNames = Bodies.ToDictionary(b => b.Id, b => b.Name);
        await LoadDeliveryAsync();
        return null;
    }
}
