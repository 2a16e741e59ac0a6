using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Centres;

/// <summary>What the window forms post.</summary>
public sealed class WindowForm
{
    public string? Name { get; set; }

    public string? Number { get; set; }

    public int? BodyId { get; set; }
}

/// <summary>An item as the centre page lists it.</summary>
public sealed record PlacedItem(int Id, string Code, string Name, string Body);

/// <summary>
/// One centre: its details, windows and the items on site (进驻). Anyone of the centre's body may look; changes need
/// <see cref="Privilege.ManageBody"/> of the body that runs it. Only items whose guide is published and which are in
/// force today can be placed, so a window never receives cases for an item the public cannot read about.
/// </summary>
public sealed class CentreModel(GongkaiDb db, StaffContext staff, Gongkai.ServiceItems.ServiceCases cases) : PageModel
{
    public ServiceCentre Centre { get; private set; } = null!;

    public List<CentreWindow> Windows { get; private set; } = [];

    public List<PlacedItem> Placed { get; private set; } = [];

    /// <summary>Published items in force today not yet on site here.</summary>
    public List<PlacedItem> Placeable { get; private set; } = [];

    public Dictionary<int, string> BodyNames { get; private set; } = [];

    public List<Body> AllBodies { get; private set; } = [];

    public List<Body> ManagedBodies { get; private set; } = [];

    public bool CanManage { get; private set; }

    [BindProperty]
    public CentreForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostSaveAsync(int id, int revision) => ActAsync(id, async () =>
    {
        if (!await staff.CanAsync(Privilege.ManageBody, Form.BodyId))
        {
            throw new ServiceCaseException("只能把服务中心交给您管理的单位运行");
        }

        await cases.UpdateCentreAsync(id, Form.ToCentre(), revision);
        return "已保存服务中心信息。";
    }, postedForm: true);

    public Task<IActionResult> OnPostAddWindowAsync(int id, WindowForm window) => ActAsync(id, async () =>
    {
        var w = await cases.AddWindowAsync(id, window.Name ?? "", window.Number, window.BodyId);
        return $"已添加窗口“{w.Name}”。";
    });

    public Task<IActionResult> OnPostEditWindowAsync(int id, int windowId, WindowForm window) => ActAsync(id, async () =>
    {
        if (!await db.CentreWindows.AnyAsync(w => w.Id == windowId && w.CentreId == id))
        {
            throw new ServiceCaseException("窗口不属于该服务中心");
        }

        var w = await cases.UpdateWindowAsync(windowId, window.Name ?? "", window.Number, window.BodyId);
        return $"已保存窗口“{w.Name}”。";
    });

    public Task<IActionResult> OnPostPlaceAsync(int id, int itemId) => ActAsync(id, async () =>
    {
        if (Placeable.FirstOrDefault(i => i.Id == itemId) is not { } item)
        {
            throw new ServiceCaseException("所选事项未公布办事指南、已不在实施或已进驻本中心");
        }

        await cases.PlaceItemAsync(id, itemId);
        return $"事项“{item.Name}”已进驻。";
    });

    public Task<IActionResult> OnPostRemoveAsync(int id, int itemId) => ActAsync(id, async () =>
    {
        var name = Placed.FirstOrDefault(i => i.Id == itemId)?.Name;
        await cases.RemoveItemAsync(id, itemId);
        return $"事项“{name}”已撤出本中心，已收件的办件不受影响。";
    });

    /// <summary>Loads and checks the centre, then runs one change; a refusal shows the page again with the message (and the posted centre form when <paramref name="postedForm"/>).</summary>
    private async Task<IActionResult> ActAsync(int id, Func<Task<string>> work, bool postedForm = false)
    {
        var posted = Form;
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (postedForm)
        {
            Form = posted;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                TempData["Notice"] = await work();
                return Redirect($"/staff/centres/{id}");
            }
            catch (ServiceCaseException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id);
        if (postedForm)
        {
            Form = posted;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var centre = await db.ServiceCentres.AsNoTracking().Include(c => c.Body).SingleOrDefaultAsync(c => c.Id == id);
        if (centre is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.ViewBody, centre.BodyId))
        {
            return Forbid();
        }

        Centre = centre;
        Form = CentreForm.Of(centre);
        CanManage = await staff.CanAsync(Privilege.ManageBody, centre.BodyId);
        AllBodies = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        BodyNames = AllBodies.ToDictionary(b => b.Id, b => b.Name);
        ManagedBodies = await IndexModel.ManagedBodiesAsync(db, staff);
        Windows = await db.CentreWindows.AsNoTracking().Where(w => w.CentreId == id).OrderBy(w => w.Number).ThenBy(w => w.Name).ToListAsync();
        var placedIds = await db.CentreItems.AsNoTracking().Where(x => x.CentreId == id).Select(x => x.ItemId).ToListAsync();
        Placed = (await db.ServiceItems.AsNoTracking().Where(i => placedIds.Contains(i.Id)).Select(i => new { i.Id, i.Code, i.Name, i.BodyId }).ToListAsync())
            .Select(i => new PlacedItem(i.Id, i.Code, i.Name, BodyNames.GetValueOrDefault(i.BodyId, ""))).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        if (CanManage)
        {
            var inForce = await ItemLedger.InForceAsync(db, db.Today());
            Placeable = (await db.ServiceItems.AsNoTracking().Where(ServiceItem.Public).Where(i => !placedIds.Contains(i.Id)).Select(i => new { i.Id, i.Code, i.Name, i.BodyId }).ToListAsync())
                .Where(i => inForce.ContainsKey(i.Id))
                .Select(i => new PlacedItem(i.Id, i.Code, i.Name, BodyNames.GetValueOrDefault(i.BodyId, ""))).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        }

        return null;
    }
}
