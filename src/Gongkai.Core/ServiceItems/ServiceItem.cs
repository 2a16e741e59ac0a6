using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;

namespace Gongkai.ServiceItems;

/// <summary>The kinds of 政务服务事项 of the national basic catalog. Stored as the member name: never rename one.</summary>
public enum ServiceItemType
{
    Licensing,
    Payment,
    Confirmation,
    Adjudication,
    Reward,
    Levy,
    OtherPower,
    PublicService,
}

/// <summary>The three tiers of the service system: county centre, township centre, village service point.</summary>
public enum ServiceTier
{
    County,
    Township,
    Village,
}

/// <summary>Dynamic management of the catalog: each change is an event with its decision. Stored as the member name.</summary>
public enum ItemEventKind
{
    /// <summary>新增: a new item, set by a law or decision.</summary>
    Added,

    /// <summary>取消: the item no longer exists.</summary>
    Cancelled,

    /// <summary>下放: handed to a lower tier; it stays in force there.</summary>
    Delegated,

    /// <summary>承接: taken over from the city or province; in force here from then on.</summary>
    Undertaken,

    /// <summary>调整: changed (name, body, basis) but still in force.</summary>
    Adjusted,
}

/// <summary>
/// One 政务服务事项 of the county's catalog: what it is, who handles it and the service guide (办事指南) the
/// public reads. Whether it is in force on a date is never a column: it follows from its events.
/// </summary>
public sealed class ServiceItem : IAudited
{
    public int Id { get; set; }

    /// <summary>The county's item code (事项编码), unique in the platform.</summary>
    public string Code { get; set; } = "";

    /// <summary>The national basic-catalog code (基本目录编码), where given.</summary>
    public string? NationalCode { get; set; }

    public string Name { get; set; } = "";

    public ServiceItemType Type { get; set; }

    /// <summary>The implementing body (实施主体).</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>The tier the item was first set at; a 下放 event moves it.</summary>
    public ServiceTier Tier { get; set; }

    /// <summary>设定依据.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>受理条件.</summary>
    public string? Conditions { get; set; }

    /// <summary>申请材料, one per line.</summary>
    public string? Materials { get; set; }

    /// <summary>办理流程, one step per line.</summary>
    public string? Procedure { get; set; }

    /// <summary>法定办结时限 in working days.</summary>
    public int? StatutoryDays { get; set; }

    /// <summary>承诺办结时限 in working days.</summary>
    public int? PromisedDays { get; set; }

    /// <summary>收费标准 and its basis; null or empty means free of charge.</summary>
    public string? Fees { get; set; }

    /// <summary>办理地点 and window.</summary>
    public string? Place { get; set; }

    /// <summary>办理时间.</summary>
    public string? Hours { get; set; }

    /// <summary>网上办理地址.</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>咨询电话.</summary>
    public string? ConsultPhone { get; set; }

    /// <summary>监督投诉电话.</summary>
    public string? ComplaintPhone { get; set; }

    /// <summary>Whether it is handled in a service centre (进驻).</summary>
    public bool OnSite { get; set; }

    /// <summary>主题 and 生活事件 (e.g. 生育收养、就业创业), separated by "、", for browsing on the portal.</summary>
    public string? Topics { get; set; }

    /// <summary>
    /// Where the guide stands in review, with the states of catalog items. The columns always hold the text the
    /// public reads once the guide has been published; a correction of a published guide is kept in
    /// <see cref="PendingJson"/> while <see cref="State"/> follows its review, so the public keeps reading the
    /// published text until the correction is approved (see <see cref="Public"/>).
    /// </summary>
    public Catalog.ItemState State { get; set; }

    /// <summary>First publication of the guide.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The user who submitted the pending text; may not approve it (separation of duties).</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>A proposed new text of a published guide (the guide's fields as JSON) in review; null for a guide never published.</summary>
    public string? PendingJson { get; set; }

    /// <summary>The reviewer's last comment (why it was returned).</summary>
    public string? ReviewComment { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Guides the public may read: published, or published and under correction.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<ServiceItem, bool>> Public =
        i => i.State == Catalog.ItemState.Published || i.PendingJson != null;

    private static readonly Func<ServiceItem, bool> PublicCheck = Public.Compile();

    /// <summary><see cref="Public"/> for an item already loaded.</summary>
    public bool IsPublic() => PublicCheck(this);

    /// <summary>
    /// Why a code cannot be used, or null. The code is the guide's address (/services/{code}) and the key of
    /// re-imports, so characters that a path or a query would split on are refused rather than escaped.
    /// </summary>
    public static string? CodeProblem(string code) =>
        code.Length is 0 or > 60 ? "事项编码不能为空，且不超过 60 个字符"
        : code.IndexOfAny(['/', '\\', '?', '#', '%', ' ', '\t']) >= 0 ? $"事项编码“{code}”含有不能用于网址的字符（/ \\ ? # % 或空格）"
        : null;

    public static string TypeLabel(ServiceItemType t) => t switch
    {
        ServiceItemType.Licensing => "行政许可",
        ServiceItemType.Payment => "行政给付",
        ServiceItemType.Confirmation => "行政确认",
        ServiceItemType.Adjudication => "行政裁决",
        ServiceItemType.Reward => "行政奖励",
        ServiceItemType.Levy => "行政征收",
        ServiceItemType.OtherPower => "其他行政权力",
        ServiceItemType.PublicService => "公共服务",
        _ => t.ToString(),
    };

    public static string TierLabel(ServiceTier t) => t switch
    {
        ServiceTier.County => "县级",
        ServiceTier.Township => "乡镇（街道）",
        ServiceTier.Village => "村（社区）",
        _ => t.ToString(),
    };

    public static string EventLabel(ItemEventKind k) => k switch
    {
        ItemEventKind.Added => "新增",
        ItemEventKind.Cancelled => "取消",
        ItemEventKind.Delegated => "下放",
        ItemEventKind.Undertaken => "承接",
        ItemEventKind.Adjusted => "调整",
        _ => k.ToString(),
    };
}

/// <summary>A change of the catalog with its decision document; never edited once recorded, only followed by another.</summary>
public sealed class ServiceItemEvent : IAudited
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public ServiceItem? Item { get; set; }

    public ItemEventKind Kind { get; set; }

    /// <summary>The date the decision takes effect.</summary>
    public DateOnly On { get; set; }

    /// <summary>The decision's 文号, e.g. 巫溪府发〔2015〕12号.</summary>
    public string? Decision { get; set; }

    /// <summary>For 下放: the tier the item goes to.</summary>
    public ServiceTier? ToTier { get; set; }

    public string? Note { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A published text of a guide, kept whole so that what the public read on any day can be shown again.</summary>
public sealed class ServiceItemVersion
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    /// <summary>1 for the first publication, then one more for each approved correction.</summary>
    public int Number { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public string PublishedBy { get; set; } = "";

    /// <summary>The guide's fields as JSON, as published.</summary>
    public string Snapshot { get; set; } = "";
}
