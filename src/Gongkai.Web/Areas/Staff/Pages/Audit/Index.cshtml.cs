using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Audit;

public sealed class IndexModel(GongkaiDb db, StaffContext staff) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public List<AuditEvent> Events { get; private set; } = [];

    public long? NextBefore { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // The whole log spans every body: only county-wide roles read it here; body administrators see their body's history on its page.
        if (await staff.BodiesWhereAsync(Privilege.ViewAudit) is not null)
        {
            return Forbid();
        }

        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(Type))
        {
            query = query.Where(e => e.EntityType == Type);
        }

        if (Before is { } before)
        {
            query = query.Where(e => e.Id < before);
        }

        Events = await query.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync();
        if (Events.Count > PageSize)
        {
            Events.RemoveAt(PageSize);
            NextBefore = Events[^1].Id;
        }

        return Page();
    }
}
