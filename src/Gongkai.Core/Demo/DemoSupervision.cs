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

    private static readonly DemoTask[] Tasks2015 =
    [
        new(1, "推进行政审批信息公开：公布县级行政审批事项目录，公开审批事项的依据、条件、程序、时限和办理结果，实行目录动态管理。", "xzfw", ["fgw", "sfj"],
            new(2015, 6, 30), new(2015, 6, 26), "县政府已印发《行政审批事项目录管理办法》，保留的342项行政审批事项目录在政府网站公布，进驻事项的办事指南全部公开。"),
        new(2, "推进财政预算决算和“三公”经费公开：县级政府预决算、部门预决算和“三公”经费在批准后20日内公开，公开率达到100%。", "czj", ["sjj"],
            new(2015, 4, 30), new(2015, 4, 24), "县级政府预算和73个部门预算已在政府网站预决算专栏公开，“三公”经费同步公开，公开率100%。"),
        new(3, "推进公共资源配置信息公开：公开保障性安居工程建设、土地出让、矿业权出让和政府采购、工程建设招投标信息。", "gfj", ["cjw", "czj"],
            new(2015, 9, 30), new(2015, 9, 28), "保障性住房分配、国有建设用地使用权招拍挂和矿业权出让公告、结果均已公开，政府采购和工程招投标信息在公共资源交易平台同步公开。"),
        new(4, "推进重大建设项目信息公开：公布重点建设项目的投资额度、责任单位和建设进度，定期通报完成情况。", "fgw", ["cjw", "jtw"],
            new(2015, 9, 30), new(2015, 10, 16), "全年重点建设项目信息27条、完成情况通报9期已公开；第三季度通报因项目统计口径调整延后公开。"),
        new(5, "推进社会救助和社会保障信息公开：公开低保、医疗救助、临时救助的政策、对象和资金发放情况。", "mzj", ["rsj", "fpb"],
            new(2015, 6, 30), new(2015, 6, 19), "城乡低保对象、医疗救助和临时救助资金发放情况已按季度公示，社保政策和经办流程在政府网站公开。"),
        new(6, "推进环境保护信息公开：每日公开空气质量，公开水环境质量、污染物排放和建设项目环境影响评价信息。", "hbj", [],
            new(2015, 12, 31), new(2015, 12, 25), "空气质量日报全年365条按日发布，建设项目环评受理、审批公示全部公开。"),
        new(7, "推进食品药品安全信息公开：公开执法检查、抽检结果和行政处罚案件信息。", "spyj", ["gsj"],
            new(2015, 12, 31), new(2016, 1, 12), "食品安全检测结果公示3期、行政处罚案件12件已公开；12月抽检结果因复检延至次年1月公开。"),
        new(8, "推进安全生产信息公开：及时公开生产安全事故信息和重大事故隐患治理情况。", "ajj", [],
            new(2015, 12, 31), new(2015, 12, 28), "全年发生的4起生产安全事故及调查处理情况已公开，重大隐患挂牌督办情况按月公开。"),
    ];

    public static async Task LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var county = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "wuxi", ct);
        var bodies = await Counties.BodiesAsync(db, county.Id, ct);
        var byCode = bodies.ToDictionary(b => b.Code, b => b.Id);
        var tasks = new KeyTasks(db);
        var plan = await tasks.CreatePlanAsync(county.Id, new PlanInput(2015, "重庆市人民政府办公厅关于印发2015年重庆市政府信息公开工作要点的通知", "渝府办发〔2015〕108号", null, null), ct);
        foreach (var t in Tasks2015)
        {
            var task = await tasks.CreateTaskAsync(new TaskInput(plan.Id, t.Number, t.Text, byCode[t.Lead], [.. t.Partners.Select(p => byCode[p])], t.Deadline), ct);
            var midway = t.Deadline.AddMonths(-1);
            foreach (var partner in t.Partners)
            {
                db.TaskProgress.Add(Progress(db, task.Id, byCode[partner], midway, "本单位承担部分已按要求落实，相关信息已报牵头单位汇总公开。", false));
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

        await Hold(new(2015, 3, 18), MeetingKind.WorkMeeting, "全县政府信息公开工作会议：部署2015年政府信息公开重点工作任务", "县政府第一会议室", everyone, 1, ["tianyuan", "lanying"]);
        await Hold(new(2015, 7, 22), MeetingKind.WorkMeeting, "全县政府信息公开工作推进会：通报上半年督查情况，部署政府网站普查自查整改", "县政府第一会议室", everyone, 1, ["wjj"]);
        await Hold(new(2015, 11, 25), MeetingKind.WorkMeeting, "全县政府信息公开年终考核工作会议：印发考核细则，部署年度报告编制", "县政府第三会议室", everyone, 1, []);
        await Hold(new(2015, 5, 14), MeetingKind.Training, "重点领域政府信息公开业务培训", "县行政服务中心三楼培训室", departments, 2, ["kw"]);
        await Hold(new(2015, 9, 16), MeetingKind.Training, "依申请公开办理和政府网站信息发布业务培训", "县行政服务中心三楼培训室", everyone, 1, ["zhongliang"]);
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
