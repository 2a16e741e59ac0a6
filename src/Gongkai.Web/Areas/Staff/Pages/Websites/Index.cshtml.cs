using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Websites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Websites;

/// <summary>What the register and edit forms post.</summary>
public sealed class SiteForm
{
    public string? Code { get; set; }

    public int BodyId { get; set; }

    public string? Name { get; set; }

    public string? Address { get; set; }

    public WebsiteKind Kind { get; set; } = WebsiteKind.Department;

    public bool Active { get; set; } = true;

    public WebsiteInput ToInput() => new(Code ?? "", BodyId, Name ?? "", Address ?? "", Kind, Active);

    public static SiteForm Of(Website w) => new() { Code = w.Code, BodyId = w.BodyId, Name = w.Name, Address = w.Address, Kind = w.Kind, Active = w.Active };
}

/// <summary>One line of the list.</summary>
public sealed record SiteRow(Website Site, string Body, int Open, IReadOnlyList<FindingKind> Vetoes, WebsiteCensus? Census);

/// <summary>
/// The registered government websites: the county office (Supervise) sees and registers all of them; a body's
/// administrator (AnswerSupervision) sees the body's own sites.
/// </summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, WebsiteService websites) : PageModel
{
    public List<SiteRow> Sites { get; private set; } = [];

    public List<(int Year, CensusCounts Counts)> Census { get; private set; } = [];

    public List<Body> Bodies { get; private set; } = [];

    public bool CanSupervise { get; private set; }

    [BindProperty]
    public SiteForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var posted = Form;
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        if (!CanSupervise)
        {
            return Forbid();
        }

        Form = posted;
        if (ModelState.IsValid)
        {
            try
            {
                var site = await websites.RegisterAsync(Form.ToInput());
                TempData["Notice"] = $"已登记网站“{site.Name}”，请添加要检查的栏目和互动渠道。";
                return Redirect($"/staff/websites/{site.Id}");
            }
            catch (WebsiteException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }
        else
        {
            ModelState.AddModelError("", "请检查填写的内容。");
        }

        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        CanSupervise = await staff.CanAnywhereAsync(Privilege.Supervise);
        var own = CanSupervise ? null : await staff.BodiesWhereAsync(Privilege.AnswerSupervision);
        if (!CanSupervise && (own is null || own.Count == 0))
        {
            return Forbid();
        }

        var query = db.Websites.AsNoTracking().Include(w => w.Body).AsQueryable();
        if (own is not null)
        {
            query = query.Where(w => own.Contains(w.BodyId));
        }

        var sites = await query.OrderBy(w => w.Kind).ThenBy(w => w.Body!.SortOrder).ThenBy(w => w.Id).ToListAsync();
        var ids = sites.Select(s => s.Id).ToList();
        var findings = await db.WebsiteFindings.AsNoTracking().Where(f => ids.Contains(f.WebsiteId) && f.State == FindingState.Open)
            .Select(f => new { f.WebsiteId, f.Kind, f.Veto }).ToListAsync();
        var census = (await db.WebsiteCensuses.AsNoTracking().Where(c => ids.Contains(c.WebsiteId)).ToListAsync())
            .GroupBy(c => c.WebsiteId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Year).First());
        Sites = sites.Select(s => new SiteRow(s, s.Body!.Name,
            findings.Count(f => f.WebsiteId == s.Id),
            findings.Where(f => f.WebsiteId == s.Id && f.Veto).Select(f => f.Kind).Distinct().Order().ToList(),
            census.GetValueOrDefault(s.Id))).ToList();
        if (CanSupervise)
        {
            Bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
            var roots = Bodies.Where(b => b.ParentId is null).ToList();
            var years = await db.WebsiteCensuses.AsNoTracking().Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync();
            foreach (var root in roots.Take(1))
            {
                foreach (var year in years)
                {
                    Census.Add((year, await websites.CensusCountsAsync(root.Id, year)));
                }
            }
        }

        return null;
    }
}
