using System.Globalization;
using System.Net;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>What the county office registers; a blank <paramref name="DueOn"/> takes the county's reply period from the assignment.</summary>
public sealed record SuggestionInput(
    SuggestionKind Kind,
    CongressLevel Level,
    string? Session,
    string? Number,
    string? Author,
    string? Subject,
    int LeadBodyId,
    IReadOnlyList<int> PartnerIds,
    DateOnly? AssignedOn,
    DateOnly? DueOn);

public sealed record ReplyInput(DateOnly? On, string? Text, ReplyResult? Result, ReplyPublication? Publication, string? Summary, string? NotPublishedReason);

/// <summary>One kind and level of a county's year: received (by assignment date), replied, replied by the deadline, reply published.</summary>
public sealed record SuggestionCount(SuggestionKind Kind, CongressLevel Level, int Received, int Replied, int RepliedOnTime, int Published);

/// <summary>
/// 人大代表建议 and 政协委员提案 assigned to the county's bodies (建议提案办理): registered by the county office, replied
/// to by the lead body, the reply published as a draft catalog item of the lead body in the key area 建议提案办理, so
/// that it goes through that body's review like any publication.
/// </summary>
public sealed class Suggestions(GongkaiDb db, CatalogService catalog)
{
    public const int DefaultReplyMonths = 3;

    public static string ReplyMonthsKey(int countyId) => "supervision.reply-months." + countyId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reply period in months from the assignment, and the setting's revision (0 when never set).</summary>
    public async Task<(int Months, int Revision)> ReplyMonthsAsync(int countyId, CancellationToken ct = default)
    {
        var key = ReplyMonthsKey(countyId);
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, ct);
        return row is not null && int.TryParse(row.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? (m, row.Revision) : (DefaultReplyMonths, row?.Revision ?? 0);
    }

