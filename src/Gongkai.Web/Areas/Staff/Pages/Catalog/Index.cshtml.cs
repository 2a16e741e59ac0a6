using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Catalog;

public sealed class IndexModel(GongkaiDb db, StaffContext staff, CalendarService calendars, CatalogService catalog) : PageModel
{
    private const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public ItemState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    public List<CatalogItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int DueSoonCount { get; private set; }

    public int OverdueCount { get; private set; }

    public bool CanCreate { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = catalog.Today();
        var warnUntil = (await calendars.LoadAsync()).AddWorkingDays(Today, Notifications.DeadlineScanner.WarnWorkingDays).Due;
        var bodies = await staff.BodiesWhereAsync(Privilege.ViewBody);
        var query = db.CatalogItems.AsNoTracking();
        if (bodies is not null)
        {
            query = query.Where(i => bodies.Contains(i.BodyId));
        }

        var unpublished = query.Where(i => i.PublishedVersion == 0 && i.State != ItemState.Withdrawn && i.State != ItemState.Published);
        DueSoonCount = await unpublished.CountAsync(i => i.DueOn >= Today && i.DueOn <= warnUntil);
        OverdueCount = await unpublished.CountAsync(i => i.DueOn < Today);
        if (State is { } s)
        {
            query = query.Where(i => i.State == s);
        }

        query = Due switch
        {
            "soon" => query.Where(i => i.PublishedVersion == 0 && i.State != ItemState.Withdrawn && i.State != ItemState.Published && i.DueOn >= Today && i.DueOn <= warnUntil),
            "overdue" => query.Where(i => i.PublishedVersion == 0 && i.State != ItemState.Withdrawn && i.State != ItemState.Published && i.DueOn < Today),
            _ => query,
        };
        Total = await query.CountAsync();
        Items = await query.Include(i => i.Body).OrderByDescending(i => i.Id).Take(Shown).ToListAsync();
        CanCreate = await staff.CanAnywhereAsync(Privilege.EditCatalog);
    }
}
