using Gongkai.Data;
using Gongkai.Search;
using Gongkai.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Search;

[PublicSearch]
public sealed class IndexModel(GongkaiDb db, SearchService search) : PageModel
{
    public SearchView View { get; private set; } = new() { Path = "/search", Form = new(null, null, null, null, null, null, null, null) };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await SearchView.RunAsync("/search", Request.Query, db, search.SearchPublic, staff: false, ct);
        if (View.Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
