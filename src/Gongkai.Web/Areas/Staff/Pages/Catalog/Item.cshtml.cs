using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Catalog;

public sealed class ItemModel(GongkaiDb db, StaffContext staff, CatalogService catalog, ItemChannelService channels) : PageModel
{
    /// <summary>The policy document this item interprets, if it is a 政策解读.</summary>
    public CatalogItem? Policy { get; private set; }

    /// <summary>The items that interpret this one.</summary>
    public List<CatalogItem> Interpretations { get; private set; } = [];

    public List<ItemChannel> Channels { get; private set; } = [];

    /// <summary>Other-channel publications are recorded by the body's editors in any state, usually after publication.</summary>
    public bool CanRecordChannels { get; private set; }

    public CatalogItem Item { get; private set; } = null!;

    public List<Attachment> Attachments { get; private set; } = [];

    public List<ReviewStep> Steps { get; private set; } = [];

    public List<ReviewAction> Actions { get; private set; } = [];

    public bool Editable { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>What the sensitive-data scan finds now, with this round's acknowledgements.</summary>
    public List<HitView> Hits { get; private set; } = [];

    /// <summary>Acknowledgements and checklist answers of the current review round.</summary>
    public List<ReviewCheck> Checks { get; private set; } = [];

    public IReadOnlyList<string> Checklist { get; private set; } = [];

    /// <summary>The suggestion or proposal whose reply this item publishes (建议提案办理), linked back from here.</summary>
    public Supervision.Suggestion? Suggestion { get; private set; }

    /// <summary>Review actions the user's role allows but separation of duties does not, with the reason shown instead of the button.</summary>
    public Dictionary<ReviewAction, string> NotForYou { get; } = [];

    /// <summary>The actions offered that need every hit acknowledged first.</summary>
    public HashSet<ReviewAction> NeedAcknowledgement { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostActAsync(
        int id, ReviewAction action, string? comment, int revision,
        string[]? hitKey, string[]? hitReason, string[]? question, Dictionary<int, string>? answer, string[]? note)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        // Whoever neither edits nor reviews the body's items is refused before the action is even looked at.
        var t = Workflow.Find(Item.State, action);
        if (!await staff.CanAsync(Privilege.EditCatalog, Item.BodyId) && !await staff.CanAsync(Privilege.ReviewCatalog, Item.BodyId)
            || (t is not null && !await staff.CanAsync(t.Needs, Item.BodyId)))
        {
            return Forbid();
        }

        try
        {
            var tracked = await db.CatalogItems.SingleAsync(i => i.Id == id);
            await catalog.ApplyAsync(tracked, action, comment, revision, ReviewInputFrom(hitKey, hitReason, question, answer, note));
            TempData["Notice"] = $"已{Workflow.Label(action)}，当前状态：{CatalogItem.StateLabel(tracked.State)}。";
            if (action == ReviewAction.Submit && tracked.State != ItemState.Published && (await catalog.ScanAsync(tracked)).DistinctBy(h => h.Key).ToList() is { Count: > 0 } hits)
            {
                // The editor may still submit; the reviewer will have to acknowledge each of these.
                TempData["Warning"] = $"注意：敏感信息检查发现 {hits.Count} 处可能不宜公开的内容，审核人须逐条确认后才能通过：{string.Join("；", hits.Select(CatalogService.Describe))}。如属误填，请撤回修改。";
            }

            return Redirect($"/staff/catalog/{id}");
        }
        catch (CatalogInputException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "操作未完成：该信息已被他人修改或审核，请刷新后重试。");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!Editable)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", "请选择要上传的文件。");
        }
        else if (file.Length > Files.MaxBytes)
        {
            ModelState.AddModelError("", $"附件“{file.FileName}”超过 20 MB，请压缩或拆分后上传。");
        }
        else
        {
            try
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                var tracked = await db.CatalogItems.SingleAsync(i => i.Id == id);
                var a = await catalog.AttachAsync(tracked, file.FileName, buffer.ToArray());
                TempData["Notice"] = $"已上传附件“{a.FileName}”。";
                return Redirect($"/staff/catalog/{id}");
            }
            catch (FileRejectedException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int attachmentId)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!Editable)
        {
            return Forbid();
        }

        var tracked = await db.CatalogItems.SingleAsync(i => i.Id == id);
        await catalog.RemoveAttachmentAsync(tracked, attachmentId);
        TempData["Notice"] = "已删除附件。";
        return Redirect($"/staff/catalog/{id}");
    }

    public async Task<IActionResult> OnPostAddChannelAsync(int id, string? channel, string? publishedOn, string? note)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanRecordChannels)
        {
            return Forbid();
        }

        // Read here rather than bound, so that a malformed value gets the service's Chinese message, not the binder's.
        var kind = Enum.TryParse<PublicationChannel>(channel, out var k) && Enum.IsDefined(k) && !int.TryParse(channel, out _) ? k : (PublicationChannel)(-1);
        DateOnly? on = DateOnly.TryParseExact(publishedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
        try
        {
            var tracked = await db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == id);
            var row = await channels.AddAsync(tracked, kind, on, note);
            TempData["Notice"] = $"已记录：{row.PublishedOn:yyyy-MM-dd} 通过{ItemChannel.Label(row.Channel)}发布。";
            return Redirect($"/staff/catalog/{id}#channels-h");
        }
        catch (CatalogInputException e)
        {
            foreach (var p in e.Problems)
            {
                ModelState.AddModelError("", p);
            }
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveChannelAsync(int id, int channelId)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanRecordChannels)
        {
            return Forbid();
        }

        var tracked = await db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == id);
        TempData["Notice"] = await channels.RemoveAsync(tracked, channelId) ? "已删除该发布渠道记录。" : "该发布渠道记录已不存在。";
        return Redirect($"/staff/catalog/{id}#channels-h");
    }

    private static ReviewInput ReviewInputFrom(string[]? hitKey, string[]? hitReason, string[]? question, Dictionary<int, string>? answer, string[]? note)
    {
        var acknowledgements = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < (hitKey?.Length ?? 0); i++)
        {
            acknowledgements[hitKey![i]] = hitReason is not null && i < hitReason.Length ? hitReason[i] : null;
        }

        var answers = new List<ChecklistAnswer>();
        for (var i = 0; i < (question?.Length ?? 0); i++)
        {
            bool? yes = answer?.GetValueOrDefault(i) switch { "是" => true, "否" => false, _ => null };
            answers.Add(new ChecklistAnswer(question![i], yes, note is not null && i < note.Length ? note[i] : null));
        }

        return new ReviewInput(acknowledgements, answers);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var item = await db.CatalogItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.ViewBody, item.BodyId))
        {
            return Forbid();
        }

        Item = item;
        Today = catalog.Today();
        Attachments = await db.Attachments.AsNoTracking().Where(a => a.ItemId == id).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync();
        Steps = await db.ReviewSteps.AsNoTracking().Where(s => s.ItemId == id).OrderBy(s => s.Id).ToListAsync();
        Suggestion = await db.Suggestions.AsNoTracking().Where(s => s.CatalogItemId == id).OrderBy(s => s.Id).FirstOrDefaultAsync();
        Editable = item.State is ItemState.Draft or ItemState.Returned && await staff.CanAsync(Privilege.EditCatalog, item.BodyId);
        CanRecordChannels = item.State != ItemState.Withdrawn && await staff.CanAsync(Privilege.EditCatalog, item.BodyId);
        Channels = await channels.ForItemAsync(id);
        Policy = item.InterpretsItemId is { } pid ? await db.CatalogItems.AsNoTracking().SingleOrDefaultAsync(x => x.Id == pid) : null;
        Interpretations = await db.CatalogItems.AsNoTracking().Where(x => x.InterpretsItemId == id).OrderBy(x => x.Id).ToListAsync();
        Actions = [];
        NeedAcknowledgement.Clear();
        NotForYou.Clear();
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == item.BodyId);
        foreach (var t in Workflow.From(item.State))
        {
            if (await staff.CanAsync(t.Needs, item.BodyId))
            {
                if (await catalog.SeparationProblemAsync(id, t.Action) is { } reason)
                {
                    NotForYou[t.Action] = reason;
                    continue;
                }

                Actions.Add(t.Action);
                if (CatalogService.NeedsAcknowledgement(t.Action, Workflow.Target(t, body.RequiresConfidentialityReview, body.RequiresContentReview)))
                {
                    NeedAcknowledgement.Add(t.Action);
                }
            }
        }

        Hits = item.State is ItemState.Published or ItemState.Withdrawn ? [] : await catalog.HitsAsync(item);
        Checks = await catalog.ChecksAsync(id, await catalog.RoundAsync(id));
        Checklist = Actions.Contains(ReviewAction.ClearConfidentiality) ? (await ReviewSettings.LoadAsync(db)).Checklist : [];

        return null;
    }
}
