using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Services;

public sealed class NewModel(GongkaiDb db, StaffContext staff, ServiceItemWorkflow workflow) : PageModel
{
    [BindProperty]
    public GuideForm Form { get; set; } = new();

    [BindProperty]
    public int BodyId { get; set; }

    [BindProperty]
    public string ItemCode { get; set; } = "";

    public List<Body> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Bodies.Count == 0 ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await staff.CanAsync(Privilege.EditCatalog, BodyId))
        {
            return Forbid();
        }

        var (guide, problems) = await Form.ToGuideAsync(db, Request.Form.Files);
        if (problems.Count == 0 && ModelState.IsValid)
        {
            try
            {
                var item = await workflow.CreateAsync(BodyId, ItemCode, guide);
                TempData["Notice"] = $"已保存事项“{item.Name}”的办事指南草稿。";
                return Redirect($"/staff/services/{item.Id}");
            }
            catch (ServiceItemException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        foreach (var p in problems)
        {
            ModelState.AddModelError("", p);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ids = await staff.BodiesWhereAsync(Privilege.EditCatalog);
        var query = db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village);
        if (ids is not null)
        {
            query = query.Where(b => ids.Contains(b.Id));
        }

        Bodies = await query.OrderBy(b => b.ParentId != null).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        if (BodyId == 0 && Bodies.Count > 0)
        {
            BodyId = Bodies[0].Id;
        }
    }
}
