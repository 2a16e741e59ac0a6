using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Notifications;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>A real HTTP SMS gateway on loopback that records every request and can be made to fail.</summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeSmsGateway()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/sms/send");

    /// <summary>While set, every request is answered 503, as a gateway that is down.</summary>
    private volatile bool _failing;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public List<(string Mobile, string Content, string? Authorization, string? Key, bool Accepted)> Requests { get; } = [];

    public List<(string Mobile, string Content)> Delivered
    {
        get
        {
            lock (Requests)
            {
                return Requests.Where(r => r.Accepted).Select(r => (r.Mobile, r.Content)).ToList();
            }
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
            var json = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement;
            var accepted = !Failing;
            lock (Requests)
            {
                Requests.Add((json.GetProperty("mobile").GetString()!, json.GetProperty("content").GetString()!, ctx.Request.Headers["Authorization"], ctx.Request.Headers["Idempotency-Key"], accepted));
            }

            ctx.Response.StatusCode = accepted ? 200 : 503;
            ctx.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        _listener.Close();
    }
}

/// <summary>A node whose applicant notices go to a fake SMS gateway and a real SMTP sink.</summary>
public abstract class NotifyHost(string provider) : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public FakeSmsGateway Gateway { get; } = new();

    public SmtpSink Mail { get; } = new();

    public async Task InitializeAsync() => Host = await TestHost.StartAsync(provider, formPostsPerMinute: 10_000, configure: o => o with
    {
        Sms = new SmsSettings(Gateway.Url, "test-token", "巫溪县政务公开"),
        Smtp = new SmtpSettings("127.0.0.1", Mail.Port, "xxgk@cqwx.gov.cn"),
    });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Gateway.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

public sealed class SqliteNotifyHost() : NotifyHost("sqlite");

public sealed class PostgresNotifyHost() : NotifyHost("postgres");

public abstract partial class NotifyTests(NotifyHost fixture)
{
    private readonly TestHost host = fixture.Host;

    private static int _serial = 700;

    private async Task<(int Id, string Tracking, string Secret, string Mobile)> ApplyOnlineAsync(string description)
    {
        var serial = Interlocked.Increment(ref _serial);
        var mobile = $"139{serial:D8}";
        var body = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var fields = ApplicationTests.Fields("通知测试人", description, ApplicationTests.IdNumber(serial), body);
        fields["Form.Phone"] = mobile;
        fields["Form.Email"] = $"a{serial}@example.cn";
        var html = await (await TestHost.PostFormAsync(host.NewClient(), "/apply", fields)).Content.ReadAsStringAsync();
        var tracking = Regex.Match(html, "class=\"tracking\">(\\d+)<").Groups[1].Value;
        var secret = Regex.Match(html, "class=\"secret\">([A-Z2-9]+)<").Groups[1].Value;
        Assert.Matches("^[A-Z2-9]{8}$", secret);
        var id = await host.WithDbAsync((db, _) => db.Applications.Where(a => a.TrackingNumber == tracking).Select(a => a.Id).SingleAsync());
        return (id, tracking, secret, mobile);
    }

    private Task<int> SendAsync() => host.WithDbAsync((_, sp) => sp.GetRequiredService<ApplicantOutbox>().SendPendingAsync());

    private List<string> SmsTo(string mobile) => fixture.Gateway.Delivered.Where(d => d.Mobile == mobile).Select(d => d.Content).ToList();

    private Task<int> ActAsync(int id, ApplicationAction action, ActionInput input, string actor = "czj.officer") =>
        host.WithDbAsync(async (db, sp) =>
        {
            var app = await db.Applications.SingleAsync(a => a.Id == id);
            var user = await db.Users.SingleAsync(u => u.UserName == actor);
            await sp.GetRequiredService<ApplicationService>().ApplyAsync(app, action, input, app.Revision, user.Id, user.DisplayName);
            return 0;
        });

