using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;

namespace Gongkai.Assessment;

/// <summary>How an indicator is scored. Stored as its member name: never rename one.</summary>
public enum ScoringMethod
{
    /// <summary>From the platform's records, through a metric of <see cref="AssessmentMetrics"/>.</summary>
    Computed,

    /// <summary>By the county office, with evidence.</summary>
    Manual,

    /// <summary>From the inspector's scores of the items sampled in the spot checks.</summary>
    SpotCheck,
}

/// <summary>How a computed metric becomes points. Stored as its member name: never rename one.</summary>
public enum ScoringRule
{
    /// <summary>Points × the metric's rate.</summary>
    Proportional,

    /// <summary>Points less a deduction per occurrence, never below 0.</summary>
    Deduction,

    /// <summary>All points when the metric passes, none otherwise.</summary>
    PassFail,
}

/// <summary>一季一抽查、半年一督查、年终一考核. Stored as its member name: never rename one.</summary>
public enum PeriodKind
{
    Quarter,
    HalfYear,
    YearEnd,
}

/// <summary>Stored as its member name: never rename one.</summary>
public enum PeriodState
{
    Open,

    /// <summary>The ranking is frozen and the 通报 is in review or public.</summary>
    Published,
}

/// <summary>Stored as its member name: never rename one.</summary>
public enum Standing
{
    None,
    Praised,
    Criticised,
}

/// <summary>The ranking groups of the 通报: the county's departments, and its townships and streets.</summary>
public enum RankGroup
{
    Department,
    Township,
}

/// <summary>A year's 考核细则 of one county (its root body), issued by the county office.</summary>
public sealed class AssessmentScheme : IAudited
{
    public int Id { get; set; }

    /// <summary>The county's root body: the scheme covers the bodies below it.</summary>
    public int CountyBodyId { get; set; }

    public Body? CountyBody { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    /// <summary>文号, e.g. 巫溪府办发〔2015〕12号.</summary>
    public string? DocumentNumber { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>The published 考核细则 in the catalog.</summary>
    public int? DocumentItemId { get; set; }

    /// <summary>The sum the leaves of the indicator tree must reach.</summary>
    public decimal TotalPoints { get; set; } = 100;

    /// <summary>How many bodies of each group at the top the 通报 praises (表彰).</summary>
    public int PraiseTop { get; set; } = 3;

    /// <summary>How many bodies of each group at the bottom the 通报 criticises (通报批评).</summary>
    public int CriticiseBottom { get; set; } = 1;

    /// <summary>A total below this fails and is criticised whatever its rank.</summary>
    public decimal PassMark { get; set; } = 60;

    /// <summary>The spot-check checklist, one item a line (要素齐全, 时效 …).</summary>
    public string Checklist { get; set; } = string.Join('\n', AssessmentService.DefaultChecklist);

    public int Revision { get; set; }

    public List<Indicator> Indicators { get; set; } = [];

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> ChecklistItems() =>
        Checklist.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>An indicator (一级 or 二级指标) of a scheme; leaves carry the scoring.</summary>
public sealed class Indicator : IAudited
{
    public int Id { get; set; }

    public int SchemeId { get; set; }

    /// <summary>The 一级指标 this one belongs to; null for a 一级指标.</summary>
    public int? ParentId { get; set; }

    public int SortOrder { get; set; }

    public string Name { get; set; } = "";

    public decimal Points { get; set; }

    public ScoringMethod Method { get; set; }

    public string? MetricCode { get; set; }

    public ScoringRule Rule { get; set; }

    /// <summary>Points taken off per occurrence under <see cref="ScoringRule.Deduction"/>.</summary>
    public decimal DeductionPer { get; set; }

    /// <summary>What the county office looks at, shown to the bodies (评分标准).</summary>
    public string? Criteria { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A spot check, an inspection or the year-end assessment under a scheme.</summary>
public sealed class AssessmentPeriod : IAudited
{
    public int Id { get; set; }

    public int SchemeId { get; set; }

    public AssessmentScheme? Scheme { get; set; }

    public PeriodKind Kind { get; set; }

    public string Name { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>Items sampled per body in the spot check.</summary>
    public int SampleSize { get; set; } = 3;

    /// <summary>The seed of the sample drawn, recorded so that anyone can draw it again.</summary>
    public long? Seed { get; set; }

    public PeriodState State { get; set; }

    /// <summary>The 通报 in the catalog: the ranking is public to every body once this item is published.</summary>
    public int? NoticeItemId { get; set; }

    public DateTimeOffset? FrozenAt { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string KindLabel(PeriodKind k) => k switch
    {
        PeriodKind.Quarter => "季度抽查",
        PeriodKind.HalfYear => "半年督查",
        PeriodKind.YearEnd => "年终考核",
        _ => k.ToString(),
    };
}

/// <summary>An item drawn for a spot check and the inspector's marks against the checklist.</summary>
public sealed class SpotCheckItem : IAudited
{
    public long Id { get; set; }

    public int PeriodId { get; set; }

    public int BodyId { get; set; }

    public int CatalogItemId { get; set; }

    public int Ordinal { get; set; }

    /// <summary>The checklist items failed, one a line; null until scored.</summary>
    public string? Failed { get; set; }

    public bool Scored { get; set; }

    public string? Note { get; set; }

    public string? ScoredBy { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> FailedItems() => (Failed ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One body's score on one leaf indicator in one period, with its evidence.</summary>
public sealed class IndicatorScore : IAudited
{
    public long Id { get; set; }

    public int PeriodId { get; set; }

    public int BodyId { get; set; }

    public int IndicatorId { get; set; }

    public decimal Score { get; set; }

    /// <summary>The metric's rate (0–1) or count, for computed indicators.</summary>
    public decimal? Value { get; set; }

    /// <summary>Why: the records behind a computed score, or the office's evidence for a hand score.</summary>
    public string Evidence { get; set; } = "";

    /// <summary>A file supporting a hand score, by its hash in the blob store.</summary>
    public string? AttachmentSha { get; set; }

    public string? AttachmentName { get; set; }

    public string? EnteredBy { get; set; }

    public DateTimeOffset At { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A body's place in the frozen ranking of a published period.</summary>
public sealed class RankingRow : IAudited
{
    public long Id { get; set; }

    public int PeriodId { get; set; }

    public int BodyId { get; set; }

    public string BodyName { get; set; } = "";

    public RankGroup Group { get; set; }

    public decimal Total { get; set; }

    public int Rank { get; set; }

    public Standing Standing { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}
