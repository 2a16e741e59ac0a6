using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Bodies;

[OutputCache(PolicyName = Portal.PortalCache.Policy)]
public sealed class HomeModel(GongkaiDb db, PublicCatalog catalog, Portal.PortalCounts counts) : PageModel
{
    public Body Body { get; private set; } = null!;

    public Dictionary<string, int> Counts { get; private set; } = [];

    public IEnumerable<Term> Categories => Taxonomy.StatutoryCategories.Where(t =>
        t.Code switch { "a21-01" => Body.Level == BodyLevel.County, "a21-02" => Body.Level == BodyLevel.Township, _ => true });

    public List<CatalogRow> Latest { get; private set; } = [];

    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code);
        if (body is null)
        {
            return NotFound();
        }

        Body = body;
        Counts = await catalog.CategoryCountsAsync(body.Id);
        Total = await counts.CountAsync(new CatalogFilter(BodyId: body.Id));
        Latest = await catalog.LatestAsync(new CatalogFilter(BodyId: body.Id), 10);
        return Page();
    }
}
