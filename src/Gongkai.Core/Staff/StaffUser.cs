using Gongkai.Audit;
using Gongkai.Bodies;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Staff;

public sealed class StaffUser : IdentityUser, IAudited
{
    public string DisplayName { get; set; } = "";

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public List<RoleGrant> Grants { get; set; } = [];

    public string AuditKey => Id;
}

/// <summary>Stored as its member name: never rename one.</summary>
public enum StaffRole
{
    SystemAdmin,
    BodyAdmin,
    Editor,
    Reviewer,
    DisclosureOfficer,
    Supervisor,

    /// <summary>窗口工作人员: registers and handles the 办件 of the centres run by the body the role is granted for.</summary>
    WindowClerk,
}

/// <summary>A role a staff member holds in one body.</summary>
public sealed class RoleGrant : IAudited
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public StaffUser? User { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public StaffRole Role { get; set; }

    public string AuditKey => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
