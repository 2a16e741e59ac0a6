using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Staff;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Reports;

/// <summary>One annual report: preview, the consistency findings, the texts, the entered figures, and approval and publication.</summary>
public sealed class ReportModel(GongkaiDb db, StaffContext staff, ReportService reports, IWebHostEnvironment env) : PageModel
{
    public AnnualReport R { get; private set; } = null!;

    public ReportData Data { get; private set; } = null!;

    public List<Finding> Findings { get; private set; } = [];

    public Dictionary<string, decimal> Entered { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public bool IsAdmin { get; private set; }

    public string Breakdowns { get; private set; } = "";

    public string Preview { get; private set; } = "";

    /// <summary>A draft's sections as marked against last year's report (taken-over paragraphs, stale years and figures); empty without one.</summary>
    public List<(string Section, IReadOnlyList<MarkedParagraph> Paragraphs)> CarriedOver { get; private set; } = [];

    public int? LastYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? format, CancellationToken ct)
    {
        if (await LoadAsync(id, view: format is null) is { } denied)
        {
            return denied;
        }

        if (format is not null)
        {
            var css = await System.IO.File.ReadAllTextAsync(Path.Combine(env.WebRootPath, "css", "site.css"), ct);
            return await ReportDownloads.FileAsync(await reports.DataAsync(R, ct), R.Texts, format, css, ct) is { } file ? new ResultAction(file) : NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTextsAsync(int id, string? overview, string? problems, string? other, string? contact, int revision)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        return await TryAsync(() => reports.SaveTextsAsync(R, new ReportTexts(overview, problems, other, contact), revision), "已保存正文。");
    }

    public async Task<IActionResult> OnPostFiguresAsync(int id, Dictionary<string, string?> figures)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var name = (await db.Users.FindAsync(staff.UserId))?.DisplayName ?? User.Identity?.Name;
        return await TryAsync(() => reports.SaveFiguresAsync(R, figures, name), "已保存填报的数据。");
    }

    public async Task<IActionResult> OnPostNarrativeFiguresAsync(int id, string? lines)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var name = (await db.Users.FindAsync(staff.UserId))?.DisplayName ?? User.Identity?.Name;
        return await TryAsync(() => reports.SaveNarrativeFiguresAsync(R, lines, name), "已保存填报的统计数字。");
    }

    /// <summary>The county's breakdown lines are a county-wide setting: the system administrator keeps them.</summary>
    public async Task<IActionResult> OnPostBreakdownsAsync(int id, string? lines)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!IsAdmin)
        {
            return Forbid();
        }

        var parsed = Breakdown.Parse(lines, out var problems);
        return await TryAsync(
            () => problems.Count > 0 ? throw new ReportInputException(string.Join(" ", problems)) : Breakdown.SaveAsync(db, parsed),
            "已保存细分统计口径。");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, int revision)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!CanReview)
        {
            return Forbid();
        }

        var name = (await db.Users.FindAsync(staff.UserId))?.DisplayName ?? User.Identity?.Name ?? "";
        return await TryAsync(() => reports.ApproveAsync(R, revision, name), "已审定：数据已固定，可以发布。");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, int revision)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        return CanReview ? await TryAsync(() => reports.ReturnAsync(R, revision), "已退回修改。") : Forbid();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, int revision, [FromServices] CatalogService catalog)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        return CanReview ? await TryAsync(() => reports.PublishAsync(R, revision, catalog, staff.UserId), "已发布到门户网站的年报栏目，并作为主动公开信息归档。") : Forbid();
    }

    private async Task<IActionResult> TryAsync(Func<Task> action, string notice)
    {
        try
        {
            await action();
            TempData["Notice"] = notice;
            return Redirect($"/staff/reports/{R.Id}");
        }
        catch (ReportBlockedException e)
        {
            ModelState.AddModelError("", $"未通过勾稽核对，不能审定：共 {e.Findings.Count} 处问题，见下方“核对结果”。");
        }
        catch (ReportInputException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (CatalogInputException e)
        {
            ModelState.AddModelError("", string.Join(" ", e.Problems));
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "年报已被他人修改，请刷新后重试。");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(R.Id, view: true);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, bool view = false)
    {
        var report = await db.AnnualReports.Include(r => r.Body).SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.ViewBody, report.BodyId))
        {
            return Forbid();
        }

        R = report;
        CanEdit = report.State == ReportState.Draft && await staff.CanAsync(Privilege.EditCatalog, report.BodyId);
        CanReview = await staff.CanAsync(Privilege.ReviewCatalog, report.BodyId);
        IsAdmin = (await staff.GrantsAsync()).Any(g => g.Role == StaffRole.SystemAdmin);
        if (view)
        {
            // Computing and checking a county's report takes a few hundred milliseconds: only for the page itself,
            // not for a post that redirects.
            Data = await reports.DataAsync(report);
            Findings = await reports.CheckAsync(report, Data);
            Entered = await db.ReportFigures.AsNoTracking().Where(f => f.BodyId == report.BodyId && f.Year == report.Year).ToDictionaryAsync(f => f.Key, f => f.Value);
            Preview = report.Html ?? ReportHtml.Render(Data, report.Texts);
            Breakdowns = Breakdown.Format(await Breakdown.LoadAsync(db));
            if (report.State == ReportState.Draft && await reports.LastYearAsync(report) is { } last)
            {
                LastYear = last.Year;
                var narrative = report.Layout == ReportLayout.Narrative;
                CarriedOver =
                [
                    (narrative ? "一、概述" : "一、总体情况", CarryOver.Mark(report.Overview, last.Overview, report.Year)),
                    (narrative ? "存在的主要问题和改进措施" : "五、存在的主要问题及改进情况", CarryOver.Mark(report.Problems, last.Problems, report.Year)),
                    ("其他需要报告的事项", CarryOver.Mark(report.Other, last.Other, report.Year)),
                    ("开篇说明", CarryOver.Mark(report.Contact, last.Contact, report.Year)),
                ];
            }
        }

        return null;
    }
}
