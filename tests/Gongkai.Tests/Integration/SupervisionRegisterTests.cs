using System.Globalization;
using System.Net;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Notifications;
using Gongkai.Staff;
using Gongkai.Supervision;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The county office's three registers through the staff pages: key tasks and their progress, meetings and training,
/// 人大建议/政协提案 with their replies published through the catalog review; reminders once; counts per year with zeros.
/// The host's clock stands at 2026-11-30.
/// </summary>
public abstract class SupervisionRegisterTests(TestHost host)
{
    private const string Password = "Registers-pass-2026";

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private Task<int> BodyAsync(string code) => host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    private Task<int> CountyAsync() => host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "wuxi").Select(b => b.Id).SingleAsync());

    /// <summary>A body administrator of <paramref name="code"/> (the demo has one only for 县财政局).</summary>
    private async Task<HttpClient> AdminOfAsync(string code)
    {
        var name = $"reg.{code}.admin";
        await host.WithDbAsync(async (db, sp) =>
        {
            if (!await db.Users.AnyAsync(u => u.UserName == name))
            {
                await sp.GetRequiredService<StaffAccounts>().CreateAsync(name, $"{code} 单位管理员", await db.Bodies.Where(b => b.Code == code).Select(b => b.Id).SingleAsync(), Password, [StaffRole.BodyAdmin]);
            }

            return 0;
        });
        return await host.SignInAsync(name, Password);
    }

    private static async Task<string> BodyOf(HttpResponseMessage r) => await r.Content.ReadAsStringAsync();

    private static int IdFrom(HttpResponseMessage r) => int.Parse(r.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

    private async Task<int> PlanAsync(HttpClient supervisor, int year, string number)
    {
        var r = await TestHost.PostFormAsync(supervisor, "/staff/tasks?handler=Plan", new()
        {
            ["Plan.Year"] = S(year),
            ["Plan.Title"] = $"{year}年政府信息公开工作要点{number}",
            ["Plan.DocumentNumber"] = number,
            ["Plan.Url"] = "https://www.cq.gov.cn/zwgk/2015/108.html",
        }, formPage: "/staff/tasks");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return await host.WithDbAsync((db, _) => db.WorkPlans.Where(p => p.DocumentNumber == number).Select(p => p.Id).SingleAsync());
    }

    private static Dictionary<string, string> TaskFields(int plan, int number, string text, int lead, DateOnly deadline, params int[] partners)
    {
        var f = new Dictionary<string, string>
        {
            ["Form.PlanId"] = S(plan),
            ["Form.Number"] = S(number),
            ["Form.Text"] = text,
            ["Form.LeadBodyId"] = S(lead),
            ["Form.Deadline"] = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < partners.Length; i++)
        {
            f[$"Form.PartnerIds[{i}]"] = S(partners[i]);
        }

        return f;
    }

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, int task, int body, string text, bool done, string on = "2026-11-27") =>
        TestHost.PostFormAsync(client, $"/staff/tasks/{task}?handler=Progress", new()
        {
            ["bodyId"] = S(body),
            ["Progress.On"] = on,
            ["Progress.Text"] = text,
            ["Progress.Done"] = done ? "true" : "false",
        }, formPage: $"/staff/tasks/{task}");

    [Fact]
    public async Task A_key_task_is_reported_by_its_bodies_closed_by_the_lead_and_counted_for_the_assessment()
    {
        var supervisor = await host.SignInAsync("jiandu");
        var (czj, hbj, mzj, county) = (await BodyAsync("czj"), await BodyAsync("hbj"), await BodyAsync("mzj"), await CountyAsync());
        var plan = await PlanAsync(supervisor, 2026, "渝府办发〔2026〕901号");
        var created = await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", TaskFields(plan, 1, "推进财政预决算公开，公开率达到100%。", czj, new DateOnly(2026, 12, 31), hbj));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var task = IdFrom(created);
        Assert.Contains("修改工作要点文件", await supervisor.GetStringAsync($"/staff/tasks?year=2026&edit={plan}"), StringComparison.Ordinal);
        var correction = new Dictionary<string, string> { ["Plan.PlanId"] = S(plan), ["Plan.Year"] = "2026", ["Plan.Title"] = "2026年政府信息公开工作要点（更正）", ["Plan.DocumentNumber"] = "渝府办发〔2026〕901号", ["Plan.Revision"] = "7" };
        Assert.Contains("已被他人修改", await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/tasks?handler=Plan", correction, formPage: "/staff/tasks")), StringComparison.Ordinal);
        correction["Plan.Revision"] = "0";
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(supervisor, "/staff/tasks?handler=Plan", correction, formPage: "/staff/tasks")).StatusCode);
        var list = await supervisor.GetStringAsync("/staff/tasks?year=2026");
        Assert.Contains("2026年政府信息公开工作要点（更正）", list, StringComparison.Ordinal);
        Assert.Contains("推进财政预决算公开", list, StringComparison.Ordinal);
        Assert.Contains("渝府办发〔2026〕901号", list, StringComparison.Ordinal);

        // Another body's administrator may not report; nothing is written.
        var outsider = await AdminOfAsync("mzj");
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(outsider, task, mzj, "冒名报送", false)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(outsider, task, czj, "冒名报送", false)).StatusCode);

        // The co-operating body reports its part; it cannot close the task.
        var partner = await AdminOfAsync("hbj");
        Assert.Equal(HttpStatusCode.Redirect, (await ReportAsync(partner, task, hbj, "环保专项资金预算已提供牵头单位。", false)).StatusCode);
        var refused = await BodyOf(await ReportAsync(partner, task, hbj, "配合单位报告完成", true));
        Assert.Contains("只有牵头单位可以报告任务已完成", refused, StringComparison.Ordinal);

        // The lead's "done" closes it with the report's date.
        var lead = await host.SignInAsync("czj.admin");
        var form = await lead.GetStringAsync($"/staff/tasks/{task}");
        Assert.Contains("报送进展", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ReportAsync(lead, task, czj, "部门预算已全部公开。", true, "2026-11-28")).StatusCode);
        var page = await lead.GetStringAsync($"/staff/tasks/{task}");
        Assert.Contains("已办结（2026-11-28，按时完成）", page, StringComparison.Ordinal);
        Assert.Contains("环保专项资金预算已提供牵头单位。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("配合单位报告完成", page, StringComparison.Ordinal);
        Assert.DoesNotContain("冒名报送", page, StringComparison.Ordinal);
        Assert.Contains("已于 2026-11-28 办结", await BodyOf(await ReportAsync(lead, task, czj, "再次报送", false)), StringComparison.Ordinal);

        // An overdue open task and a late one, for the assessment of 2026.
        var overdue = IdFrom(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", TaskFields(plan, 2, "公开“三公”经费。", czj, new DateOnly(2026, 10, 31))));
        var late = IdFrom(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", TaskFields(plan, 3, "公开政府采购意向。", czj, new DateOnly(2026, 9, 30))));
        Assert.Equal(HttpStatusCode.Redirect, (await ReportAsync(lead, late, czj, "采购意向已公开。", true, "2026-10-15")).StatusCode);
        var figures = await host.WithDbAsync((db, sp) => sp.GetRequiredService<KeyTasks>().AssessmentAsync(county, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(new BodyTaskFigures(czj, 3, 1, 1, 1), figures.Single(f => f.BodyId == czj));
        Assert.Contains("已超期未办结", await supervisor.GetStringAsync("/staff/tasks?year=2026&state=overdue"), StringComparison.Ordinal);
        Assert.Contains("公开“三公”经费。", await supervisor.GetStringAsync($"/staff/tasks?year=2026&state=overdue&body={czj}"), StringComparison.Ordinal);
        Assert.DoesNotContain("推进财政预决算公开", await supervisor.GetStringAsync("/staff/tasks?year=2026&state=overdue"), StringComparison.Ordinal);
        Assert.Contains("class=\"overdue\"", await lead.GetStringAsync($"/staff/tasks/{overdue}"), StringComparison.Ordinal);

        // The history shows who changed what.
        Assert.Contains("修改记录", page, StringComparison.Ordinal);
        Assert.Contains("完成日期", page, StringComparison.Ordinal);
        Assert.DoesNotContain("DoneOn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_cannot_create_and_long_values_and_bad_dates_are_refused_in_Chinese_without_a_record()
    {
        var supervisor = await host.SignInAsync("jiandu");
        var czj = await BodyAsync("czj");
        var plan = await PlanAsync(supervisor, 2026, "渝府办发〔2026〕902号");
        var editor = await host.SignInAsync("czj.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/staff/tasks/edit")).StatusCode);
        var before = await host.WithDbAsync((db, _) => db.KeyTasks.CountAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(editor, "/staff/tasks/edit", TaskFields(plan, 1, "编辑越权", czj, new DateOnly(2026, 12, 31)), formPage: "/staff/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(editor, "/staff/suggestions/edit", new() { ["Form.Session"] = "越权" }, formPage: "/staff/suggestions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(editor, "/staff/meetings/edit", new() { ["Form.Topic"] = "越权" }, formPage: "/staff/meetings")).StatusCode);

        var tooLong = await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", TaskFields(plan, 1, new string('长', 2001), czj, new DateOnly(2026, 12, 31))));
        Assert.Contains("任务内容不能超过 2000 个字", tooLong, StringComparison.Ordinal);
        var badDate = TaskFields(plan, 1, "日期有误的任务", czj, new DateOnly(2026, 12, 31));
        badDate["Form.Deadline"] = "2026-13-45";
        Assert.Contains("不是有效的值", await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", badDate)), StringComparison.Ordinal);
        var noCounty = TaskFields(plan, 1, "外县单位牵头", 999_999, new DateOnly(2026, 12, 31));
        Assert.Contains("请选择本县的牵头单位", await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", noCounty)), StringComparison.Ordinal);
        Assert.Equal(before, await host.WithDbAsync((db, _) => db.KeyTasks.CountAsync()));

        var suggestions = await host.WithDbAsync((db, _) => db.Suggestions.CountAsync());
        var longSubject = Suggestion(czj, "县十七届人大五次会议", "L1", new string('题', 301), "2026-05-01");
        Assert.Contains("案由（标题）不能超过 300 个字", await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/suggestions/edit", longSubject)), StringComparison.Ordinal);
        var badAssigned = Suggestion(czj, "县十七届人大五次会议", "L2", "日期有误", "2026-02-30");
        Assert.Contains("不是有效的值", await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/suggestions/edit", badAssigned)), StringComparison.Ordinal);
        Assert.Equal(suggestions, await host.WithDbAsync((db, _) => db.Suggestions.CountAsync()));

        var meetings = await host.WithDbAsync((db, _) => db.Meetings.CountAsync());
        var absentWithPeople = new Dictionary<string, string>
        {
            ["Form.On"] = "2026-06-01",
            ["Form.Kind"] = nameof(MeetingKind.Training),
            ["Form.Topic"] = "缺席单位填了人员",
            ["Form.OrganiserBodyId"] = S(await BodyAsync("zfb")),
            ["Form.Invited"] = S(czj),
            [$"Form.People[{czj}]"] = "张三",
        };
        Assert.Contains("未参会的单位不能填写参会人数或人员", await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/meetings/edit", absentWithPeople)), StringComparison.Ordinal);
        Assert.Equal(meetings, await host.WithDbAsync((db, _) => db.Meetings.CountAsync()));
    }

    private static Dictionary<string, string> Suggestion(int lead, string session, string number, string subject, string assigned, SuggestionKind kind = SuggestionKind.DeputySuggestion, CongressLevel level = CongressLevel.County, string? due = null) => new()
    {
        ["Form.Kind"] = kind.ToString(),
        ["Form.Level"] = level.ToString(),
        ["Form.Session"] = session,
        ["Form.Number"] = number,
        ["Form.Author"] = "李代表",
        ["Form.Subject"] = subject,
        ["Form.LeadBodyId"] = S(lead),
        ["Form.AssignedOn"] = assigned,
        ["Form.DueOn"] = due ?? "",
    };

    [Fact]
    public async Task A_reply_is_due_in_three_months_or_the_set_period_published_after_review_and_counted_per_year()
    {
        var supervisor = await host.SignInAsync("jiandu");
        var (czj, county) = (await BodyAsync("czj"), await CountyAsync());
        var created = await TestHost.PostFormAsync(supervisor, "/staff/suggestions/edit", Suggestion(czj, "县十七届人大六次会议", "0012", "关于公开农村公路建设资金使用情况的建议", "2026-03-10"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = IdFrom(created);
        Assert.Equal(new DateOnly(2026, 6, 10), await host.WithDbAsync((db, _) => db.Suggestions.Where(s => s.Id == id).Select(s => s.DueOn).SingleAsync()));

        // The county office shortens the period: suggestions registered afterwards take it.
        var (_, revision) = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Suggestions>().ReplyMonthsAsync(county));
        var set = await TestHost.PostFormAsync(supervisor, "/staff/suggestions?handler=Setting", new() { ["months"] = "2", ["revision"] = S(revision) }, formPage: "/staff/suggestions");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("交办之日起 2 个月", await supervisor.GetStringAsync("/staff/suggestions"), StringComparison.Ordinal);
        Assert.Contains("办理期限应为 1 至 12 个月", await BodyOf(await TestHost.PostFormAsync(supervisor, "/staff/suggestions?handler=Setting", new() { ["months"] = "13", ["revision"] = S(revision + 1) }, formPage: "/staff/suggestions")), StringComparison.Ordinal);
        var second = IdFrom(await TestHost.PostFormAsync(supervisor, "/staff/suggestions/edit", Suggestion(czj, "县十七届人大六次会议", "0013", "关于公开乡镇财政所收费标准的建议", "2026-04-01")));
        Assert.Equal(new DateOnly(2026, 6, 1), await host.WithDbAsync((db, _) => db.Suggestions.Where(s => s.Id == second).Select(s => s.DueOn).SingleAsync()));
        await host.WithDbAsync(async (db, sp) =>
        {
            var service = sp.GetRequiredService<Suggestions>();
            await service.SetReplyMonthsAsync(county, 3, (await service.ReplyMonthsAsync(county)).Revision);
            return 0;
        });

        // Another body's administrator cannot reply; the lead body's can.
        var outsider = await AdminOfAsync("mzj");
        var reply = new Dictionary<string, string>
        {
            ["revision"] = "0",
            ["Reply.On"] = "2026-05-20",
            ["Reply.Text"] = "经研究，我局将在政府网站按季度公开农村公路建设资金使用情况。\n感谢您对财政工作的关心。",
            ["Reply.Result"] = nameof(ReplyResult.Solved),
            ["Reply.Publication"] = nameof(ReplyPublication.Full),
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(outsider, $"/staff/suggestions/{id}?handler=Reply", reply, formPage: $"/staff/suggestions/{id}")).StatusCode);
        Assert.Null(await host.WithDbAsync((db, _) => db.Suggestions.Where(s => s.Id == id).Select(s => s.RepliedOn).SingleAsync()));

        var lead = await host.SignInAsync("czj.admin");
        var portal = host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(lead, $"/staff/suggestions/{id}?handler=Reply", reply, formPage: $"/staff/suggestions/{id}")).StatusCode);
        var itemId = await host.WithDbAsync((db, _) => db.Suggestions.Where(s => s.Id == id).Select(s => s.CatalogItemId).SingleAsync());
        var item = await host.WithDbAsync((db, _) => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == itemId));
        Assert.Equal((czj, ItemState.Draft, "jyta-rd"), (item.BodyId, item.State, item.KeyArea));
        Assert.Contains("县十七届人大六次会议第0012号建议的答复", item.Title, StringComparison.Ordinal);
        Assert.Contains("按季度公开农村公路建设资金使用情况", item.BodyHtml, StringComparison.Ordinal);
        var record = await lead.GetStringAsync($"/staff/suggestions/{id}");
        Assert.Contains($"/staff/catalog/{item.Id}", record, StringComparison.Ordinal);
        Assert.Contains($"/staff/suggestions/{id}", await lead.GetStringAsync($"/staff/catalog/{item.Id}"), StringComparison.Ordinal);
        Assert.Contains("按期答复", record, StringComparison.Ordinal);

        // Not on the portal until the body's review passes it.
        Assert.DoesNotContain("第0012号建议的答复", await portal.GetStringAsync("/catalog?area=jyta-rd"), StringComparison.Ordinal);
        var counts = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Suggestions>().YearCountsAsync(county, 2026));
        Assert.Equal(new SuggestionCount(SuggestionKind.DeputySuggestion, CongressLevel.County, 2, 1, 1, 0), counts.Single(c => c is { Kind: SuggestionKind.DeputySuggestion, Level: CongressLevel.County }));
        await host.WithDbAsync(async (db, sp) =>
        {
            var catalog = sp.GetRequiredService<CatalogService>();
            var tracked = await db.CatalogItems.SingleAsync(i => i.Id == item.Id);
            foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
            {
                await catalog.ApplyAsync(tracked, action, null, tracked.Revision, await catalog.NothingToDeclareAsync("测试"));
            }

            return 0;
        });
        Assert.Contains("第0012号建议的答复", await portal.GetStringAsync("/catalog?area=jyta-rd"), StringComparison.Ordinal);
        counts = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Suggestions>().YearCountsAsync(county, 2026));
        Assert.Equal(1, counts.Single(c => c is { Kind: SuggestionKind.DeputySuggestion, Level: CongressLevel.County }).Published);

        // Published: the reply can no longer be changed here.
        reply["revision"] = S(await host.WithDbAsync((db, _) => db.Suggestions.Where(s => s.Id == id).Select(s => s.Revision).SingleAsync()));
        reply["Reply.Text"] = "改过的答复";
        Assert.Contains("不能再修改", await BodyOf(await TestHost.PostFormAsync(lead, $"/staff/suggestions/{id}?handler=Reply", reply, formPage: $"/staff/suggestions/{id}")), StringComparison.Ordinal);

        // Satisfaction by the lead body.
        var sat = await TestHost.PostFormAsync(lead, $"/staff/suggestions/{id}?handler=Satisfaction", new() { ["revision"] = reply["revision"], ["satisfaction"] = nameof(Satisfaction.BasicallySatisfied) }, formPage: $"/staff/suggestions/{id}");
        Assert.Equal(HttpStatusCode.Redirect, sat.StatusCode);
        Assert.Contains("基本满意", await lead.GetStringAsync($"/staff/suggestions/{id}"), StringComparison.Ordinal);

        // A year without any: every count is zero, computed from the register (section 九's "未接到……办件").
        var none = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Suggestions>().YearCountsAsync(county, 2015));
        Assert.Equal(8, none.Count);
        Assert.All(none, c => Assert.Equal((0, 0, 0, 0), (c.Received, c.Replied, c.RepliedOnTime, c.Published)));
        Assert.Contains("市人大代表建议", await supervisor.GetStringAsync("/staff/suggestions?year=2015"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_and_overdue_tasks_and_replies_remind_the_lead_admins_once()
    {
        var supervisor = await host.SignInAsync("jiandu");
        var swj = await BodyAsync("swj");
        await AdminOfAsync("swj");
        var plan = await PlanAsync(supervisor, 2026, "渝府办发〔2026〕903号");
        // 2026-11-30 is a Monday: 2026-12-04 is within five working days.
        var soon = IdFrom(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", TaskFields(plan, 1, "公开商务领域行政处罚信息。", swj, new DateOnly(2026, 12, 4))));
        var past = IdFrom(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", TaskFields(plan, 2, "公开外贸企业名录。", swj, new DateOnly(2026, 11, 2))));
        var far = IdFrom(await TestHost.PostFormAsync(supervisor, "/staff/tasks/edit", TaskFields(plan, 3, "公开2027年商务工作计划。", swj, new DateOnly(2027, 3, 1))));
        var reply = IdFrom(await TestHost.PostFormAsync(supervisor, "/staff/suggestions/edit", Suggestion(swj, "县十七届政协五次会议", "0301", "关于公开电商扶贫资金的提案", "2026-07-01", SuggestionKind.MemberProposal)));

        async Task<int> ScanAsync()
        {
            int? created;
            while ((created = await host.WithDbAsync((_, sp) => sp.GetRequiredService<DeadlineScanner>().RunOnceAsync())) is null)
            {
                await Task.Delay(50);
            }

            return created.Value;
        }

        await ScanAsync();
        var keys = await host.WithDbAsync((db, _) => db.Notifications.Where(n => n.Key.StartsWith("keytask:") || n.Key.StartsWith("suggestion:")).Select(n => n.Key).ToListAsync());
        Assert.Contains(keys, k => k.StartsWith($"keytask:{soon}:due-soon:", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith($"keytask:{past}:overdue:", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.StartsWith($"keytask:{far}:", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith($"suggestion:{reply}:overdue:", StringComparison.Ordinal));
        var text = await host.WithDbAsync((db, _) => db.Notifications.Where(n => n.Key.StartsWith($"suggestion:{reply}:")).Select(n => n.Subject).FirstAsync());
        Assert.Contains("县十七届政协五次会议第0301号提案已超过答复期限", text, StringComparison.Ordinal);

        await ScanAsync();
        var again = await host.WithDbAsync((db, _) => db.Notifications.Where(n => n.Key.StartsWith("keytask:") || n.Key.StartsWith("suggestion:")).Select(n => n.Key).ToListAsync());
        Assert.Equal(keys.Count, again.Count);
        Assert.Contains("已超期", await supervisor.GetStringAsync($"/staff/suggestions/{reply}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_are_counted_per_year_and_body_with_materials_checked_by_content()
    {
        var supervisor = await host.SignInAsync("jiandu");
        var (zfb, czj, hbj, county) = (await BodyAsync("zfb"), await BodyAsync("czj"), await BodyAsync("hbj"), await CountyAsync());
        var fields = new Dictionary<string, string>
        {
            ["Form.On"] = "2026-04-15",
            ["Form.Kind"] = nameof(MeetingKind.Training),
            ["Form.Topic"] = "2026年政务公开业务培训",
            ["Form.OrganiserBodyId"] = S(zfb),
            ["Form.Place"] = "县政府第一会议室",
            ["Form.Invited[0]"] = S(czj),
            ["Form.Invited[1]"] = S(hbj),
            ["Form.Attended[0]"] = S(czj),
            [$"Form.People[{czj}]"] = "王芳、刘强",
        };
        var created = await TestHost.PostFormAsync(supervisor, "/staff/meetings/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = IdFrom(created);
        fields["Form.On"] = "2026-06-20";
        fields["Form.Kind"] = nameof(MeetingKind.WorkMeeting);
        fields["Form.Topic"] = "2026年政务公开工作推进会";
        fields["Form.Attended[1]"] = S(hbj);
        fields[$"Form.Count[{hbj}]"] = "3";
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(supervisor, "/staff/meetings/edit", fields)).StatusCode);

        var year = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Meetings>().YearCountsAsync(county, 2026));
        Assert.Equal((1, 1, 0, 1, 2, 5), (year.Held[MeetingKind.WorkMeeting], year.Held[MeetingKind.Training], year.Held[MeetingKind.Other], year.TrainingSessions, year.PeopleTrained, year.WorkMeetingAttendees));
        var empty = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Meetings>().YearCountsAsync(county, 2013));
        Assert.Equal((0, 0, 0), (empty.Held.Values.Sum(), empty.TrainingSessions, empty.PeopleTrained));
        var attendance = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Meetings>().AttendanceAsync(county, 2026));
        Assert.Equal(new BodyAttendance(hbj, 2, 1, 3), attendance.Single(a => a.BodyId == hbj));
        Assert.Equal(new BodyAttendance(czj, 2, 2, 4), attendance.Single(a => a.BodyId == czj));
        var list = await supervisor.GetStringAsync("/staff/meetings?year=2026");
        Assert.Contains("全年召开工作会议 <strong>1</strong> 次，组织培训 <strong>1</strong> 期、培训 <strong>2</strong> 人次", list, StringComparison.Ordinal);

        // A file whose content is not what its name says is refused; a real PDF is kept and served back.
        async Task<HttpResponseMessage> UploadAsync(string name, byte[] bytes)
        {
            var page = await supervisor.GetStringAsync($"/staff/meetings/{id}");
            var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var form = new MultipartFormDataContent
            {
                { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "file", name },
            };
            return await supervisor.PostAsync($"/staff/meetings/{id}?handler=Upload", form);
        }

        var fake = await BodyOf(await UploadAsync("培训课件.pdf", "MZ\u0090\0not a pdf"u8.ToArray()));
        Assert.Contains("alert error", fake, StringComparison.Ordinal);
        Assert.Equal(0, await host.WithDbAsync((db, _) => db.MeetingMaterials.CountAsync(m => m.MeetingId == id)));
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync("培训课件.pdf", pdf)).StatusCode);
        var material = await host.WithDbAsync((db, _) => db.MeetingMaterials.SingleAsync(m => m.MeetingId == id));
        var editor = await host.SignInAsync("czj.editor");
        Assert.Equal(pdf, await editor.GetByteArrayAsync($"/staff/meetings/{id}?handler=File&materialId={material.Id}"));
        var page = await editor.GetStringAsync($"/staff/meetings/{id}");
        Assert.Contains("培训课件.pdf", page, StringComparison.Ordinal);
        Assert.Contains("王芳、刘强", page, StringComparison.Ordinal);
        Assert.DoesNotContain("上传材料", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_county_has_the_seeds_2015_key_tasks_three_work_meetings_and_no_city_suggestions()
    {
        var county = await CountyAsync();
        await host.WithDbAsync(async (db, _) =>
        {
            if (!await db.WorkPlans.AnyAsync(p => p.DocumentNumber == "渝府办发〔2015〕108号"))
            {
                await DemoSupervision.LoadAsync(db);
            }

            return 0;
        });
        var year = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Meetings>().YearCountsAsync(county, 2015));
        Assert.Equal(3, year.Held[MeetingKind.WorkMeeting]);
        Assert.Equal(DemoSupervision.WorkMeetings2015, year.Held[MeetingKind.WorkMeeting]);
        Assert.True(year.TrainingSessions > 0 && year.PeopleTrained > 0);
        var suggestions = await host.WithDbAsync((db, sp) => sp.GetRequiredService<Suggestions>().YearCountsAsync(county, 2015));
        Assert.Equal(0, suggestions.Where(c => c.Level == CongressLevel.City).Sum(c => c.Received));
        var tasks = await host.WithDbAsync((db, sp) => sp.GetRequiredService<KeyTasks>().AssessmentAsync(county, new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31)));
        Assert.True(tasks.Sum(t => t.Led) >= 5);
        Assert.Equal(0, tasks.Sum(t => t.OverdueOpen));
        Assert.True(tasks.Sum(t => t.DoneOnTime) > tasks.Sum(t => t.DoneLate));
        var supervisor = await host.SignInAsync("jiandu");
        var list = await supervisor.GetStringAsync("/staff/tasks?year=2015");
        Assert.Contains("渝府办发〔2015〕108号", list, StringComparison.Ordinal);
        Assert.Contains("县财政局", list, StringComparison.Ordinal);
    }
}

public sealed class SupervisionRegisterTestsSqlite(SqliteHost f) : SupervisionRegisterTests(f.Host), IClassFixture<SqliteHost>;

public sealed class SupervisionRegisterTestsPostgres(PostgresHost f) : SupervisionRegisterTests(f.Host), IClassFixture<PostgresHost>;
