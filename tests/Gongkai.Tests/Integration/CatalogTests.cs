using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Notifications;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

public abstract partial class CatalogTests(TestHost host)
{
    internal static Dictionary<string, string> ItemFields(string title, string writtenOn = "2026-11-20", string body = "<p>为进一步做好政府信息公开工作，现将有关事项通知如下。</p>") => new()
    {
        ["Form.Title"] = title,
        ["Form.DocumentNumber"] = "巫溪财发〔2026〕18号",
        ["Form.WrittenOn"] = writtenOn,
        ["Form.Topic"] = "03",
        ["Form.StatutoryCategory"] = "a20-07",
        ["Form.KeyArea"] = "czys-bm",
        ["Form.Keywords"] = "财政 预算 公开",
        ["Form.Validity"] = "Valid",
        ["Form.Mode"] = "Proactive",
        ["Form.Scope"] = "面向全社会",
        ["Form.Summary"] = "公开本局 2027 年部门预算。",
        ["Form.BodyHtml"] = body,
    };

    private async Task<int> BodyIdAsync(string code) => await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    private async Task<int> CreateAsync(HttpClient editor, string title, string writtenOn = "2026-11-20", string body = "<p>正文。</p>")
    {
        var fields = ItemFields(title, writtenOn, body);
        fields["Form.BodyId"] = (await BodyIdAsync("czj")).ToString();
        var r = await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return int.Parse(r.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Creates an item as the editor and takes it through both review stages to publication; returns its id.</summary>
    internal static async Task<int> PublishAsync(HttpClient editor, HttpClient reviewer, HttpClient approver, int bodyId, string title, string body = "<p>为进一步做好政府信息公开工作，现将有关事项通知如下。</p>")
    {
        var fields = ItemFields(title, body: body);
        fields["Form.BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, ReviewAction.Submit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(approver, id, ReviewAction.Approve)).StatusCode);
        return id;
    }

    internal static async Task<HttpResponseMessage> ActAsync(HttpClient client, int id, ReviewAction action, string? comment = null)
    {
        var page = await (await client.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync();
        var revision = Regex.Match(page, "name=\"revision\" value=\"(\\d+)\"").Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["action"] = action.ToString(),
            ["comment"] = comment ?? "",
            ["revision"] = revision.Length > 0 ? revision : "0",
        };
        if (action == ReviewAction.ClearConfidentiality)
        {
            AnswerChecklist(page, fields, _ => "否");
        }

        return await TestHost.PostFormAsync(client, $"/staff/catalog/{id}?handler=Act", fields, formPage: $"/staff/catalog/{id}");
    }

    /// <summary>Answers every checklist question the page asks, as the reviewer's radio buttons would post them.</summary>
    internal static void AnswerChecklist(string page, Dictionary<string, string> fields, Func<string, string> answer)
    {
        var questions = QuestionPattern().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            fields[$"question[{i}]"] = questions[i];
            fields[$"answer[{i}]"] = answer(questions[i]);
        }
    }

    [GeneratedRegex("name=\"question\" value=\"([^\"]+)\"")]
    private static partial Regex QuestionPattern();

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string name, byte[] content)
    {
        var page = await (await client.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", name },
        };
        return await client.PostAsync($"/staff/catalog/{id}?handler=Upload", form);
    }

    [Fact]
    public async Task An_item_goes_through_both_reviews_with_a_return_and_reaches_the_portal_feed_and_archive()
    {
        var editor = await host.SignInAsync("czj.editor");
        var reviewer = await host.SignInAsync("czj.reviewer");
        var leader = await host.SignInAsync("czj.leader");
        var id = await CreateAsync(editor, "巫溪县财政局2027年部门预算公开说明", body: "<p>预算说明。</p><script>alert(1)</script><p onclick=\"x()\">附表见附件。</p>");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(editor, id, "2027年部门预算.pdf", Samples.Pdf())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, ReviewAction.Submit)).StatusCode);

        // The editor may not pass their own item through review.
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(editor, id, ReviewAction.ClearConfidentiality)).StatusCode);
        var returned = await ActAsync(reviewer, id, ReviewAction.Return, "请补充三公经费说明。");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var noComment = await ActAsync(reviewer, id, ReviewAction.Return);
        Assert.Contains("当前状态（已退回修改）下不能", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var fields = ItemFields("巫溪县财政局2027年部门预算公开说明（含三公经费）");
        var page = await (await editor.GetAsync($"/staff/catalog/{id}/edit")).Content.ReadAsStringAsync();
        fields["Form.Revision"] = Regex.Match(page, "name=\"Form.Revision\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(editor, $"/staff/catalog/{id}/edit", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, ReviewAction.Submit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(leader, id, ReviewAction.Approve)).StatusCode);

        var item = await host.WithDbAsync((db, _) => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(ItemState.Published, item.State);
        Assert.DoesNotContain("script", item.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", item.BodyHtml, StringComparison.OrdinalIgnoreCase);
        var steps = await host.WithDbAsync((db, _) => db.ReviewSteps.Where(s => s.ItemId == id).OrderBy(s => s.Id).Select(s => s.Action + ":" + s.ActorName).ToListAsync());
        Assert.Equal(["Submit:czj.editor", "Return:czj.reviewer", "Submit:czj.editor", "ClearConfidentiality:czj.reviewer", "Approve:czj.leader"], steps);

        var citizen = host.NewClient();
        var itemPage = await citizen.GetAsync($"/items/{id}");
        var html = await itemPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, itemPage.StatusCode);
        Assert.Contains("（含三公经费）", html, StringComparison.Ordinal);
        Assert.Contains(item.IndexNumber, html, StringComparison.Ordinal);
        Assert.Contains("巫溪财发〔2026〕18号", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/svg", html, StringComparison.Ordinal);
        Assert.StartsWith("public", itemPage.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        var file = await citizen.GetAsync($"/items/{id}/files/1");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Samples.Pdf(), await file.Content.ReadAsByteArrayAsync());
        Assert.Contains("2027", file.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);

        var feed = await (await citizen.GetAsync("/feeds/bodies/czj.atom")).Content.ReadAsStringAsync();
        Assert.Contains($"/items/{id}", feed, StringComparison.Ordinal);
        Assert.Contains($"/items/{id}", await (await citizen.GetAsync("/feeds/categories/czys.rss")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("sitemaps/items-1.xml", await (await citizen.GetAsync("/sitemap.xml")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"/items/{id}</loc>", await (await citizen.GetAsync("/sitemaps/items-1.xml")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"/items/{id}", await (await citizen.GetAsync("/catalog?body=czj&area=czys")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var problems = await host.WithDbAsync((db, _) => Archive.VerifyAsync(db));
        Assert.Empty(problems);
        Assert.True(await host.WithDbAsync((db, _) => db.ArchiveEntries.AnyAsync(e => e.ItemId == id && e.Manifest.Contains("2027年部门预算.pdf"))));
    }

    [Fact]
    public async Task Index_numbers_follow_the_pattern_and_are_never_reused_or_regenerated()
    {
        var editor = await host.SignInAsync("czj.editor");
        var a = await CreateAsync(editor, "索引号测试一", writtenOn: "2031-03-02");
        var b = await CreateAsync(editor, "索引号测试二", writtenOn: "2031-05-06");
        var (na, nb, org) = await host.WithDbAsync(async (db, _) => (
            await db.CatalogItems.Where(i => i.Id == a).Select(i => i.IndexNumber).SingleAsync(),
            await db.CatalogItems.Where(i => i.Id == b).Select(i => i.IndexNumber).SingleAsync(),
            await db.Bodies.Where(x => x.Code == "czj").Select(x => x.OrganizationCode).SingleAsync()));
        Assert.Equal($"{org}/2031-00001", na);
        Assert.Equal($"{org}/2031-00002", nb);

        // Withdrawing keeps the number; the next item gets a new one.
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, b, ReviewAction.Withdraw, "重复录入")).StatusCode);
        var c = await CreateAsync(editor, "索引号测试三", writtenOn: "2031-06-01");

        // A new pattern applies to new items only.
        await host.WithDbAsync(async (db, _) =>
        {
            var body = await db.Bodies.SingleAsync(x => x.Code == "czj");
            body.IndexPattern = "{机构代码}-{YYYY}-{NNNNNN}";
            return await db.SaveChangesAsync();
        });
        var d = await CreateAsync(editor, "索引号测试四", writtenOn: "2031-07-01");
        await host.WithDbAsync(async (db, _) =>
        {
            var body = await db.Bodies.SingleAsync(x => x.Code == "czj");
            body.IndexPattern = null;
            return await db.SaveChangesAsync();
        });
        var numbers = await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Id == a || i.Id == b || i.Id == c || i.Id == d).OrderBy(i => i.Id).Select(i => i.IndexNumber).ToListAsync());
        Assert.Equal([$"{org}/2031-00001", $"{org}/2031-00002", $"{org}/2031-00003", $"{org}-2031-000004"], numbers);
        Assert.Equal(ItemState.Withdrawn, await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Id == b).Select(i => i.State).SingleAsync()));
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_refused_in_Chinese()
    {
        var editor = await host.SignInAsync("czj.editor");
        var id = await CreateAsync(editor, "附件检查");
        var exe = await UploadAsync(editor, id, "通知.pdf", Samples.Executable());
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("内容不是可接受的格式", await exe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var docx = await UploadAsync(editor, id, "..\\..\\etc\\通知<1>.docx", Samples.Docx("通知"));
        Assert.Equal(HttpStatusCode.Redirect, docx.StatusCode);
        var stored = await host.WithDbAsync((db, _) => db.Attachments.Where(x => x.ItemId == id).ToListAsync());
        var a = Assert.Single(stored);
        Assert.Equal("通知_1_.docx", a.FileName);
        Assert.Equal(Files.Docx.ContentType, a.ContentType);

        // The same bytes uploaded twice are stored once.
        await UploadAsync(editor, id, "副本.docx", Samples.Docx("通知"));
        Assert.Equal(1, await host.WithDbAsync((db, _) => db.Blobs.CountAsync(x => x.Sha256 == a.Sha256)));
    }

    [Fact]
    public async Task A_correction_makes_a_new_version_and_the_portal_says_so()
    {
        var editor = await host.SignInAsync("czj.editor");
        var reviewer = await host.SignInAsync("czj.reviewer");
        var leader = await host.SignInAsync("czj.leader");
        var id = await CreateAsync(editor, "关于公布2027年行政事业性收费项目的通知");
        await ActAsync(editor, id, ReviewAction.Submit);
        await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality);
        await ActAsync(leader, id, ReviewAction.Approve);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, ReviewAction.Correct, "更正第三项收费标准。")).StatusCode);

        // While the correction is reviewed, the public still sees version 1.
        var fields = ItemFields("关于公布2027年行政事业性收费项目的通知（更正）");
        var page = await (await editor.GetAsync($"/staff/catalog/{id}/edit")).Content.ReadAsStringAsync();
        fields["Form.Revision"] = Regex.Match(page, "name=\"Form.Revision\" value=\"(\\d+)\"").Groups[1].Value;
        await TestHost.PostFormAsync(editor, $"/staff/catalog/{id}/edit", fields);
        var during = await (await host.NewClient().GetAsync($"/items/{id}?v=during")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("（更正）", during, StringComparison.Ordinal);

        await ActAsync(editor, id, ReviewAction.Submit);
        await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality);
        await ActAsync(leader, id, ReviewAction.Approve);
        var after = await (await host.NewClient().GetAsync($"/items/{id}?v=after")).Content.ReadAsStringAsync();
        Assert.Contains("（更正）", after, StringComparison.Ordinal);
        Assert.Contains("更正说明：更正第三项收费标准。", after, StringComparison.Ordinal);
        Assert.Equal([1, 2], await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.ItemId == id).OrderBy(e => e.Id).Select(e => e.VersionNumber).ToListAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, ReviewAction.Withdraw, "收费项目已取消。")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await host.NewClient().GetAsync($"/items/{id}?v=gone")).StatusCode);
    }

    [Fact]
    public async Task The_deadline_scanner_reminds_once_in_app_and_by_email()
    {
        await using var smtp = new SmtpSink();
        var editor = await host.SignInAsync("czj.editor");
        // Written long ago and never published: overdue by now.
        var id = await CreateAsync(editor, "逾期未公开的信息", writtenOn: "2026-09-01");
        await host.WithDbAsync(async (db, _) =>
        {
            foreach (var u in await db.Users.Where(u => u.UserName!.StartsWith("czj.")).ToListAsync())
            {
                u.Email = u.UserName + "@cqwx.gov.cn";
            }

            return await db.SaveChangesAsync();
        });
        var first = await host.WithDbAsync((_, sp) => sp.GetRequiredService<DeadlineScanner>().RunOnceAsync());
        var second = await host.WithDbAsync((_, sp) => sp.GetRequiredService<DeadlineScanner>().RunOnceAsync());
        Assert.True(first >= 3);
        Assert.Equal(0, second);
        var mine = await host.WithDbAsync((db, _) => db.Notifications.Where(n => n.Key.StartsWith($"catalog:{id}:overdue:")).ToListAsync());
        // The editor, both reviewers (czj.reviewer, czj.leader) and the body administrator.
        Assert.Equal(4, mine.Count);
        Assert.Contains("已超期", mine[0].Subject, StringComparison.Ordinal);
        Assert.Contains("已超期", await (await editor.GetAsync("/staff")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var settings = new SmtpSettings("127.0.0.1", smtp.Port, "xxgk@cqwx.gov.cn");
        var sent = await host.WithDbAsync((db, _) => new EmailOutbox(db, settings).SendPendingAsync());
        var again = await host.WithDbAsync((db, _) => new EmailOutbox(db, settings).SendPendingAsync());
        Assert.True(sent >= 3);
        Assert.Equal(0, again);
        Assert.Contains(smtp.Messages, m => m.To == "czj.editor@cqwx.gov.cn");
        Assert.Equal(smtp.Messages.Count, smtp.Messages.Select(m => m.To + m.Data).Distinct().Count());
    }

    [Fact]
    public async Task The_archive_names_a_changed_file_and_a_changed_row_and_exports_a_checkable_package()
    {
        var editor = await host.SignInAsync("czj.editor");
        var reviewer = await host.SignInAsync("czj.reviewer");
        var leader = await host.SignInAsync("czj.leader");
        var id = await CreateAsync(editor, "档案校验测试");
        var content = Samples.Pdf("archive test " + Guid.NewGuid());
        await UploadAsync(editor, id, "档案附件.pdf", content);
        await ActAsync(editor, id, ReviewAction.Submit);
        await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality);
        await ActAsync(leader, id, ReviewAction.Approve);
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));

        var dir = Path.Combine(TestDatabases.NewDataDirectory(), "export");
        var year = await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.ItemId == id).Select(v => v.Year).SingleAsync());
        var bodyId = await BodyIdAsync("czj");
        Assert.True(await host.WithDbAsync((db, _) => ArchivePackage.ExportAsync(db, bodyId, year, dir)) >= 1);
        Assert.Empty(ArchivePackage.Verify(dir));

        var sha = Archive.Sha256(content);
        var tampered = (byte[])content.Clone();
        tampered[^3] ^= 1;
        await host.WithDbAsync((db, _) => db.Blobs.Where(b => b.Sha256 == sha).ExecuteUpdateAsync(s => s.SetProperty(b => b.Content, tampered)));
        await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.ItemId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Title, "被篡改的标题")));
        var problems = await host.WithDbAsync((db, _) => Archive.VerifyAsync(db));
        Assert.Contains(problems, p => p.What.Contains("档案附件.pdf", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.What.Contains("记录被改动", StringComparison.Ordinal));

        File.WriteAllBytes(Path.Combine(dir, "files", sha), tampered);
        Assert.Contains(ArchivePackage.Verify(dir), p => p.Contains("档案附件.pdf", StringComparison.Ordinal));

        // Put things back for the other tests of this class.
        await host.WithDbAsync((db, _) => db.Blobs.Where(b => b.Sha256 == sha).ExecuteUpdateAsync(s => s.SetProperty(b => b.Content, content)));
        await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.ItemId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Title, "档案校验测试")));
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));
    }

    [Fact]
    public async Task An_import_keeps_given_index_numbers_reports_rejects_and_is_safe_to_rerun()
    {
        var org = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "jw").Select(b => b.OrganizationCode).SingleAsync());
        var csv = Path.Combine(TestDatabases.NewDataDirectory(), "history.csv");
        await File.WriteAllTextAsync(csv, $"""
            body,index_number,title,summary,document_number,written_on,published_on,topic,category,key_area,keywords,validity,body_html
            jw,{org}/2014-00007,巫溪县教育委员会关于2014年秋季学期义务教育阶段招生工作的通知,,巫溪教委发〔2014〕31号,2014-07-10,2014-07-15,10,a20-11,ggfw-jy,招生 义务教育,有效,"<p>各中小学校：</p><p>现将2014年秋季学期招生工作通知如下，""请""认真执行。</p>"
            jw,,巫溪县2014年学前教育资助资金分配公示,,,2014-09-01,2014-09-03,10,a20-11,ggfw-jy,,有效,<p>公示内容见附表。</p>
            nosuch,,单位不存在的行,,,2014-09-01,2014-09-03,10,a20-11,,,有效,<p>x</p>
            jw,,日期错误的行,,,2014-13-01,2014-09-03,10,a20-11,,,有效,<p>x</p>
            jw,,发布早于成文的行,,,2014-09-05,2014-09-03,10,a20-11,,,有效,<p>x</p>
            jw,{org}/2014-00007,索引号重复的行,,,2014-09-01,2014-09-03,10,a20-11,,,有效,<p>x</p>
            jw,,"未闭合引号的行
            """);
        var result = await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(CatalogImporter.ReadFile(csv), batchSize: 2));
        Assert.Equal(2, result.Imported);
        Assert.Equal(5, result.Rejected.Count);
        Assert.Contains(result.Rejected, r => r.Reason.Contains("发布单位代码“nosuch”不存在", StringComparison.Ordinal) && r.Line == 4);
        Assert.Contains(result.Rejected, r => r.Reason.Contains("成文日期", StringComparison.Ordinal));
        Assert.Contains(result.Rejected, r => r.Reason.Contains("发布日期早于成文日期", StringComparison.Ordinal));
        Assert.Contains(result.Rejected, r => r.Reason.Contains("已被其他信息使用", StringComparison.Ordinal));
        Assert.Contains(result.Rejected, r => r.Reason.Contains("引号未闭合", StringComparison.Ordinal));

        var again = await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(CatalogImporter.ReadFile(csv)));
        Assert.Equal(0, again.Imported);
        Assert.Equal(2, again.Skipped);
        var kept = await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.IndexNumber == org + "/2014-00007").Select(i => i.BodyHtml).SingleAsync());
        Assert.Contains("\"请\"", kept, StringComparison.Ordinal);
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.Action == "imported" && e.EntityType == "CatalogItem")));
    }
}

public sealed class CatalogTestsSqlite(SqliteHost f) : CatalogTests(f.Host), IClassFixture<SqliteHost>;

public sealed class CatalogTestsPostgres(PostgresHost f) : CatalogTests(f.Host), IClassFixture<PostgresHost>;
