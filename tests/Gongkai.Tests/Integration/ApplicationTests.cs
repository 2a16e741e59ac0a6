using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Notifications;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

public abstract partial class ApplicationTests(TestHost host)
{
    /// <summary>A valid resident number with the given serial, check digit computed.</summary>
    internal static string IdNumber(int serial)
    {
        var first17 = $"500238198{serial % 10}0{(serial % 9) + 1}1{serial % 10}{serial % 1000:D3}";
        return first17 + IdNumbers.ResidentCheck(first17);
    }

    /// <summary>An application to 巫溪县财政局 registered in person by its officer now, through the service: received today.</summary>
    internal static async Task<Submitted> RegisterInPersonAsync(GongkaiDb db, IServiceProvider services, string name, int idSerial, string description)
    {
        var service = services.GetRequiredService<ApplicationService>();
        var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
        var officer = await db.Users.SingleAsync(u => u.UserName == "czj.officer");
        return await service.SubmitAsync(new ApplicationInput
        {
            Name = name,
            IdDocument = IdDocument.ResidentCard,
            IdNumber = IdNumber(idSerial),
            Phone = "13908230000",
            Description = description,
            Delivery = Delivery.ElectronicFile,
            BodyId = body.Id,
        }, new Registration(Channel.InPerson, db.Time.GetUtcNow(), null), null, officer.Id, officer.DisplayName);
    }

    internal static Dictionary<string, string> Fields(string name, string description, string idNumber, int? bodyId, string? key = null) => new()
    {
        ["SubmissionKey"] = key ?? Guid.NewGuid().ToString("N"),
        ["Form.BodyId"] = bodyId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Form.ApplicantType"] = "Person",
        ["Form.Name"] = name,
        ["Form.IdDocument"] = "ResidentCard",
        ["Form.IdNumber"] = idNumber,
        ["Form.Phone"] = "13908231234",
        ["Form.Email"] = "shenqing@example.cn",
        ["Form.Address"] = "重庆市巫溪县城厢镇北门街12号",
        ["Form.Postcode"] = "405800",
        ["Form.Description"] = description,
        ["Form.DocumentNumber"] = "",
        ["Form.Delivery"] = "Email",
    };

