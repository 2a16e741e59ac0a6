using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Areas.Staff.Pages.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Meetings;

public sealed class MeetingForm
{
    public DateOnly? On { get; set; }

    public MeetingKind Kind { get; set; }

    public string? Topic { get; set; }

    public int OrganiserBodyId { get; set; }

    public string? Place { get; set; }

    public string? Notes { get; set; }

    public string? CatalogIndexNumber { get; set; }

    /// <summary>The bodies invited; <see cref="Attended"/> those that came.</summary>
    public List<int> Invited { get; set; } = [];

    public List<int> Attended { get; set; } = [];

    public Dictionary<int, string?> People { get; set; } = [];

    public Dictionary<int, int?> Count { get; set; } = [];

    public int Revision { get; set; }

    public MeetingInput ToInput() => new(On, Kind, Topic, OrganiserBodyId, Place, Notes, CatalogIndexNumber,
        [.. Invited.Concat(Attended).Distinct().Select(b => new AttendanceInput(b, Attended.Contains(b), People.GetValueOrDefault(b), Count.GetValueOrDefault(b)))]);
}

/// <summary>Registers or edits a meeting or training session with its attendance (county office).</summary>
public sealed class EditModel(GongkaiDb db, StaffContext staff, Supervision.Meetings meetings) : PageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public int? Id { get; private set; }

    public List<Body> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var (meeting, denied) = await LoadAsync(id, tracked: false);
        if (denied is not null)
        {
            return denied;
        }

        if (meeting is not null)
        {
            var rows = await db.MeetingAttendance.AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync();
            Form = new MeetingForm
            {
                On = meeting.On,
                Kind = meeting.Kind,
                Topic = meeting.Topic,
                OrganiserBodyId = meeting.OrganiserBodyId,
                Place = meeting.Place,
                Notes = meeting.Notes,
                CatalogIndexNumber = await db.CatalogItems.Where(i => i.Id == meeting.CatalogItemId).Select(i => i.IndexNumber).SingleOrDefaultAsync(),
                Invited = [.. rows.Select(r => r.BodyId)],
                Attended = [.. rows.Where(r => r.Attended).Select(r => r.BodyId)],
                People = rows.ToDictionary(r => r.BodyId, r => r.People),
                Count = rows.ToDictionary(r => r.BodyId, r => (int?)r.Count),
                Revision = meeting.Revision,
            };
        }
        else
        {
            Form.On = db.Today();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var (meeting, denied) = await LoadAsync(id, tracked: true);
        if (denied is not null)
        {
            return denied;
        }

        if (ModelState.IsValid)
        {
            try
            {
                if (meeting is null)
                {
                    var county = await RegisterPages.CountyAsync(db, staff, null);
                    meeting = await meetings.CreateAsync(county!.Id, Form.ToInput());
                }
                else
                {
                    await meetings.UpdateAsync(meeting, Form.Revision, Form.ToInput());
                }

                TempData["Notice"] = $"已保存“{meeting.Topic}”。";
                return Redirect($"/staff/meetings/{meeting.Id}");
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

    private async Task<(Meeting? Meeting, IActionResult? Denied)> LoadAsync(int? id, bool tracked)
    {
        Id = id;
        Meeting? meeting = null;
        if (id is { } existing)
        {
            meeting = await (tracked ? db.Meetings : db.Meetings.AsNoTracking()).SingleOrDefaultAsync(m => m.Id == existing);
            if (meeting is null)
            {
                return (null, NotFound());
            }
        }

        var county = await RegisterPages.CountyAsync(db, staff, meeting?.CountyId);
        if (county is null)
        {
            return (null, NotFound());
        }

        if (!await RegisterPages.SupervisesAsync(staff, county.Id))
        {
            return (null, Forbid());
        }

        Bodies = await RegisterPages.BodiesAsync(db, county.Id);
        return (meeting, null);
    }
}
