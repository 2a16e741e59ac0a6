using System.Globalization;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

/// <summary>
/// The text of a service guide (办事指南): what an editor writes, what a correction in review holds
/// (<see cref="ServiceItem.PendingJson"/>) and what a version keeps (<see cref="ServiceItemVersion.Snapshot"/>).
/// </summary>
public sealed record ServiceGuide(
    string Name,
    string? NationalCode,
    ServiceItemType Type,
    ServiceTier Tier,
    string? LegalBasis,
    string? Conditions,
    string? Materials,
    string? Procedure,
    int? StatutoryDays,
    int? PromisedDays,
    string? Fees,
    string? Place,
    string? Hours,
    string? OnlineUrl,
    string? ConsultPhone,
    string? ComplaintPhone,
    bool OnSite,
    string? Topics)
{
    public static ServiceGuide Of(ServiceItem i) => new(
        i.Name, i.NationalCode, i.Type, i.Tier, i.LegalBasis, i.Conditions, i.Materials, i.Procedure, i.StatutoryDays, i.PromisedDays,
        i.Fees, i.Place, i.Hours, i.OnlineUrl, i.ConsultPhone, i.ComplaintPhone, i.OnSite, i.Topics);

    public void ApplyTo(ServiceItem i)
    {
        i.Name = Name;
        i.NationalCode = NationalCode;
        i.Type = Type;
        i.Tier = Tier;
        i.LegalBasis = LegalBasis;
        i.Conditions = Conditions;
        i.Materials = Materials;
        i.Procedure = Procedure;
        i.StatutoryDays = StatutoryDays;
        i.PromisedDays = PromisedDays;
        i.Fees = Fees;
        i.Place = Place;
        i.Hours = Hours;
        i.OnlineUrl = OnlineUrl;
        i.ConsultPhone = ConsultPhone;
        i.ComplaintPhone = ComplaintPhone;
        i.OnSite = OnSite;
        i.Topics = Topics;
    }

    public string ToJson() => JsonSerializer.Serialize(this, GongkaiDb.JsonOptions);

    public static ServiceGuide FromJson(string json) => JsonSerializer.Deserialize<ServiceGuide>(json, GongkaiDb.JsonOptions)!;

    /// <summary>The text trimmed, blanks as null; the comparison of two guides and what is stored both use it.</summary>
    public ServiceGuide Clean() => this with
    {
        Name = Name.Trim(),
        NationalCode = Blank(NationalCode),
        LegalBasis = Blank(LegalBasis),
        Conditions = Blank(Conditions),
        Materials = Blank(Materials),
        Procedure = Blank(Procedure),
        Fees = Blank(Fees),
        Place = Blank(Place),
        Hours = Blank(Hours),
        OnlineUrl = Blank(OnlineUrl),
        ConsultPhone = Blank(ConsultPhone),
        ComplaintPhone = Blank(ComplaintPhone),
        Topics = ServiceTopics.Normalize(Topics),
    };

    /// <summary>What cannot be saved, each message naming the field in Chinese.</summary>
    public List<string> Problems()
    {
        var p = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            p.Add("请填写事项名称。");
        }
        else if (Name.Trim().Length > 200)
        {
            p.Add("事项名称不能超过 200 个字。");
        }

        Check(NationalCode, 60, "基本编码", p);
        Check(Place, 500, "办理地点", p);
        Check(Hours, 200, "办理时间", p);
        Check(OnlineUrl, 500, "网上办理地址", p);
        Check(ConsultPhone, 100, "咨询电话", p);
        Check(ComplaintPhone, 100, "监督投诉电话", p);
        Check(ServiceTopics.Normalize(Topics), 500, "主题（生活事件）", p);
        foreach (var (days, label) in new[] { (StatutoryDays, "法定办结时限"), (PromisedDays, "承诺办结时限") })
        {
            if (days is < 1 or > 1000)
            {
                p.Add($"{label}应为 1 至 1000 个工作日。");
            }
        }

        if (StatutoryDays is { } s && PromisedDays is { } pr && pr > s)
        {
            p.Add($"承诺办结时限（{pr} 个工作日）不能长于法定办结时限（{s} 个工作日）。");
        }

        if (Blank(OnlineUrl) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
        {
            p.Add("网上办理地址应为以 http:// 或 https:// 开头的网址。");
        }

        if (!Enum.IsDefined(Type))
        {
            p.Add("请选择事项类型。");
        }

        if (!Enum.IsDefined(Tier))
        {
            p.Add("请选择行使层级。");
        }

        p.AddRange(ServiceMaterials.Problems(Materials));
        return p;
    }

    private static void Check(string? value, int max, string label, List<string> problems)
    {
        if (value?.Trim().Length > max)
        {
            problems.Add($"{label}不能超过 {max} 个字。");
        }
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The 主题/生活事件 of an item, kept as one text separated by "、" so the portal can browse by them.</summary>
public static class ServiceTopics
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '\n', '\r', '|', '｜'];

    public static IReadOnlyList<string> Split(string? topics) =>
        (topics ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public static string? Normalize(string? topics) => Split(topics) is { Count: > 0 } list ? string.Join("、", list) : null;
}

/// <summary>Review actions on a service guide. Stored nowhere but the audit log's state changes.</summary>
public enum GuideAction
{
    Submit,
    Return,
    Approve,
    Withdraw,

    /// <summary>放弃更正: a correction not yet submitted is dropped; the published text stays.</summary>
    Discard,
}

/// <summary>Thrown for input or a step that cannot be carried out; the message is Chinese and shown as it is.</summary>
public sealed class ServiceItemException(IReadOnlyList<string> problems) : Exception(string.Join("；", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public ServiceItemException(string problem)
        : this([problem])
    {
    }
}

/// <summary>What a member of staff records as a change of the catalog (动态调整).</summary>
public sealed record EventInput(ItemEventKind Kind, DateOnly On, string? Decision, ServiceTier? ToTier, string? Note);

/// <summary>
/// Drafting, review and publication of service guides, like catalog items: an editor drafts and submits, a
/// reviewer of the same body returns or approves (never the one who submitted), and approval publishes with a
/// version kept whole. A correction of a published guide waits in <see cref="ServiceItem.PendingJson"/> so the
/// public keeps reading the published text until it is approved. Every change goes through the audited context.
/// </summary>
public sealed class ServiceItemWorkflow(GongkaiDb db, IEnumerable<IPublicChangeListener> listeners)
{
    public sealed record Transition(ItemState From, GuideAction Action, ItemState To, Privilege Needs);

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(ItemState.Draft, GuideAction.Submit, ItemState.Submitted, Privilege.EditCatalog),
        new(ItemState.Returned, GuideAction.Submit, ItemState.Submitted, Privilege.EditCatalog),
        new(ItemState.Submitted, GuideAction.Return, ItemState.Returned, Privilege.ReviewCatalog),
        new(ItemState.Submitted, GuideAction.Approve, ItemState.Published, Privilege.ReviewCatalog),
        new(ItemState.Draft, GuideAction.Withdraw, ItemState.Withdrawn, Privilege.EditCatalog),
        new(ItemState.Returned, GuideAction.Withdraw, ItemState.Withdrawn, Privilege.EditCatalog),
        new(ItemState.Published, GuideAction.Withdraw, ItemState.Withdrawn, Privilege.ReviewCatalog),
        new(ItemState.Draft, GuideAction.Discard, ItemState.Published, Privilege.EditCatalog),
        new(ItemState.Returned, GuideAction.Discard, ItemState.Published, Privilege.EditCatalog),
    ];

    /// <summary>The actions open to an item in its state: a correction is discarded rather than withdrawn (that would take the published guide down).</summary>
    public static IEnumerable<Transition> From(ServiceItem item) => Table.Where(t => t.From == item.State
        && (t.Action != GuideAction.Discard || item.PendingJson is not null)
        && (t.Action != GuideAction.Withdraw || item.State == ItemState.Published || item.PendingJson is null));

    public static Transition? Find(ServiceItem item, GuideAction action) => From(item).FirstOrDefault(t => t.Action == action);

    public static string Label(GuideAction a) => a switch
    {
        GuideAction.Submit => "提交审核",
        GuideAction.Return => "退回修改",
        GuideAction.Approve => "审核通过并公开",
        GuideAction.Withdraw => "撤回",
        GuideAction.Discard => "放弃更正",
        _ => a.ToString(),
    };

    /// <summary>The text being worked on: the correction in review if there is one, else the columns.</summary>
    public static ServiceGuide Working(ServiceItem item) => item.PendingJson is { } json ? ServiceGuide.FromJson(json) : ServiceGuide.Of(item);

    public async Task<ServiceItem> CreateAsync(int bodyId, string code, ServiceGuide guide, CancellationToken ct = default)
    {
        code = code.Trim();
        var problems = guide.Problems();
        if (ServiceItem.CodeProblem(code) is { } bad)
        {
            problems.Insert(0, bad + "。");
        }
        else if (await db.ServiceItems.AnyAsync(i => i.Code == code, ct))
        {
            problems.Insert(0, $"事项编码“{code}”已被其他事项使用。");
        }

        Throw(problems);
        var item = new ServiceItem { Code = code, BodyId = bodyId, State = ItemState.Draft };
        guide.Clean().ApplyTo(item);
        db.ServiceItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Saves an edit. A published guide keeps its text and the edit becomes a correction in review (更正).</summary>
    public async Task UpdateAsync(ServiceItem item, int revision, ServiceGuide guide, CancellationToken ct = default)
    {
        if (item.State is not (ItemState.Draft or ItemState.Returned or ItemState.Published))
        {
            throw new ServiceItemException($"当前状态（{CatalogItem.StateLabel(item.State)}）的事项不能修改：审核中的请等待审核结果，已撤回的不再修改。");
        }

        Throw(guide.Problems());
        db.Entry(item).Property(i => i.Revision).OriginalValue = revision;
        var clean = guide.Clean();
        if (item.IsPublic())
        {
            item.PendingJson = clean.ToJson();
            item.State = ItemState.Draft;
        }
        else
        {
            clean.ApplyTo(item);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Why the signed-in member may not take this action on the item (separation of duties), or null.</summary>
    public string? SeparationProblem(ServiceItem item, GuideAction action) =>
        action == GuideAction.Approve && db.Actor.UserId is { } me && item.SubmittedBy == me
            ? "您是该办事指南的提交人，不能审核通过自己提交的内容：须由本单位其他审核人员审核。"
            : null;

    /// <summary>Carries out one review action; the caller has checked the privilege the transition needs in the item's body.</summary>
    public async Task ApplyAsync(ServiceItem item, GuideAction action, string? comment, int revision, CancellationToken ct = default)
    {
        var t = Find(item, action)
            ?? throw new ServiceItemException($"当前状态（{CatalogItem.StateLabel(item.State)}）下不能“{Label(action)}”。");
        if (SeparationProblem(item, action) is { } refused)
        {
            throw new ServiceItemException(refused);
        }

        comment = ServiceGuide.Blank(comment);
        if (action is GuideAction.Return or GuideAction.Withdraw && comment is null)
        {
            throw new ServiceItemException(action == GuideAction.Return ? "退回修改须写明修改意见。" : "撤回须写明理由。");
        }

        if (comment?.Length > 2000)
        {
            throw new ServiceItemException("意见或理由不能超过 2000 个字。");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Entry(item).Property(i => i.Revision).OriginalValue = revision;
        var wasPublic = item.IsPublic();
        item.State = t.To;
        switch (action)
        {
            case GuideAction.Submit:
                item.SubmittedBy = db.Actor.UserId ?? db.Actor.Name;
                item.ReviewComment = null;
                break;
            case GuideAction.Return:
                item.ReviewComment = comment;
                break;
            case GuideAction.Approve:
                if (item.PendingJson is { } json)
                {
                    ServiceGuide.FromJson(json).ApplyTo(item);
                    item.PendingJson = null;
                }

                item.ReviewComment = null;
                await AddVersionAsync(item, ct);
                break;
            case GuideAction.Withdraw:
                item.ReviewComment = comment;
                item.PendingJson = null;
                break;
            case GuideAction.Discard:
                item.PendingJson = null;
                item.ReviewComment = null;
                break;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (action == GuideAction.Approve || (wasPublic && action == GuideAction.Withdraw))
        {
            await ChangedAsync(item.BodyId, ct);
        }
    }

    /// <summary>Publishes the item as its columns stand: the first publication sets <see cref="ServiceItem.PublishedAt"/>.</summary>
    private async Task AddVersionAsync(ServiceItem item, CancellationToken ct)
    {
        var number = await db.ServiceItemVersions.Where(v => v.ItemId == item.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        db.ServiceItemVersions.Add(NewVersion(db, item, number + 1));
    }

    /// <summary>Version <paramref name="number"/> of a saved item as its columns stand now.</summary>
    internal static ServiceItemVersion NewVersion(GongkaiDb db, ServiceItem item, int number)
    {
        var now = db.Time.GetUtcNow();
        item.PublishedAt ??= now;
        return new ServiceItemVersion { ItemId = item.Id, Number = number, PublishedAt = now, PublishedBy = db.Actor.Name, Snapshot = ServiceGuide.Of(item).ToJson() };
    }

    /// <summary>
    /// Records a change of the catalog (动态调整). The caller has checked ReviewCatalog in the item's body. Events are
    /// never edited: a mistaken one is followed by another.
    /// </summary>
    public async Task<ServiceItemEvent> RecordEventAsync(ServiceItem item, EventInput input, CancellationToken ct = default)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add("请选择变更类型。");
        }

        if (input.On.Year is < 1990 or > 2100)
        {
            problems.Add("请填写生效日期。");
        }

        if (input.Decision?.Trim().Length > 200)
        {
            problems.Add("决定文号不能超过 200 个字。");
        }

        if (input.Note?.Trim().Length > 1000)
        {
            problems.Add("说明不能超过 1000 个字。");
        }

        Throw(problems);
        var events = await db.ServiceItemEvents.AsNoTracking().Where(e => e.ItemId == item.Id)
            .Select(e => new { e.Kind, e.On, e.ToTier, e.Id }).ToListAsync(ct);
        var standing = ItemLedger.StandingOn(item.Tier, events.Select(e => (e.Kind, e.On, e.ToTier, e.Id)), input.On);
        var date = input.On.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        ServiceTier? toTier = null;
        switch (input.Kind)
        {
            case ItemEventKind.Cancelled when standing is not { InForce: true }:
                throw new ServiceItemException($"该事项在{date}不在实施中，不能登记“取消”。");
            case ItemEventKind.Adjusted when standing is not { InForce: true }:
                throw new ServiceItemException($"该事项在{date}不在实施中，不能登记“调整”。");
            case ItemEventKind.Added or ItemEventKind.Undertaken when events.Count > 0 && standing is { InForce: true }:
                throw new ServiceItemException($"该事项在{date}已在实施中，不能登记“{ServiceItem.EventLabel(input.Kind)}”。");
            case ItemEventKind.Delegated:
                if (standing is not { InForce: true } s)
                {
                    throw new ServiceItemException($"该事项在{date}不在实施中，不能登记“下放”。");
                }

                toTier = input.ToTier ?? (s.Tier == ServiceTier.Village ? null : ItemLedger.Lower(s.Tier));
                if (toTier is not { } to || to <= s.Tier)
                {
                    throw new ServiceItemException($"该事项在{date}由{ServiceItem.TierLabel(s.Tier)}实施，只能下放至更低的层级。");
                }

                break;
        }

        var e = new ServiceItemEvent
        {
            ItemId = item.Id,
            Kind = input.Kind,
            On = input.On,
            Decision = ServiceGuide.Blank(input.Decision),
            ToTier = toTier,
            Note = ServiceGuide.Blank(input.Note),
        };
        db.ServiceItemEvents.Add(e);
        await db.SaveChangesAsync(ct);
        await ChangedAsync(item.BodyId, ct);
        return e;
    }

    private async Task ChangedAsync(int bodyId, CancellationToken ct)
    {
        foreach (var l in listeners)
        {
            await l.PublicChangedAsync(bodyId, ct);
        }
    }

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ServiceItemException(problems);
        }
    }
}
