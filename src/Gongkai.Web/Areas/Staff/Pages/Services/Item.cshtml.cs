using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Services;

public sealed class ItemModel(GongkaiDb db, StaffContext staff, ServiceItemWorkflow workflow) : PageModel
{
    public ServiceItem Item { get; private set; } = null!;

    /// <summary>The text being worked on: the correction when there is one.</summary>
    public ServiceGuide Guide { get; private set; } = null!;

    public string BodyName { get; private set; } = "";

    public List<GuideAction> Actions { get; } = [];

    /// <summary>Actions the role allows but separation of duties does not, with the reason shown instead of the button.</summary>
    public Dictionary<GuideAction, string> NotForYou { get; } = [];

    public bool Editable { get; private set; }

    public bool CanRecordEvents { get; private set; }

    public List<ServiceItemEvent> Events { get; private set; } = [];

    public List<ServiceItemVersion> Versions { get; private set; } = [];

    public ItemStanding? Standing { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostActAsync(int id, GuideAction action, string? comment, int revision)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var t = ServiceItemWorkflow.Find(Item, action);
        if (!await staff.CanAsync(Privilege.EditCatalog, Item.BodyId) && !await staff.CanAsync(Privilege.ReviewCatalog, Item.BodyId)
            || (t is not null && !await staff.CanAsync(t.Needs, Item.BodyId)))
        {
            return Forbid();
        }

        try
        {
            var tracked = await db.ServiceItems.SingleAsync(i => i.Id == id);
            await workflow.ApplyAsync(tracked, action, comment, revision);
            TempData["Notice"] = $"已{ServiceItemWorkflow.Label(action)}，当前状态：{CatalogItem.StateLabel(tracked.State)}。";
            return Redirect($"/staff/services/{id}");
        }
        catch (ServiceItemException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "操作未完成：该事项已被他人修改或审核，请刷新后重试。");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostEventAsync(int id, ItemEventKind kind, DateOnly? on, string? decision, ServiceTier? toTier, string? note)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanRecordEvents)
        {
            return Forbid();
        }

        try
        {
            if (on is null)
            {
                throw new ServiceItemException("请填写生效日期。");
            }

            var e = await workflow.RecordEventAsync(Item, new EventInput(kind, on.Value, decision, toTier, note));
            TempData["Notice"] = $"已登记“{ServiceItem.EventLabel(e.Kind)}”（{e.On:yyyy-MM-dd} 起）。";
            return Redirect($"/staff/services/{id}#events");
        }
        catch (ServiceItemException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        await LoadAsync(id);
        return Page();
    }

    /// <summary>A material's template, for staff reading a guide not yet public.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(int id, string sha)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var m = ServiceMaterials.Parse(Guide.Materials).Concat(ServiceMaterials.Parse(Item.Materials)).FirstOrDefault(m => m.TemplateSha == sha);
        var blob = m is null ? null : await Blobs.ReadAsync(db, sha, HttpContext.RequestAborted);
        if (blob is null)
        {
            // The item exists and may be read: say that the file is gone rather than that the page is.
            TempData["Warning"] = "该材料模板不存在或已被删除。";
            return Redirect($"/staff/services/{id}");
        }

        return File(blob, ServiceMaterials.ContentType(m!.TemplateName), m.TemplateName);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var item = await db.ServiceItems.AsNoTracking().Include(i => i.Body).SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.ViewBody, item.BodyId))
        {
            return Forbid();
        }

        Item = item;
        Guide = ServiceItemWorkflow.Working(item);
        BodyName = item.Body!.Name;
        Editable = item.State is ItemState.Draft or ItemState.Returned or ItemState.Published && await staff.CanAsync(Privilege.EditCatalog, item.BodyId);
        CanRecordEvents = await staff.CanAsync(Privilege.ReviewCatalog, item.BodyId);
        Actions.Clear();
        NotForYou.Clear();
        foreach (var t in ServiceItemWorkflow.From(item))
        {
            if (await staff.CanAsync(t.Needs, item.BodyId))
            {
                if (workflow.SeparationProblem(item, t.Action) is { } reason)
                {
                    NotForYou[t.Action] = reason;
                }
                else
                {
                    Actions.Add(t.Action);
                }
            }
        }

        Events = (await db.ServiceItemEvents.AsNoTracking().Where(e => e.ItemId == id).ToListAsync()).OrderBy(e => e.On).ThenBy(e => e.Id).ToList();
        Versions = await db.ServiceItemVersions.AsNoTracking().Where(v => v.ItemId == id).OrderByDescending(v => v.Number).ToListAsync();
        Standing = ItemLedger.StandingOn(item.Tier, Events.Select(e => (e.Kind, e.On, e.ToTier, e.Id)), db.Today());
        return null;
    }
}
