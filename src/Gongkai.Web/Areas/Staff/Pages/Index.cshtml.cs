using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages;

public sealed class IndexModel(GongkaiDb db, StaffContext staff) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string BodyName { get; private set; } = "";

    public List<RoleGrant> Grants { get; private set; } = [];

    public List<Notifications.Notification> Reminders { get; private set; } = [];

    /// <summary>Requests waiting for this member's approval; null when the member approves nothing.</summary>
    public int? Approvals { get; private set; }

    public async Task OnGetAsync()
    {
        if (await staff.BodiesWhereAsync(Privilege.ApproveExtension) is var bodies && (bodies is null || bodies.Count > 0))
        {
            Approvals = await db.Applications.CountAsync(a => a.RequestedExtensionDays != null && (bodies == null || bodies.Contains(a.BodyId)));
        }

        var id = staff.UserId;
        var user = await db.Users.AsNoTracking().Include(u => u.Body).SingleAsync(u => u.Id == id);
        DisplayName = user.DisplayName;
        BodyName = user.Body!.Name;
        Reminders = await db.Notifications.AsNoTracking().Where(n => n.UserId == id && n.ReadAt == null).OrderByDescending(n => n.Id).Take(20).ToListAsync();
        Grants = await db.RoleGrants.AsNoTracking().Include(g => g.Body).Where(g => g.UserId == id).OrderBy(g => g.Id).ToListAsync();
    }
}
