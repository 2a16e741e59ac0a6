namespace Gongkai.Staff;

public enum Privilege
{
    ViewBody,
    ManageBody,
    ManageStaff,
    ViewAudit,
    EditCatalog,
    ReviewCatalog,
    HandleApplications,
    ManageCalendar,

    /// <summary>Approving an extension of the reply period (Art. 33): the head of the disclosure office.</summary>
    ApproveExtension,

    /// <summary>Registering and handling 办件 at the windows of the centres the body runs.</summary>
    HandleCases,

    /// <summary>
    /// The county office's supervision (督查考核): assessment schemes and scoring, spot checks, key tasks,
    /// website checks, meetings, 人大建议/政协提案 registers. Held county-wide only.
    /// </summary>
    Supervise,

    /// <summary>A body's answers to supervision: progress on its key tasks, replies to suggestions and proposals, rectification of website findings.</summary>
    AnswerSupervision,
}

/// <summary>
/// Who may do what, where. A role acts only in the body it was granted for, except the county-wide
/// roles: the system administrator (everything) and the supervisor (read-only everywhere).
/// </summary>
public static class Access
{
    private static readonly Dictionary<StaffRole, Privilege[]> Matrix = new()
    {
        [StaffRole.SystemAdmin] = Enum.GetValues<Privilege>(),
        [StaffRole.BodyAdmin] = [Privilege.ViewBody, Privilege.ManageBody, Privilege.ManageStaff, Privilege.ViewAudit, Privilege.ApproveExtension, Privilege.AnswerSupervision],
        [StaffRole.Editor] = [Privilege.ViewBody, Privilege.EditCatalog],
        [StaffRole.Reviewer] = [Privilege.ViewBody, Privilege.ReviewCatalog],
        [StaffRole.DisclosureOfficer] = [Privilege.ViewBody, Privilege.HandleApplications],
        [StaffRole.Supervisor] = [Privilege.ViewBody, Privilege.ViewAudit, Privilege.Supervise],
        [StaffRole.WindowClerk] = [Privilege.ViewBody, Privilege.HandleCases],
    };

    public static bool Allows(StaffRole role, Privilege privilege) => Matrix[role].Contains(privilege);

    public static bool IsCountyWide(StaffRole role) => role is StaffRole.SystemAdmin or StaffRole.Supervisor;

    public static bool Can(IEnumerable<RoleGrant> grants, Privilege privilege, int bodyId) =>
        grants.Any(g => Allows(g.Role, privilege) && (g.BodyId == bodyId || IsCountyWide(g.Role)));

    public static bool CanAnywhere(IEnumerable<RoleGrant> grants, Privilege privilege) =>
        grants.Any(g => Allows(g.Role, privilege));

    /// <summary>
    /// Whether an actor may reset, re-role or unlock an account. Managing staff of a body reaches only the
    /// accounts whose every grant is in a body the actor manages; an account with a county-wide role (system
    /// administrator, supervisor) is managed by system administrators alone. Otherwise a body administrator
    /// could reset the password of the county's administrator whose home body is theirs and sign in as them.
    /// </summary>
    public static bool CanManageAccount(IReadOnlyCollection<RoleGrant> actor, IEnumerable<RoleGrant> account) =>
        account.All(g => IsCountyWide(g.Role)
            ? actor.Any(a => a.Role == StaffRole.SystemAdmin)
            : Can(actor, Privilege.ManageStaff, g.BodyId));

    public static string Label(StaffRole role) => role switch
    {
        StaffRole.SystemAdmin => "系统管理员",
        StaffRole.BodyAdmin => "单位管理员",
        StaffRole.Editor => "信息编辑",
        StaffRole.Reviewer => "信息审核",
        StaffRole.DisclosureOfficer => "依申请公开经办人",
        StaffRole.Supervisor => "监督员（县政务公开办督查考核）",
        StaffRole.WindowClerk => "窗口工作人员",
        _ => role.ToString(),
    };
}
