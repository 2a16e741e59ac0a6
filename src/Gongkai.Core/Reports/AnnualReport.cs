using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;

namespace Gongkai.Reports;

/// <summary>Stored as its member name: never rename one.</summary>
public enum ReportState
{
    Draft,
    Approved,
    Published,
}

/// <summary>
/// One body's annual report for one year (for the county government also the whole county's). The figures are
/// computed from the records while it is a draft, frozen as <see cref="DataJson"/> when it is approved, and
/// rendered once more into <see cref="Html"/> when it is published; the published report is also a catalog
/// item, so it is archived, searchable and listed like any other.
/// </summary>
public sealed class AnnualReport : IAudited
{
    public int Id { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>True for the county government's report over all the county's bodies.</summary>
    public bool CountyWide { get; set; }

    public int Year { get; set; }

    public ReportLayout Layout { get; set; }

    public ReportState State { get; set; }

    public string? Overview { get; set; }

    public string? Problems { get; set; }

    public string? Other { get; set; }

    /// <summary>The narrative layout's opening: where to download the report, whom to contact.</summary>
    public string? Contact { get; set; }

    public string? DataJson { get; set; }

    public string? Html { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public int? CatalogItemId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// True for a report published before the county used the platform and imported from its published file: its
    /// figures are the ones read from that file, which is kept as <see cref="SourceSha256"/> among the stored files.
    /// </summary>
    public bool Imported { get; set; }

    public string? SourceFileName { get; set; }

    public string? SourceSha256 { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public ReportTexts Texts => new(Overview, Problems, Other, Contact);

    /// <summary>
    /// The legal deadline of a year's report: under the 2019 rules departments by 31 January and governments (county,
    /// township) by 31 March of the next year (Art. 49); under the 2007 rules 31 March for all.
    /// </summary>
    public static DateOnly DueOn(int year, BodyKind kind) =>
        year >= 2019 && kind is not (BodyKind.Government or BodyKind.Township or BodyKind.Street) ? new DateOnly(year + 1, 1, 31) : new DateOnly(year + 1, 3, 31);

    public static string StateLabel(ReportState s) => s switch
    {
        ReportState.Draft => "草稿",
        ReportState.Approved => "已审定，待发布",
        ReportState.Published => "已发布",
        _ => s.ToString(),
    };
}
