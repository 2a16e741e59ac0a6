using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Reports;

/// <summary>The annual reports of one year for the bodies the member works for, and where to start one.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, ReportService reports) : PageModel
{
    /// <summary>The bodies whose earlier published reports the member may import (those whose reports they may publish).</summary>
    public List<Body> Importable { get; } = [];

    public int Year { get; private set; }

    public List<(Body Body, bool CountyWide, AnnualReport? Report)> Rows { get; } = [];

    public HashSet<int> Editable { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= 2008 && year <= reports.Today().Year ? year.Value : reports.Today().Year - 1;
        var visible = await staff.BodiesWhereAsync(Privilege.ViewBody);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village)
            .OrderBy(b => b.ParentId != null).ThenBy(b => b.Kind == BodyKind.Township || b.Kind == BodyKind.Street).ThenBy(b => b.SortOrder).ThenBy(b => b.Id)
            .ToListAsync();
        bodies = bodies.Where(b => visible is null || visible.Contains(b.Id)).ToList();
        var existing = await db.AnnualReports.AsNoTracking().Where(r => r.Year == Year).ToListAsync();
        foreach (var b in bodies)
        {
            if (b.ParentId is null)
            {
                Rows.Add((b, true, existing.FirstOrDefault(r => r.BodyId == b.Id && r.CountyWide)));
            }

            Rows.Add((b, false, existing.FirstOrDefault(r => r.BodyId == b.Id && !r.CountyWide)));
        }

        var editable = await staff.BodiesWhereAsync(Privilege.EditCatalog);
        Editable = editable ?? bodies.Select(b => b.Id).ToHashSet();
        var reviewable = await staff.BodiesWhereAsync(Privilege.ReviewCatalog);
        Importable.AddRange(bodies.Where(b => reviewable is null || reviewable.Contains(b.Id)));
    }

    /// <summary>Imports a report the body published before the platform; a refused file leaves nothing stored.</summary>
    public async Task<IActionResult> OnPostImportAsync(int bodyId, int? year, bool replace, IFormFile? file, CancellationToken ct)
    {
        if (bodyId == 0)
        {
            TempData["Notice"] = "请选择要导入年报的单位。";
            return Redirect("/staff/reports");
        }

        if (!await staff.CanAsync(Privilege.ReviewCatalog, bodyId))
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            TempData["Notice"] = "请选择要导入的年报文件。";
            return Redirect("/staff/reports");
        }

        if (file.Length > Gongkai.Catalog.Files.MaxBytes)
        {
            TempData["Notice"] = $"文件“{file.FileName}”超过 20 MB，不是一份年报的网页、文本或 Word 文件。";
            return Redirect("/staff/reports");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        try
        {
            var result = await new ReportImport(db).ImportAsync(bodyId, buffer.ToArray(), file.FileName, year, replace, ct);
            TempData["Notice"] = $"已{(result.Replaced ? "替换" : "导入")}{result.Parsed.Data.BodyName}{result.Parsed.Data.Year}年度年报：{Read(result.Parsed)}";
            return Redirect($"/staff/reports/{result.Report.Id}");
        }
        catch (ReportUnreadableException e)
        {
            TempData["Notice"] = e.Parsed is { } read ? $"{e.Message} 已读出：{Read(read)}" : e.Message;
        }
        catch (ReportInputException e)
        {
            TempData["Notice"] = e.Message;
        }

        return Redirect($"/staff/reports{(year is { } y ? $"?year={y}" : "")}");
    }

    /// <summary>What the reader got from the file, in one line for the notice.</summary>
    private static string Read(ReportParser.Parsed parsed)
    {
        var d = parsed.Data;
        var figures = parsed.Figures.Count(f => f.Value is not null);
        var unread = ReportRules.Check(parsed).Count(f => f.Rule == "missing");
        return $"{ReportData.LayoutLabel(d.Layout)}，读出统计数字 {figures} 项{(unread > 0 ? $"，未能读出 {unread} 处" : "")}{(parsed.Notes.Count > 0 ? "；" + string.Join("；", parsed.Notes) : "")}。";
    }

    public async Task<IActionResult> OnPostOpenAsync(int bodyId, int year, bool countyWide)
    {
        if (!await staff.CanAsync(Privilege.EditCatalog, bodyId))
        {
            return Forbid();
        }

        try
        {
            var report = await reports.OpenAsync(bodyId, year, countyWide);
            return Redirect($"/staff/reports/{report.Id}");
        }
        catch (ReportInputException e)
        {
            TempData["Notice"] = e.Message;
            return Redirect($"/staff/reports?year={year}");
        }
    }
}
