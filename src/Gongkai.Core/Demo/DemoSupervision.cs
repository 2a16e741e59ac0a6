using Gongkai.Data;
using Gongkai.Supervision;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// The county office's 2015 supervision registers as the seed report tells them: the key tasks taken from the city's
/// 工作要点 (渝府办发〔2015〕108号), each with its lead department and all of them closed (most on time); exactly three
/// work meetings and two training sessions; and no 市人大代表建议 or 市政协委员提案 received, so section 九's
/// "未接到……办件" is counted from an empty register.
/// </summary>
public static class DemoSupervision
{
    public const int WorkMeetings2015 = 3;

    private sealed record DemoTask(int Number, string Text, string Lead, string[] Partners, DateOnly Deadline, DateOnly DoneOn, string Report);

    private static readonly DemoTask[] Tasks2015 = DemoData.Table<DemoTask[]>(DemoData.Records, "SupervisionTasks");

    private sealed record Plan(string Title, string Number);

    private static readonly Plan Plan2015 = DemoData.Table<Plan>(DemoData.Records, "SupervisionPlan");

    private static readonly string PartnerProgress = DemoData.Table<string>(DemoData.Records, "SupervisionPartnerProgress");

    private sealed record DemoMeeting(DateOnly On, string Kind, string Topic, string Place, string Invited, int PerBody, string[] Absent);

    private static readonly DemoMeeting[] Meetings2015 = DemoData.Table<DemoMeeting[]>(DemoData.Records, "SupervisionMeetings");

    public static async Task LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var county = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "wuxi", ct);
        var bodies = await Counties.BodiesAsync(db, county.Id, ct);
        var byCode = bodies.ToDictionary(b => b.Code, b => b.Id);
        var tasks = new KeyTasks(db);
        var plan = await tasks.CreatePlanAsync(county.Id, new PlanInput(2015, Plan2015.Title, Plan2015.Number, null, null), ct);
        foreach (var t in Tasks2015)
        {
            var task = await tasks.CreateTaskAsync(new TaskInput(plan.Id, t.Number, t.Text, byCode[t.Lead], [.. t.Partners.Select(p => byCode[p])], t.Deadline), ct);
            var midway = t.Deadline.AddMonths(-1);
            foreach (var partner in t.Partners)
            {
                db.TaskProgress.Add(Progress(db, task.Id, byCode[partner], midway, PartnerProgress, false));
            }

            db.TaskProgress.Add(Progress(db, task.Id, byCode[t.Lead], t.DoneOn, t.Report, true));
            task.DoneOn = t.DoneOn;
            await db.SaveChangesAsync(ct);
        }

        var departments = bodies.Where(b => b.Kind == Bodies.BodyKind.Department).ToList();
        var townships = bodies.Where(b => b.Kind is Bodies.BodyKind.Township or Bodies.BodyKind.Street).ToList();
        var everyone = departments.Concat(townships).ToList();
        var meetings = new Meetings(db);
        var zfb = byCode["zfb"];

        // The absentees make attendance worth counting; a body is absent from at most one meeting.
        async Task Hold(DateOnly on, MeetingKind kind, string topic, string place, IReadOnlyList<Bodies.Body> invited, int perBody, string[] absent)
        {
            var attendance = invited.Select(b => new AttendanceInput(b.Id, !absent.Contains(b.Code), null, absent.Contains(b.Code) ? 0 : perBody)).ToList();
            await meetings.CreateAsync(county.Id, new MeetingInput(on, kind, topic, zfb, place, null, null, attendance), ct);
        }

        foreach (var m in Meetings2015)
        {
            var kind = Enum.TryParse<MeetingKind>(m.Kind, out var k) && Enum.IsDefined(k) ? k
                : throw new InvalidDataException($"Demo data file {DemoData.Records}, SupervisionMeetings {m.On:yyyy-MM-dd}: Kind {m.Kind} is not one of WorkMeeting, Training, Other.");
            var invited = m.Invited switch
            {
                "everyone" => everyone,
                "departments" => departments,
                _ => throw new InvalidDataException($"Demo data file {DemoData.Records}, SupervisionMeetings {m.On:yyyy-MM-dd}: Invited {m.Invited} is neither everyone nor departments."),
            };
            await Hold(m.On, kind, m.Topic, m.Place, invited, m.PerBody, m.Absent);
        }
    }

    private static TaskProgress Progress(GongkaiDb db, int taskId, int bodyId, DateOnly on, string text, bool done) => new()
    {
        TaskId = taskId,
        BodyId = bodyId,
        On = on,
        Text = text,
        Done = done,
        ReportedBy = db.Actor.Name,
        ReportedAt = db.Time.GetUtcNow(),
    };
}