    [Fact]
    public async Task The_applicant_is_told_each_step_once_by_SMS_and_e_mail_and_an_outage_only_delays_it()
    {
        fixture.Gateway.Failing = true;
        var (id, tracking, secret, mobile) = await ApplyOnlineAsync("通知测试：县财政局2026年部门预算");

        // The notice is in the outbox with the submission, the code not in the clear.
        var queued = await host.WithDbAsync((db, _) => db.ApplicantMessages.AsNoTracking().Where(m => m.ApplicationId == id).ToListAsync());
        Assert.Equal([MessageChannel.Email, MessageChannel.Sms], queued.Select(m => m.Channel).Order());
        Assert.All(queued, m => Assert.DoesNotContain(secret, m.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(await host.WithDbAsync((db, _) => db.AuditEvents.Select(e => e.Changes).ToListAsync()), c => c.Contains(secret, StringComparison.Ordinal));

        // The gateway is down: the step stands, the message waits and is tried again.
        await SendAsync();
        Assert.Empty(SmsTo(mobile));
        var sms = await host.WithDbAsync((db, _) => db.ApplicantMessages.AsNoTracking().SingleAsync(m => m.ApplicationId == id && m.Channel == MessageChannel.Sms));
        Assert.Null(sms.SentAt);
        Assert.Equal(1, sms.Attempts);
        Assert.Contains("503", sms.Error ?? "", StringComparison.Ordinal);
        Assert.Equal(ApplicationState.Received, await host.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));

        fixture.Gateway.Failing = false;
        await SendAsync();
        await SendAsync();
        var expected = $"您向巫溪县财政局提交的政府信息公开申请已收到，申请编号{tracking}，查询码{secret}。请凭申请编号和查询码在政务公开平台“办理进度查询”查看办理进度，查询码请妥善保管。";
        Assert.Equal([expected], SmsTo(mobile));
        var request = fixture.Gateway.Requests.Last(r => r.Mobile == mobile);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.Equal($"gongkai-{sms.Id}", request.Key);
        List<(string To, string Data)> mail;
        lock (fixture.Mail.Messages)
        {
            mail = fixture.Mail.Messages.Where(m => m.To == $"a{int.Parse(mobile[3..], System.Globalization.CultureInfo.InvariantCulture)}@example.cn").ToList();
        }

        var parsed = Assert.Single(mail, m => MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))).TextBody?.Contains(secret, StringComparison.Ordinal) == true);
        Assert.Contains(tracking, MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(parsed.Data))).Subject, StringComparison.Ordinal);

        // Each step that concerns the applicant tells them once, by the text of its kind.
        await ActAsync(id, ApplicationAction.Accept, new ActionInput());
        await ActAsync(id, ApplicationAction.RequestCorrection, new ActionInput { Comment = "请写明预算的年度和科目", Days = 10 });
        var correctionDue = await host.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.CorrectionDueOn).SingleAsync());
        await ActAsync(id, ApplicationAction.CorrectionReceived, new ActionInput());
        await ActAsync(id, ApplicationAction.StartConsultation, new ActionInput { Comment = "征求县发改委意见", PauseKind = PauseKind.BodyConsultation });
        await ActAsync(id, ApplicationAction.EndConsultation, new ActionInput());
        await ActAsync(id, ApplicationAction.RequestExtension, new ActionInput { Days = 10, Comment = "需汇总各科室资料" });
        await ActAsync(id, ApplicationAction.ApproveExtension, new ActionInput(), "czj.admin");
        var due = await host.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.DueOn).SingleAsync());
        await ActAsync(id, ApplicationAction.NoticeFee, new ActionInput { FeeMethod = FeeMethod.PerPage, FeeUnits = 150 });
        await ActAsync(id, ApplicationAction.FeePaid, new ActionInput());
        await ActAsync(id, ApplicationAction.Decide, new ActionInput { Outcome = "disclose" });
        await SendAsync();
        await SendAsync();
        var today = await host.WithDbAsync((db, sp) => Task.FromResult(sp.GetRequiredService<ApplicationService>().Today()));
        Assert.Equal(
        [
            expected,
            $"您的政府信息公开申请（编号{tracking}）需要补正：请写明预算的年度和科目。请于{correctionDue:yyyy年M月d日}前补正，可在“办理进度查询”中在线提交；逾期不补正视为放弃申请。",
            $"您的政府信息公开申请（编号{tracking}）需要征求第三方或其他机关的意见，巫溪县财政局已于{today:yyyy年M月d日}发出征求意见函，征求意见期间不计入答复期限。",
            $"巫溪县财政局已决定将您的政府信息公开申请（编号{tracking}）的答复期限延长10个工作日，将于{due:yyyy年M月d日}前作出答复。",
            $"您的政府信息公开申请（编号{tracking}）应缴纳信息处理费{Fees.PerPage(150).Amount:0.##}元，请自收到通知次日起20个工作日内缴纳；逾期未缴纳的，视为放弃申请。",
            $"巫溪县财政局已于{today:yyyy年M月d日}对您的政府信息公开申请（编号{tracking}）作出答复：予以公开。答复告知书将按您选择的方式送达，也可凭查询码在“办理进度查询”查看。",
        ],
        SmsTo(mobile));
        Assert.Equal(12, await host.WithDbAsync((db, _) => db.ApplicantMessages.CountAsync(m => m.ApplicationId == id && m.SentAt != null)));
    }

    [Fact]
    public async Task A_new_online_application_alerts_the_bodys_officers_at_once_and_an_extension_request_its_approver()
    {
        var (id, tracking, _, _) = await ApplyOnlineAsync("通知测试：乡镇财政所名单");
        var officer = await host.SignInAsync("czj.officer");
        var desk = WebUtility.HtmlDecode(await (await officer.GetAsync("/staff")).Content.ReadAsStringAsync());
        Assert.Contains($"【新申请】政府信息公开申请 {tracking} 待确认受理", desk, StringComparison.Ordinal);
        var alerts = await host.WithDbAsync((db, _) => db.Notifications.AsNoTracking().Where(n => n.Link == $"/staff/applications/{id}").ToListAsync());
        var officerId = await host.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == "czj.officer").Select(u => u.Id).SingleAsync());
        Assert.Equal([officerId], alerts.Select(a => a.UserId));

        await ActAsync(id, ApplicationAction.Accept, new ActionInput());
        await ActAsync(id, ApplicationAction.RequestExtension, new ActionInput { Days = 5, Comment = "需核对原始凭证" });
        var head = await host.SignInAsync("czj.admin");
        var headDesk = WebUtility.HtmlDecode(await (await head.GetAsync("/staff")).Content.ReadAsStringAsync());
        Assert.Contains($"【待审批】政府信息公开申请 {tracking}：批准延期答复", headDesk, StringComparison.Ordinal);
        Assert.Contains("待我审批", headDesk, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await (await head.GetAsync("/staff/applications/approvals")).Content.ReadAsStringAsync());
        Assert.Contains(tracking, list, StringComparison.Ordinal);
        Assert.Contains("需核对原始凭证", list, StringComparison.Ordinal);

        // Another body's head sees none of it; an officer approves nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/staff/applications/approvals")).StatusCode);
        var admin = await host.SignInAsync("admin");
        Assert.Contains(tracking, await (await admin.GetAsync("/staff/applications/approvals")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Approving from the list, with the list's own form.
        var revision = Regex.Match(list, $"/staff/applications/{id}\\?handler=Act[\\s\\S]*?name=\"revision\" value=\"(\\d+)\"").Groups[1].Value;
        var approved = await TestHost.PostFormAsync(head, $"/staff/applications/{id}?handler=Act", new() { ["action"] = "ApproveExtension", ["revision"] = revision, ["Comment"] = "同意" }, formPage: "/staff/applications/approvals");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(5, await host.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.ExtensionDays).SingleAsync()));
        Assert.DoesNotContain(tracking, await (await head.GetAsync("/staff/applications/approvals")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_code_is_replaced_and_sent_only_to_the_phone_or_address_on_the_application()
    {
        var (id, tracking, secret, mobile) = await ApplyOnlineAsync("通知测试：找回查询码");
        await SendAsync();
        var citizen = host.NewClient();

        async Task<string> ReissueAsync(string number, string contact)
        {
            var r = await TestHost.PostFormAsync(citizen, "/apply/status?handler=Reissue", new() { ["TrackingNumber"] = number, ["Contact"] = contact }, formPage: "/apply/status");
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            return WebUtility.HtmlDecode(await (await citizen.GetAsync(r.Headers.Location)).Content.ReadAsStringAsync());
        }

        // A wrong phone and an unknown number get the same answer, and nothing is sent or changed.
        var answer = await ReissueAsync(tracking, "13800000000");
        Assert.Contains(Gongkai.Web.Pages.Apply.StatusModel.ReissueAnswer, answer, StringComparison.Ordinal);
        Assert.Contains(Gongkai.Web.Pages.Apply.StatusModel.ReissueAnswer, await ReissueAsync("20260101999999", mobile), StringComparison.Ordinal);
        await SendAsync();
        Assert.Single(SmsTo(mobile));
        Assert.NotNull(await host.WithDbAsync((db, sp) => sp.GetRequiredService<ApplicationService>().FindForApplicantAsync(tracking, secret)));

        // The right phone, written with a country code and dashes: a new code, the old one gone.
        await ReissueAsync(tracking, "+86 " + mobile[..3] + "-" + mobile[3..]);
        await SendAsync();
        var text = SmsTo(mobile)[^1];
        var code = Regex.Match(text, "新查询码为([A-Z2-9]{8})").Groups[1].Value;
        Assert.Equal($"您的政府信息公开申请（编号{tracking}）的新查询码为{code}，原查询码已失效。如非本人操作，请联系巫溪县财政局。", text);
        Assert.Null(await host.WithDbAsync((db, sp) => sp.GetRequiredService<ApplicationService>().FindForApplicantAsync(tracking, secret)));
        var status = await (await TestHost.PostFormAsync(citizen, "/apply/status", new() { ["TrackingNumber"] = tracking, ["Secret"] = code })).Content.ReadAsStringAsync();
        Assert.Contains("办理过程", status, StringComparison.Ordinal);

        // A few a day, then the same answer and nothing more sent; every try is in the audit log.
        await ReissueAsync(tracking, mobile);
        await ReissueAsync(tracking, mobile);
        await ReissueAsync(tracking, mobile);
        await SendAsync();
        Assert.Equal(1 + ApplicationService.MaxReissuesPerDay, SmsTo(mobile).Count);
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "Application" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action.StartsWith("query-code")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["query-code-reissue-refused", "query-code-reissued", "query-code-reissued", "query-code-reissued", "query-code-reissue-limited"], audit);
    }
}

public sealed class NotifyTestsSqlite(SqliteNotifyHost f) : NotifyTests(f), IClassFixture<SqliteNotifyHost>;

public sealed class NotifyTestsPostgres(PostgresNotifyHost f) : NotifyTests(f), IClassFixture<PostgresNotifyHost>;
