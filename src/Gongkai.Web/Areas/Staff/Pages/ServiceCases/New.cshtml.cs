using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Web.CaseDesk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.ServiceCases;

/// <summary>What the registration form posts.</summary>
public sealed class RegisterForm
{
    public int CentreId { get; set; }

    public int? ItemId { get; set; }

    public int? WindowId { get; set; }

    public ApplicantType ApplicantType { get; set; }

    public string? ApplicantName { get; set; }

    /// <summary>Beijing time, as the window's clock shows it.</summary>
    public DateTime? ReceivedAt { get; set; }

    public string? ProvincialNumber { get; set; }
}

/// <summary>登记办件 by hand at a window: an item on site in the centre, the window, the applicant and when it was received.</summary>
public sealed class NewModel(GongkaiDb db, StaffContext staff, Gongkai.ServiceItems.ServiceCases cases, TimeProvider time) : PageModel
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public ServiceCentre Centre { get; private set; } = null!;

    /// <summary>The other centres where the member may register cases.</summary>
    public List<ServiceCentre> Centres { get; private set; } = [];

    public List<(int Id, string Label)> Items { get; private set; } = [];

    public List<CentreWindow> Windows { get; private set; } = [];

    [BindProperty]
    public RegisterForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? centre)
    {
        Form.ReceivedAt = time.GetUtcNow().ToOffset(Beijing).DateTime;
        return await LoadAsync(centre) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync(Form.CentreId) is { } denied)
        {
            return denied;
        }

        if (Form.ItemId is null)
        {
            ModelState.AddModelError("", "请选择办理事项");
        }

        if (Form.ReceivedAt is null)
        {
            ModelState.AddModelError("", "请填写收件时间");
        }

        var at = Form.ReceivedAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Beijing) : default;
        if (Form.ReceivedAt is not null && CaseSteps.ReceivedAtProblem(at, time) is { } late)
        {
            ModelState.AddModelError("", late);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var c = await cases.RegisterAsync(new CaseRegistration(Form.ItemId!.Value, Centre.Id, Form.WindowId, Form.ApplicantType,
                    string.IsNullOrWhiteSpace(Form.ApplicantName) ? null : Form.ApplicantName.Trim(), at, Form.ProvincialNumber));
                TempData["Notice"] = $"已登记办件 {CaseLists.Number(c)}，请作出受理或不予受理决定，材料不全的一次性告知。";
                return Redirect($"/staff/service-cases/{c.Id}");
            }
            catch (ServiceCaseException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int? centreId)
    {
        var readable = await CaseAccess.ReadableCentresAsync(db, staff);
        Centres = [];
        foreach (var c in readable)
        {
            if (await CaseAccess.CanHandleAsync(staff, c.BodyId))
            {
                Centres.Add(c);
            }
        }

        if (centreId is { } wanted)
        {
            if (Centres.FirstOrDefault(c => c.Id == wanted) is not { } chosen)
            {
                return await db.ServiceCentres.AnyAsync(c => c.Id == wanted) ? Forbid() : NotFound();
            }

            Centre = chosen;
        }
        else if (Centres.FirstOrDefault() is { } first)
        {
            Centre = first;
        }
        else
        {
            return Forbid();
        }

        Form.CentreId = Centre.Id;
        var id = Centre.Id;
        var placed = db.CentreItems.Where(x => x.CentreId == id).Select(x => x.ItemId);
        Items = (await db.ServiceItems.AsNoTracking().Where(i => placed.Contains(i.Id)).OrderBy(i => i.Code).Select(i => new { i.Id, i.Code, i.Name, i.PromisedDays }).ToListAsync())
            .Select(i => (i.Id, $"{i.Code} {i.Name}{(i.PromisedDays is { } d ? $"（承诺 {d} 个工作日）" : "")}")).ToList();
        Windows = await db.CentreWindows.AsNoTracking().Where(w => w.CentreId == id).OrderBy(w => w.Number).ThenBy(w => w.Name).ToListAsync();
        return null;
    }
}
