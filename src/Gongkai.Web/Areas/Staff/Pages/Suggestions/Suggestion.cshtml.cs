using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Supervision;
using Gongkai.Web.Areas.Staff.Pages.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Suggestions;

public sealed class ReplyForm
{
    public DateOnly? On { get; set; }

    public string? Text { get; set; }

    public ReplyResult? Result { get; set; }

    public ReplyPublication? Publication { get; set; }

    public string? Summary { get; set; }

    public string? Reason { get; set; }

    public ReplyInput ToInput() => new(On, Text, Result, Publication, Summary, Reason);
}

/// <summary>A suggestion or proposal: the lead body replies here; the reply's catalog draft is linked; history.</summary>
public sealed class SuggestionModel(GongkaiDb db, StaffContext staff, Supervision.Suggestions suggestions) : PageModel
{
    [BindProperty]
    public ReplyForm Reply { get; set; } = new();

    public Suggestion Item { get; private set; } = null!;

    public List<int> Partners { get; private set; } = [];

    public CatalogItem? Published { get; private set; }

    public List<AuditEvent> History { get; private set; } = [];

    public Dictionary<int, string> Names { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanReply { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id, tracked: false))
        {
            return NotFound();
        }

        Reply = new ReplyForm
        {
            On = Item.RepliedOn ?? Today,
            Text = Item.ReplyText,
            Result = Item.Result,
            Publication = Item.Publication,
            Summary = Item.PublishedSummary,
            Reason = Item.NotPublishedReason,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(int id, int revision)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }

        if (!CanReply)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await suggestions.ReplyAsync(Item, revision, Reply.ToInput(), staff.UserId);
                TempData["Notice"] = Item.CatalogItemId is not null && Item.Publication != ReplyPublication.NotPublished
                    ? "已登记答复，并生成本单位的主动公开信息草稿（重点领域“建议提案办理”）。请提交审核，审核通过后公开。"
                    : "已登记答复。";
                return Redirect($"/staff/suggestions/{id}");
            }
            catch (SupervisionException e)
            {
                RegisterPages.AddProblems(ModelState, e.Problems);
            }
            catch (CatalogInputException e)
            {
                RegisterPages.AddProblems(ModelState, e.Problems);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", RegisterPages.Stale);
            }
        }

        await LoadAsync(id, tracked: false);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The deputy's or member's opinion: recorded by the lead body or the county office.</summary>
    public async Task<IActionResult> OnPostSatisfactionAsync(int id, int revision, Satisfaction? satisfaction)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }

        if (!CanReply && !CanEdit)
        {
            return Forbid();
        }

        try
        {
            await suggestions.SetSatisfactionAsync(Item, revision, satisfaction);
            TempData["Notice"] = "已登记满意度。";
            return Redirect($"/staff/suggestions/{id}");
        }
        catch (SupervisionException e)
        {
            RegisterPages.AddProblems(ModelState, e.Problems);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", RegisterPages.Stale);
        }

        await LoadAsync(id, tracked: false);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, bool tracked)
    {
        var s = await (tracked ? db.Suggestions : db.Suggestions.AsNoTracking()).SingleOrDefaultAsync(x => x.Id == id);
        if (s is null)
        {
            return false;
        }

        Item = s;
        Today = db.Today();
        Partners = await db.SuggestionPartners.AsNoTracking().Where(p => p.SuggestionId == id).Select(p => p.BodyId).OrderBy(b => b).ToListAsync();
        Published = s.CatalogItemId is { } item ? await db.CatalogItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == item) : null;
        History = await Counties.HistoryAsync(db, nameof(Supervision.Suggestion), id);
        Names = await RegisterPages.NamesAsync(db);
        CanEdit = await RegisterPages.SupervisesAsync(staff, s.CountyId);
        CanReply = await staff.CanAsync(Privilege.AnswerSupervision, s.LeadBodyId);
        return true;
    }
}
