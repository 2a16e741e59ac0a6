using Gongkai.Reports;

namespace Gongkai.Web.Reports;

/// <summary>The figures the portal charts across years and between bodies, readable from every layout's data.</summary>
public static class ReportMetrics
{
    public sealed record Metric(string Key, string Label, Func<ReportData, decimal?> Read);

    public static readonly IReadOnlyList<Metric> All =
    [
        new("received", "新收政府信息公开申请（件）", d => d.Layout == ReportLayout.Narrative ? d.Narrative.GetValueOrDefault("applications.received") : Cell(d.Applications, "received", 6)),
        new("disclosed", "予以公开（件）", d => d.Layout == ReportLayout.Narrative ? d.Narrative.GetValueOrDefault("applications.answered") : Cell(d.Applications, "1", 6)),
        new("reviews", "行政复议案件（件）", d => d.Layout == ReportLayout.Narrative ? d.Narrative.GetValueOrDefault("reviews.total") : Cell(d.Cases, "review", 4)),
        new("lawsuits", "行政诉讼案件（件）", d => d.Layout == ReportLayout.Narrative ? d.Narrative.GetValueOrDefault("lawsuits.total") : Cell(d.Cases, "direct", 4) + Cell(d.Cases, "after-review", 4)),
    ];

    private static decimal? Cell(Dictionary<string, long?[]> table, string row, int column) =>
        table.TryGetValue(row, out var v) && column < v.Length ? v[column] : null;
}
