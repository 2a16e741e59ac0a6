using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Catalog;

public sealed class EditModel(GongkaiDb db, StaffContext staff, CatalogService catalog) : PageModel
{
    [BindProperty]
    public ItemForm Form { get; set; } = new();

    public int Id { get; private set; }

    public string IndexNumber { get; private set; } = "";

    [BindProperty]
    public IFormFile? DocxFile { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var item = await db.CatalogItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.EditCatalog, item.BodyId))
        {
            return Forbid();
        }

        (Id, IndexNumber, Form) = (id, item.IndexNumber, ItemForm.From(item));
        Form.InterpretsRef = await catalog.PolicyReferenceAsync(item.InterpretsItemId);
        return Page();
    }

    public async Task<IActionResult> OnPostImportDocxAsync(int id, CancellationToken ct)
    {
        var item = await db.CatalogItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.EditCatalog, item.BodyId))
        {
            return Forbid();
        }

        (Id, IndexNumber) = (id, item.IndexNumber);
        if (await Form.ImportDocxAsync(DocxFile, ModelState, ct) is { } notice)
        {
            TempData["Notice"] = notice;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var item = await db.CatalogItems.SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.EditCatalog, item.BodyId))
        {
            return Forbid();
        }

        (Id, IndexNumber) = (id, item.IndexNumber);
        if (ModelState.IsValid)
        {
            try
            {
                await catalog.UpdateAsync(item, Form.Revision, Form.ToInput());
                TempData["Notice"] = "已保存。";
                return Redirect($"/staff/catalog/{id}");
            }
            catch (CatalogInputException e)
            {
                foreach (var p in e.Problems)
                {
                    ModelState.AddModelError("", p);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "保存失败：该信息已被他人修改。请复制您填写的内容，刷新页面后重新修改。");
            }
        }

        return Page();
    }
}
