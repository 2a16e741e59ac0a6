using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Tasks;

public sealed class PlanForm
{
    public int? PlanId { get; set; }

    public int Year { get; set; }

    public string? Title { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Url { get; set; }

    public string? CatalogIndexNumber { get; set; }

    public int Revision { get; set; }

    public PlanInput ToInput() => new(Year, Title, DocumentNumber, Url, CatalogIndexNumber);
}

/// <summary>重点工作任务: the year's 工作要点 documents and their tasks, filtered by lead body and state.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, KeyTasks keyTasks) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public int? BodyId { get; set; }

    /// <summary>open, done, overdue or blank for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "county")]
    public int? CountyId { get; set; }

    [BindProperty]
    public PlanForm Plan { get; set; } = new();

    /// <summary>The plan whose details the form below the list is filled with, for correction.</summary>
    [BindProperty(SupportsGet = true, Name = "edit")]
    public int? EditPlanId { get; set; }

    public Body County { get; private set; } = null!;

    public List<Body> Bodies { get; private set; } = [];

    public List<WorkPlan> Plans { get; private set; } = [];

    public List<KeyTask> Tasks { get; private set; } = [];

    public Dictionary<int, List<int>> Partners { get; private set; } = [];

    public Dictionary<int, string> Names { get; private set; } = [];

    public bool CanSupervise { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (CanSupervise && Plans.FirstOrDefault(p => p.Id == EditPlanId) is { } plan)
        {
            Plan = new PlanForm
            {
                PlanId = plan.Id,
                Year = plan.Year,
                Title = plan.Title,
                DocumentNumber = plan.DocumentNumber,
                Url = plan.Url,
                CatalogIndexNumber = await db.CatalogItems.Where(i => i.Id == plan.CatalogItemId).Select(i => i.IndexNumber).SingleOrDefaultAsync(),
                Revision = plan.Revision,
            };
        }
        else if (Plan.Year == 0)
        {
            Plan.Year = Year!.Value;
        }

        return Page();
    }

    /// <summary>Registers or corrects a 工作要点 document (county office).</summary>
    public async Task<IActionResult> OnPostPlanAsync()
    {
        var county = await RegisterPages.CountyAsync(db, staff, CountyId);
        if (county is null || !await RegisterPages.SupervisesAsync(staff, county.Id))
        {
            return Forbid();
        }

        var plan = Plan.PlanId is { } id ? await db.WorkPlans.SingleOrDefaultAsync(p => p.Id == id && p.CountyId == county.Id) : null;
        if (Plan.PlanId is not null && plan is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                if (plan is null)
                {
                    plan = await keyTasks.CreatePlanAsync(county.Id, Plan.ToInput());
                }
                else
                {
                    await keyTasks.UpdatePlanAsync(plan, Plan.Revision, Plan.ToInput());
                }

                TempData["Notice"] = $"已保存工作要点“{plan.Title}”。";
                return Redirect($"/staff/tasks?year={plan.Year}&county={county.Id}");
            }
            catch (SupervisionException e)
            {
                RegisterPages.AddProblems(ModelState, e.Problems);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", RegisterPages.Stale);
            }
        }

        Year ??= Plan.Year is >= 2000 and <= 2100 ? Plan.Year : null;
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var county = await RegisterPages.CountyAsync(db, staff, CountyId);
        if (county is null)
        {
            return NotFound();
        }

        County = county;
        Today = db.Today();
        Year ??= Today.Year;
        CanSupervise = await RegisterPages.SupervisesAsync(staff, county.Id);
        Bodies = await RegisterPages.BodiesAsync(db, county.Id);
        Names = await RegisterPages.NamesAsync(db);
        Plans = await db.WorkPlans.AsNoTracking().Where(p => p.CountyId == county.Id && p.Year == Year).OrderBy(p => p.Id).ToListAsync();
        var planIds = Plans.Select(p => p.Id).ToList();
        var query = db.KeyTasks.AsNoTracking().Where(t => planIds.Contains(t.PlanId));
        if (BodyId is { } body)
        {
            query = query.Where(t => t.LeadBodyId == body || db.KeyTaskPartners.Any(p => p.TaskId == t.Id && p.BodyId == body));
        }

        var today = Today;
        query = State switch
        {
            "open" => query.Where(t => t.DoneOn == null),
            "done" => query.Where(t => t.DoneOn != null),
            "overdue" => query.Where(t => t.DoneOn == null && t.Deadline < today),
            _ => query,
        };
        Tasks = await query.OrderBy(t => t.PlanId).ThenBy(t => t.Number).ToListAsync();
        var ids = Tasks.Select(t => t.Id).ToList();
        Partners = (await db.KeyTaskPartners.AsNoTracking().Where(p => ids.Contains(p.TaskId)).ToListAsync())
            .GroupBy(p => p.TaskId).ToDictionary(g => g.Key, g => g.Select(p => p.BodyId).ToList());
        return null;
    }
}
