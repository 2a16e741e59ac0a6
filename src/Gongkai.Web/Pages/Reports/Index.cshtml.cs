using System.Text.Json;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Reports;

/// <summary>The published annual reports (政府信息公开年报), with each figure across the years and the bodies compared.</summary>
public sealed class IndexModel(GongkaiDb db) : PageModel
{
    public sealed record Row(int Id, int BodyId, string Body, bool CountyWide, int Year, DateOnly? PublishedOn);

    private const int PageSize = 30;

    /// <summary>The reports on this page of the list.</summary>
    public List<Row> Reports { get; private set; } = [];

    public Paging.Pager Pager { get; private set; } = null!;

    public string? Body { get; private set; }

    public ReportMetrics.Metric Metric { get; private set; } = ReportMetrics.All[0];

    /// <summary>Year → value, for the county-wide reports (or the chosen body's).</summary>
    public List<(int Year, decimal? Value)> AcrossYears { get; } = [];

    public int? CompareYear { get; private set; }

    public List<(string Body, decimal? Value)> Compared { get; } = [];

    public async Task OnGetAsync(string? body, string? metric, [FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        Metric = ReportMetrics.All.FirstOrDefault(m => m.Key == metric) ?? ReportMetrics.All[0];
        var published = db.AnnualReports.AsNoTracking().Where(r => r.State == ReportState.Published);
        var all = await published.Select(r => new { r.Id, r.BodyId, Body = r.Body!.Name, Code = r.Body.Code, r.CountyWide, r.Year, r.PublishedOn, r.DataJson })
            .OrderByDescending(r => r.Year).ThenBy(r => r.BodyId).ThenBy(r => r.CountyWide).ToListAsync();
        Body = body is not null && all.Any(r => r.Code == body) ? body : null;
        var listed = all.Where(r => Body is null || r.Code == Body).ToList();
        Pager = new Paging.Pager("/reports", [("body", Body), ("metric", metric is null ? null : Metric.Key)], pageNumber, PageSize, listed.Count);
        Reports = listed.Skip(Pager.Skip).Take(PageSize).Select(r => new Row(r.Id, r.BodyId, r.Body, r.CountyWide, r.Year, r.PublishedOn)).ToList();
        ReportData Data(string json) => JsonSerializer.Deserialize<ReportData>(json, ReportService.Json)!;
        foreach (var r in all.Where(r => r.DataJson is not null && (Body is null ? r.CountyWide : r.Code == Body && !r.CountyWide)).OrderBy(r => r.Year))
        {
            AcrossYears.Add((r.Year, Metric.Read(Data(r.DataJson!))));
        }

        CompareYear = all.Where(r => !r.CountyWide).Select(r => (int?)r.Year).Max();
        foreach (var r in all.Where(r => !r.CountyWide && r.Year == CompareYear && r.DataJson is not null).OrderBy(r => r.BodyId))
        {
            Compared.Add((r.Body, Metric.Read(Data(r.DataJson!))));
        }
    }

    public string AcrossTitle => $"{(Body is null ? "全县" : Reports.FirstOrDefault()?.Body)}历年{Metric.Label}";

    public string CompareTitle => $"{CompareYear}年各单位{Metric.Label}";
}
