using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Web.CaseDesk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.ServiceCases;

/// <summary>The desk's list (办件台账) of one centre, filtered by state, item, window, receipt date and overdue.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "centre")]
    public int? CentreId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "item")]
    public int? ItemId { get; set; }

    [BindProperty(SupportsGet = true, Name = "window")]
    public int? WindowId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public List<ServiceCentre> Centres { get; private set; } = [];

    public ServiceCentre? Centre { get; private set; }

    public List<(int Id, string Label)> Items { get; private set; } = [];

    public List<CentreWindow> Windows { get; private set; } = [];

    public List<ServiceCase> Cases { get; private set; } = [];

    public HashSet<long> Suspended { get; private set; } = [];

    public Dictionary<int, string> ItemNames { get; private set; } = [];

    public int Total { get; private set; }

    public Paging.Pager Pager { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool CanRegister { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        Today = db.Today();
        Centres = await CaseAccess.ReadableCentresAsync(db, staff);
        if (CentreId is { } wanted && Centres.All(c => c.Id != wanted))
        {
            return await db.ServiceCentres.AnyAsync(c => c.Id == wanted) ? Forbid() : NotFound();
        }

        Centre = Centres.FirstOrDefault(c => c.Id == CentreId) ?? Centres.FirstOrDefault();
        if (Centre is null)
        {
            return Page();
        }

        var centreId = Centre.Id;
        CentreId = centreId;
        CanRegister = await CaseAccess.CanHandleAsync(staff, Centre.BodyId);
        var placed = db.CentreItems.Where(x => x.CentreId == centreId).Select(x => x.ItemId);
        var names = await db.ServiceItems.AsNoTracking().Where(i => placed.Contains(i.Id) || db.ServiceCases.Any(c => c.CentreId == centreId && c.ItemId == i.Id))
            .OrderBy(i => i.Code).Select(i => new { i.Id, i.Code, i.Name }).ToListAsync();
        Items = names.Select(i => (i.Id, $"{i.Code} {i.Name}")).ToList();
        ItemNames = names.ToDictionary(i => i.Id, i => i.Name);
        Windows = await db.CentreWindows.AsNoTracking().Where(w => w.CentreId == centreId).OrderBy(w => w.Number).ThenBy(w => w.Name).ToListAsync();

        var query = db.ServiceCases.AsNoTracking().Where(c => c.CentreId == centreId);
        if (!CaseLists.Statuses.Any(s => s.Key == Status))
        {
            Status = null;
        }

        query = CaseLists.Filter(query, db.CaseSuspensions, Status, ItemId, WindowId, From, To, Overdue, Today);
        Total = await query.CountAsync();
        Pager = new Paging.Pager("/staff/service-cases", [("centre", Centre.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", Status),
            ("item", ItemId?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("window", WindowId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("overdue", Overdue ? "true" : null)], pageNumber, PageSize, Total);
        Cases = await CaseLists.Order(query).Skip(Pager.Skip).Take(PageSize).ToListAsync();
        var ids = Cases.Select(c => c.Id).ToList();
        Suspended = (await db.CaseSuspensions.AsNoTracking().Where(s => ids.Contains(s.CaseId) && s.To == null).Select(s => s.CaseId).ToListAsync()).ToHashSet();
        return Page();
    }
}
