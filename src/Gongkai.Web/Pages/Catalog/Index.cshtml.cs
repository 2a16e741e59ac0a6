using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Catalog;

[OutputCache(PolicyName = Portal.PortalCache.Policy, VaryByQueryKeys = ["body", "category", "area", "topic", "year", Paging.Pager.QueryName])]
public sealed class IndexModel(GongkaiDb db, PublicCatalog catalog, Portal.PortalCounts counts) : PageModel
{
    public CatalogFilter Filter { get; private set; } = new();

    public Body? Body { get; private set; }

    public List<Body> Bodies { get; private set; } = [];

    public List<int> Years { get; private set; } = [];

    public List<CatalogRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public Paging.Pager Pager { get; private set; } = null!;

    public string Heading => (Body?.Name ?? "") + "政府信息公开目录";

    public async Task<IActionResult> OnGetAsync(string? body, string? category, string? area, string? topic, int? year, [FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        Bodies = await db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        Body = string.IsNullOrEmpty(body) ? null : Bodies.FirstOrDefault(b => b.Code == body);
        if (!string.IsNullOrEmpty(body) && Body is null)
        {
            return NotFound();
        }

        // Unknown codes are ignored rather than refused: an old link keeps working, showing more rather than nothing.
        Filter = new CatalogFilter(
            Body?.Id,
            Taxonomy.IsStatutoryCategory(category) ? category : null,
            Taxonomy.IsKeyArea(area) ? area : null,
            Taxonomy.IsTopic(topic) ? topic : null,
            year is >= 1949 and <= 2200 ? year : null);
        Years = await counts.YearsAsync();
        Total = await counts.CountAsync(Filter);
        Pager = new Paging.Pager("/catalog", Query(), pageNumber, PublicCatalog.PageSize, Total);
        Rows = await catalog.PageAsync(Filter, Pager.Number, PublicCatalog.PageSize, await counts.AnchorsAsync(Filter, Pager.Number));
        return Page();
    }

    /// <summary>The same list as open data: same filters, same page.</summary>
    public string DataUrl(string format) => "/catalog." + format + Pager.Url(Pager.Number)["/catalog".Length..];

    public IEnumerable<(string Key, string? Value)> Query()
    {
        if (Body is not null)
        {
            yield return ("body", Body.Code);
        }

        if (Filter.Category is { } c)
        {
            yield return ("category", c);
        }

        if (Filter.Area is { } a)
        {
            yield return ("area", a);
        }

        if (Filter.Topic is { } t)
        {
            yield return ("topic", t);
        }

        if (Filter.Year is { } y)
        {
            yield return ("year", y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

}
