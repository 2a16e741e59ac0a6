using System.Globalization;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Websites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Websites;

/// <summary>Probes of one Beijing day.</summary>
public sealed record ProbeDay(DateOnly Day, int Probes, int Failed, int? SlowestMs);

/// <summary>
/// One site: columns and channels watched, availability over the last 7 days, findings with their evidence,
/// census results. The county office (Supervise) changes everything here; the site's body (AnswerSupervision)
/// writes rectification notes on its findings.
/// </summary>
public sealed class SiteModel(GongkaiDb db, StaffContext staff, WebsiteService websites) : PageModel
{
    public Website Site { get; private set; } = null!;

    public List<WebsiteColumn> Columns { get; private set; } = [];

    public List<WebsiteFinding> Findings { get; private set; } = [];

    public List<WebsiteCensus> Census { get; private set; } = [];

    public List<WebsiteCheckRun> Runs { get; private set; } = [];

    public List<ProbeDay> Days { get; private set; } = [];

    public ReachabilityVerdict Reachability { get; private set; } = new(false, 0, 0, false);

    public List<Body> Bodies { get; private set; } = [];

    public bool CanSupervise { get; private set; }

    public bool CanRectify { get; private set; }

    public bool ShowFixed { get; private set; }

    /// <summary>The census form proposes the current year.</summary>
    public int Year => db.Today().Year;

