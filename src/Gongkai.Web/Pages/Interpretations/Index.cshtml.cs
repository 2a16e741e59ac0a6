using Gongkai.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Interpretations;

/// <summary>The 政策解读 column: every published interpretation with the policy it explains.</summary>
[OutputCache(PolicyName = Portal.PortalCache.Policy, VaryByQueryKeys = [Paging.Pager.QueryName])]
public sealed class IndexModel(PublicCatalog catalog) : PageModel
{
    public Paging.Pager Pager { get; private set; } = null!;

    public List<(CatalogRow Interpretation, CatalogRow? Policy)> Rows { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber, CancellationToken ct)
    {
        Pager = new Paging.Pager("/interpretations", [], pageNumber, PublicCatalog.PageSize, await catalog.InterpretationCountAsync(ct));
        Rows = await catalog.InterpretationPageAsync(Pager.Skip, Pager.Size, ct);
    }
}