    private async Task<int> BodyIdAsync(string code) => await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    private async Task<(int Id, string Tracking, string Secret)> ApplyOnlineAsync(string description, string body = "czj", int serial = 1)
    {
        var client = host.NewClient();
        var r = await TestHost.PostFormAsync(client, "/apply", Fields("申请人" + serial, description, IdNumber(serial), await BodyIdAsync(body)));
        var html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, html);
        var tracking = TrackingPattern().Match(html).Groups[1].Value;
        var secret = SecretPattern().Match(html).Groups[1].Value;
        Assert.Matches("^\\d{14}$", tracking);
        Assert.Matches("^[A-Z2-9]{8}$", secret);
        var id = await host.WithDbAsync((db, _) => db.Applications.Where(a => a.TrackingNumber == tracking).Select(a => a.Id).SingleAsync());
        return (id, tracking, secret);
    }

    private static async Task<HttpResponseMessage> ActAsync(HttpClient client, int id, ApplicationAction action, Dictionary<string, string>? fields = null)
    {
        var page = await (await client.GetAsync($"/staff/applications/{id}")).Content.ReadAsStringAsync();
        var revision = RevisionPattern().Match(page).Groups[1].Value;
        var values = new Dictionary<string, string>(fields ?? []) { ["action"] = action.ToString(), ["revision"] = revision.Length > 0 ? revision : "0" };
        return await TestHost.PostFormAsync(client, $"/staff/applications/{id}?handler=Act", values, formPage: $"/staff/applications/{id}");
    }

    private static async Task ActOkAsync(HttpClient client, int id, ApplicationAction action, Dictionary<string, string>? fields = null)
    {
        var r = await ActAsync(client, id, action, fields);
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"{action}: {(int)r.StatusCode} {Regex.Match(await r.Content.ReadAsStringAsync(), "<div class=\"alert error\"[\\s\\S]*?</div>").Value}");
    }

    /// <summary>The text of the DOCX notice sent by the application's step of <paramref name="action"/>; the printable page must show it too.</summary>
    private async Task<string> NoticeTextAsync(HttpClient staff, int id, string action)
    {
        var step = await host.WithDbAsync((db, _) => db.ApplicationSteps.Where(s => s.ApplicationId == id && s.Action == action).Select(s => s.Id).SingleAsync());
        var page = await staff.GetAsync($"/staff/applications/{id}/letter?step={step}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var docx = await staff.GetAsync($"/staff/applications/{id}/letter?step={step}&format=docx");
        using var zip = new ZipArchive(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(await reader.ReadToEndAsync());
        var paragraphs = xml.Descendants().Where(e => e.Name.LocalName == "p").Select(p => string.Concat(p.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value))).ToList();
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.All(paragraphs.Where(p => p.Length > 0), p => Assert.Contains(p, html, StringComparison.Ordinal));
        return string.Concat(paragraphs);
    }

    private Task<Application> LoadAsync(int id) => host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    private DateOnly Today => DateOnly.FromDateTime(host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_online_application_is_confirmed_by_the_officer_and_its_due_date_explains_itself()
    {
        var (id, tracking, secret) = await ApplyOnlineAsync("2027年县级部门预算公开表（含三公经费）", serial: 11);
        var a = await LoadAsync(id);
        Assert.Equal(ApplicationState.Received, a.State);
        Assert.Null(a.ReceivedOn);
        Assert.Equal(RulesVersion.Rules2019, a.Rules);

        var officer = await host.SignInAsync("czj.officer");
        Assert.Contains(tracking, await (await officer.GetAsync("/staff/applications?list=received")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ActOkAsync(officer, id, ApplicationAction.Accept, new() { ["On"] = Iso(Today) });
        a = await LoadAsync(id);
        var calendar = BuiltInSchedules.Calendar();
        Assert.Equal(Today, a.ReceivedOn);
        Assert.Equal(calendar.AddWorkingDays(Today, 20).Due, a.DueOn);
        Assert.Equal("czj.officer", await host.WithDbAsync((db, _) => db.Users.Where(u => u.Id == a.OfficerId).Select(u => u.UserName).SingleAsync()));
        Assert.NotNull(a.CalendarVersion);

        var page = WebUtility.HtmlDecode(await (await officer.GetAsync($"/staff/applications/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("第 20 个工作日", page, StringComparison.Ordinal);
        // The calendar's version is for the API and the audit log; the officer reads plain words.
        Assert.DoesNotContain(a.CalendarVersion!, page, StringComparison.Ordinal);
        Assert.Contains("起算 20 个工作日", page, StringComparison.Ordinal);
        Assert.Contains(Iso(a.DueOn!.Value), page, StringComparison.Ordinal);
        Assert.Contains(a.TrackingNumber, await (await officer.GetAsync("/staff/applications?list=mine")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The applicant follows it with number and code, and sees nothing with a wrong code.
        var citizen = host.NewClient();
        var wrong = await TestHost.PostFormAsync(citizen, "/apply/status", new() { ["TrackingNumber"] = tracking, ["Secret"] = "WRONG234" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("申请编号或查询码不正确", wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("申请人11", wrongHtml, StringComparison.Ordinal);
        var right = await (await TestHost.PostFormAsync(citizen, "/apply/status", new() { ["TrackingNumber"] = tracking, ["Secret"] = secret.ToLowerInvariant() })).Content.ReadAsStringAsync();
        Assert.Contains("办理中", right, StringComparison.Ordinal);
        Assert.Contains(Iso(a.DueOn.Value), right, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber(11), right, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ID_number_is_encrypted_masked_and_shown_only_to_the_handling_officer_with_an_audit_row()
    {
        var (id, _, _) = await ApplyOnlineAsync("县财政局2026年政府采购意向公开目录", serial: 12);
        var number = IdNumber(12);
        var stored = await LoadAsync(id);
        Assert.DoesNotContain(number, stored.IdNumberProtected!, StringComparison.Ordinal);
        Assert.Equal(number[..6] + "********" + number[^4..], stored.IdNumberMasked);
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "Application").Select(e => e.Changes).ToListAsync());
        Assert.DoesNotContain(audit, c => c.Contains(number, StringComparison.Ordinal) || c.Contains(stored.IdNumberProtected!, StringComparison.Ordinal));

        var supervisor = await host.SignInAsync("jiandu");
        var seen = await (await supervisor.GetAsync($"/staff/applications/{id}")).Content.ReadAsStringAsync();
        Assert.Contains(stored.IdNumberMasked!, seen, StringComparison.Ordinal);
        Assert.DoesNotContain(number, seen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(supervisor, $"/staff/applications/{id}?handler=Reveal", [], formPage: $"/staff/applications/{id}")).StatusCode);

        // Catalog staff of the same body do not see applications at all.
        var editor = await host.SignInAsync("czj.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/staff/applications/{id}")).StatusCode);

        var officer = await host.SignInAsync("czj.officer");
        await ActOkAsync(officer, id, ApplicationAction.Accept, new() { ["On"] = Iso(Today) });
        var revealed = await TestHost.PostFormAsync(officer, $"/staff/applications/{id}?handler=Reveal", [], formPage: $"/staff/applications/{id}");
        Assert.Contains(number, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync(e => e.EntityType == "Application" && e.EntityId == id.ToString() && e.Action == "id-number-viewed")));

        // The staff API shows only the mask.
        var json = await (await officer.GetAsync($"/api/staff/applications/{id}")).Content.ReadAsStringAsync();
        Assert.Contains(stored.IdNumberMasked!, json, StringComparison.Ordinal);
        Assert.DoesNotContain(number, json, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "missing name", "Form.Name", "", "请填写申请人姓名" },
        { "missing description", "Form.Description", "  ", "请描述所需政府信息" },
        { "wrong check digit", "Form.IdNumber", "500238199001011234", "校验码" },
        { "short ID", "Form.IdNumber", "50023819900101123", "18位" },
        { "100 KB of text", "Form.Description", new string('政', 100 * 1024 / 3), "不能超过 4000 字" },
        { "markup in the name", "Form.Name", "<script>alert(1)</script>", "不能包含尖括号" },
        { "emoji in the name", "Form.Name", "张三😀", "表情符号" },
        { "bad e-mail", "Form.Email", "not-an-address", "电子邮箱格式不正确" },
        { "unknown delivery", "Form.Delivery", "Pigeon", "不是有效的值" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_Chinese_message_and_stores_nothing(string why, string field, string value, string message)
    {
        var before = await host.WithDbAsync((db, _) => db.Applications.CountAsync());
        var fields = Fields("王五", "县财政局2026年预算执行情况", IdNumber(13), await BodyIdAsync("czj"));
        fields[field] = value;
        var r = await TestHost.PostFormAsync(host.NewClient(), "/apply", fields);
        var html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.UnprocessableEntity, $"{why}: {(int)r.StatusCode}");
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(before, await host.WithDbAsync((db, _) => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task A_replayed_form_or_a_second_identical_request_never_makes_a_second_application()
    {
        var client = host.NewClient();
        var bodyId = await BodyIdAsync("czj");
        var fields = Fields("赵六", "县财政局关于乡镇财政所人员编制的文件", IdNumber(14), bodyId, key: "replay-" + Guid.NewGuid().ToString("N"));
        var first = await (await TestHost.PostFormAsync(client, "/apply", fields)).Content.ReadAsStringAsync();
        var second = await (await TestHost.PostFormAsync(client, "/apply", fields)).Content.ReadAsStringAsync();
        var tracking = TrackingPattern().Match(first).Groups[1].Value;
        Assert.Equal(tracking, TrackingPattern().Match(second).Groups[1].Value);
        Assert.Equal(SecretPattern().Match(first).Groups[1].Value, SecretPattern().Match(second).Groups[1].Value);
        Assert.Contains("没有重复登记", second, StringComparison.Ordinal);

        // The same person asking the same body for the same thing again the same day, from a fresh form.
        var third = await (await TestHost.PostFormAsync(client, "/apply", Fields("赵六", "县财政局关于乡镇财政所人员编制的文件", IdNumber(14), bodyId))).Content.ReadAsStringAsync();
        Assert.Equal(tracking, TrackingPattern().Match(third).Groups[1].Value);
        Assert.DoesNotMatch(SecretPattern(), third);
        Assert.Equal(1, await host.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.TrackingNumber == tracking || a.Description == "县财政局关于乡镇财政所人员编制的文件")));
    }

    [Fact]
    public async Task A_correction_restarts_the_clock_and_an_extension_needs_the_office_heads_approval()
    {
        var (id, tracking, secret) = await ApplyOnlineAsync("关于某项目的文件", serial: 15);
        var officer = await host.SignInAsync("czj.officer");
        await ActOkAsync(officer, id, ApplicationAction.Accept, new() { ["On"] = Iso(Today) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ActAsync(officer, id, ApplicationAction.RequestCorrection, new() { ["On"] = Iso(Today), ["Comment"] = "" })).StatusCode);
        await ActOkAsync(officer, id, ApplicationAction.RequestCorrection, new() { ["On"] = Iso(Today), ["Comment"] = "请写明项目名称和文件的大致形成时间。", ["Days"] = "10" });
        var a = await LoadAsync(id);
        Assert.Equal(ApplicationState.AwaitingCorrection, a.State);
        Assert.Null(a.DueOn);

        // Three days later the applicant corrects online: the clock restarts from that day.
        host.Time.Advance(TimeSpan.FromDays(3));
        var citizen = host.NewClient();
        var corrected = await TestHost.PostFormAsync(citizen, "/apply/status?handler=Correct", new() { ["TrackingNumber"] = tracking, ["Secret"] = secret, ["correction"] = "巫溪县城区污水管网改造项目，2026年10月形成的初步设计批复。" }, formPage: "/apply/status");
        Assert.Contains("办理期限自今日起重新计算", await corrected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        a = await LoadAsync(id);
        var calendar = BuiltInSchedules.Calendar();
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(Today, a.ClockStartOn);
        Assert.Equal(calendar.AddWorkingDays(Today, 20).Due, a.DueOn);
        Assert.Contains("【补正】巫溪县城区污水管网改造项目", a.Description, StringComparison.Ordinal);
        officer = await host.SignInAsync("czj.officer");

        // More than the rules allow is refused; the officer cannot approve an extension, the office head can.
        Assert.Contains("1 至 20 个工作日", await (await ActAsync(officer, id, ApplicationAction.RequestExtension, new() { ["Days"] = "21", ["Comment"] = "需调取档案" })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ActOkAsync(officer, id, ApplicationAction.RequestExtension, new() { ["Days"] = "10", ["Comment"] = "需从档案馆调取原件" });
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(officer, id, ApplicationAction.ApproveExtension)).StatusCode);
        var head = await host.SignInAsync("czj.admin");
        await ActOkAsync(head, id, ApplicationAction.ApproveExtension, new() { ["Comment"] = "同意" });
        a = await LoadAsync(id);
        Assert.Equal(10, a.ExtensionDays);
        Assert.Equal(calendar.AddWorkingDays(Today, 30).Due, a.DueOn);
        Assert.Contains("批准延期答复", await (await officer.GetAsync($"/staff/applications/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Each notice sent so far is a document: the correction asked for, and the extension with its new date.
        var correction = await NoticeTextAsync(officer, id, nameof(ApplicationAction.RequestCorrection));
        Assert.Contains("补正告知书", correction, StringComparison.Ordinal);
        Assert.Contains("请写明项目名称和文件的大致形成时间", correction, StringComparison.Ordinal);
        Assert.Contains("第三十条", correction, StringComparison.Ordinal);
        var extension = await NoticeTextAsync(officer, id, nameof(ApplicationAction.ApproveExtension));
        Assert.Contains("答复期限延长10个工作日", extension, StringComparison.Ordinal);
        Assert.Contains($"{a.DueOn!.Value.Year}年{a.DueOn.Value.Month}月{a.DueOn.Value.Day}日前作出答复", extension, StringComparison.Ordinal);

        // A consultation stops the clock from the letter to the answer.
        var sent = Today;
        await ActOkAsync(officer, id, ApplicationAction.StartConsultation, new() { ["On"] = Iso(sent), ["PauseKind"] = "ThirdPartyConsultation", ["Comment"] = "征求设计单位意见" });
        host.Time.Advance(TimeSpan.FromDays(7));
        officer = await host.SignInAsync("czj.officer");
        await ActOkAsync(officer, id, ApplicationAction.EndConsultation, new() { ["On"] = Iso(Today) });
        a = await LoadAsync(id);
        var expected = ApplicationClock.Compute(calendar, RuleSet.R2019, a.ClockStartOn!.Value, 30, [new ClockPause(sent, Today, "征求意见", false)]).Due;
        Assert.Equal(expected, a.DueOn);
        Assert.True(a.DueOn > calendar.AddWorkingDays(a.ClockStartOn.Value, 30).Due);
        Assert.Contains(await host.WithDbAsync((db, _) => db.ApplicationSteps.Where(s => s.ApplicationId == id).Select(s => s.Action).ToListAsync()), s => s == "CorrectionReceived");
    }

    [Fact]
    public async Task A_partial_disclosure_gets_a_reply_letter_in_DOCX_and_print_and_the_applicant_sees_it_closed()
    {
        var (id, tracking, secret) = await ApplyOnlineAsync("2026年县财政局政府采购合同", serial: 16);
        var officer = await host.SignInAsync("czj.officer");
        await ActOkAsync(officer, id, ApplicationAction.Accept, new() { ["On"] = Iso(Today) });
        var missing = await ActAsync(officer, id, ApplicationAction.Decide, new() { ["On"] = Iso(Today), ["Outcome"] = "partial", ["Reasons"] = "" });
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("应当说明理由", missingHtml, StringComparison.Ordinal);
        Assert.Contains("不予公开的内容", missingHtml, StringComparison.Ordinal);
        Assert.Equal(ApplicationState.InProgress, (await LoadAsync(id)).State);

        await ActOkAsync(officer, id, ApplicationAction.Decide, new()
        {
            ["On"] = Iso(Today),
            ["Outcome"] = "partial",
            ["Reasons"] = "合同中的供应商报价明细涉及商业秘密，公开会损害第三方合法权益。",
            ["Withheld"] = "合同附件二 报价明细表",
        });
        var a = await LoadAsync(id);
        Assert.Equal(ApplicationState.Decided, a.State);
        Assert.Equal("2", a.ReportRow);

        var letter = await (await officer.GetAsync($"/staff/applications/{id}/letter")).Content.ReadAsStringAsync();
        Assert.Contains("政府信息公开申请答复告知书", letter, StringComparison.Ordinal);
        Assert.Contains("合同附件二 报价明细表", letter, StringComparison.Ordinal);
        Assert.Contains("六十日内向巫溪县人民政府申请行政复议", letter, StringComparison.Ordinal);
        Assert.Contains("六个月内", letter, StringComparison.Ordinal);

        var docx = await officer.GetAsync($"/staff/applications/{id}/letter?format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(new MemoryStream(await docx.Content.ReadAsByteArrayAsync())))
        {
            Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
            using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            var xml = System.Xml.Linq.XDocument.Parse(await reader.ReadToEndAsync());
            var text = string.Concat(xml.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
            Assert.Contains("第三十七条", text, StringComparison.Ordinal);
            Assert.Contains("合同附件二 报价明细表", text, StringComparison.Ordinal);
            Assert.Contains("巫溪县财政局", text, StringComparison.Ordinal);
        }

        await ActOkAsync(officer, id, ApplicationAction.Deliver, new() { ["On"] = Iso(Today), ["Comment"] = "以电子邮件发送答复告知书及可公开部分。" });
        var status = await (await TestHost.PostFormAsync(host.NewClient(), "/apply/status", new() { ["TrackingNumber"] = tracking, ["Secret"] = secret })).Content.ReadAsStringAsync();
        Assert.Contains("已办结", status, StringComparison.Ordinal);
        Assert.Contains("部分公开", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fee_is_computed_by_the_system_and_not_paying_closes_the_case()
    {
        var (id, _, _) = await ApplyOnlineAsync("2020年至2026年全部会议纪要", serial: 17);
        var officer = await host.SignInAsync("czj.officer");
        await ActOkAsync(officer, id, ApplicationAction.Accept, new() { ["On"] = Iso(Today) });
        Assert.Contains("免费范围", await (await ActAsync(officer, id, ApplicationAction.NoticeFee, new() { ["FeeMethod"] = "PerPage", ["FeeUnits"] = "30" })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ActOkAsync(officer, id, ApplicationAction.NoticeFee, new() { ["On"] = Iso(Today), ["FeeMethod"] = "PerPage", ["FeeUnits"] = "150" });
        var a = await LoadAsync(id);
        Assert.Equal(1700m, a.FeeAmount);
        Assert.Equal(ApplicationState.AwaitingFee, a.State);
        var notice = await NoticeTextAsync(officer, id, nameof(ApplicationAction.NoticeFee));
        Assert.Contains("应收取信息处理费1700元", notice, StringComparison.Ordinal);
        Assert.Contains("按量计收，计150页", notice, StringComparison.Ordinal);
        Assert.Contains("才届满", await (await ActAsync(officer, id, ApplicationAction.CloseFeeUnpaid, new() { ["On"] = Iso(Today) })).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        host.Time.Advance(TimeSpan.FromDays(35));
        officer = await host.SignInAsync("czj.officer");
        await ActOkAsync(officer, id, ApplicationAction.CloseFeeUnpaid, new() { ["On"] = Iso(Today), ["Comment"] = "逾期未缴费" });
        a = await LoadAsync(id);
        Assert.Equal(ApplicationState.Closed, a.State);
        Assert.Equal(Outcomes.FeeUnpaid, a.Outcome);
        Assert.Equal("6.2", a.ReportRow);
    }

    [Fact]
    public async Task A_transfer_keeps_the_history_and_reminders_reach_the_officer_before_and_after_the_due_date()
    {
        var (id, _, _) = await ApplyOnlineAsync("城区停车收费标准的依据文件", body: "zfb", serial: 18);
        var zfb = await host.SignInAsync("zfb.officer");
        await ActOkAsync(zfb, id, ApplicationAction.Accept, new() { ["On"] = Iso(Today) });
        var due = (await LoadAsync(id)).DueOn;
        await ActOkAsync(zfb, id, ApplicationAction.Transfer, new() { ["ToBodyId"] = (await BodyIdAsync("czj")).ToString(), ["Comment"] = "收费标准由县财政局会同发改委制定。" });
        var a = await LoadAsync(id);
        Assert.Equal(await BodyIdAsync("czj"), a.BodyId);
        Assert.Equal(due, a.DueOn);
        Assert.Equal(HttpStatusCode.Forbidden, (await zfb.GetAsync($"/staff/applications/{id}")).StatusCode);
        var czj = await host.SignInAsync("czj.officer");
        var page = await (await czj.GetAsync($"/staff/applications/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("巫溪县人民政府办公室 → 巫溪县财政局", page, StringComparison.Ordinal);
        await ActOkAsync(czj, id, ApplicationAction.Accept, new() { ["On"] = Iso(Today) });
        Assert.Equal(due, (await LoadAsync(id)).DueOn);

        // Three working days before the due date the officer is reminded, once, and again when it is overdue.
        var calendar = BuiltInSchedules.Calendar();
        while (calendar.AddWorkingDays(Today, DeadlineScanner.WarnWorkingDays).Due < due)
        {
            host.Time.Advance(TimeSpan.FromDays(1));
        }

        async Task<List<string>> ScanAsync()
        {
            // The node's own timer job may hold the scanner's lock for a moment; then run again.
            while (await host.WithDbAsync((db, sp) => sp.GetRequiredService<DeadlineScanner>().RunOnceAsync()) is null)
            {
                await Task.Delay(50);
            }

            // The alert of the new application (sent at submission) is not a deadline reminder.
            return await host.WithDbAsync((db, _) => db.Notifications.Where(n => n.Link == $"/staff/applications/{id}" && !n.Subject.StartsWith("【新申请】")).Select(n => n.Subject).ToListAsync());
        }

        Assert.Single(await ScanAsync(), s => s.StartsWith("【即将到期】", StringComparison.Ordinal));
        Assert.Single(await ScanAsync());
        host.Time.Advance(TimeSpan.FromDays(10));
        Assert.Contains(await ScanAsync(), s => s.StartsWith("【已超期】", StringComparison.Ordinal));
        czj = await host.SignInAsync("czj.officer");
        Assert.Contains(a.TrackingNumber, await (await czj.GetAsync("/staff/applications?list=overdue")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_online_application_left_unconfirmed_overnight_reminds_the_bodys_officers()
    {
        var (id, _, _) = await ApplyOnlineAsync("县财政局2026年一般债券使用情况", serial: 21);
        await host.WithDbAsync((db, sp) => sp.GetRequiredService<DeadlineScanner>().RunOnceAsync());
        Assert.Equal(0, await host.WithDbAsync((db, _) => db.Notifications.CountAsync(n => n.Link == $"/staff/applications/{id}" && n.Subject.StartsWith("【待确认】"))));
        host.Time.Advance(TimeSpan.FromDays(1));
        while (await host.WithDbAsync((db, sp) => sp.GetRequiredService<DeadlineScanner>().RunOnceAsync()) is null)
        {
            await Task.Delay(50);
        }

        var reminders = await host.WithDbAsync((db, _) => db.Notifications.Where(n => n.Link == $"/staff/applications/{id}").Select(n => new { n.Subject, n.UserId }).ToListAsync());
        var officerId = await host.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == "czj.officer").Select(u => u.Id).SingleAsync());
        Assert.Contains(reminders, r => r.UserId == officerId && r.Subject.StartsWith("【待确认】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_register_a_signed_letter_with_its_legal_date_of_receipt()
    {
        var officer = await host.SignInAsync("czj.officer");
        var fields = Fields("孙七", "县财政局2025年度部门决算", IdNumber(19), await BodyIdAsync("czj"));
        fields["Channel"] = "OrdinaryPost";
        fields["ArrivedAt"] = Iso(Today) + "T08:30";
        fields["ConfirmedOn"] = Iso(Today.AddDays(-1));
        var refused = await TestHost.PostFormAsync(officer, "/staff/applications/new", fields);
        Assert.Contains("平常信函应在到达当日", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        fields["Channel"] = "SignedPost";
        Assert.Contains("签收日期不能早于申请到达日期", await (await TestHost.PostFormAsync(officer, "/staff/applications/new", fields)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields["Channel"] = "SignedPost";
        fields["ConfirmedOn"] = Iso(Today);
        var r = await TestHost.PostFormAsync(officer, "/staff/applications/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var id = int.Parse(r.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var a = await LoadAsync(id);
        Assert.Equal(Channel.SignedPost, a.Channel);
        Assert.Equal(ApplicationState.InProgress, a.State);
        Assert.Equal(Today, a.ReceivedOn);
        Assert.Equal(BuiltInSchedules.Calendar().AddWorkingDays(Today, 20).Due, a.DueOn);

        // A body the officer does not handle is not offered; a post naming one anyway is refused.
        fields["Form.BodyId"] = (await BodyIdAsync("zfb")).ToString();
        fields["SubmissionKey"] = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(officer, "/staff/applications/new", fields)).StatusCode);
    }

    [Fact]
    public async Task The_API_submits_reports_status_lists_for_staff_and_answers_errors_with_problem_json()
    {
        var client = host.NewClient();
        var body = new
        {
            applicantType = "Business",
            name = "重庆某科技有限公司",
            contactPerson = "钱八",
            idDocument = "CreditCode",
            idNumber = "91500238MA5U00001" + Gongkai.Bodies.RegistrationCodes.CreditCheck("91500238MA5U00001"),
            phone = "023-51520000",
            description = "县财政局2026年政府购买服务目录",
            delivery = "ElectronicFile",
            body = "czj",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", "k-" + Guid.NewGuid().ToString("N"));
        var created = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var tracking = receipt.GetProperty("trackingNumber").GetString()!;
        var secret = receipt.GetProperty("secret").GetString()!;

        var again = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body) };
        again.Headers.Add("Idempotency-Key", request.Headers.GetValues("Idempotency-Key").Single());
        var replay = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(tracking, JsonDocument.Parse(await replay.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingNumber").GetString());

        var status = await (await client.PostAsJsonAsync("/api/applications/status", new { trackingNumber = tracking, secret })).Content.ReadAsStringAsync();
        Assert.True(JsonDocument.Parse(status).RootElement.GetProperty("status").ValueKind == JsonValueKind.String, status);
        Assert.Equal("Received", JsonDocument.Parse(status).RootElement.GetProperty("status").GetString());
        var notFound = await client.PostAsJsonAsync("/api/applications/status", new { trackingNumber = tracking, secret = "ABCDEFGH" });
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);

        var broken = await client.PostAsync("/api/applications", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
        Assert.Contains("请求体应为 JSON", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var invalid = await client.PostAsJsonAsync("/api/applications", body with { idNumber = "91500238MA5U000010", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("统一社会信用代码", problem, StringComparison.Ordinal);
        Assert.Contains("请填写法人或其他组织的名称", problem, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/staff/applications")).StatusCode);
        var officer = await host.SignInAsync("czj.officer");
        var list = JsonDocument.Parse(await (await officer.GetAsync("/api/staff/applications?list=received")).Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("trackingNumber").GetString() == tracking);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/staff/applications?list=everything")).StatusCode);
        var other = await host.SignInAsync("zfb.officer");
        var id = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("trackingNumber").GetString() == tracking).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/staff/applications/{id}")).StatusCode);

        var openapi = JsonDocument.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync()).RootElement;
        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/applications", paths);
        Assert.Contains("/api/applications/status", paths);
        Assert.Contains("/api/staff/applications/{id}", paths);
        Assert.DoesNotContain("/sitemap.xml", paths);
    }

    [Fact]
    public async Task The_register_counts_a_case_for_the_original_body_and_never_for_a_co_defendant_review_body()
    {
        var officer = await host.SignInAsync("czj.officer");
        var czj = await BodyIdAsync("czj");
        var wuxi = await BodyIdAsync("wuxi");
        var r = await TestHost.PostFormAsync(officer, "/staff/cases/new", new()
        {
            ["Form.Kind"] = "LawsuitAfterReview",
            ["Form.CaseNumber"] = "（2026）渝0238行初55号",
            ["Form.Organ"] = "巫溪县人民法院",
            ["Form.BodyId"] = czj.ToString(),
            ["Form.CoDefendantBodyId"] = wuxi.ToString(),
            ["Form.FiledOn"] = "2026-03-02",
            ["Form.Result"] = "Pending",
        });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var counts = await host.WithDbAsync((db, _) => new DisclosureCases(db).CountAsync(czj, 2026));
        Assert.Equal(1, counts[(CaseKind.LawsuitAfterReview, CaseResult.Pending)]);
        Assert.Empty(await host.WithDbAsync((db, _) => new DisclosureCases(db).CountAsync(wuxi, 2026)));

        var bad = await TestHost.PostFormAsync(officer, "/staff/cases/new", new()
        {
            ["Form.Kind"] = "Review",
            ["Form.CaseNumber"] = "",
            ["Form.Organ"] = "巫溪县人民政府",
            ["Form.BodyId"] = czj.ToString(),
            ["Form.FiledOn"] = "2026-03-02",
            ["Form.Result"] = "Upheld",
        });
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("请填写案号", html, StringComparison.Ordinal);
        Assert.Contains("请填写审结日期", html, StringComparison.Ordinal);

        // Another body's officer cannot register a case against this body.
        var zfb = await host.SignInAsync("zfb.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(zfb, "/staff/cases/new", new() { ["Form.BodyId"] = czj.ToString(), ["Form.CaseNumber"] = "x" })).StatusCode);
    }

    [Fact]
    public async Task An_officer_turns_requested_information_into_a_proactive_catalog_draft()
    {
        var (id, _, _) = await ApplyOnlineAsync("县财政局2026年惠民惠农财政补贴资金发放清单", serial: 20);
        var officer = await host.SignInAsync("czj.officer");
        var r = await TestHost.PostFormAsync(officer, $"/staff/applications/{id}?handler=Catalog", [], formPage: $"/staff/applications/{id}");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var a = await LoadAsync(id);
        var item = await host.WithDbAsync((db, _) => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == a.CatalogItemId));
        Assert.Equal("县财政局2026年惠民惠农财政补贴资金发放清单", item.Title);
        Assert.Equal(Gongkai.Catalog.ItemState.Draft, item.State);
    }

    [GeneratedRegex("class=\"tracking\">(\\d+)<")]
    private static partial Regex TrackingPattern();

    [GeneratedRegex("class=\"secret\">([A-Z2-9]+)<")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("name=\"revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();
}

public sealed class ApplicationTestsSqlite(BusySqliteHost f) : ApplicationTests(f.Host), IClassFixture<BusySqliteHost>;

public sealed class ApplicationTestsPostgres(BusyPostgresHost f) : ApplicationTests(f.Host), IClassFixture<BusyPostgresHost>;

public class DemoApplicationTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_county_holds_the_seed_reports_applications_reviews_and_lawsuits(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        await host.WithDbAsync(async (db, sp) =>
        {
            await DemoApplications.LoadAsync(db, sp.GetRequiredService<ApplicationService>());
            return 0;
        });
        var apps = await host.WithDbAsync((db, _) => db.Applications.AsNoTracking().Where(a => a.ReceivedOn!.Value.Year == 2015).ToListAsync());
        Assert.Equal(DemoApplications.Applications2015, apps.Count);
        Assert.Equal(7, apps.Count(a => a.Channel == Channel.Online));
        Assert.Equal(2, apps.Count(a => a.Channel is Channel.SignedPost or Channel.OrdinaryPost));
        Assert.Equal(8, apps.Count(a => a.ReportRow == "1"));
        Assert.Equal(1, apps.Count(a => a.ReportRow == "3.2"));
        Assert.All(apps, a => Assert.Equal(ApplicationState.Closed, a.State));
        Assert.All(apps, a => Assert.Equal(RulesVersion.Rules2007, a.Rules));
        Assert.All(apps, a => Assert.True(a.DecidedOn <= a.DueOn, $"{a.TrackingNumber} decided {a.DecidedOn} after {a.DueOn}"));
        Assert.All(apps, a => Assert.Equal(0m, a.FeeAmount));

        var cases = await host.WithDbAsync((db, _) => db.DisclosureCases.AsNoTracking().ToListAsync());
        Assert.Equal(3, cases.Count(c => c.Kind == CaseKind.Review && c.Result != CaseResult.Pending));
        var suits = cases.Where(c => c.Kind != CaseKind.Review).ToList();
        Assert.Equal(20, suits.Count);
        Assert.Equal(14, suits.Count(c => c.Result == CaseResult.Upheld));
        Assert.Equal(1, suits.Count(c => c.Result == CaseResult.Corrected));
        Assert.Equal(5, suits.Count(c => c.Result == CaseResult.Other));
    }
}
