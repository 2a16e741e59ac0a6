using Gongkai.Staff;

namespace Gongkai.Web.Areas.Staff.Pages.Assessment;

/// <summary>The county office's side of the assessment: Supervise, which only county-wide roles hold.</summary>
public static class AssessmentAccess
{
    public static async Task<bool> SupervisesAsync(this StaffContext staff) => await staff.BodiesWhereAsync(Privilege.Supervise) is null;
}