    /// <summary>Changes the county's default reply period; it applies to suggestions registered afterwards.</summary>
    public async Task SetReplyMonthsAsync(int countyId, int months, int revision, CancellationToken ct = default)
    {
        if (months is < 1 or > 12)
        {
            throw new SupervisionException("办理期限应为 1 至 12 个月。");
        }

        var key = ReplyMonthsKey(countyId);
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, ct);
        var value = months.ToString(CultureInfo.InvariantCulture);
        if (row is null)
        {
            db.Settings.Add(new Setting { Key = key, Value = value });
        }
        else
        {
            db.Entry(row).Property(s => s.Revision).OriginalValue = revision;
            row.Value = value;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Suggestion> CreateAsync(int countyId, SuggestionInput input, CancellationToken ct = default)
    {
        var s = new Suggestion { CountyId = countyId };
        var partners = await ApplyAsync(s, input, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Suggestions.Add(s);
        await db.SaveChangesAsync(ct);
        db.SuggestionPartners.AddRange(partners.Select(b => new SuggestionPartner { SuggestionId = s.Id, BodyId = b }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return s;
    }

    public async Task UpdateAsync(Suggestion s, int revision, SuggestionInput input, CancellationToken ct = default)
    {
        if (s.RepliedOn is not null && input.LeadBodyId != s.LeadBodyId)
        {
            throw new SupervisionException("已答复的建议提案不能更换承办单位。");
        }

        var partners = await ApplyAsync(s, input, ct);
        Concurrency.Expect(db, s, revision);
        var stored = await db.SuggestionPartners.Where(p => p.SuggestionId == s.Id).ToListAsync(ct);
        db.SuggestionPartners.RemoveRange(stored.Where(p => !partners.Contains(p.BodyId)));
        db.SuggestionPartners.AddRange(partners.Where(b => stored.All(p => p.BodyId != b)).Select(b => new SuggestionPartner { SuggestionId = s.Id, BodyId = b }));
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<int>> ApplyAsync(Suggestion s, SuggestionInput input, CancellationToken ct)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add("请选择类别（人大代表建议或政协委员提案）。");
        }

        if (!Enum.IsDefined(input.Level))
        {
            problems.Add("请选择级别（全国、省、市或县）。");
        }

        Text.Required(input.Session, 100, "届次会议", problems);
        Text.Required(input.Number, 20, "编号", problems);
        Text.Required(input.Author, 200, input.Kind == SuggestionKind.MemberProposal ? "提案人" : "代表姓名", problems);
        Text.Required(input.Subject, 300, "案由（标题）", problems);
        Text.Date(input.AssignedOn, "交办日期", problems);
        if (input.DueOn is not null)
        {
            Text.Date(input.DueOn, "答复期限", problems);
        }

        if (input.AssignedOn is { } a && input.DueOn is { } d && d < a)
        {
            problems.Add("答复期限不能早于交办日期。");
        }

        var session = Text.Blank(input.Session);
        var number = Text.Blank(input.Number);
        if (session is not null && number is not null && await db.Suggestions.AnyAsync(
            x => x.CountyId == s.CountyId && x.Kind == input.Kind && x.Level == input.Level && x.Session == session && x.Number == number && x.Id != s.Id, ct))
        {
            problems.Add($"{session}第{number}号{Suggestion.KindLabel(input.Kind)}已登记。");
        }

        var partners = await Parties.CheckAsync(db, s.CountyId, input.LeadBodyId, input.PartnerIds, "承办单位（主办）", "协办单位", problems, ct);
        SupervisionException.ThrowIfAny(problems);
        var months = input.DueOn is null ? (await ReplyMonthsAsync(s.CountyId, ct)).Months : 0;
        s.Kind = input.Kind;
        s.Level = input.Level;
        s.Session = session!;
        s.Number = number!;
        s.Author = input.Author!.Trim();
        s.Subject = input.Subject!.Trim();
        s.LeadBodyId = input.LeadBodyId;
        s.AssignedOn = input.AssignedOn!.Value;
        s.DueOn = input.DueOn ?? input.AssignedOn.Value.AddMonths(months);
        return partners;
    }

    /// <summary>
    /// The lead body's reply (the caller has checked that the member answers for the lead body). A reply to be published
    /// becomes a draft catalog item of the lead body; while that draft is not submitted, a corrected reply updates it.
    /// </summary>
    public async Task ReplyAsync(Suggestion s, int revision, ReplyInput input, string? createdBy, CancellationToken ct = default)
    {
        var problems = new List<string>();
        Text.Date(input.On, "答复日期", problems);
        if (input.On is { } on && on < s.AssignedOn)
        {
            problems.Add("答复日期不能早于交办日期。");
        }

        if (input.On is { } day && day > db.Today())
        {
            problems.Add("答复日期不能晚于今天。");
        }

        Text.Required(input.Text, 20000, "答复内容", problems);
        if (input.Result is not { } result || !Enum.IsDefined(result))
        {
            problems.Add("请选择办理结果（已解决、正在解决、列入计划或留作参考）。");
        }

        if (input.Publication is not { } publication || !Enum.IsDefined(publication))
        {
            problems.Add("请选择答复的公开方式（全文公开、摘要公开或不公开）。");
        }
        else if (publication == ReplyPublication.Summary)
        {
            Text.Required(input.Summary, 2000, "公开的摘要", problems);
        }
        else if (publication == ReplyPublication.NotPublished)
        {
            Text.Required(input.NotPublishedReason, 500, "不公开的理由", problems);
        }

        var item = s.CatalogItemId is { } itemId ? await db.CatalogItems.SingleAsync(i => i.Id == itemId, ct) : null;
        if (item is not null && item.State is not (ItemState.Draft or ItemState.Returned or ItemState.Withdrawn))
        {
            problems.Add($"答复已作为信息“{Text.Short(item.Title)}”（{CatalogItem.StateLabel(item.State)}）报送公开，不能再修改；如需更正，请在主动公开目录中处理该信息。");
        }

        SupervisionException.ThrowIfAny(problems);

        // The catalog service runs its own transaction, so the draft is made first and taken back if the reply cannot be saved.
        if (await db.Suggestions.AsNoTracking().Where(x => x.Id == s.Id).Select(x => x.Revision).SingleAsync(ct) != revision)
        {
            throw new DbUpdateConcurrencyException("stale suggestion");
        }

        // Not yet applied to the tracked row: the catalog service saves whatever is tracked.
        var replied = new Suggestion
        {
            Kind = s.Kind,
            Level = s.Level,
            Session = s.Session,
            Number = s.Number,
            Author = s.Author,
            Subject = s.Subject,
            RepliedOn = input.On!.Value,
            ReplyText = input.Text!.Trim(),
            Result = input.Result,
            Publication = input.Publication,
            PublishedSummary = input.Publication == ReplyPublication.Summary ? Text.Blank(input.Summary) : null,
            NotPublishedReason = input.Publication == ReplyPublication.NotPublished ? Text.Blank(input.NotPublishedReason) : null,
        };
        CatalogItem? created = null;
        if (replied.Publication != ReplyPublication.NotPublished)
        {
            var itemInput = ItemOf(replied, await db.Bodies.AsNoTracking().Where(b => b.Id == s.LeadBodyId).Select(b => b.Name).SingleAsync(ct));
            if (item is null || item.State == ItemState.Withdrawn)
            {
                created = await catalog.CreateAsync(s.LeadBodyId, itemInput, createdBy, ct);
            }
            else
            {
                await catalog.UpdateAsync(item, item.Revision, itemInput, ct);
            }
        }

        Concurrency.Expect(db, s, revision);
        s.RepliedOn = replied.RepliedOn;
        s.ReplyText = replied.ReplyText;
        s.Result = replied.Result;
        s.Publication = replied.Publication;
        s.PublishedSummary = replied.PublishedSummary;
        s.NotPublishedReason = replied.NotPublishedReason;
        s.CatalogItemId = created?.Id ?? s.CatalogItemId;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (created is not null)
        {
            db.ChangeTracker.Clear();
            db.CatalogItems.Remove(await db.CatalogItems.SingleAsync(i => i.Id == created.Id, ct));
            await db.SaveChangesAsync(ct);
            throw;
        }
    }

    /// <summary>The catalog item publishing a reply: the whole reply, or the summary the lead body chose.</summary>
    public static ItemInput ItemOf(Suggestion s, string leadBodyName)
    {
        var title = s.Kind == SuggestionKind.DeputySuggestion
            ? $"{leadBodyName}关于{s.Session}第{s.Number}号建议的答复"
            : $"{leadBodyName}关于{s.Session}第{s.Number}号提案的答复";
        var text = s.Publication == ReplyPublication.Summary ? s.PublishedSummary! : s.ReplyText!;
        var html = $"<p>{Suggestion.LevelLabel(s.Level)}{Suggestion.KindName(s.Kind)}：{WebUtility.HtmlEncode(s.Session)}第{WebUtility.HtmlEncode(s.Number)}号，"
            + $"{(s.Kind == SuggestionKind.DeputySuggestion ? "代表" : "委员")} {WebUtility.HtmlEncode(s.Author)}，案由：{WebUtility.HtmlEncode(s.Subject)}。</p>"
            + $"<p>办理结果：{Suggestion.ResultLabel(s.Result!.Value)}。答复日期：{s.RepliedOn:yyyy年M月d日}。{(s.Publication == ReplyPublication.Summary ? "以下为答复摘要。" : "")}</p>"
            + string.Concat(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>"));
        return new ItemInput(
            title.Length > 300 ? title[..300] : title,
            $"{Suggestion.PublicationLabel(s.Publication!.Value)}：{(s.Subject.Length > 200 ? s.Subject[..200] : s.Subject)}",
            null,
            s.RepliedOn!.Value,
            null,
            "01",
            "a20-15",
            Suggestion.KeyArea(s.Kind),
            Suggestion.KindName(s.Kind) + " 答复",
            Validity.Valid,
            null,
            DisclosureMode.Proactive,
            "面向全社会",
            html);
    }

    /// <summary>The deputy's or member's opinion of the reply (满意度), recorded once it is known; null clears it.</summary>
    public async Task SetSatisfactionAsync(Suggestion s, int revision, Satisfaction? satisfaction, CancellationToken ct = default)
    {
        if (s.RepliedOn is null)
        {
            throw new SupervisionException("答复后才能登记代表（委员）的满意度。");
        }

        if (satisfaction is { } v && !Enum.IsDefined(v))
        {
            throw new SupervisionException("请选择满意、基本满意或不满意。");
        }

        Concurrency.Expect(db, s, revision);
        s.Satisfaction = satisfaction;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// For section 九 of the annual report: every kind and level of a county's year, zeros included, so that
    /// "未接到市人大代表建议和市政协委员提案办件" is a count of the records. A reply counts as published when its catalog
    /// item has been published (passed review).
    /// </summary>
    public Task<List<SuggestionCount>> YearCountsAsync(int countyId, int year, CancellationToken ct = default) => YearCountsAsync(db, countyId, year, ct);

    /// <summary>The same counts without a catalog service: the report calculator has only the database.</summary>
    public static async Task<List<SuggestionCount>> YearCountsAsync(GongkaiDb db, int countyId, int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.Suggestions.AsNoTracking().Where(s => s.CountyId == countyId && s.AssignedOn >= from && s.AssignedOn <= to)
            .Select(s => new
            {
                s.Kind,
                s.Level,
                s.RepliedOn,
                s.DueOn,
                Published = s.CatalogItemId != null && db.CatalogItems.Any(i => i.Id == s.CatalogItemId && i.FirstPublishedOn != null),
            })
            .ToListAsync(ct);
        return [.. from kind in Enum.GetValues<SuggestionKind>()
            from level in Enum.GetValues<CongressLevel>()
            let these = rows.Where(r => r.Kind == kind && r.Level == level).ToList()
            select new SuggestionCount(kind, level, these.Count, these.Count(r => r.RepliedOn is not null),
                these.Count(r => r.RepliedOn is { } d && d <= r.DueOn), these.Count(r => r.Published))];
    }
}
