using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Catalog;

/// <summary>The county's confidentiality checklist and scan words (system administrator only); every change is audited.</summary>
public sealed class ReviewSettingsModel(GongkaiDb db, StaffContext staff) : PageModel
{
    public ReviewSettings Current { get; private set; } = ReviewSettings.Defaults;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        Current = await ReviewSettings.LoadAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? checklist, string? words)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        Current = new ReviewSettings(ReviewSettings.Lines(checklist), ReviewSettings.Lines(words));
        try
        {
            await Current.SaveAsync(db);
            TempData["Notice"] = "已保存。新的清单和敏感词用于此后的送审和审核。";
            return Redirect("/staff/catalog/review-settings");
        }
        catch (CatalogInputException e)
        {
            foreach (var p in e.Problems)
            {
                ModelState.AddModelError("", p);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "设置已被他人修改，请刷新后重试。");
        }

        return Page();
    }

    private async Task<bool> IsAdminAsync() => (await staff.GrantsAsync()).Any(g => g.Role == StaffRole.SystemAdmin);
}
