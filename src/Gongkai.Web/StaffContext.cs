using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>The signed-in staff member's roles, read from the database on each request so a revoked role stops at once.</summary>
public sealed class StaffContext(GongkaiDb db, IHttpContextAccessor http)
{
    private List<RoleGrant>? _grants;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IReadOnlyList<RoleGrant>> GrantsAsync()
    {
        if (_grants is null)
        {
            var id = UserId;
            _grants = id is null ? [] : await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id).OrderBy(g => g.Id).ToListAsync();
        }

        return _grants;
    }

    public async Task<bool> CanAsync(Privilege privilege, int bodyId) => Access.Can(await GrantsAsync(), privilege, bodyId);

    public async Task<bool> CanAnywhereAsync(Privilege privilege) => Access.CanAnywhere(await GrantsAsync(), privilege);

    /// <summary>The bodies whose records this staff member may see with <paramref name="privilege"/>; null means every body.</summary>
    public async Task<HashSet<int>?> BodiesWhereAsync(Privilege privilege)
    {
        var grants = (await GrantsAsync()).Where(g => Access.Allows(g.Role, privilege)).ToList();
        return grants.Any(g => Access.IsCountyWide(g.Role)) ? null : grants.Select(g => g.BodyId).ToHashSet();
    }
}
