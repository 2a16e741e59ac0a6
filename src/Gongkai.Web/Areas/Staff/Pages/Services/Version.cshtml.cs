using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Services;

/// <summary>A guide as it was published in one version: what the public read between that version and the next.</summary>
public sealed class VersionModel(GongkaiDb db, StaffContext staff) : PageModel
{
    public ServiceItem Item { get; private set; } = null!;

    public ServiceItemVersion Version { get; private set; } = null!;

    public ServiceGuide Guide { get; private set; } = null!;

    public DateTimeOffset? Until { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int number)
    {
        var item = await db.ServiceItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        var version = item is null ? null : await db.ServiceItemVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ItemId == id && v.Number == number);
        if (item is null || version is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.ViewBody, item.BodyId))
        {
            return Forbid();
        }

        (Item, Version, Guide) = (item, version, ServiceGuide.FromJson(version.Snapshot));
        Until = await db.ServiceItemVersions.AsNoTracking().Where(v => v.ItemId == id && v.Number == number + 1).Select(v => (DateTimeOffset?)v.PublishedAt).SingleOrDefaultAsync();
        return Page();
    }
}
