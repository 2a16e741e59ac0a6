using Gongkai.Applications;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Every action of the application workflow at the service level: where it leads, which dates it moves, and what it refuses.</summary>
public abstract class ApplicationActionTests(TestHost host)
{
    private static int _serial = 400;

    private DateOnly Today => DateOnly.FromDateTime(host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private Task<WorkingCalendar> CalendarAsync() => host.WithDbAsync((_, sp) => sp.GetRequiredService<CalendarService>().LoadAsync());

    /// <summary>An application registered in person by 县财政局's officer today: in progress, its clock running.</summary>
    private async Task<int> InProgressAsync(string description) =>
        (await host.WithDbAsync((db, sp) => ApplicationTests.RegisterInPersonAsync(db, sp, "办理测试人", Interlocked.Increment(ref _serial), description))).Application.Id;

    /// <summary>An application submitted online: received, waiting for the officer to confirm it.</summary>
    private async Task<int> ReceivedAsync(string description) =>
        await host.WithDbAsync(async (db, sp) =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
            var submitted = await sp.GetRequiredService<ApplicationService>().SubmitAsync(new ApplicationInput
            {
                Name = "网上申请人",
                IdDocument = IdDocument.ResidentCard,
                IdNumber = ApplicationTests.IdNumber(Interlocked.Increment(ref _serial)),
                Phone = "13908230001",
                Description = description,
                Delivery = Delivery.ElectronicFile,
                BodyId = body.Id,
            }, new Registration(Channel.Online, db.Time.GetUtcNow(), null), null);
            return submitted.Application.Id;
        });

    private Task<Application> ActAsync(int id, ApplicationAction action, ActionInput? input = null, string? actorId = null) =>
        host.WithDbAsync(async (db, sp) =>
        {
            var app = await db.Applications.SingleAsync(a => a.Id == id);
            await sp.GetRequiredService<ApplicationService>().ApplyAsync(app, action, input ?? new ActionInput(), app.Revision, actorId, "测试经办人");
            return app;
        });

    private async Task<string> RefusedAsync(int id, ApplicationAction action, ActionInput? input = null)
    {
        var before = await LoadAsync(id);
        var e = await Assert.ThrowsAnyAsync<ApplicationInputException>(() => ActAsync(id, action, input));
        var after = await LoadAsync(id);
        Assert.Equal(before.State, after.State);
        Assert.Equal(before.Revision, after.Revision);
        return string.Join(" ", e.Problems);
    }

    private Task<Application> LoadAsync(int id) => host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<List<ClockPauseRow>> PausesAsync(int id) => host.WithDbAsync((db, _) => db.ClockPauses.AsNoTracking().Where(p => p.ApplicationId == id).OrderBy(p => p.Id).ToListAsync());

    private Task<string> UserIdAsync(string userName) => host.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task Accept_receives_an_online_application_on_the_confirmed_day_and_starts_the_reply_clock()
    {
        var id = await ReceivedAsync("县财政局2026年国有资产报告");
        Assert.Null((await LoadAsync(id)).DueOn);
        var officer = await UserIdAsync("czj.officer");
        Assert.Contains("日期不能晚于今天", await RefusedAsync(id, ApplicationAction.Accept, new ActionInput { On = Today.AddDays(1) }), StringComparison.Ordinal);
        var a = await ActAsync(id, ApplicationAction.Accept, new ActionInput { On = Today }, officer);
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(Today, a.ReceivedOn);
        Assert.Equal(Today, a.ClockStartOn);
        Assert.Equal((await CalendarAsync()).AddWorkingDays(Today, 20).Due, a.DueOn);
        Assert.Equal(officer, a.OfficerId);
    }

    [Fact]
    public async Task Assign_gives_the_case_to_an_officer_of_the_body_and_refuses_anyone_else()
    {
        var id = await InProgressAsync("县财政局乡镇转移支付分配表");
        var second = await host.WithDbAsync(async (db, sp) =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
            var existing = await db.Users.Where(u => u.UserName == "czj.officer2").Select(u => u.Id).SingleOrDefaultAsync();
            return existing ?? (await sp.GetRequiredService<StaffAccounts>().CreateAsync("czj.officer2", "县财政局 第二经办人", body.Id, DemoCounty.Password, [StaffRole.DisclosureOfficer])).Id;
        });
        var due = (await LoadAsync(id)).DueOn;
        var a = await ActAsync(id, ApplicationAction.Assign, new ActionInput { OfficerId = second });
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(second, a.OfficerId);
        Assert.Equal("县财政局 第二经办人", a.OfficerName);
        Assert.Equal(due, a.DueOn);

