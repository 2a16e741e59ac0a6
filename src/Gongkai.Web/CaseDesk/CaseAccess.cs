using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.CaseDesk;

/// <summary>
/// 办件 carry applicants' names, so they are seen at the desk by the window clerks of the body that runs the centre
/// (not the body implementing the item: one county centre hosts the windows of twenty departments) and by the
/// county-wide roles: the system administrator acts on all of them, the supervisor only reads. A case received
/// without a centre (an online case imported from the provincial platform) belongs to no desk: only the county-wide
/// roles reach it.
/// </summary>
public static class CaseAccess
{
    /// <summary>The centres whose cases the member may read, ordered by tier and name.</summary>
    public static async Task<List<ServiceCentre>> ReadableCentresAsync(GongkaiDb db, StaffContext staff)
    {
        var bodies = await BodiesAsync(staff);
        var query = db.ServiceCentres.AsNoTracking();
        if (bodies is not null)
        {
            query = query.Where(c => bodies.Contains(c.BodyId));
        }

        return await query.OrderBy(c => c.Tier).ThenBy(c => c.Name).ToListAsync();
    }

    /// <summary>The bodies whose centres' cases the member may read; null means every centre.</summary>
    public static async Task<HashSet<int>?> BodiesAsync(StaffContext staff)
    {
        var grants = await staff.GrantsAsync();
        return grants.Any(g => Access.IsCountyWide(g.Role))
            ? null
            : grants.Where(g => Access.Allows(g.Role, Privilege.HandleCases)).Select(g => g.BodyId).ToHashSet();
    }

    /// <summary>Reading a case: the body running its centre, or a county-wide role (also for a case without a centre).</summary>
    public static async Task<bool> CanReadAsync(StaffContext staff, int? centreBodyId) =>
        await BodiesAsync(staff) is not { } bodies || (centreBodyId is { } b && bodies.Contains(b));

    /// <summary>Acting on a case: <see cref="Privilege.HandleCases"/> in the body running its centre; without a centre, the system administrator.</summary>
    public static async Task<bool> CanHandleAsync(StaffContext staff, int? centreBodyId) =>
        centreBodyId is { } b
            ? await staff.CanAsync(Privilege.HandleCases, b)
            : (await staff.GrantsAsync()).Any(g => g.Role == StaffRole.SystemAdmin);
}
