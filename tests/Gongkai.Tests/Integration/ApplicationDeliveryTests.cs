using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The answer online (issue 18): files given with the decision, the applicant's downloads with number and code
/// (the first one is the electronic delivery), postal-only applications with their receipt, and the register of
/// replies published with the applicant's consent.
/// </summary>
public abstract partial class ApplicationDeliveryTests(TestHost host)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static readonly byte[] Exe = "MZ\x90\0\x03\0\0\0 This program cannot be run in DOS mode."u8.ToArray();

    private DateOnly Today => DateOnly.FromDateTime(host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An application to 巫溪县财政局 with full personal data, registered in person and decided (disclosed) by its officer.</summary>
    private async Task<(int Id, string Tracking, string Secret)> DecidedAsync(string name, int serial, bool consent, string description)
    {
        var (id, tracking, secret) = await host.WithDbAsync(async (db, sp) =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
            var officer = await db.Users.SingleAsync(u => u.UserName == "czj.officer");
            var s = await sp.GetRequiredService<ApplicationService>().SubmitAsync(new ApplicationInput
            {
                Name = name,
                IdDocument = IdDocument.ResidentCard,
                IdNumber = ApplicationTests.IdNumber(serial),
                Phone = "13908231234",
                Email = $"shenqing{serial}@example.cn",
                Address = "重庆市巫溪县城厢镇北门街12号",
                Postcode = "405800",
                Description = description,
                Delivery = Delivery.ElectronicFile,
                BodyId = body.Id,
                PublishConsent = consent,
            }, new Registration(Channel.InPerson, db.Time.GetUtcNow(), null), null, officer.Id, officer.DisplayName);
            return (s.Application.Id, s.Application.TrackingNumber, s.Secret!);
        });
        var officerClient = await host.SignInAsync("czj.officer");
        var r = await PostAsync(officerClient, id, "Act", new()
        {
            ["action"] = nameof(ApplicationAction.Decide),
            ["revision"] = await RevisionAsync(officerClient, id),
            ["On"] = Iso(Today),
            ["Outcome"] = "disclose",
        });
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync());
        return (id, tracking, secret);
    }

    private static async Task<string> RevisionAsync(HttpClient client, int id) =>
        Regex.Match(await client.GetStringAsync($"/staff/applications/{id}"), "name=\"revision\" value=\"(\\d+)\"").Groups[1].Value;

    private static async Task<string> TokenAsync(HttpClient client, string page) =>
        WebUtility.HtmlDecode(Regex.Match(await client.GetStringAsync(page), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = await TokenAsync(client, $"/staff/applications/{id}") };
        return await client.PostAsync($"/staff/applications/{id}?handler={handler}", new FormUrlEncodedContent(values));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string kind, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client, $"/staff/applications/{id}")), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await client.PostAsync($"/staff/applications/{id}?handler=Attach", form);
    }

    private static async Task<HttpResponseMessage> ApplicantAsync(HttpClient client, string handler, string tracking, string secret, Dictionary<string, string>? extra = null)
    {
        var values = new Dictionary<string, string>(extra ?? []) { ["TrackingNumber"] = tracking, ["Secret"] = secret };
        return await TestHost.PostFormAsync(client, handler.Length == 0 ? "/apply/status" : $"/apply/status?handler={handler}", values, formPage: "/apply/status");
    }

    private Task<List<ApplicationStep>> DeliverStepsAsync(int id) =>
        host.WithDbAsync((db, _) => db.ApplicationSteps.AsNoTracking().Where(s => s.ApplicationId == id && s.Action == nameof(ApplicationAction.Deliver)).ToListAsync());

    private Task<List<ApplicationFile>> FilesAsync(int id) =>
        host.WithDbAsync((db, _) => db.Set<ApplicationFile>().AsNoTracking().Where(f => f.ApplicationId == id).OrderBy(f => f.Id).ToListAsync());

    [Fact]
    public async Task The_applicant_reads_the_answer_and_the_first_download_is_the_electronic_delivery()
    {
        var (id, tracking, secret) = await DecidedAsync("李四", 301, consent: false, "2025年县级一般公共预算执行情况的报告");
        var officer = await host.SignInAsync("czj.officer");

        // Checked by content: an executable named .pdf is refused, a PNG named .pdf is kept as what it is.
        var exe = await UploadAsync(officer, id, "Disclosed", "预算报告.pdf", Exe);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exe.StatusCode);
        Assert.Contains("的内容不是可接受的格式", WebUtility.HtmlDecode(await exe.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(officer, id, "Disclosed", "预算执行报告.pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(officer, id, "Disclosed", "附表.pdf", Png)).StatusCode);
        var files = await FilesAsync(id);
        Assert.Equal(["预算执行报告.pdf", "附表.png"], files.Select(f => f.FileName));
        Assert.Equal("image/png", files[1].ContentType);
        var longName = await UploadAsync(officer, id, "Disclosed", new string('长', 400) + ".pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, longName.StatusCode);
        files = await FilesAsync(id);
        Assert.True(files[2].FileName.Length <= 124, files[2].FileName);

        // A wrong code shows nothing, and downloads nothing.
        var citizen = host.NewClient();
        var wrong = await ApplicantAsync(citizen, "", tracking, "WRONG234");
        var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain("现答复如下", wrongHtml, StringComparison.Ordinal);
        var wrongFile = await ApplicantAsync(citizen, "File", tracking, "WRONG234", new() { ["fileId"] = files[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, wrongFile.StatusCode);
        Assert.StartsWith("text/html", wrongFile.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var wrongLetter = await ApplicantAsync(citizen, "Letter", tracking, "WRONG234");
        Assert.StartsWith("text/html", wrongLetter.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var huge = await ApplicantAsync(citizen, "Letter", new string('9', 5000), new string('A', 5000));
        Assert.Equal(HttpStatusCode.NotFound, huge.StatusCode);
        Assert.Empty(await DeliverStepsAsync(id));

        // With the right code: the letter's text on the page, the files listed, no download links with bare ids.
        var page = await ApplicantAsync(citizen, "", tracking, secret);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("现答复如下", html, StringComparison.Ordinal);
        Assert.Contains("经审查，你申请获取的政府信息属于公开范围", html, StringComparison.Ordinal);
        Assert.Contains("下载 预算执行报告.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/files/", html, StringComparison.Ordinal);

        // Another application's file id with this application's code is refused.
        var (otherId, _, _) = await DecidedAsync("王五", 302, consent: false, "2025年国有资产报告");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(officer, otherId, "Disclosed", "别人的文件.pdf", Pdf)).StatusCode);
        var foreign = (await FilesAsync(otherId)).Single();
        var stolen = await ApplicantAsync(citizen, "File", tracking, secret, new() { ["fileId"] = foreign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Contains("没有找到该文件", WebUtility.HtmlDecode(await stolen.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await DeliverStepsAsync(id));

        // The letter: a DOCX, and the delivery recorded once, as 电子送达 today.
        var letter = await ApplicantAsync(citizen, "Letter", tracking, secret);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", letter.Content.Headers.ContentType!.MediaType);
        var docx = await letter.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', docx[0]);
        var file = await ApplicantAsync(citizen, "File", tracking, secret, new() { ["fileId"] = files[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await ApplicantAsync(citizen, "Letter", tracking, secret)).StatusCode);
        var delivered = Assert.Single(await DeliverStepsAsync(id));
        Assert.StartsWith("电子送达：", delivered.Comment, StringComparison.Ordinal);
        Assert.Equal(Today, delivered.On);
        var app = await host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationState.Closed, app.State);
        Assert.Equal(Today, app.DeliveredOn);
        Assert.StartsWith("电子送达", app.DeliveryNote, StringComparison.Ordinal);

        // Audited: each download, the delivery and the files.
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.AsNoTracking().Where(e => e.EntityType == nameof(Application) && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Action).ToListAsync());
        Assert.Equal(3, audit.Count(a => a == "applicant-download"));
        var fileAudits = await host.WithDbAsync((db, _) => db.AuditEvents.AsNoTracking().CountAsync(e => e.EntityType == nameof(ApplicationFile)));
        Assert.True(fileAudits >= 4, $"{fileAudits} file audit rows");

        // Once delivered, the files stay as the applicant got them, and staff cannot deliver a second time.
        var remove = await PostAsync(officer, id, "RemoveFile", new() { ["fileId"] = files[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("答复已送达，公开的文件不能删除", WebUtility.HtmlDecode(await remove.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var again = await PostAsync(officer, id, "DeliverOnline");
        Assert.Contains("该答复已经送达，不能重复送达", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single(await DeliverStepsAsync(id));
    }

    [Fact]
    public async Task Staff_deliver_electronically_once_and_staff_of_another_body_can_do_nothing()
    {
        var (id, tracking, secret) = await DecidedAsync("赵六", 303, consent: true, "2025年政府采购合同目录");
        var stranger = await host.WithDbAsync(async (db, sp) =>
        {
            var ninghe = await db.Bodies.SingleAsync(b => b.Code == "ninghe");
            var existing = await db.Users.SingleOrDefaultAsync(u => u.UserName == "delivery.stranger");
            return existing ?? await sp.GetRequiredService<StaffAccounts>().CreateAsync("delivery.stranger", "宁河街道 经办人", ninghe.Id, "Stranger-pass-2026", [StaffRole.DisclosureOfficer]);
        });
        var other = await host.SignInAsync("delivery.stranger", "Stranger-pass-2026");
        var token = await TokenAsync(other, "/staff");
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("DeliverOnline", []),
            ("Publish", new() { ["publish"] = "true" }),
            ("WithdrawConsent", []),
            ("RemoveFile", new() { ["fileId"] = "1" }),
        })
        {
            fields["__RequestVerificationToken"] = token;
            var r = await other.PostAsync($"/staff/applications/{id}?handler={handler}", new FormUrlEncodedContent(fields));
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{handler}: {r.StatusCode}");
        }

        using (var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Disclosed"), "kind" }, { new ByteArrayContent(Pdf), "file", "x.pdf" } })
        {
            var r = await other.PostAsync($"/staff/applications/{id}?handler=Attach", upload);
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, r.StatusCode.ToString());
        }

        Assert.True((await other.GetAsync($"/staff/applications/{id}/receipt")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        Assert.Empty(await FilesAsync(id));
        Assert.Empty(await DeliverStepsAsync(id));
        Assert.True(await host.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.PublishConsent).SingleAsync()));

        // Publishing before delivery is refused; the officer delivers, and cannot twice.
        var officer = await host.SignInAsync("czj.officer");
        var early = await PostAsync(officer, id, "Publish", new() { ["publish"] = "true" });
        Assert.Contains("答复送达后才能选登", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "DeliverOnline", new() { ["note"] = "已电话告知申请人。" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(officer, id, "DeliverOnline")).StatusCode);
        var step = Assert.Single(await DeliverStepsAsync(id));
        Assert.Contains("电子送达", step.Comment, StringComparison.Ordinal);
        Assert.Contains("已电话告知申请人。", step.Comment, StringComparison.Ordinal);

        // The applicant's later download does not deliver again.
        Assert.Equal(HttpStatusCode.OK, (await ApplicantAsync(host.NewClient(), "Letter", tracking, secret)).StatusCode);
        Assert.Single(await DeliverStepsAsync(id));
    }

    [Fact]
    public async Task A_consented_reply_is_published_without_personal_data_and_leaves_when_consent_is_withdrawn()
    {
        var subject = "2025年巫溪县城乡居民最低生活保障资金发放情况（联系人赵七 13908231234）";
        var (id, tracking, secret) = await DecidedAsync("赵七", 304, consent: true, subject);
        var officer = await host.SignInAsync("czj.officer");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "DeliverOnline")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "Publish", new() { ["publish"] = "true" })).StatusCode);
        var again = await PostAsync(officer, id, "Publish", new() { ["publish"] = "true" });
        Assert.Contains("该答复已经选登", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var anyone = host.NewClient();
        var register = WebUtility.HtmlDecode(await anyone.GetStringAsync("/apply/replies?q=" + Uri.EscapeDataString("最低生活保障")));
        Assert.Contains("2025年巫溪县城乡居民最低生活保障资金发放情况", register, StringComparison.Ordinal);
        Assert.Contains("予以公开", register, StringComparison.Ordinal);
        Assert.Contains("巫溪县财政局", register, StringComparison.Ordinal);
        Assert.Contains("经审查，你申请获取的政府信息属于公开范围", register, StringComparison.Ordinal);
        foreach (var personal in new[] { "赵七", "13908231234", "shenqing304@example.cn", "北门街12号", "405800", ApplicationTests.IdNumber(304), tracking })
        {
            Assert.DoesNotContain(personal, register, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("最低生活保障", WebUtility.HtmlDecode(await anyone.GetStringAsync("/apply/replies?q=" + Uri.EscapeDataString("不存在的关键词XYZ"))), StringComparison.Ordinal);
        var longQuery = await anyone.GetAsync("/apply/replies?q=" + new string('长', 3000));
        Assert.Equal(HttpStatusCode.OK, longQuery.StatusCode);
        Assert.Contains("没有找到包含", WebUtility.HtmlDecode(await longQuery.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var audits = await host.WithDbAsync((db, _) => db.AuditEvents.AsNoTracking().CountAsync(e => e.EntityType == nameof(PublishedReply)));
        Assert.True(audits >= 1);

        // Staff can take it out and put it back; the applicant withdraws consent and it is gone for good.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "Publish", new() { ["publish"] = "false" })).StatusCode);
        Assert.DoesNotContain("最低生活保障资金发放", WebUtility.HtmlDecode(await anyone.GetStringAsync("/apply/replies")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, id, "Publish", new() { ["publish"] = "true" })).StatusCode);
        var withdrawn = await ApplicantAsync(host.NewClient(), "WithdrawConsent", tracking, secret);
        Assert.Contains("已撤回同意", WebUtility.HtmlDecode(await withdrawn.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("最低生活保障资金发放", WebUtility.HtmlDecode(await anyone.GetStringAsync("/apply/replies")), StringComparison.Ordinal);
        var refused = await PostAsync(officer, id, "Publish", new() { ["publish"] = "true" });
        Assert.Contains("申请人未同意（或已撤回同意）公开答复", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_with_only_a_postal_address_is_registered_with_its_scan_and_a_receipt_to_post_back()
    {
        var officer = await host.SignInAsync("czj.officer");
        var body = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var now = host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var r = await TestHost.PostFormAsync(officer, "/staff/applications/new", new()
        {
            ["SubmissionKey"] = Guid.NewGuid().ToString("N"),
            ["Channel"] = nameof(Channel.SignedPost),
            ["ArrivedAt"] = now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["ConfirmedOn"] = Iso(Today),
            ["Form.BodyId"] = body.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.ApplicantType"] = "Person",
            ["Form.Name"] = "孙八",
            ["Form.IdDocument"] = "ResidentCard",
            ["Form.IdNumber"] = ApplicationTests.IdNumber(305),
            ["Form.Phone"] = "",
            ["Form.Email"] = "",
            ["Form.Address"] = "重庆市巫溪县宁河街道滨河路8号",
            ["Form.Postcode"] = "405800",
            ["Form.Description"] = "2026年宁河街道老旧小区改造计划",
            ["Form.Delivery"] = nameof(Delivery.PaperByPost),
            ["Form.PublishConsent"] = "true",
        });
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
        var app = await host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.ApplicantName == "孙八"));
        Assert.Null(app.Phone);
        Assert.Null(app.Email);
        Assert.True(app.PublishConsent);
        Assert.Equal(ApplicationState.InProgress, app.State);

        // Nothing at all to reach the applicant by is still refused, in Chinese.
        var none = await TestHost.PostFormAsync(host.NewClient(), "/apply", ApplicationTests.Fields("周九", "2026年预算", ApplicationTests.IdNumber(306), body)
            .Concat(new Dictionary<string, string> { ["Form.Phone"] = "", ["Form.Email"] = "", ["Form.Address"] = "", ["Form.Delivery"] = "ElectronicFile" })
            .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        Assert.Contains("请至少填写联系电话、电子邮箱或通讯地址中的一项", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The scanned letter: PDF or image, checked by content.
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(officer, app.Id, "Letter", "来信扫描.pdf", Pdf)).StatusCode);
        var word = await UploadAsync(officer, app.Id, "Letter", "来信.exe.pdf", Exe);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, word.StatusCode);
        var scan = Assert.Single(await FilesAsync(app.Id));
        Assert.Equal(ApplicationFileKind.Letter, scan.Kind);
        var download = await officer.GetAsync($"/staff/applications/{app.Id}?handler=File&fileId={scan.Id}");
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // The receipt: number, code, date received, statutory due date, the request and how to query.
        var receipt = WebUtility.HtmlDecode(await officer.GetStringAsync($"/staff/applications/{app.Id}/receipt"));
        var secret = await host.WithDbAsync((db, sp) => Task.FromResult(sp.GetRequiredService<ApplicationService>().ReceiptSecret(app)));
        Assert.Contains("政府信息公开申请登记回执", receipt, StringComparison.Ordinal);
        Assert.Contains(app.TrackingNumber, receipt, StringComparison.Ordinal);
        Assert.Contains(secret!, receipt, StringComparison.Ordinal);
        Assert.Contains(ReplyLetter.ChineseDate(app.ReceivedOn!.Value), receipt, StringComparison.Ordinal);
        Assert.Contains(ReplyLetter.ChineseDate(app.DueOn!.Value) + "前", receipt, StringComparison.Ordinal);
        Assert.Contains("2026年宁河街道老旧小区改造计划", receipt, StringComparison.Ordinal);
        Assert.Contains("/apply/status", receipt, StringComparison.Ordinal);
        Assert.Contains("收到你以信函申请", receipt, StringComparison.Ordinal);
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.Action == "receipt-printed" && e.EntityId == app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task The_public_form_records_the_consent_to_publish()
    {
        var body = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var fields = ApplicationTests.Fields("吴十", "2026年财政专项资金分配结果", ApplicationTests.IdNumber(307), body);
        fields["Form.PublishConsent"] = "true";
        var r = await TestHost.PostFormAsync(host.NewClient(), "/apply", fields);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.True(await host.WithDbAsync((db, _) => db.Applications.Where(a => a.ApplicantName == "吴十").Select(a => a.PublishConsent).SingleAsync()));
        var form = WebUtility.HtmlDecode(await host.NewClient().GetStringAsync("/apply"));
        Assert.Contains("name=\"Form.PublishConsent\"", form, StringComparison.Ordinal);
    }
}

public sealed class ApplicationDeliveryTestsSqlite(BusySqliteHost f) : ApplicationDeliveryTests(f.Host), IClassFixture<BusySqliteHost>;

public sealed class ApplicationDeliveryTestsPostgres(BusyPostgresHost f) : ApplicationDeliveryTests(f.Host), IClassFixture<BusyPostgresHost>;
