using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Areas.Staff.Pages.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Meetings;

/// <summary>会议、培训: the year's meetings and training sessions with the year's counts and each body's attendance.</summary>
public sealed class IndexModel(GongkaiDb db, StaffContext staff, Supervision.Meetings meetings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public int? BodyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public MeetingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "county")]
    public int? CountyId { get; set; }

    public Body County { get; private set; } = null!;

    public List<Body> Bodies { get; private set; } = [];

    public List<Meeting> List { get; private set; } = [];

    public Dictionary<int, (int Invited, int Attended, int People)> PerMeeting { get; private set; } = [];

    public MeetingYear Counts { get; private set; } = null!;

    public List<BodyAttendance> Attendance { get; private set; } = [];

    public Dictionary<int, string> Names { get; private set; } = [];

    public bool CanSupervise { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var county = await RegisterPages.CountyAsync(db, staff, CountyId);
        if (county is null)
        {
            return NotFound();
        }

        County = county;
        Today = db.Today();
        Year ??= Today.Year;
        var year = Year.Value is >= 2000 and <= 2100 ? Year.Value : Today.Year;
        CanSupervise = await RegisterPages.SupervisesAsync(staff, county.Id);
        Bodies = await RegisterPages.BodiesAsync(db, county.Id);
        Names = await RegisterPages.NamesAsync(db);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var query = db.Meetings.AsNoTracking().Where(m => m.CountyId == county.Id && m.On >= from && m.On <= to);
        if (Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }

        if (BodyId is { } body)
        {
            query = query.Where(m => m.OrganiserBodyId == body || db.MeetingAttendance.Any(a => a.MeetingId == m.Id && a.BodyId == body));
        }

        List = await query.OrderBy(m => m.On).ThenBy(m => m.Id).ToListAsync();
        var ids = List.Select(m => m.Id).ToList();
        PerMeeting = (await db.MeetingAttendance.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).ToListAsync())
            .GroupBy(a => a.MeetingId).ToDictionary(g => g.Key, g => (g.Count(), g.Count(a => a.Attended), g.Sum(a => a.Count)));
        Counts = await meetings.YearCountsAsync(county.Id, year);
        Attendance = await meetings.AttendanceAsync(county.Id, year);
        return Page();
    }
}
