using Gongkai.Assessment;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Assessment;

/// <summary>A year's 考核细则: its settings, the indicator tree with its weights, and its periods.</summary>
public sealed class SchemeModel(GongkaiDb db, StaffContext staff, AssessmentService assessment) : PageModel
{
    public AssessmentScheme Scheme { get; private set; } = null!;

    public List<Indicator> Indicators { get; private set; } = [];

    public List<string> WeightProblems { get; private set; } = [];

    public List<AssessmentPeriod> Periods { get; private set; } = [];

    public string? DocumentTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostSaveAsync(int id, int revision, SchemeInput input) =>
        ActAsync(id, () => assessment.UpdateSchemeAsync(id, revision, input), "已保存细则。");

    public Task<IActionResult> OnPostAddIndicatorAsync(int id, IndicatorInput indicator) =>
        ActAsync(id, () => assessment.AddIndicatorAsync(id, indicator), "已添加指标。");

    public async Task<IActionResult> OnPostEditIndicatorAsync(int id, int indicatorId, int revision, IndicatorInput indicator)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        return Indicators.Any(i => i.Id == indicatorId)
            ? await ActAsync(id, () => assessment.UpdateIndicatorAsync(indicatorId, revision, indicator), "已修改指标。")
            : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveIndicatorAsync(int id, int indicatorId, int revision)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        return Indicators.Any(i => i.Id == indicatorId)
            ? await ActAsync(id, () => assessment.RemoveIndicatorAsync(indicatorId, revision), "已删除指标。")
            : NotFound();
    }

    public Task<IActionResult> OnPostAddPeriodAsync(int id, PeriodKind kind, string? name, DateOnly? from, DateOnly? to, int sampleSize) =>
        ActAsync(id, async () =>
        {
            if (from is null || to is null)
            {
                throw new AssessmentInputException("请填写期间的开始和结束日期。");
            }

            var period = await assessment.CreatePeriodAsync(id, kind, name ?? "", from.Value, to.Value, sampleSize);
            return period;
        }, "已安排考核期次。");

    private async Task<IActionResult> ActAsync<T>(int id, Func<Task<T>> work, string notice) =>
        await ActAsync(id, async () => { await work(); }, notice);

    private async Task<IActionResult> ActAsync(int id, Func<Task> work, string notice)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        try
        {
            await work();
            TempData["Notice"] = notice;
            return Redirect($"/staff/assessment/schemes/{id}");
        }
        catch (AssessmentInputException e)
        {
            foreach (var p in e.Problems)
            {
                ModelState.AddModelError("", p);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "保存失败：该细则或指标已被他人修改，请刷新页面后重试。");
        }

        await LoadAsync(id);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (!await staff.SupervisesAsync())
        {
            return Forbid();
        }

        var scheme = await db.AssessmentSchemes.AsNoTracking().Include(s => s.CountyBody).SingleOrDefaultAsync(s => s.Id == id);
        if (scheme is null)
        {
            return NotFound();
        }

        Scheme = scheme;
        Indicators = await assessment.IndicatorsAsync(id);
        WeightProblems = AssessmentService.ValidateWeights(scheme, Indicators);
        Periods = await db.AssessmentPeriods.AsNoTracking().Where(p => p.SchemeId == id).OrderBy(p => p.From).ThenBy(p => p.Id).ToListAsync();
        DocumentTitle = scheme.DocumentItemId is { } item ? await db.CatalogItems.Where(i => i.Id == item).Select(i => i.Title).SingleOrDefaultAsync() : null;
        return null;
    }

    /// <summary>What the indicator form needs: the indicator (null for a new one), the 一级指标 to choose a parent from, and a prefix for the field ids.</summary>
    public (Indicator? Indicator, IReadOnlyList<Indicator> Tops, string Prefix) Fields(Indicator? indicator) =>
        (indicator, Indicators.Where(i => i.ParentId is null).ToList(), indicator is null ? "new-" : $"i{indicator.Id}-");

    /// <summary>一级指标 first, each followed by its 二级指标.</summary>
    public IEnumerable<(Indicator Indicator, int Level)> Tree() =>
        Indicators.Where(i => i.ParentId is null).SelectMany(top => Indicators.Where(c => c.ParentId == top.Id).Select(c => (c, 2)).Prepend((top, 1)));
}
