using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Cases;

/// <summary>The review and litigation register for one year, with the counts the annual report takes from it.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, ApplicationService applications) : PageModel
{
    public int Year { get; private set; }

    private const int PageSize = 50;

    /// <summary>Every case of the year: the statistics count them all.</summary>
    public List<DisclosureCase> Cases { get; private set; } = [];

    public List<DisclosureCase> Shown { get; private set; } = [];

    public Paging.Pager Pager { get; private set; } = null!;

    public Dictionary<int, string> BodyNames { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        Year = year is >= 2008 and <= 2100 ? year.Value : applications.Today().Year;
        var bodies = await ApplicationAccess.ReadableBodiesAsync(staff);
        var from = new DateOnly(Year, 1, 1);
        var to = from.AddYears(1);
        var query = db.DisclosureCases.AsNoTracking().Where(c => c.FiledOn >= from && c.FiledOn < to);
        if (bodies is not null)
        {
            query = query.Where(c => bodies.Contains(c.BodyId));
        }

        Cases = await query.OrderBy(c => c.FiledOn).ThenBy(c => c.Id).ToListAsync();
        Pager = new Paging.Pager("/staff/cases", [("year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture))], pageNumber, PageSize, Cases.Count);
        Shown = Cases.Skip(Pager.Skip).Take(PageSize).ToList();
        BodyNames = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name);
        CanCreate = await staff.CanAnywhereAsync(Privilege.HandleApplications);
    }
}