    /// <summary>The edit form; bound only by its own handler, whose fields would otherwise be read from the other forms' (name, kind).</summary>
    public SiteForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, bool all = false)
    {
        ShowFixed = all;
        return await LoadAsync(id) ?? Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, int revision, [Bind(Prefix = "Form")] SiteForm form)
    {
        Form = form;
        return ActAsync(id, Privilege.Supervise, async () =>
        {
            await websites.UpdateAsync(id, form.ToInput(), revision);
            return "已保存网站信息。";
        }, postedForm: true);
    }

    public Task<IActionResult> OnPostAddColumnAsync(int id, string? name, string? url, ColumnKind kind) => ActAsync(id, Privilege.Supervise, async () =>
    {
        var c = await websites.AddColumnAsync(id, name ?? "", url ?? "", kind);
        return $"已添加{WebsiteColumn.KindLabel(c.Kind)}“{c.Name}”，下次检查时读取。";
    });

    public Task<IActionResult> OnPostRemoveColumnAsync(int id, int columnId) => ActAsync(id, Privilege.Supervise, async () =>
    {
        await websites.RemoveColumnAsync(id, columnId);
        return "已删除栏目；与之相关的问题在下次检查时销号。";
    });

    public Task<IActionResult> OnPostCheckAsync(int id) => ActAsync(id, Privilege.Supervise, async () =>
    {
        await websites.RequestCheckAsync(id);
        return "已安排立即检查：下一轮定时任务（几分钟内）先检查本网站，完成后刷新本页查看结果。";
    });

    public Task<IActionResult> OnPostFindingAsync(int id, FindingKind kind, string? summary, string? evidenceUrl, string? detail) => ActAsync(id, Privilege.Supervise, async () =>
    {
        var who = User.Identity?.Name ?? "";
        var f = await websites.AddManualFindingAsync(id, kind, summary ?? "", evidenceUrl, detail, who);
        return $"已登记“{WebsiteFinding.KindLabel(f.Kind)}”问题（单项否决）。";
    });

    public Task<IActionResult> OnPostCloseFindingAsync(int id, long findingId, int revision) => ActAsync(id, Privilege.Supervise, async () =>
    {
        await EnsureOwnFindingAsync(id, findingId);
        await websites.CloseManualFindingAsync(findingId, revision);
        return "已销号。";
    });

    public Task<IActionResult> OnPostRectifyAsync(int id, long findingId, string? note, int revision) => ActAsync(id, Privilege.AnswerSupervision, async () =>
    {
        await EnsureOwnFindingAsync(id, findingId);
        await websites.RectifyAsync(findingId, note ?? "", User.Identity?.Name ?? "", revision);
        return "已保存整改说明；问题在复查不再发现后销号。";
    });

    public Task<IActionResult> OnPostCensusAsync(int id, int year, CensusResult result, string? decidedOn, string? doneOn, string? note) => ActAsync(id, Privilege.Supervise, async () =>
    {
        var decided = ParseDate(decidedOn, "认定日期") ?? throw new WebsiteException("请填写认定日期。");
        await websites.RecordCensusAsync(id, year, result, decided, ParseDate(doneOn, "整改完成或关闭日期"), note);
        return $"已记录{year}年普查结果：{WebsiteCensus.ResultLabel(result)}。";
    });

    private static DateOnly? ParseDate(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new WebsiteException($"{what}应为 2015-08-12 这样的日期。");
    }

    private async Task EnsureOwnFindingAsync(int id, long findingId)
    {
        if (!await db.WebsiteFindings.AnyAsync(f => f.Id == findingId && f.WebsiteId == id))
        {
            throw new WebsiteException("该问题不属于本网站。");
        }
    }

    private async Task<IActionResult> ActAsync(int id, Privilege needed, Func<Task<string>> work, bool postedForm = false)
    {
        var posted = Form;
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (!await staff.CanAsync(needed, Site.BodyId))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                TempData["Notice"] = await work();
                return Redirect($"/staff/websites/{id}");
            }
            catch (WebsiteException e)
            {
                ModelState.AddModelError("", e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", WebsiteService.Stale);
            }
        }
        else
        {
            ModelState.AddModelError("", "请检查填写的内容。");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id);
        if (postedForm)
        {
            Form = posted;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var site = await db.Websites.AsNoTracking().Include(w => w.Body).SingleOrDefaultAsync(w => w.Id == id);
        if (site is null)
        {
            return NotFound();
        }

        CanSupervise = await staff.CanAsync(Privilege.Supervise, site.BodyId);
        CanRectify = await staff.CanAsync(Privilege.AnswerSupervision, site.BodyId);
        if (!CanSupervise && !CanRectify)
        {
            return Forbid();
        }

        Site = site;
        Form = SiteForm.Of(site);
        Columns = await db.WebsiteColumns.AsNoTracking().Where(c => c.WebsiteId == id).OrderBy(c => c.Kind).ThenBy(c => c.Id).ToListAsync();
        var findings = db.WebsiteFindings.AsNoTracking().Where(f => f.WebsiteId == id);
        if (!ShowFixed)
        {
            findings = findings.Where(f => f.State == FindingState.Open);
        }

        Findings = await findings.OrderBy(f => f.State).ThenByDescending(f => f.Veto).ThenBy(f => f.Kind).ThenBy(f => f.Id).Take(500).ToListAsync();
        Census = await db.WebsiteCensuses.AsNoTracking().Where(c => c.WebsiteId == id).OrderByDescending(c => c.Year).ToListAsync();
        Runs = await db.WebsiteCheckRuns.AsNoTracking().Where(r => r.WebsiteId == id).OrderByDescending(r => r.StartedAt).Take(10).ToListAsync();
        var now = db.Time.GetUtcNow();
        var from = now - WebsiteRules.ReachabilityWindow;
        var probes = await db.WebsiteProbes.AsNoTracking().Where(p => p.WebsiteId == id && p.At > from).Select(p => new { p.At, p.Ok, p.Milliseconds }).ToListAsync();
        Reachability = WebsiteRules.Reachability(probes.Select(p => (p.At, p.Ok)), now);
        var today = db.Today();
        Days = Enumerable.Range(0, 8).Select(i => today.AddDays(-i)).Select(d =>
        {
            var day = probes.Where(p => GongkaiDb.LocalDate(p.At) == d).ToList();
            return new ProbeDay(d, day.Count, day.Count(p => !p.Ok), day.Count == 0 ? null : day.Max(p => p.Milliseconds));
        }).ToList();
        if (CanSupervise)
        {
            Bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        }

        return null;
    }
}
