using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Areas.Staff.Pages.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Suggestions;

/// <summary>建议提案办理: the register by year, body, kind and state, the year's counts, and the county's reply period.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, Supervision.Suggestions suggestions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public int? BodyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public SuggestionKind? Kind { get; set; }

    /// <summary>open, overdue, replied or blank for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "county")]
    public int? CountyId { get; set; }

    public Body County { get; private set; } = null!;

    public List<Body> Bodies { get; private set; } = [];

    public List<Suggestion> List { get; private set; } = [];

    public List<SuggestionCount> Counts { get; private set; } = [];

    public Dictionary<int, string> Names { get; private set; } = [];

    public bool CanSupervise { get; private set; }

    public int ReplyMonths { get; private set; }

    public int ReplyMonthsRevision { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>Sets the county's default reply period in months (county office).</summary>
    public async Task<IActionResult> OnPostSettingAsync(int? months, int revision)
    {
        var county = await RegisterPages.CountyAsync(db, staff, CountyId);
        if (county is null || !await RegisterPages.SupervisesAsync(staff, county.Id))
        {
            return Forbid();
        }

        try
        {
            if (months is null)
            {
                throw new SupervisionException("请填写办理期限（月）。");
            }

            await suggestions.SetReplyMonthsAsync(county.Id, months.Value, revision);
            TempData["Notice"] = $"已将答复期限设为交办之日起 {months} 个月，适用于此后登记的建议提案。";
            return Redirect($"/staff/suggestions?county={county.Id}");
        }
        catch (SupervisionException e)
        {
            RegisterPages.AddProblems(ModelState, e.Problems);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", RegisterPages.Stale);
        }

        await LoadAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var county = await RegisterPages.CountyAsync(db, staff, CountyId);
        if (county is null)
        {
            return false;
        }

        County = county;
        Today = db.Today();
        Year ??= Today.Year;
        var year = Year.Value is >= 2000 and <= 2100 ? Year.Value : Today.Year;
        CanSupervise = await RegisterPages.SupervisesAsync(staff, county.Id);
        (ReplyMonths, ReplyMonthsRevision) = await suggestions.ReplyMonthsAsync(county.Id);
        Bodies = await RegisterPages.BodiesAsync(db, county.Id);
        Names = await RegisterPages.NamesAsync(db);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var query = db.Suggestions.AsNoTracking().Where(s => s.CountyId == county.Id && s.AssignedOn >= from && s.AssignedOn <= to);
        if (Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (BodyId is { } body)
        {
            query = query.Where(s => s.LeadBodyId == body || db.SuggestionPartners.Any(p => p.SuggestionId == s.Id && p.BodyId == body));
        }

        var today = Today;
        query = State switch
        {
            "open" => query.Where(s => s.RepliedOn == null),
            "overdue" => query.Where(s => s.RepliedOn == null && s.DueOn < today),
            "replied" => query.Where(s => s.RepliedOn != null),
            _ => query,
        };
        List = await query.OrderBy(s => s.AssignedOn).ThenBy(s => s.Id).ToListAsync();
        Counts = await suggestions.YearCountsAsync(county.Id, year);
        return true;
    }
}
