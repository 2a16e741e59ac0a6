using Gongkai.Data;
using Gongkai.Search;
using Gongkai.Staff;
using Gongkai.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Search;

/// <summary>Staff search: drafts, items in review, withdrawn items and earlier versions too, of the bodies the user may see.</summary>
public sealed class IndexModel(GongkaiDb db, SearchService search, StaffContext staff) : PageModel
{
    public SearchView View { get; private set; } = new() { Path = "/staff/search", Form = new(null, null, null, null, null, null, null, null), Staff = true };

    public List<SearchNodeStatus> Nodes { get; private set; } = [];

    public int Generation { get; private set; }

    public bool CanReindex { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var bodies = await staff.BodiesWhereAsync(Privilege.ViewBody);
        if (bodies is { Count: 0 })
        {
            return Forbid();
        }

        View = await SearchView.RunAsync("/staff/search", Request.Query, db, r => search.SearchStaff(r with { AllowedBodies = bodies }), staff: true, ct);
        if (View.Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadStatusAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReindexAsync(CancellationToken ct)
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageStaff) || await staff.BodiesWhereAsync(Privilege.ManageStaff) is not null)
        {
            return Forbid();
        }

        var g = await SearchSync.RequestReindexAsync(db, User.Identity?.Name ?? "", ct);
        Message = $"已要求所有节点重建检索索引（第 {g} 代）。重建期间检索照常可用。";
        await LoadStatusAsync(ct);
        return Page();
    }

    private async Task LoadStatusAsync(CancellationToken ct)
    {
        Nodes = await db.SearchNodes.AsNoTracking().OrderBy(n => n.Node).ToListAsync(ct);
        Generation = await db.SearchGenerations.Select(g => g.Generation).SingleAsync(ct);
        CanReindex = await staff.BodiesWhereAsync(Privilege.ManageStaff) is null && await staff.CanAnywhereAsync(Privilege.ManageStaff);
    }
}
