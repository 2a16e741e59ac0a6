using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Areas.Staff.Pages.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Suggestions;

public sealed class SuggestionForm
{
    public SuggestionKind Kind { get; set; }

    public CongressLevel Level { get; set; } = CongressLevel.County;

    public string? Session { get; set; }

    public string? Number { get; set; }

    public string? Author { get; set; }

    public string? Subject { get; set; }

    public int LeadBodyId { get; set; }

    public List<int> PartnerIds { get; set; } = [];

    public DateOnly? AssignedOn { get; set; }

    /// <summary>Blank: the county's reply period from the assignment.</summary>
    public DateOnly? DueOn { get; set; }

    public int Revision { get; set; }

    public SuggestionInput ToInput() => new(Kind, Level, Session, Number, Author, Subject, LeadBodyId, PartnerIds, AssignedOn, DueOn);
}

/// <summary>Registers or edits a suggestion or proposal (county office).</summary>
public sealed class EditModel(GongkaiDb db, StaffContext staff, Supervision.Suggestions suggestions) : PageModel
{
    [BindProperty]
    public SuggestionForm Form { get; set; } = new();

    public int? Id { get; private set; }

    public List<Body> Bodies { get; private set; } = [];

    public int ReplyMonths { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var (s, denied) = await LoadAsync(id, tracked: false);
        if (denied is not null)
        {
            return denied;
        }

        if (s is not null)
        {
            Form = new SuggestionForm
            {
                Kind = s.Kind,
                Level = s.Level,
                Session = s.Session,
                Number = s.Number,
                Author = s.Author,
                Subject = s.Subject,
                LeadBodyId = s.LeadBodyId,
                PartnerIds = await db.SuggestionPartners.AsNoTracking().Where(p => p.SuggestionId == s.Id).Select(p => p.BodyId).ToListAsync(),
                AssignedOn = s.AssignedOn,
                DueOn = s.DueOn,
                Revision = s.Revision,
            };
        }
        else
        {
            Form.AssignedOn = db.Today();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var (s, denied) = await LoadAsync(id, tracked: true);
        if (denied is not null)
        {
            return denied;
        }

        if (ModelState.IsValid)
        {
            try
            {
                if (s is null)
                {
                    var county = await RegisterPages.CountyAsync(db, staff, null);
                    s = await suggestions.CreateAsync(county!.Id, Form.ToInput());
                }
                else
                {
                    await suggestions.UpdateAsync(s, Form.Revision, Form.ToInput());
                }

                TempData["Notice"] = $"已保存{s.Title}，答复期限 {RegisterPages.Date(s.DueOn)}。";
                return Redirect($"/staff/suggestions/{s.Id}");
            }
            catch (SupervisionException e)
            {
                RegisterPages.AddProblems(ModelState, e.Problems);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", RegisterPages.Stale);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<(Suggestion? S, IActionResult? Denied)> LoadAsync(int? id, bool tracked)
    {
        Id = id;
        Suggestion? s = null;
        if (id is { } existing)
        {
            s = await (tracked ? db.Suggestions : db.Suggestions.AsNoTracking()).SingleOrDefaultAsync(x => x.Id == existing);
            if (s is null)
            {
                return (null, NotFound());
            }
        }

        var county = await RegisterPages.CountyAsync(db, staff, s?.CountyId);
        if (county is null)
        {
            return (null, NotFound());
        }

        if (!await RegisterPages.SupervisesAsync(staff, county.Id))
        {
            return (null, Forbid());
        }

        Bodies = await RegisterPages.BodiesAsync(db, county.Id);
        ReplyMonths = (await suggestions.ReplyMonthsAsync(county.Id)).Months;
        return (s, null);
    }
}
