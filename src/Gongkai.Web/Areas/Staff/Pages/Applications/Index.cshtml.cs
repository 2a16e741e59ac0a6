using Gongkai.Applications;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>Work lists: mine, my body's, waiting for confirmation, due within 3 working days, overdue, closed; county-wide roles see every body.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, CalendarService calendars, ApplicationService applications) : PageModel
{
    private const int PageSize = 50;

    public string List { get; private set; } = "open";

    public List<Application> Items { get; private set; } = [];

    public Dictionary<string, int> Counts { get; } = [];

    public int Total { get; private set; }

    public Paging.Pager Pager { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool CountyWide { get; private set; }

    public bool CanRegister { get; private set; }

    /// <summary>One body's cases only (from the supervision board); ignored unless the reader may see that body.</summary>
    [BindProperty(SupportsGet = true, Name = "body")]
    public string? BodyCode { get; set; }

    public Gongkai.Bodies.Body? Body { get; private set; }

    public string BodyQuery => Body is null ? "" : "&body=" + Uri.EscapeDataString(Body.Code);

    public async Task OnGetAsync(string? list, [FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        List = ApplicationLists.IsKnown(list) ? list! : "open";
        Today = applications.Today();
        var warnUntil = (await calendars.LoadAsync()).AddWorkingDays(Today, Notifications.DeadlineScanner.WarnWorkingDays).Due;
        var bodies = await ApplicationAccess.ReadableBodiesAsync(staff);
        CountyWide = bodies is null;
        CanRegister = await staff.CanAnywhereAsync(Gongkai.Staff.Privilege.HandleApplications);
        var query = db.Applications.AsNoTracking();
        if (bodies is not null)
        {
            query = query.Where(a => bodies.Contains(a.BodyId));
        }

        Body = BodyCode is null ? null : await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Code == BodyCode);
        if (Body is not null && (bodies is null || bodies.Contains(Body.Id)))
        {
            query = query.Where(a => a.BodyId == Body.Id);
        }
        else
        {
            Body = null;
        }

        foreach (var (key, _) in ApplicationLists.All)
        {
            Counts[key] = await ApplicationLists.Filter(query, key, staff.UserId, Today, warnUntil).CountAsync();
        }

        Total = Counts[List];
        Pager = new Paging.Pager("/staff/applications", [("list", List), ("body", Body?.Code)], pageNumber, PageSize, Total);
        Items = await ApplicationLists.Order(ApplicationLists.Filter(query, List, staff.UserId, Today, warnUntil), List).Include(a => a.Body)
            .Skip(Pager.Skip).Take(PageSize).ToListAsync();
    }
}
