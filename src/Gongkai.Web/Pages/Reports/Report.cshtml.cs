using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Reports;

/// <summary>A published annual report as it was published, with its files.</summary>
public sealed class ReportModel(GongkaiDb db, ReportService reports, IWebHostEnvironment env) : PageModel
{
    public AnnualReport R { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? format, CancellationToken ct)
    {
        var report = await db.AnnualReports.AsNoTracking().Include(r => r.Body).SingleOrDefaultAsync(r => r.Id == id && r.State == ReportState.Published, ct);
        if (report is null)
        {
            return NotFound();
        }

        R = report;
        if (format is null)
        {
            return Page();
        }

        var css = await System.IO.File.ReadAllTextAsync(Path.Combine(env.WebRootPath, "css", "site.css"), ct);
        var file = await ReportDownloads.FileAsync(await reports.DataAsync(report, ct), report.Texts, format, css, ct);
        return file is null ? NotFound() : new ResultAction(file);
    }
}
