using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Catalog;

public sealed class NewModel(GongkaiDb db, StaffContext staff, CatalogService catalog) : PageModel
{
    [BindProperty]
    public ItemForm Form { get; set; } = new();

    public List<Body> Bodies { get; private set; } = [];

    [BindProperty]
    public IFormFile? DocxFile { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Bodies.Count == 0)
        {
            return Forbid();
        }

        Form.WrittenOn = catalog.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await staff.CanAsync(Privilege.EditCatalog, Form.BodyId))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var item = await catalog.CreateAsync(Form.BodyId, Form.ToInput(), staff.UserId);
                TempData["Notice"] = $"已保存草稿，索引号 {item.IndexNumber}。";
                return Redirect($"/staff/catalog/{item.Id}");
            }
            catch (CatalogInputException e)
            {
                foreach (var p in e.Problems)
                {
                    ModelState.AddModelError("", p);
                }
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostImportDocxAsync(CancellationToken ct)
    {
        if (!await staff.CanAsync(Privilege.EditCatalog, Form.BodyId))
        {
            return Forbid();
        }

        if (await Form.ImportDocxAsync(DocxFile, ModelState, ct) is { } notice)
        {
            TempData["Notice"] = notice;
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
        if (Form.BodyId == 0 && Bodies.Count > 0)
        {
            Form.BodyId = Bodies[0].Id;
        }
    }
}
