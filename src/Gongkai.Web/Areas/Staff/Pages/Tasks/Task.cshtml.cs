using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Tasks;

public sealed class ProgressForm
{
    public DateOnly? On { get; set; }

    public string? Text { get; set; }

    public bool Done { get; set; }
}

/// <summary>A key task with its progress reports and history; the lead and co-operating bodies report here.</summary>
public sealed class TaskModel(GongkaiDb db, StaffContext staff, KeyTasks keyTasks) : PageModel
{
    [BindProperty]
    public ProgressForm Progress { get; set; } = new();

    public KeyTask Task { get; private set; } = null!;

    public WorkPlan Plan { get; private set; } = null!;

    public List<int> Partners { get; private set; } = [];

    public List<TaskProgress> Reports { get; private set; } = [];

    public List<AuditEvent> History { get; private set; } = [];

    public Dictionary<int, string> Names { get; private set; } = [];

    /// <summary>The lead or co-operating bodies the member answers for.</summary>
    public List<int> ReportFor { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id, tracked: false))
        {
            return NotFound();
        }

        Progress.On = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostProgressAsync(int id, int? bodyId)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }

        var body = bodyId ?? Task.LeadBodyId;
        if (!await staff.CanAsync(Privilege.AnswerSupervision, body) || !await keyTasks.IsPartyAsync(Task, body))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await keyTasks.ReportAsync(Task, body, new ProgressInput(Progress.On, Progress.Text, Progress.Done));
                TempData["Notice"] = Task.DoneOn is not null ? "已报送完成情况，任务已办结。" : "已报送进展情况。";
                return Redirect($"/staff/tasks/{id}");
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

        await LoadAsync(id, tracked: false);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, bool tracked)
    {
        var task = await (tracked ? db.KeyTasks : db.KeyTasks.AsNoTracking()).SingleOrDefaultAsync(t => t.Id == id);
        if (task is null)
        {
            return false;
        }

        Task = task;
        Today = db.Today();
        Plan = await db.WorkPlans.AsNoTracking().SingleAsync(p => p.Id == task.PlanId);
        Partners = await db.KeyTaskPartners.AsNoTracking().Where(p => p.TaskId == id).Select(p => p.BodyId).OrderBy(b => b).ToListAsync();
        Reports = await db.TaskProgress.AsNoTracking().Where(p => p.TaskId == id).OrderBy(p => p.On).ThenBy(p => p.Id).ToListAsync();
        History = await Counties.HistoryAsync(db, nameof(KeyTask), id);
        Names = await RegisterPages.NamesAsync(db);
        CanEdit = await RegisterPages.SupervisesAsync(staff, task.CountyId);
        ReportFor = [];
        foreach (var b in Partners.Prepend(task.LeadBodyId))
        {
            if (await staff.CanAsync(Privilege.AnswerSupervision, b))
            {
                ReportFor.Add(b);
            }
        }

        return true;
    }
}
