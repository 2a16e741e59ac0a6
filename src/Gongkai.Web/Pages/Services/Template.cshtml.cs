using Gongkai.Data;
using Gongkai.ServiceItems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Services;

/// <summary>The blank form (模板) of a material of a public guide; only a template the published text names is served.</summary>
public sealed class TemplateModel(GongkaiDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, string sha)
    {
        var materials = await db.ServiceItems.AsNoTracking().Where(ServiceItem.Public).Where(i => i.Code == code).Select(i => i.Materials).SingleOrDefaultAsync();
        var m = ServiceMaterials.Parse(materials).FirstOrDefault(m => m.TemplateSha == sha);
        var blob = m is null ? null : await Gongkai.Catalog.Blobs.ReadAsync(db, sha, HttpContext.RequestAborted);
        return blob is null ? NotFound() : File(blob, ServiceMaterials.ContentType(m!.TemplateName), m.TemplateName);
    }
}
