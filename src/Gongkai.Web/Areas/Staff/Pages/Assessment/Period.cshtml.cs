using System.Text.Json;
using Gongkai.Assessment;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Assessment;

/// <summary>
/// A period: for the county office, computing, sampling, the live ranking and publication; for everyone else,
/// the frozen ranking once its 通报 is published.
/// </summary>
public sealed class PeriodModel(GongkaiDb db, StaffContext staff, AssessmentService assessment, IWebHostEnvironment env) : PageModel
{
    public AssessmentPeriod Period { get; private set; } = null!;

    public bool Supervises { get; private set; }

    public bool IsPublic { get; private set; }

    public List<BodyTotal> Totals { get; private set; } = [];

    public List<string> WeightProblems { get; private set; } = [];

    public int Samples { get; private set; }

    public int SamplesScored { get; private set; }

    public List<Gongkai.Bodies.Body> Offices { get; private set; } = [];

    public string? NoticeState { get; private set; }

    public bool ChartsAvailable => ReportDownloads.ChartsAvailable(env);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>The 通报 as DOCX: the county office's draft at any time, everyone's once published.</summary>
    public async Task<IActionResult> OnGetNoticeAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var (title, docx) = await assessment.NoticeAsync(id);
        return File(docx, ReportFiles.DocxType, $"{title}.docx");
    }

    public Task<IActionResult> OnPostComputeAsync(int id) =>
        ActAsync(id, async () => $"已计算得分（更新 {await assessment.ComputeAsync(id)} 项）。");

    public Task<IActionResult> OnPostDrawAsync(int id, int revision, long? seed) =>
        ActAsync(id, async () =>
        {
            if (seed is <= 0)
            {
                throw new AssessmentInputException("随机种子应为正整数；留空则由系统生成。");
            }

            return $"已抽样，随机种子 {await assessment.DrawSampleAsync(id, seed, revision)}（用同一种子可重现同样的抽样结果）。";
        });

    public Task<IActionResult> OnPostPublishAsync(int id, int revision, int officeBodyId) =>
        ActAsync(id, async () =>
        {
            var item = await assessment.PublishAsync(id, revision, officeBodyId, staff.UserId);
            return $"排名已锁定，通报已作为目录信息（索引号 {item.IndexNumber}）送审；审核通过公开后，各单位即可查看排名。";
        });

    private async Task<IActionResult> ActAsync(int id, Func<Task<string>> work)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!Supervises)
        {
            return Forbid();
        }

        try
        {
            TempData["Notice"] = await work();
            return Redirect($"/staff/assessment/periods/{id}");
        }
        catch (AssessmentInputException e)
        {
            foreach (var p in e.Problems)
            {
                ModelState.AddModelError("", p);
            }
        }
        catch (Gongkai.Catalog.CatalogInputException e)
        {
            foreach (var p in e.Problems)
            {
                ModelState.AddModelError("", p);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "操作未完成：本期考核已被他人修改，请刷新页面后重试。");
        }

        await LoadAsync(id);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var period = await db.AssessmentPeriods.AsNoTracking().Include(p => p.Scheme).ThenInclude(s => s!.CountyBody).SingleOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return NotFound();
        }

        Supervises = await staff.SupervisesAsync();
        IsPublic = await assessment.IsPublicAsync(period);
        if (!Supervises && !IsPublic)
        {
            return Forbid();
        }

        Period = period;
        Totals = await assessment.TotalsAsync(id);
        if (Supervises)
        {
            WeightProblems = AssessmentService.ValidateWeights(period.Scheme!, await assessment.IndicatorsAsync(period.SchemeId));
            Samples = await db.SpotCheckItems.CountAsync(s => s.PeriodId == id);
            SamplesScored = await db.SpotCheckItems.CountAsync(s => s.PeriodId == id && s.Scored);
            var assessed = (await assessment.AssessedBodiesAsync(period.Scheme!.CountyBodyId)).Select(b => b.Id).Append(period.Scheme.CountyBodyId).ToList();
            Offices = await db.Bodies.AsNoTracking().Where(b => assessed.Contains(b.Id)).OrderBy(b => b.ParentId != null).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
            if (period.NoticeItemId is { } item)
            {
                NoticeState = Gongkai.Catalog.CatalogItem.StateLabel(await db.CatalogItems.Where(i => i.Id == item).Select(i => i.State).SingleAsync());
            }
        }

        return null;
    }

    /// <summary>The chart data for the script, in an attribute: the page's policy forbids inline scripts.</summary>
    public static string ChartJson(IEnumerable<BodyTotal> totals) =>
        JsonSerializer.Serialize(new { label = "得分", labels = totals.Select(t => t.Name), values = totals.Select(t => t.Total) });
}