        // The office head of the body, and another body's officer, do not handle its applications.
        Assert.Contains("没有办理本机关依申请公开的权限", await RefusedAsync(id, ApplicationAction.Assign, new ActionInput { OfficerId = await UserIdAsync("czj.admin") }), StringComparison.Ordinal);
        Assert.Contains("没有办理本机关依申请公开的权限", await RefusedAsync(id, ApplicationAction.Assign, new ActionInput { OfficerId = await UserIdAsync("zfb.officer") }), StringComparison.Ordinal);
        Assert.Equal(second, (await LoadAsync(id)).OfficerId);
    }

    [Fact]
    public async Task Transfer_hands_the_case_to_another_body_without_an_officer_and_needs_a_reason()
    {
        var id = await InProgressAsync("县住建局的城区棚户区改造计划");
        var zfb = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "zfb").Select(b => b.Id).SingleAsync());
        var own = (await LoadAsync(id)).BodyId;
        Assert.Contains("请选择接收转交的另一个行政机关", await RefusedAsync(id, ApplicationAction.Transfer, new ActionInput { ToBodyId = own, Comment = "x" }), StringComparison.Ordinal);
        Assert.Contains(ApplicationWorkflow.Info(ApplicationAction.Transfer).CommentRequired!, await RefusedAsync(id, ApplicationAction.Transfer, new ActionInput { ToBodyId = zfb }), StringComparison.Ordinal);
        var a = await ActAsync(id, ApplicationAction.Transfer, new ActionInput { ToBodyId = zfb, Comment = "该信息由县政府办公室保存" });
        Assert.Equal(ApplicationState.Received, a.State);
        Assert.Equal(zfb, a.BodyId);
        Assert.Null(a.OfficerId);
        var step = await host.WithDbAsync((db, _) => db.ApplicationSteps.Where(s => s.ApplicationId == id).OrderBy(s => s.Id).LastAsync());
        Assert.Equal((own, zfb), (step.FromBodyId!.Value, step.ToBodyId!.Value));
    }

    [Fact]
    public async Task A_correction_request_stops_the_clock_the_correction_restarts_it_and_no_correction_closes_after_the_period()
    {
        var calendar = await CalendarAsync();
        var id = await InProgressAsync("某项目的批复文件");
        Assert.Contains("请一次性写明需要补正的事项", await RefusedAsync(id, ApplicationAction.RequestCorrection, new ActionInput { Days = 10 }), StringComparison.Ordinal);
        Assert.Contains("补正期限应为 1 至 60 个工作日", await RefusedAsync(id, ApplicationAction.RequestCorrection, new ActionInput { Comment = "写明项目名称", Days = 61 }), StringComparison.Ordinal);
        var a = await ActAsync(id, ApplicationAction.RequestCorrection, new ActionInput { Comment = "写明项目名称", Days = 10 });
        Assert.Equal(ApplicationState.AwaitingCorrection, a.State);
        Assert.Null(a.DueOn);
        Assert.Equal(ApplicationClock.After(calendar, Today, 10), a.CorrectionDueOn);

        host.Time.Advance(TimeSpan.FromDays(2));
        a = await ActAsync(id, ApplicationAction.CorrectionReceived, new ActionInput { On = Today });
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(Today, a.ClockStartOn);
        Assert.Null(a.CorrectionDueOn);
        Assert.Equal(calendar.AddWorkingDays(Today, 20).Due, a.DueOn);

        var other = await InProgressAsync("另一项目的批复文件");
        a = await ActAsync(other, ApplicationAction.RequestCorrection, new ActionInput { Comment = "写明文号", Days = 1 });
        var by = a.CorrectionDueOn!.Value;
        Assert.Contains($"补正期限到 {by:yyyy-MM-dd} 才届满", await RefusedAsync(other, ApplicationAction.CloseNoCorrection), StringComparison.Ordinal);
        host.Time.Advance(TimeSpan.FromDays(by.DayNumber - Today.DayNumber + 1));
        a = await ActAsync(other, ApplicationAction.CloseNoCorrection, new ActionInput { On = Today });
        Assert.Equal(ApplicationState.Closed, a.State);
        Assert.Equal(Outcomes.NoCorrection, a.Outcome);
        Assert.Equal("6.1", a.ReportRow);
        Assert.Equal(Today, a.DecidedOn);
    }

    [Fact]
    public async Task A_consultation_stops_the_clock_from_the_letter_to_the_answer()
    {
        var calendar = await CalendarAsync();
        var id = await InProgressAsync("第三方提供的企业资料");
        var start = (await LoadAsync(id)).ClockStartOn!.Value;
        Assert.Contains("征求意见的对象", await RefusedAsync(id, ApplicationAction.StartConsultation), StringComparison.Ordinal);
        var sent = Today;
        var a = await ActAsync(id, ApplicationAction.StartConsultation, new ActionInput { Comment = "征求某公司意见", PauseKind = PauseKind.ThirdPartyConsultation });
        Assert.Equal(ApplicationState.Consulting, a.State);
        var pause = Assert.Single(await PausesAsync(id));
        Assert.Equal(ApplicationClock.After(calendar, sent, 15), pause.ExpectedTo);
        Assert.Null(pause.To);
        Assert.Equal(ApplicationClock.Compute(calendar, RuleSet.R2019, start, 20, [new ClockPause(sent, pause.ExpectedTo, "征求意见", true)]).Due, a.DueOn);

        Assert.Contains("没有进行中的征求意见，或结束日期早于发函日期", await RefusedAsync(id, ApplicationAction.EndConsultation, new ActionInput { On = sent.AddDays(-1) }), StringComparison.Ordinal);
        host.Time.Advance(TimeSpan.FromDays(5));
        a = await ActAsync(id, ApplicationAction.EndConsultation, new ActionInput { On = Today });
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(Today, Assert.Single(await PausesAsync(id)).To);
        Assert.Equal(ApplicationClock.Compute(calendar, RuleSet.R2019, start, 20, [new ClockPause(sent, Today, "征求意见", false)]).Due, a.DueOn);
    }

    [Fact]
    public async Task An_extension_is_requested_within_the_limit_and_moves_the_due_date_only_when_approved()
    {
        var calendar = await CalendarAsync();
        var id = await InProgressAsync("需调取档案的历史文件");
        var start = (await LoadAsync(id)).ClockStartOn!.Value;
        Assert.Contains("没有待批准的延期申请", await RefusedAsync(id, ApplicationAction.ApproveExtension), StringComparison.Ordinal);
        Assert.Contains("延期天数应为 1 至 20 个工作日", await RefusedAsync(id, ApplicationAction.RequestExtension, new ActionInput { Days = 21, Comment = "调档" }), StringComparison.Ordinal);
        Assert.Contains("请写明需要延期答复的理由", await RefusedAsync(id, ApplicationAction.RequestExtension, new ActionInput { Days = 5 }), StringComparison.Ordinal);
        var a = await ActAsync(id, ApplicationAction.RequestExtension, new ActionInput { Days = 15, Comment = "需从档案馆调取原件" });
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(15, a.RequestedExtensionDays);
        Assert.Equal(0, a.ExtensionDays);
        Assert.Equal(calendar.AddWorkingDays(start, 20).Due, a.DueOn);

        a = await ActAsync(id, ApplicationAction.ApproveExtension, new ActionInput { Comment = "同意" });
        Assert.Equal(15, a.ExtensionDays);
        Assert.Null(a.RequestedExtensionDays);
        Assert.Equal(calendar.AddWorkingDays(start, 35).Due, a.DueOn);
        Assert.Contains("延期天数应为 1 至 5 个工作日", await RefusedAsync(id, ApplicationAction.RequestExtension, new ActionInput { Days = 6, Comment = "再调档" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fee_notice_waits_for_payment_and_an_unpaid_fee_closes_the_case_after_the_period()
    {
        var calendar = await CalendarAsync();
        var id = await InProgressAsync("大量历年会计凭证复制件");
        Assert.Contains("请选择计收方式", await RefusedAsync(id, ApplicationAction.NoticeFee, new ActionInput { FeeMethod = FeeMethod.None }), StringComparison.Ordinal);
        Assert.Contains("在免费范围内", await RefusedAsync(id, ApplicationAction.NoticeFee, new ActionInput { FeeMethod = FeeMethod.PerPage, FeeUnits = 10 }), StringComparison.Ordinal);
        var a = await ActAsync(id, ApplicationAction.NoticeFee, new ActionInput { FeeMethod = FeeMethod.PerPage, FeeUnits = 150 });
        Assert.Equal(ApplicationState.AwaitingFee, a.State);
        Assert.Equal(Fees.PerPage(150).Amount, a.FeeAmount);
        Assert.Equal(Today, a.FeeNoticeOn);
        var fee = Assert.Single(await PausesAsync(id));
        Assert.Equal((PauseKind.Fee, ApplicationClock.After(calendar, Today, RuleSet.FeePaymentDays)), (fee.Kind, fee.ExpectedTo));

        host.Time.Advance(TimeSpan.FromDays(3));
        a = await ActAsync(id, ApplicationAction.FeePaid, new ActionInput { On = Today });
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(Today, a.FeePaidOn);
        Assert.Equal(Today, Assert.Single(await PausesAsync(id)).To);

        var unpaid = await InProgressAsync("另一批会计凭证复制件");
        a = await ActAsync(unpaid, ApplicationAction.NoticeFee, new ActionInput { FeeMethod = FeeMethod.PerPage, FeeUnits = 150 });
        var by = Assert.Single(await PausesAsync(unpaid)).ExpectedTo;
        Assert.Contains("缴费日期不能早于收费通知日期", await RefusedAsync(unpaid, ApplicationAction.FeePaid, new ActionInput { On = Today.AddDays(-1) }), StringComparison.Ordinal);
        Assert.Contains($"缴费期限到 {by:yyyy-MM-dd} 才届满", await RefusedAsync(unpaid, ApplicationAction.CloseFeeUnpaid), StringComparison.Ordinal);
        host.Time.Advance(TimeSpan.FromDays(by.DayNumber - Today.DayNumber + 1));
        a = await ActAsync(unpaid, ApplicationAction.CloseFeeUnpaid, new ActionInput { On = Today });
        Assert.Equal(ApplicationState.Closed, a.State);
        Assert.Equal(Outcomes.FeeUnpaid, a.Outcome);
        Assert.Equal(Today, Assert.Single(await PausesAsync(unpaid)).To);
    }

    [Fact]
    public async Task A_decision_is_recorded_for_the_annual_report_and_delivery_closes_the_case()
    {
        var id = await InProgressAsync("2026年县级财政预算");
        Assert.Contains("请选择一种处理结果", await RefusedAsync(id, ApplicationAction.Decide, new ActionInput { Outcome = "nonsense" }), StringComparison.Ordinal);
        var a = await ActAsync(id, ApplicationAction.Decide, new ActionInput { Outcome = "disclose" });
        Assert.Equal(ApplicationState.Decided, a.State);
        Assert.Equal(Today, a.DecidedOn);
        Assert.Equal("1", a.ReportRow);
        var due = a.DueOn;

        Assert.Contains("请写明送达方式和情况", await RefusedAsync(id, ApplicationAction.Deliver), StringComparison.Ordinal);
        Assert.Contains($"送达日期不能早于答复日期 {Today:yyyy-MM-dd}", await RefusedAsync(id, ApplicationAction.Deliver, new ActionInput { On = Today.AddDays(-1), Comment = "EMS 1234" }), StringComparison.Ordinal);
        a = await ActAsync(id, ApplicationAction.Deliver, new ActionInput { Comment = "电子邮件发送至申请人邮箱" });
        Assert.Equal(ApplicationState.Closed, a.State);
        Assert.Equal(Today, a.DeliveredOn);
        Assert.Equal("电子邮件发送至申请人邮箱", a.DeliveryNote);
        Assert.Equal(due, a.DueOn);
    }

    [Fact]
    public async Task Withdrawal_closes_the_case_and_ends_any_pause()
    {
        var id = await InProgressAsync("撤回测试的信息");
        await ActAsync(id, ApplicationAction.StartConsultation, new ActionInput { Comment = "征求某单位意见", PauseKind = PauseKind.BodyConsultation });
        Assert.Contains("请写明申请人撤回申请的方式", await RefusedAsync(id, ApplicationAction.Withdraw), StringComparison.Ordinal);
        var a = await ActAsync(id, ApplicationAction.Withdraw, new ActionInput { Comment = "申请人书面撤回" });
        Assert.Equal(ApplicationState.Closed, a.State);
        Assert.Equal("other", a.Outcome);
        Assert.StartsWith("申请人撤回申请。", a.Reasons, StringComparison.Ordinal);
        Assert.Equal(Today, Assert.Single(await PausesAsync(id)).To);

        var received = await ReceivedAsync("撤回测试的网上申请");
        Assert.Equal(ApplicationState.Closed, (await ActAsync(received, ApplicationAction.Withdraw, new ActionInput { Comment = "申请人电话撤回并补交书面材料" })).State);
    }

    [Fact]
    public async Task Every_action_the_state_does_not_allow_is_refused_in_Chinese_and_changes_nothing()
    {
        var received = await ReceivedAsync("状态测试：已收到");
        var inProgress = await InProgressAsync("状态测试：办理中");
        var closed = await InProgressAsync("状态测试：已办结");
        await ActAsync(closed, ApplicationAction.Withdraw, new ActionInput { Comment = "书面撤回" });
        foreach (var (id, state) in new[] { (received, ApplicationState.Received), (inProgress, ApplicationState.InProgress), (closed, ApplicationState.Closed) })
        {
            foreach (var action in Enum.GetValues<ApplicationAction>().Where(a => ApplicationWorkflow.Find(state, a) is null))
            {
                Assert.Equal($"当前状态（{Application.StateLabel(state)}）不能{ApplicationWorkflow.Label(action)}。", await RefusedAsync(id, action, new ActionInput { Comment = "x", Days = 1, OfficerId = "x" }));
            }
        }
    }
}

public sealed class ApplicationActionTestsSqlite(SqliteHost f) : ApplicationActionTests(f.Host), IClassFixture<SqliteHost>;

public sealed class ApplicationActionTestsPostgres(PostgresHost f) : ApplicationActionTests(f.Host), IClassFixture<PostgresHost>;
