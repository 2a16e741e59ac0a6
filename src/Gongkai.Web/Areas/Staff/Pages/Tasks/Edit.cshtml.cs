using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Tasks;

public sealed class TaskForm
{
    public int PlanId { get; set; }

    public int Number { get; set; }

    public string? Text { get; set; }

    public int LeadBodyId { get; set; }

    public List<int> PartnerIds { get; set; } = [];

    public DateOnly? Deadline { get; set; }

    public int Revision { get; set; }

    public TaskInput ToInput() => new(PlanId, Number, Text, LeadBodyId, PartnerIds, Deadline);
}

/// <summary>Adds or edits a key task (county office).</summary>
public sealed class EditModel(GongkaiDb db, StaffContext staff, KeyTasks keyTasks) : PageModel
{
    [BindProperty]
    public TaskForm Form { get; set; } = new();

    public int? Id { get; private set; }

    public List<WorkPlan> Plans { get; private set; } = [];

    public List<Body> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? year)
    {
        var (task, county, denied) = await LoadAsync(id);
        if (denied is not null)
        {
            return denied;
        }

        if (task is not null)
        {
            Form = new TaskForm
            {
                PlanId = task.PlanId,
                Number = task.Number,
                Text = task.Text,
                LeadBodyId = task.LeadBodyId,
                PartnerIds = await db.KeyTaskPartners.AsNoTracking().Where(p => p.TaskId == task.Id).Select(p => p.BodyId).ToListAsync(),
                Deadline = task.Deadline,
                Revision = task.Revision,
            };
        }
        else
        {
            var y = year ?? db.Today().Year;
            Form.PlanId = Plans.FirstOrDefault(p => p.Year == y)?.Id ?? 0;
            Form.Number = (await db.KeyTasks.Where(t => t.PlanId == Form.PlanId).MaxAsync(t => (int?)t.Number) ?? 0) + 1;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var (task, county, denied) = await LoadAsync(id, tracked: true);
        if (denied is not null)
        {
            return denied;
        }

        if (task is null && Plans.All(p => p.Id != Form.PlanId))
        {
            ModelState.AddModelError("", "请选择本县的工作要点文件。");
        }

        if (ModelState.IsValid)
        {
            try
            {
                if (task is null)
                {
                    task = await keyTasks.CreateTaskAsync(Form.ToInput());
                }
                else
                {
                    await keyTasks.UpdateTaskAsync(task, Form.Revision, Form.ToInput());
                }

                TempData["Notice"] = $"已保存第 {task.Number} 项任务。";
                return Redirect($"/staff/tasks/{task.Id}");
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

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<(KeyTask? Task, Body? County, IActionResult? Denied)> LoadAsync(int? id, bool tracked = false)
    {
        Id = id;
        KeyTask? task = null;
        int? countyId = null;
        if (id is { } existing)
        {
            task = await (tracked ? db.KeyTasks : db.KeyTasks.AsNoTracking()).SingleOrDefaultAsync(t => t.Id == existing);
            if (task is null)
            {
                return (null, null, NotFound());
            }

            countyId = task.CountyId;
        }

        var county = await RegisterPages.CountyAsync(db, staff, countyId);
        if (county is null)
        {
            return (null, null, NotFound());
        }

        if (!await RegisterPages.SupervisesAsync(staff, county.Id))
        {
            return (null, null, Forbid());
        }

        Plans = await db.WorkPlans.AsNoTracking().Where(p => p.CountyId == county.Id).OrderByDescending(p => p.Year).ThenBy(p => p.Id).ToListAsync();
        Bodies = await RegisterPages.BodiesAsync(db, county.Id);
        return (task, county, null);
    }
}
