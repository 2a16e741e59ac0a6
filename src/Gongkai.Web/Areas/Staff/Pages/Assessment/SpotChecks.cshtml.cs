using Gongkai.Assessment;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Assessment;

/// <summary>The inspector scores each sampled item against the year's checklist.</summary>
public sealed class SpotChecksModel(GongkaiDb db, StaffContext staff, AssessmentService assessment) : PageModel
{
    public sealed record Row(SpotCheckItem Sample, string Body, string IndexNumber, string Title, DateOnly WrittenOn, DateOnly? PublishedOn);

    public AssessmentPeriod Period { get; private set; } = null!;

    public IReadOnlyList<string> Checklist { get; private set; } = [];

    public List<Row> Rows { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostScoreAsync(int id, long sampleId, int revision, List<string>? failed, string? note)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!Rows.Any(r => r.Sample.Id == sampleId))
        {
            return NotFound();
        }

        try
        {
            var who = (await db.Users.AsNoTracking().Where(u => u.Id == staff.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync()) ?? "县政府办";
            await assessment.ScoreSampleAsync(sampleId, revision, failed ?? [], note, who);
            TempData["Notice"] = "已保存抽查评分。";
            return Redirect($"/staff/assessment/periods/{id}/spot-checks#s{sampleId}");
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
            ModelState.AddModelError("", "保存失败：该条抽查已被他人评分，请刷新页面后重试。");
        }

        Rows.Clear();
        await LoadAsync(id);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (!await staff.SupervisesAsync())
        {
            return Forbid();
        }

        var period = await db.AssessmentPeriods.AsNoTracking().Include(p => p.Scheme).SingleOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return NotFound();
        }

        Period = period;
        Checklist = period.Scheme!.ChecklistItems();
        var samples = await assessment.SamplesAsync(id);
        var itemIds = samples.Select(s => s.CatalogItemId).ToList();
        var items = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.IndexNumber, i.Title, i.WrittenOn, i.FirstPublishedOn, Body = i.Body!.Name }).ToDictionaryAsync(i => i.Id);
        foreach (var s in samples)
        {
            var i = items[s.CatalogItemId];
            Rows.Add(new Row(s, i.Body, i.IndexNumber, i.Title, i.WrittenOn, i.FirstPublishedOn));
        }

        return null;
    }
}
