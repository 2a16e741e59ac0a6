using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Centres;

/// <summary>One line of the list: a centre with how many windows and items it has.</summary>
public sealed record CentreRow(ServiceCentre Centre, string Body, int Windows, int Items);

/// <summary>The three tiers' service centres; whoever manages a body may set up the centres it runs.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, Gongkai.ServiceItems.ServiceCases cases) : PageModel
{
    public List<CentreRow> Centres { get; private set; } = [];

    /// <summary>The bodies the member may create a centre for; empty hides the form.</summary>
    public List<Body> Bodies { get; private set; } = [];

    [BindProperty]
    public CentreForm Form { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await staff.CanAsync(Privilege.ManageBody, Form.BodyId))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var centre = await cases.AddCentreAsync(Form.ToCentre());
                TempData["Notice"] = $"已新建服务中心“{centre.Name}”，请添加窗口和进驻事项。";
                return Redirect($"/staff/centres/{centre.Id}");
            }
            catch (ServiceCaseException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync()
    {
        var centres = await db.ServiceCentres.AsNoTracking().Include(c => c.Body).OrderBy(c => c.Tier).ThenBy(c => c.Name).ToListAsync();
        var windows = await db.CentreWindows.AsNoTracking().GroupBy(w => w.CentreId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var items = await db.CentreItems.AsNoTracking().GroupBy(w => w.CentreId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        Centres = centres.Select(c => new CentreRow(c, c.Body!.Name, windows.GetValueOrDefault(c.Id), items.GetValueOrDefault(c.Id))).ToList();
        Bodies = await ManagedBodiesAsync(db, staff);
    }

    /// <summary>The bodies where the member holds <see cref="Privilege.ManageBody"/>, in the county's order.</summary>
    public static async Task<List<Body>> ManagedBodiesAsync(GongkaiDb db, StaffContext staff)
    {
        var managed = await staff.BodiesWhereAsync(Privilege.ManageBody);
        if (managed is null && !await staff.CanAnywhereAsync(Privilege.ManageBody))
        {
            return [];
        }

        var query = db.Bodies.AsNoTracking();
        if (managed is not null)
        {
            query = query.Where(b => managed.Contains(b.Id));
        }

        return await query.OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
    }
}
