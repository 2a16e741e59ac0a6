using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>
/// 待我审批: the requests of the workflow that wait for an approver (today the extension of the reply period),
/// in the bodies where the member may approve them. Approving posts to the case's own action handler.
/// </summary>
public sealed class ApprovalsModel(GongkaiDb db, StaffContext staff, ApplicationService applications) : PageModel
{
    public List<Application> Items { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The approvals of the workflow table: the actions that need more than handling applications.</summary>
    public static readonly IReadOnlyList<ApplicationWorkflow.ActionInfo> Kinds =
        [.. ApplicationWorkflow.Actions.Values.Where(a => a.ApprovedBy is not null)];

    public async Task<IActionResult> OnGetAsync()
    {
        var needs = ApplicationWorkflow.Table.Where(t => Kinds.Any(k => k.ApprovedBy == t.Action)).Select(t => t.Needs).Distinct().ToList();
        var allowed = false;
        foreach (var p in needs)
        {
            allowed |= await staff.CanAnywhereAsync(p);
        }

        if (!allowed)
        {
            return Forbid();
        }

        Today = applications.Today();
        var query = db.Applications.AsNoTracking().Include(a => a.Body).Where(a => a.RequestedExtensionDays != null);
        if (await staff.BodiesWhereAsync(Privilege.ApproveExtension) is { } bodies)
        {
            query = query.Where(a => bodies.Contains(a.BodyId));
        }

        Items = await query.OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(200).ToListAsync();
        return Page();
    }
}
