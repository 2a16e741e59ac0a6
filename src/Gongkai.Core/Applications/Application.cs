using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;

namespace Gongkai.Applications;

/// <summary>Stored as its member name: never rename one. The annual report's applicant columns.</summary>
public enum ApplicantType
{
    Person,
    Business,
    Research,
    NonProfit,
    LegalService,
    OtherOrganization,
}

/// <summary>Stored as its member name: never rename one.</summary>
public enum IdDocument
{
    ResidentCard,
    Passport,
    HongKongMacaoPermit,
    TaiwanPermit,
    CreditCode,
    Other,
}

/// <summary>How the application arrived; decides its legal date of receipt (Art. 31). Stored as its member name.</summary>
public enum Channel
{
    Online,
    InPerson,
    SignedPost,
    OrdinaryPost,
    Fax,
    Email,
}

/// <summary>The form and way of delivery the applicant asked for. Stored as its member name.</summary>
public enum Delivery
{
    PaperByPost,
    PaperPickUp,
    Email,
    ElectronicFile,
    Inspection,
}

/// <summary>Stored as its member name: never rename one.</summary>
public enum ApplicationState
{
    /// <summary>Arrived; the date of receipt is not yet confirmed (online, fax) or nobody has taken it yet.</summary>
    Received,
    InProgress,
    AwaitingCorrection,
    Consulting,
    AwaitingFee,

    /// <summary>Decided and the reply letter written; waiting for delivery to be recorded.</summary>
    Decided,
    Closed,
}

/// <summary>
/// One application for disclosure (政府信息公开申请). The applicant's ID number is kept only encrypted
/// (<see cref="IdNumberProtected"/>) and as a mask; <see cref="ApplicantKey"/> is a keyed hash of it that
/// finds the same applicant's other applications (fees per month, duplicates) without decrypting.
/// </summary>
public sealed class Application : IAudited
{
    public int Id { get; set; }

    /// <summary>申请编号 printed on the receipt.</summary>
    public string TrackingNumber { get; set; } = "";

    /// <summary>SHA-256 of the query code printed on the receipt.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>The query code, encrypted, so that a replayed form can show the same receipt again.</summary>
    public string? SecretProtected { get; set; }

