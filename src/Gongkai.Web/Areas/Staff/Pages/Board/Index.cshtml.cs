using System.Globalization;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Documents;
using Gongkai.Staff;
using Gongkai.Supervision;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Board;

/// <summary>
/// 督查考核: the county office's board of every body (overdue publications and applications, punctuality, the annual
/// report) with links to the records behind each figure and to the supervision registers. Other staff see the same
/// board for the bodies they may see, so a department knows what the county office sees of it.
/// </summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, IWebHostEnvironment env) : PageModel
{
    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
    [
        ("order", "单位顺序"), ("items", "超期未公开信息"), ("published", "按时公开率"), ("applications", "超期未答复申请"), ("decided", "按时答复率"), ("tasks", "超期未完成重点任务"), ("websites", "网站问题"), ("score", "最近考核得分"), ("report", "年度报告"),
    ];

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "county")]
    public string? CountyCode { get; set; }

    public List<Body> Counties { get; private set; } = [];

    public Body? County { get; private set; }

    public List<BoardRow> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool CountyOffice { get; private set; }

    public bool ChartsAvailable => ReportDownloads.ChartsAvailable(env);

    public string Query => $"year={Year?.ToString(CultureInfo.InvariantCulture)}&county={Uri.EscapeDataString(County?.Code ?? "")}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (!await LoadAsync())
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "单位", "分组", "超期未公开信息（条）", "本年公开信息（条）", "按时公开（条）", "按时公开率（%）", "超期未答复申请（件）", "本年答复申请（件）", "按时答复（件）", "按时答复率（%）", "牵头重点任务（项）", "按期完成（项）", "逾期完成（项）", "超期未完成（项）", "网站未整改问题（个）", "其中单项否决（个）", "最近考核", "得分", "组内名次", "年度报告" },
        };
        rows.AddRange(Rows.Select(r => new object?[]
        {
            r.Body.Name, r.Group, r.OverdueItems, r.Published, r.PublishedOnTime, r.PublishedOnTimeRate, r.OverdueApplications, r.Decided, r.DecidedOnTime, r.DecidedOnTimeRate, r.Tasks.Led, r.Tasks.DoneOnTime, r.Tasks.DoneLate, r.Tasks.OverdueOpen, r.Findings.Open, r.Findings.Veto, r.Score?.Period, r.Score?.Total, r.Score is { } sc ? $"{sc.Rank}/{sc.Of}" : null, r.Report.Label(Today),
        }));
        var name = $"督查考核-{County!.Name}-{Year}年.xlsx";
        return File(Xlsx.Write([new Sheet($"{Year}年", rows)]), Gongkai.Reports.ReportFiles.XlsxType, name);
    }

    private async Task<bool> LoadAsync()
    {
        Today = db.Today();
        Year ??= Today.Year;
        if (Year is < 1990 or > 2100)
        {
            ModelState.AddModelError("", "年度应在 1990 至 2100 之间");
            Year = Today.Year;
            return false;
        }

        Counties = await Gongkai.Supervision.Counties.RootsAsync(db, HttpContext.RequestAborted);
        County = Counties.FirstOrDefault(c => c.Code == CountyCode) ?? Counties.FirstOrDefault();
        if (County is null)
        {
            return true;
        }

        var visible = await staff.BodiesWhereAsync(Privilege.ViewBody);
        CountyOffice = await staff.CanAsync(Privilege.Supervise, County.Id);
        var rows = await SupervisionBoard.LoadAsync(db, County.Id, Year.Value, Today, visible, HttpContext.RequestAborted);
        Sort = Sorts.Any(s => s.Key == Sort) ? Sort : "order";
        Rows = Sort switch
        {
            // The worst first: most overdue, lowest rate (bodies with nothing to count last), late or missing reports.
            "items" => rows.OrderByDescending(r => r.OverdueItems).ToList(),
            "published" => rows.OrderBy(r => r.PublishedOnTimeRate ?? 101m).ToList(),
            "applications" => rows.OrderByDescending(r => r.OverdueApplications).ToList(),
            "decided" => rows.OrderBy(r => r.DecidedOnTimeRate ?? 101m).ToList(),
            "tasks" => rows.OrderByDescending(r => r.Tasks.OverdueOpen).ThenByDescending(r => r.Tasks.DoneLate).ToList(),
            "websites" => rows.OrderByDescending(r => r.Findings.Veto).ThenByDescending(r => r.Findings.Open).ToList(),
            "score" => rows.OrderBy(r => r.Score?.Total ?? decimal.MaxValue).ToList(),
            "report" => rows.OrderByDescending(r => r.Report.Late(Today)).ThenBy(r => r.Report.PublishedOn is null ? 0 : 1).ToList(),
            _ => rows,
        };
        return true;
    }

    public static string Percent(decimal? rate) => rate is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>The series report-charts.js draws: each body's on-time publication rate.</summary>
    public string ChartJson() => System.Text.Json.JsonSerializer.Serialize(new
    {
        label = "按时公开率（%）",
        labels = Rows.Where(r => r.Published > 0).Select(r => r.Body.ShortName is { Length: > 0 } s ? s : r.Body.Name),
        values = Rows.Where(r => r.Published > 0).Select(r => r.PublishedOnTimeRate),
    });
}
