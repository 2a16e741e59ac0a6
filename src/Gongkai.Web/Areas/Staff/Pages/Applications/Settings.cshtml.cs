using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>The open points of the rules as settings (system administrator only); every change is audited.</summary>
public sealed class SettingsModel(GongkaiDb db, StaffContext staff) : PageModel
{
    public ApplicationSettings Current { get; private set; } = ApplicationSettings.Defaults;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        Current = await ApplicationSettings.LoadAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool countFromNextDay, bool feeStopsClock, Dictionary<string, string> rows)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in Outcomes.All)
        {
            if (rows.TryGetValue(o.Code, out var row) && Outcomes.Rows.Any(r => r.Code == row))
            {
                mapping[o.Code] = row;
            }
        }

        try
        {
            await new ApplicationSettings(countFromNextDay, feeStopsClock, mapping).SaveAsync(db);
            TempData["Notice"] = "已保存。新的设置用于此后计算的期限和此后作出的决定；已办结的申请保留原有的年报行。";
            return Redirect("/staff/applications/settings");
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "设置已被他人修改，请刷新后重试。");
            Current = await ApplicationSettings.LoadAsync(db);
            return Page();
        }
    }

    private async Task<bool> IsAdminAsync() => (await staff.GrantsAsync()).Any(g => g.Role == StaffRole.SystemAdmin);
}
