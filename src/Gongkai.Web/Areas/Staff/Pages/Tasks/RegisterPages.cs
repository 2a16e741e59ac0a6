using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Tasks;

/// <summary>What the pages of the three supervision registers share: the county shown, its bodies, messages.</summary>
public static class RegisterPages
{
    /// <summary>The county asked for if it is a county root, else the member's own county.</summary>
    public static async Task<Body?> CountyAsync(GongkaiDb db, StaffContext staff, int? requested)
    {
        var roots = await Counties.RootsAsync(db);
        if (requested is { } r && roots.FirstOrDefault(b => b.Id == r) is { } chosen)
        {
            return chosen;
        }

        var home = await Counties.HomeCountyAsync(db, (await staff.GrantsAsync()).Select(g => g.BodyId));
        return roots.FirstOrDefault(b => b.Id == home);
    }

    /// <summary>Whether the member runs the county office's supervision.</summary>
    public static Task<bool> SupervisesAsync(StaffContext staff, int countyId) => staff.CanAsync(Privilege.Supervise, countyId);

    public static void AddProblems(ModelStateDictionary state, IEnumerable<string> problems)
    {
        foreach (var p in problems)
        {
            state.AddModelError("", p);
        }
    }

    public const string Stale = "保存失败：该记录已被他人修改。请复制您填写的内容，刷新页面后重新填写。";

    public static IEnumerable<int> Years(DateOnly today) => Enumerable.Range(2010, today.Year - 2010 + 2).Reverse();

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>An audit row's changes as "field: before → after" lines for the history table, in words (see <see cref="AuditText"/>).</summary>
    public static IEnumerable<string> Changes(AuditEvent e) =>
        AuditText.Changes(e).Where(c => c.Field is not ("编号" or "县编号")).Select(c => e.Action == "created"
            ? $"{c.Field}：{c.After ?? "（空）"}"
            : $"{c.Field}：{c.Before ?? "（空）"} → {c.After ?? "（空）"}");

    public static string ActionLabel(string action) => AuditText.Action(action);

    /// <summary>The bodies of a county a member may pick, grouped as departments first.</summary>
    public static Task<List<Body>> BodiesAsync(GongkaiDb db, int countyId) => Counties.BodiesAsync(db, countyId);

    public static async Task<Dictionary<int, string>> NamesAsync(GongkaiDb db) =>
        await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ShortName.Length > 0 ? b.ShortName : b.Name);
}