    /// <summary>The one-time key of the form that created it: a replay finds this row instead of adding one.</summary>
    public string? SubmissionKey { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>True when the applicant did not know which body to address and the county office chose.</summary>
    public bool BodyUnclear { get; set; }

    public string? OfficerId { get; set; }

    public string? OfficerName { get; set; }

    public ApplicantType ApplicantType { get; set; }

    public string ApplicantName { get; set; } = "";

    /// <summary>For organisations: the person to contact.</summary>
    public string? ContactPerson { get; set; }

    public IdDocument IdDocument { get; set; }

    public string? IdNumberProtected { get; set; }

    public string? IdNumberMasked { get; set; }

    public string? ApplicantKey { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? Postcode { get; set; }

    public string Description { get; set; } = "";

    public string? DocumentNumber { get; set; }

    public Delivery Delivery { get; set; }

    public Channel Channel { get; set; }

    /// <summary>When it physically or electronically arrived, as recorded.</summary>
    public DateTimeOffset ArrivedAt { get; set; }

    /// <summary>收到申请之日 by the rules of the channel; null until confirmed.</summary>
    public DateOnly? ReceivedOn { get; set; }

    public RulesVersion Rules { get; set; }

    /// <summary>The day the reply clock runs from: the date of receipt, or of the corrected application.</summary>
    public DateOnly? ClockStartOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool DueProvisional { get; set; }

    public string? CalendarVersion { get; set; }

    /// <summary>Approved extension (Art. 33), in working days.</summary>
    public int ExtensionDays { get; set; }

    public int? RequestedExtensionDays { get; set; }

    public string? ExtensionReason { get; set; }

    public DateOnly? CorrectionDueOn { get; set; }

    public ApplicationState State { get; set; }

    public string? Outcome { get; set; }

    /// <summary>The annual-report row of the outcome, fixed when the decision is made.</summary>
    public string? ReportRow { get; set; }

    public string? Reasons { get; set; }

    public string? LegalBasis { get; set; }

    /// <summary>For partial disclosure and refusals: what was withheld.</summary>
    public string? Withheld { get; set; }

    /// <summary>For Art. 36(五): the body responsible and how to reach it.</summary>
    public string? ReferTo { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? DeliveredOn { get; set; }

    public string? DeliveryNote { get; set; }

    public FeeMethod FeeMethod { get; set; }

    public int FeeUnits { get; set; }

    public decimal FeeAmount { get; set; }

    public DateOnly? FeeNoticeOn { get; set; }

    public DateOnly? FeePaidOn { get; set; }

    /// <summary>Art. 44: the proactive catalog draft made from this application.</summary>
    public int? CatalogItemId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Revision { get; set; }

    /// <summary>The applicant agreed that the reply may be published without personal data (依申请公开答复选登).</summary>
    public bool PublishConsent { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsOpen => State is not ApplicationState.Closed and not ApplicationState.Decided;

    public static string StateLabel(ApplicationState s) => s switch
    {
        ApplicationState.Received => "待确认受理",
        ApplicationState.InProgress => "办理中",
        ApplicationState.AwaitingCorrection => "待申请人补正",
        ApplicationState.Consulting => "征求意见中",
        ApplicationState.AwaitingFee => "待缴纳信息处理费",
        ApplicationState.Decided => "已作出答复，待送达",
        ApplicationState.Closed => "已办结",
        _ => s.ToString(),
    };

    public static string ApplicantTypeLabel(ApplicantType t) => t switch
    {
        ApplicantType.Person => "自然人",
        ApplicantType.Business => "法人或其他组织：商业企业",
        ApplicantType.Research => "法人或其他组织：科研机构",
        ApplicantType.NonProfit => "法人或其他组织：社会公益组织",
        ApplicantType.LegalService => "法人或其他组织：法律服务机构",
        ApplicantType.OtherOrganization => "法人或其他组织：其他",
        _ => t.ToString(),
    };

    public static string IdDocumentLabel(IdDocument d) => d switch
    {
        IdDocument.ResidentCard => "居民身份证",
        IdDocument.Passport => "护照",
        IdDocument.HongKongMacaoPermit => "港澳居民来往内地通行证",
        IdDocument.TaiwanPermit => "台湾居民来往大陆通行证",
        IdDocument.CreditCode => "统一社会信用代码",
        IdDocument.Other => "其他有效证件",
        _ => d.ToString(),
    };

    public static string ChannelLabel(Channel c) => c switch
    {
        Channel.Online => "网上申请",
        Channel.InPerson => "当面申请",
        Channel.SignedPost => "信函申请（需签收的邮件）",
        Channel.OrdinaryPost => "信函申请（平常信函）",
        Channel.Fax => "传真申请",
        Channel.Email => "电子邮件申请",
        _ => c.ToString(),
    };

    public static string DeliveryLabel(Delivery d) => d switch
    {
        Delivery.PaperByPost => "纸质文本，邮寄",
        Delivery.PaperPickUp => "纸质文本，自行领取",
        Delivery.Email => "电子文本，电子邮件发送",
        Delivery.ElectronicFile => "电子文本，光盘或网上下载",
        Delivery.Inspection => "当场查阅、抄录",
        _ => d.ToString(),
    };
}

/// <summary>Stored as its member name.</summary>
public enum FeeMethod
{
    None,
    PerItem,
    PerPage,
}

/// <summary>One entry of an application's history: every action, with its legal date.</summary>
public sealed class ApplicationStep
{
    public long Id { get; set; }

    public int ApplicationId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The legal date the action took effect (a letter sent, a reply received).</summary>
    public DateOnly On { get; set; }

    public string Action { get; set; } = "";

    public ApplicationState FromState { get; set; }

    public ApplicationState ToState { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public int? FromBodyId { get; set; }

    public int? ToBodyId { get; set; }

    public string? Comment { get; set; }

    /// <summary>The due date after the step, with the versions that produced it.</summary>
    public DateOnly? DueOn { get; set; }

    public string? CalendarVersion { get; set; }
}

/// <summary>Stored as its member name.</summary>
public enum PauseKind
{
    ThirdPartyConsultation,
    BodyConsultation,
    Fee,
}

/// <summary>A stretch during which the reply clock stands still: the days after <see cref="From"/> up to and including <see cref="To"/>.</summary>
public sealed class ClockPauseRow
{
    public long Id { get; set; }

    public int ApplicationId { get; set; }

    public PauseKind Kind { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Null while still running; <see cref="ExpectedTo"/> stands in for it then.</summary>
    public DateOnly? To { get; set; }

    public DateOnly ExpectedTo { get; set; }

    public string? Note { get; set; }
}
