using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages;

[OutputCache(PolicyName = Portal.PortalCache.Policy)]
public sealed class IndexModel(GongkaiDb db, SiteInfo site, PublicCatalog catalog, Portal.PortalCounts counts) : PageModel
{
    public sealed record BodyGroup(string Title, List<Body> Bodies);

    public string CountyName { get; private set; } = "";

    public List<BodyGroup> Groups { get; } = [];

    public List<CatalogRow> Latest { get; private set; } = [];

    public List<(Term Area, List<CatalogRow> Rows)> Areas { get; } = [];

    public int Total { get; private set; }

    /// <summary>The county's people's government, whose guide is the portal's own.</summary>
    public Body? Root { get; private set; }

    public sealed record ReportLink(int Id, string Body, bool CountyWide, int Year);

    public List<ReportLink> Reports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        CountyName = await site.CountyNameAsync();
        Latest = await catalog.LatestAsync(new CatalogFilter(), 10);
        Total = await counts.CountAsync(new CatalogFilter());
        foreach (var area in Taxonomy.KeyAreas.Where(a => a.Parent is null))
        {
            Areas.Add((area, await catalog.LatestAsync(new CatalogFilter(Area: area.Code), 5)));
        }

        var bodies = await db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village)
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        Groups.Add(new("县人民政府", bodies.Where(b => b.Kind == BodyKind.Government).ToList()));
        Groups.Add(new("县政府工作部门", bodies.Where(b => b.Kind == BodyKind.Department).ToList()));
        Groups.Add(new("乡镇人民政府、街道办事处", bodies.Where(b => b.Level == BodyLevel.Township).ToList()));
        Groups.RemoveAll(g => g.Bodies.Count == 0);
        Root = bodies.Where(b => b.ParentId == null && b.Kind == BodyKind.Government).MinBy(b => b.Id);
        // The newest year's reports, the county-wide one first: what a citizen looking for "the annual report" means.
        Reports = await db.AnnualReports.AsNoTracking().Where(r => r.State == Gongkai.Reports.ReportState.Published)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.CountyWide).ThenBy(r => r.BodyId)
            .Select(r => new ReportLink(r.Id, r.Body!.Name, r.CountyWide, r.Year)).Take(3).ToListAsync();
    }
}
