using Gongkai.Staff;

namespace Gongkai.Web.Applications;

/// <summary>
/// Applications carry personal data, so they are seen only by the officers who handle them, the office head who
/// approves extensions, and the county-wide roles; editors and reviewers of the catalog do not see them.
/// </summary>
public static class ApplicationAccess
{
    /// <summary>The bodies whose applications the member may read; null means every body.</summary>
    public static async Task<HashSet<int>?> ReadableBodiesAsync(StaffContext staff)
    {
        var grants = await staff.GrantsAsync();
        if (grants.Any(g => Access.IsCountyWide(g.Role)))
        {
            return null;
        }

        return grants.Where(g => Access.Allows(g.Role, Privilege.HandleApplications) || Access.Allows(g.Role, Privilege.ApproveExtension))
            .Select(g => g.BodyId).ToHashSet();
    }

    public static async Task<bool> CanReadAsync(StaffContext staff, int bodyId) =>
        await ReadableBodiesAsync(staff) is not { } bodies || bodies.Contains(bodyId);
}
