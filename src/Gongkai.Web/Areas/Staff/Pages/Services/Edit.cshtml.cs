using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Services;

public sealed class EditModel(GongkaiDb db, StaffContext staff, ServiceItemWorkflow workflow) : PageModel
{
    [BindProperty]
    public GuideForm Form { get; set; } = new();

    public ServiceItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, tracked: false) is { } denied)
        {
            return denied;
        }

        Form = GuideForm.From(ServiceItemWorkflow.Working(Item), Item.Revision);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id, tracked: true) is { } denied)
        {
            return denied;
        }

        var (guide, problems) = await Form.ToGuideAsync(db, Request.Form.Files);
        if (problems.Count == 0 && ModelState.IsValid)
        {
            try
            {
                var correcting = Item.State == ItemState.Published;
                await workflow.UpdateAsync(Item, Form.Revision, guide);
                TempData["Notice"] = correcting ? "已保存更正稿。公开页面仍显示已公开的内容，更正稿审核通过后替换。" : "已保存。";
                return Redirect($"/staff/services/{id}");
            }
            catch (ServiceItemException e)
            {
                problems.AddRange(e.Problems);
            }
            catch (DbUpdateConcurrencyException)
            {
                problems.Add("保存失败：该事项已被他人修改或审核。请复制您填写的内容，刷新页面后重新修改。");
            }
        }

        foreach (var p in problems)
        {
            ModelState.AddModelError("", p);
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, bool tracked)
    {
        var query = tracked ? db.ServiceItems : db.ServiceItems.AsNoTracking();
        var item = await query.SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.EditCatalog, item.BodyId))
        {
            return Forbid();
        }

        Item = item;
        return null;
    }
}
