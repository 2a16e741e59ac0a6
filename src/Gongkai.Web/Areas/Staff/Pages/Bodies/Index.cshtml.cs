using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Bodies;

public sealed class IndexModel(GongkaiDb db, StaffContext staff) : PageModel
{
    public List<Body> Bodies { get; private set; } = [];

    public HashSet<int> Manageable { get; private set; } = [];

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        CanAdd = (await staff.GrantsAsync()).Any(g => g.Role == StaffRole.SystemAdmin);
        var visible = await staff.BodiesWhereAsync(Privilege.ViewBody);
        var query = db.Bodies.AsNoTracking();
        if (visible is not null)
        {
            query = query.Where(b => visible.Contains(b.Id));
        }

        Bodies = await query.OrderBy(b => b.ParentId != null).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        foreach (var b in Bodies)
        {
            if (await staff.CanAsync(Privilege.ManageBody, b.Id))
            {
                Manageable.Add(b.Id);
            }
        }
    }
}
