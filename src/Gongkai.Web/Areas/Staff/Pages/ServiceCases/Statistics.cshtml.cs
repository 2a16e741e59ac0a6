using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Web.CaseDesk;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.ServiceCases;

/// <summary>
/// 办件统计 of a year or of any period, split by body, centre, tier or item, with the chart beside the table and the
/// same table as XLSX. The figures carry no personal data and the portal publishes their summary, so every member
/// of staff may read them county-wide.
/// </summary>
public sealed class StatisticsModel(GongkaiDb db, IWebHostEnvironment env) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStatsBy By { get; set; }

    public CaseStatsTable? Table { get; private set; }

    public bool ChartsAvailable => ReportDownloads.ChartsAvailable(env);

    public string Query { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (Period() is { } p)
        {
            Table = await CaseStatsTable.LoadAsync(db, p.From, p.To, By, HttpContext.RequestAborted);
            return Page();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (Period() is not { } p)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var table = await CaseStatsTable.LoadAsync(db, p.From, p.To, By, HttpContext.RequestAborted);
        return File(table.Xlsx(), Gongkai.Reports.ReportFiles.XlsxType, $"办件统计-{table.PeriodLabel}-按{table.SplitLabel}.xlsx");
    }

    /// <summary>The period asked for: from/to when both are given, else the year (this year by default); null with a message when it makes no sense.</summary>
    private (DateOnly From, DateOnly To)? Period()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (From is { } from && To is { } to)
        {
            Year = null;
            Query = $"from={from.ToString("yyyy-MM-dd", inv)}&to={to.ToString("yyyy-MM-dd", inv)}&by={By}";
            if (CaseStatsTable.PeriodProblem(from, to) is { } wrong)
            {
                ModelState.AddModelError("", wrong);
                return null;
            }

            return (from, to);
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        Year ??= db.Today().Year;
        if (CaseStatsTable.YearProblem(Year.Value) is { } badYear)
        {
            ModelState.AddModelError("", badYear);
            return null;
        }

        From = null;
        To = null;
        Query = $"year={Year.Value.ToString(inv)}&by={By}";
        return (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
    }
}
