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
    private const int PageSize = 50;

    /// <summary>Longer text is cut: it would only make the LIKE scan slower and cannot match a title better.</summary>
    private const int MaxKeyword = 100;

    [BindProperty(SupportsGet = true)]
    public ItemState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public string? BodyCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Keyword { get; set; }

    /// <summary>The bodies this user may see, for the filter.</summary>
    public List<Gongkai.Bodies.Body> Bodies { get; private set; } = [];

    public Paging.Pager Pager { get; private set; } = null!;

    public List<CatalogItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int DueSoonCount { get; private set; }

    public int OverdueCount { get; private set; }

    public bool CanCreate { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        Today = catalog.Today();
        var warnUntil = (await calendars.LoadAsync()).AddWorkingDays(Today, Notifications.DeadlineScanner.WarnWorkingDays).Due;
        var bodies = await staff.BodiesWhereAsync(Privilege.ViewBody);
        var query = db.CatalogItems.AsNoTracking();
        if (bodies is not null)
        {
            query = query.Where(i => bodies.Contains(i.BodyId));
        }

        var bodyQuery = db.Bodies.AsNoTracking().Where(b => b.Level != Gongkai.Bodies.BodyLevel.Village);
        Bodies = await (bodies is null ? bodyQuery : bodyQuery.Where(b => bodies.Contains(b.Id))).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        if (Bodies.FirstOrDefault(b => b.Code == BodyCode) is { } chosen)
        {
            query = query.Where(i => i.BodyId == chosen.Id);
        }
        else
        {
            BodyCode = null;
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
        Keyword = Keyword?.Trim() is { Length: > 0 } k ? k[..Math.Min(k.Length, MaxKeyword)] : null;
        if (Keyword is not null)
        {
            // Title, 文号 or 索引号: what a staff member has at hand when looking for one item. Full text is /staff/search.
            var pattern = "%" + Keyword.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(i => EF.Functions.Like(i.Title, pattern, "\\") || EF.Functions.Like(i.IndexNumber, pattern, "\\")
                || (i.DocumentNumber != null && EF.Functions.Like(i.DocumentNumber, pattern, "\\")));
        }

        Total = await query.CountAsync();
        Pager = new Paging.Pager("/staff/catalog", [("body", BodyCode), ("state", State?.ToString()), ("due", Due), ("q", Keyword)], pageNumber, PageSize, Total);
        Items = await query.Include(i => i.Body).OrderByDescending(i => i.Id).Skip(Pager.Skip).Take(PageSize).ToListAsync();
        CanCreate = await staff.CanAnywhereAsync(Privilege.EditCatalog);
    }
}
