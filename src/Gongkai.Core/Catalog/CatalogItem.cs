using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;

namespace Gongkai.Catalog;

/// <summary>Stored as its member name: never rename one.</summary>
public enum ItemState
{
    Draft,
    Submitted,
    ConfidentialityCleared,
    Returned,
    Published,
    Withdrawn,
}

/// <summary>
/// Stored as its member name: never rename one. A plain column compared for equality, so that every
/// list query can seek its index (SQLite cannot seek on a bare boolean column).
/// </summary>
public enum VersionState
{
    /// <summary>The version the portal shows and lists.</summary>
    Current,

    /// <summary>Replaced by a correction.</summary>
    Superseded,

    /// <summary>The last version of a withdrawn item: its page says it was withdrawn.</summary>
    Withdrawn,
}

/// <summary>Stored as its member name: never rename one.</summary>
public enum Validity
{
    Valid,
    Expired,
    Repealed,
}

/// <summary>Stored as its member name: never rename one.</summary>
public enum DisclosureMode
{
    Proactive,
    OnApplication,
}

/// <summary>
/// A catalog item (政府信息公开目录条目) as staff edit it. The working fields here are the draft; what the
/// public sees is the latest <see cref="CatalogVersion"/>, frozen at publication.
/// </summary>
public sealed class CatalogItem : IAudited
{
    public int Id { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>索引号: allocated once when the item is created and never changed or reused.</summary>
    public string IndexNumber { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>文号, e.g. 巫溪府办发〔2015〕108号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>成文日期 (or 生成日期): the 20-working-day publication clock runs from here.</summary>
    public DateOnly WrittenOn { get; set; }

    /// <summary>The last day on which publication is on time (Art. 26).</summary>
    public DateOnly DueOn { get; set; }

    public bool DueProvisional { get; set; }

    public string Publisher { get; set; } = "";

    public string Topic { get; set; } = "21";

    public string StatutoryCategory { get; set; } = "a20-15";

    public string? KeyArea { get; set; }

    public string? Keywords { get; set; }

    public Validity Validity { get; set; }

    public DateOnly? ValidityChangedOn { get; set; }

    public DisclosureMode Mode { get; set; }

    public string Scope { get; set; } = "面向全社会";

    /// <summary>Sanitised HTML of the body text.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>
    /// Set on a 政策解读: the policy document item this one interprets, of the same county. A policy may have
    /// several interpretations; the link is live, not frozen in versions, so a later interpretation shows on
    /// the policy's page without correcting the policy.
    /// </summary>
    public int? InterpretsItemId { get; set; }

    public ItemState State { get; set; }

    /// <summary>The number of the version the public sees; 0 until first published.</summary>
    public int PublishedVersion { get; set; }

    public DateOnly? FirstPublishedOn { get; set; }

    /// <summary>The date of the current public version (发布日期).</summary>
    public DateOnly? PublishedOn { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Used by imports: a key that makes re-running an import harmless.</summary>
    public string? ImportKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public int Revision { get; set; }

    public List<Attachment> Attachments { get; set; } = [];

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string StateLabel(ItemState s) => s switch
    {
        ItemState.Draft => "草稿",
        ItemState.Submitted => "待保密审查",
        ItemState.ConfidentialityCleared => "待内容审核",
        ItemState.Returned => "已退回修改",
        ItemState.Published => "已公开",
        ItemState.Withdrawn => "已撤回",
        _ => s.ToString(),
    };

    public static string ValidityLabel(Validity v) => v switch
    {
        Validity.Valid => "有效",
        Validity.Expired => "失效",
        Validity.Repealed => "废止",
        _ => v.ToString(),
    };

    public static string ModeLabel(DisclosureMode m) => m == DisclosureMode.Proactive ? "主动公开" : "依申请公开";
}

/// <summary>A file attached to an item; its bytes are stored once, by hash, in <see cref="Blob"/>.</summary>
public sealed class Attachment : IAudited
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public int SortOrder { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>File contents, addressed by their SHA-256: written once, never changed or deleted.</summary>
public sealed class Blob
{
    public string Sha256 { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Empty when <see cref="InFiles"/>: the contents are then in the file store.</summary>
    public byte[] Content { get; set; } = [];

    public bool InFiles { get; set; }

    /// <summary>The file's words for search, extracted once when it is stored; null for images and unreadable files.</summary>
    public string? Text { get; set; }
}

/// <summary>A published version: metadata, body and file list frozen as the public saw them.</summary>
public sealed class CatalogVersion
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public CatalogItem? Item { get; set; }

    public int BodyId { get; set; }

    public int Number { get; set; }

    public string IndexNumber { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly WrittenOn { get; set; }

    public DateOnly PublishedOn { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public string Publisher { get; set; } = "";

    public string Topic { get; set; } = "";

    public string StatutoryCategory { get; set; } = "";

    public string? KeyArea { get; set; }

    /// <summary>The top-level key area, kept beside the sub-area so that portal columns filter on one column.</summary>
    public string? KeyAreaTop { get; set; }

    public string? Keywords { get; set; }

    public Validity Validity { get; set; }

    public DateOnly? ValidityChangedOn { get; set; }

    public DisclosureMode Mode { get; set; }

    public string Scope { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    /// <summary>JSON array of <see cref="VersionFile"/>.</summary>
    public string Files { get; set; } = "[]";

    public List<VersionFile> FileList() => System.Text.Json.JsonSerializer.Deserialize<List<VersionFile>>(Files) ?? [];

    public string? CorrectionNote { get; set; }

    /// <summary>The review checks of the round that published this version (JSON), archived with it; null before they existed.</summary>
    public string? ReviewChecks { get; set; }

    /// <summary>Whether the portal lists this version; older versions and withdrawn items stay for the record.</summary>
    public VersionState State { get; set; }

    public int Year { get; set; }
}

/// <summary>A file of a published version, as its file list records it (and the archive manifest repeats it).</summary>
public sealed record VersionFile(
    [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
    [property: System.Text.Json.Serialization.JsonPropertyName("type")] string Type,
    [property: System.Text.Json.Serialization.JsonPropertyName("size")] long Size,
    [property: System.Text.Json.Serialization.JsonPropertyName("sha256")] string Sha256);

/// <summary>One step of review: who did what to an item, with the comment shown to the editor.</summary>
public enum CheckKind
{
    /// <summary>A hit of the sensitive-data scan, acknowledged with a reason.</summary>
    Hit,

    /// <summary>A question of the county's confidentiality checklist, answered 是 or 否.</summary>
    Question,
}

/// <summary>
/// One acknowledgement of a scan hit or one answer to the confidentiality checklist, made by a reviewer in
/// a review round (the n-th submission); archived with the version that round publishes.
/// </summary>
public sealed class ReviewCheck : IAudited
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    /// <summary>Which submission of the item this belongs to (1 for the first): a return and a new submission start afresh.</summary>
    public int Round { get; set; }

    /// <summary>The state the item was in when the check was made (送审 = 保密审查, 保密审查通过 = 内容审核).</summary>
    public ItemState Stage { get; set; }

    public CheckKind Kind { get; set; }

    /// <summary>A hit's key (kind, where, masked match) or the question; never a number in clear.</summary>
    public string Subject { get; set; } = "";

    /// <summary>已确认 for a hit; 是 or 否 for a question.</summary>
    public string Answer { get; set; } = "";

    public string? Note { get; set; }

    public string ActorName { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>The version the round published; null while the round is open or when it was returned.</summary>
    public int? VersionNumber { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

public sealed class ReviewStep : IAudited
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public string Action { get; set; } = "";

    public ItemState FromState { get; set; }

    public ItemState ToState { get; set; }

    public string? Comment { get; set; }

    public string ActorName { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Next 索引号 serial per body and year; serials only ever go up, so none is reused.</summary>
public sealed class IndexCounter
{
    public int BodyId { get; set; }

    public int Year { get; set; }

    public int Next { get; set; }

    public int Revision { get; set; }
}
