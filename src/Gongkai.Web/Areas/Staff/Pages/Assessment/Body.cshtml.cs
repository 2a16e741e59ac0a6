using Gongkai.Assessment;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Assessment;

/// <summary>One body's scores in a period with the evidence of each; the county office enters the hand scores here.</summary>
public sealed class BodyModel(GongkaiDb db, StaffContext staff, AssessmentService assessment) : PageModel
{
    public AssessmentPeriod Period { get; private set; } = null!;

    public Gongkai.Bodies.Body Body { get; private set; } = null!;

    public bool Supervises { get; private set; }

    public List<Indicator> Indicators { get; private set; } = [];

    public Dictionary<int, IndicatorScore> Scores { get; private set; } = [];

    public decimal Total { get; private set; }

    public List<SpotCheckItem> Samples { get; private set; } = [];

    public Dictionary<int, string> SampleTitles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int bodyId) => await LoadAsync(id, bodyId) ?? Page();

    public async Task<IActionResult> OnGetFileAsync(int id, int bodyId, int indicatorId)
    {
        if (await LoadAsync(id, bodyId) is { } denied)
        {
            return denied;
        }

        var sha = Scores.GetValueOrDefault(indicatorId)?.AttachmentSha;
        var blob = sha is null ? null : await Blobs.ReadAsync(db, sha, HttpContext.RequestAborted);
        if (blob is null)
        {
            return NotFound();
        }

        var name = Scores[indicatorId].AttachmentName ?? "佐证材料";
        return File(blob, Files.Check(blob, name).ContentType, name);
    }

    public async Task<IActionResult> OnPostScoreAsync(int id, int bodyId, int indicatorId, string? score, string? evidence, int revision, IFormFile? file)
    {
        if (await LoadAsync(id, bodyId) is { } denied)
        {
            return denied;
        }

        if (!Supervises)
        {
            return Forbid();
        }

        try
        {
            if (!decimal.TryParse(score, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var points))
            {
                throw new AssessmentInputException("请填写得分（数字，最多两位小数）。");
            }

            (string, byte[])? upload = null;
            if (file is { Length: > 0 })
            {
                if (file.Length > 20 * 1024 * 1024)
                {
                    throw new AssessmentInputException("佐证材料不能超过 20 MB。");
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                upload = (file.FileName, buffer.ToArray());
            }

            var who = (await db.Users.AsNoTracking().Where(u => u.Id == staff.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync()) ?? "县政府办";
            await assessment.SetManualScoreAsync(id, bodyId, indicatorId, points, evidence, revision, who, upload);
            TempData["Notice"] = "已保存评分。";
            return Redirect($"/staff/assessment/periods/{id}/bodies/{bodyId}#i{indicatorId}");
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
            ModelState.AddModelError("", "保存失败：该项评分已被他人修改，请刷新页面后重试。");
        }

        await LoadAsync(id, bodyId);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, int bodyId)
    {
        var period = await db.AssessmentPeriods.AsNoTracking().Include(p => p.Scheme).SingleOrDefaultAsync(p => p.Id == id);
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId);
        if (period is null || body is null)
        {
            return NotFound();
        }

        // A body's own staff read its scores and evidence; only the county office reads every body's.
        Supervises = await staff.SupervisesAsync();
        if (!Supervises && !await staff.CanAsync(Privilege.ViewBody, bodyId))
        {
            return Forbid();
        }

        if (!(await assessment.AssessedBodiesAsync(period.Scheme!.CountyBodyId)).Any(b => b.Id == bodyId))
        {
            return NotFound();
        }

        Period = period;
        Body = body;
        Indicators = await assessment.IndicatorsAsync(period.SchemeId);
        var leaves = AssessmentService.Leaves(Indicators).Select(i => i.Id).ToHashSet();
        Scores = (await assessment.ScoresAsync(id, bodyId)).Where(s => leaves.Contains(s.IndicatorId)).ToDictionary(s => s.IndicatorId);
        Total = Scores.Values.Sum(s => s.Score);
        Samples = await assessment.SamplesAsync(id, bodyId);
        var ids = Samples.Select(s => s.CatalogItemId).ToList();
        SampleTitles = await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => $"{i.IndexNumber} {i.Title}");
        return null;
    }

    public bool IsLeaf(Indicator i) => !Indicators.Any(c => c.ParentId == i.Id);
}
