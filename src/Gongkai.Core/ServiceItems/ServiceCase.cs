using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;

namespace Gongkai.ServiceItems;

/// <summary>A service centre (政务服务中心) or service point of one of the three tiers.</summary>
public sealed class ServiceCentre : IAudited
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public ServiceTier Tier { get; set; }

    /// <summary>The body that runs it (政务服务管理机构, 乡镇人民政府, 村委会 …).</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Hours { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A window (窗口) of a centre and the body whose staff sit there.</summary>
public sealed class CentreWindow : IAudited
{
    public int Id { get; set; }

    public int CentreId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The window's number as shown above it, e.g. 12号窗口.</summary>
    public string? Number { get; set; }

    public int? BodyId { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An item handled on site (进驻) in a centre.</summary>
public sealed class CentreItem : IAudited
{
    public int CentreId { get; set; }

    public int ItemId { get; set; }

    public string AuditKey => $"{CentreId.ToString(CultureInfo.InvariantCulture)}:{ItemId.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>Stored as the member name.</summary>
public enum ApplicantType
{
    /// <summary>个人.</summary>
    Person,

    /// <summary>法人或其他组织.</summary>
    Organisation,
}

/// <summary>受理 or 不予受理. Stored as the member name.</summary>
public enum CaseAcceptance
{
    Accepted,
    NotAccepted,
}

/// <summary>办结结果. Stored as the member name.</summary>
public enum CaseResult
{
    /// <summary>准予（许可、给付、办理）.</summary>
    Granted,

    /// <summary>不予（许可、给付）.</summary>
    Refused,

    /// <summary>申请人撤回.</summary>
    Withdrawn,

    /// <summary>终止办理.</summary>
    Terminated,
}

/// <summary>好差评. Stored as the member name.</summary>
public enum CaseEvaluation
{
    VerySatisfied,
    Satisfied,
    FairlySatisfied,
    Dissatisfied,
    VeryDissatisfied,
}

/// <summary>特别程序 that stop the clock. Stored as the member name.</summary>
public enum SuspensionKind
{
    Hearing,
    Testing,
    ExpertReview,
    Publicity,
    SiteInspection,
    Other,
}

/// <summary>
/// One 办件: an application for a service item received at a centre (or online), from receipt to 办结 and the
/// applicant's evaluation. The due dates are stored as computed when they last changed (with the calendar's
/// version and whether a provisional year was used), so statistics never recompute a calendar.
/// </summary>
public sealed class ServiceCase : IAudited
{
    public long Id { get; set; }

    /// <summary>省一体化平台办件编号; unique when given, the key of re-runnable imports.</summary>
    public string? ProvincialNumber { get; set; }

    public int ItemId { get; set; }

    public int? CentreId { get; set; }

    public int? WindowId { get; set; }

    /// <summary>The implementing body, copied from the item at registration so later changes of the item do not move old cases.</summary>
    public int BodyId { get; set; }

    /// <summary>The centre's tier, or the item's when received without a centre; copied for statistics.</summary>
    public ServiceTier Tier { get; set; }

    public ApplicantType ApplicantType { get; set; }

    public string? ApplicantName { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The Beijing date of <see cref="ReceivedAt"/>.</summary>
    public DateOnly ReceivedOn { get; set; }

    public CaseAcceptance? Acceptance { get; set; }

    public DateOnly? AcceptanceOn { get; set; }

    /// <summary>一次性告知: the missing or faulty materials, one per line, when incomplete or not accepted.</summary>
    public string? MissingMaterials { get; set; }

    public DateOnly? MissingNoticeOn { get; set; }

    /// <summary>不予受理 reason.</summary>
    public string? RejectionReason { get; set; }

    public DateOnly? PromisedDue { get; set; }

    public DateOnly? StatutoryDue { get; set; }

    /// <summary>The due dates counted over a year whose official schedule was not yet published.</summary>
    public bool DueProvisional { get; set; }

    public string? CalendarVersion { get; set; }

    /// <summary>Working days of finished suspensions (特别程序), by which the due dates were pushed.</summary>
    public int SuspendedDays { get; set; }

    public DateOnly? FinishedOn { get; set; }

    public CaseResult? Result { get; set; }

    public bool? OnTime { get; set; }

    /// <summary>Working days from acceptance to 办结, less the suspended days.</summary>
    public int? WorkingDays { get; set; }

    public CaseEvaluation? Evaluation { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public string? EvaluationReason { get; set; }

    public DateOnly? RectifiedOn { get; set; }

    public string? Rectification { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static bool IsBad(CaseEvaluation e) => e is CaseEvaluation.Dissatisfied or CaseEvaluation.VeryDissatisfied;

    public static string ApplicantLabel(ApplicantType t) => t == ApplicantType.Person ? "个人" : "法人或其他组织";

    public static string ResultLabel(CaseResult r) => r switch
    {
        CaseResult.Granted => "准予",
        CaseResult.Refused => "不予",
        CaseResult.Withdrawn => "撤回",
        CaseResult.Terminated => "终止",
        _ => r.ToString(),
    };

    public static string EvaluationLabel(CaseEvaluation e) => e switch
    {
        CaseEvaluation.VerySatisfied => "非常满意",
        CaseEvaluation.Satisfied => "满意",
        CaseEvaluation.FairlySatisfied => "基本满意",
        CaseEvaluation.Dissatisfied => "不满意",
        CaseEvaluation.VeryDissatisfied => "非常不满意",
        _ => e.ToString(),
    };

    public static string SuspensionLabel(SuspensionKind k) => k switch
    {
        SuspensionKind.Hearing => "听证",
        SuspensionKind.Testing => "检测检验",
        SuspensionKind.ExpertReview => "专家评审",
        SuspensionKind.Publicity => "公示",
        SuspensionKind.SiteInspection => "现场勘查",
        SuspensionKind.Other => "其他特别程序",
        _ => k.ToString(),
    };
}

/// <summary>A 特别程序 of a case; while open (no <see cref="To"/>) the clock stands still.</summary>
public sealed class CaseSuspension : IAudited
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public SuspensionKind Kind { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Working days from <see cref="From"/> to <see cref="To"/>, both included, once ended.</summary>
    public int? WorkingDays { get; set; }

    public string? Note { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The figures of the cases received in one calendar month under one key (body × centre × tier × item), kept up to
/// date whenever a case changes, so that a year's statistics read twelve months of small rows instead of every case.
/// </summary>
public sealed class ServiceCaseMonth
{
    public long Id { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public int BodyId { get; set; }

    /// <summary>The centre, or 0 for cases received without one (a unique key cannot hold a null on both providers alike).</summary>
    public int CentreId { get; set; }

    public ServiceTier Tier { get; set; }

    public int ItemId { get; set; }

    public int Received { get; set; }

    public int Accepted { get; set; }

    public int NotAccepted { get; set; }

    public int Finished { get; set; }

    public int FinishedOnTime { get; set; }

    public long WorkingDaysSum { get; set; }

    public int Evaluated { get; set; }

    public int Satisfied { get; set; }

    public int Bad { get; set; }

    public int Rectified { get; set; }
}
