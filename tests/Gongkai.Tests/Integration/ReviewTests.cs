using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Review that catches what must not be published: the scan, the acknowledgements and the checklist (issue 11, S2).</summary>
public abstract partial class ReviewTests(TestHost host)
{
    private const string Carrying = "<p>申请人张某，身份证号500238199001011238，联系电话13983012345。</p><p>本文件内部资料，注意保密。</p>";

    private static readonly string[] Named =
    [
        "身份证号码“500238********1238”（正文）",
        "手机号码“139****2345”（正文）",
        "内部或保密字样“内部资料”（正文）",
        "内部或保密字样“注意保密”（正文）",
    ];

    private async Task<int> CreateAsync(HttpClient editor, string title, string body)
    {
        var fields = CatalogTests.ItemFields(title, body: body);
        fields["Form.BodyId"] = (await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync())).ToString();
        var r = await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return int.Parse(r.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts a review action as the item page's form would, with a reason for each hit the page asks about.</summary>
    private static async Task<HttpResponseMessage> ActAsync(HttpClient client, int id, ReviewAction action, Func<string, string>? reason = null, Func<string, string>? answer = null)
    {
        var page = await (await client.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>
        {
            ["action"] = action.ToString(),
            ["revision"] = Regex.Match(page, "name=\"revision\" value=\"(\\d+)\"").Groups[1].Value,
        };
        var keys = HitKey().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            fields[$"hitKey[{i}]"] = keys[i];
            fields[$"hitReason[{i}]"] = reason?.Invoke(keys[i]) ?? "";
        }

        if (action == ReviewAction.ClearConfidentiality)
        {
            CatalogTests.AnswerChecklist(page, fields, answer ?? (_ => "否"));
        }

        return await TestHost.PostFormAsync(client, $"/staff/catalog/{id}?handler=Act", fields, formPage: $"/staff/catalog/{id}");
    }

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Redirect
            ? await (await client.GetAsync(r.Headers.Location!.OriginalString)).Content.ReadAsStringAsync()
            : await r.Content.ReadAsStringAsync();

    private Task<ItemState> StateAsync(int id) => host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Id == id).Select(i => i.State).SingleAsync());

    private static string Reason(string key) => key.StartsWith("IdNumber", StringComparison.Ordinal) ? "本人书面同意公开（见附件同意书）"
        : key.StartsWith("Mobile", StringComparison.Ordinal) ? "为本局对外公布的值班手机"
        : "原稿套用了内部模板，字样已核实不影响公开";

    [Fact]
    public async Task An_item_with_an_ID_number_a_mobile_and_an_internal_marking_is_published_only_after_each_is_acknowledged()
    {
        var editor = await host.SignInAsync("czj.editor");
        var reviewer = await host.SignInAsync("czj.reviewer");
        var id = await CreateAsync(editor, "巫溪县财政局关于补助资金申请人的说明", Carrying);

        // The editor may submit, and is told what the reviewer will have to look at.
        var submitted = await FollowAsync(editor, await ActAsync(editor, id, ReviewAction.Submit));
        Assert.Contains("敏感信息检查发现 4 处", submitted, StringComparison.Ordinal);
        Assert.All(Named, n => Assert.Contains(n, WebUtility.HtmlDecode(submitted), StringComparison.Ordinal));
        Assert.Equal(ItemState.Submitted, await StateAsync(id));

        // The reviewer sees each hit in context, the matched part marked.
        var page = WebUtility.HtmlDecode(await (await reviewer.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("身份证号<mark>500238199001011238</mark>，联系电话13", page, StringComparison.Ordinal);
        Assert.Contains("本文件<mark>内部资料</mark>，注意保密。", page, StringComparison.Ordinal);

        // Without acknowledgements the confidentiality stage cannot be passed; the message names every hit.
        var refused = WebUtility.HtmlDecode(await FollowAsync(reviewer, await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality)));
        Assert.Contains("有 4 处敏感信息未确认，不能“保密审查通过”", refused, StringComparison.Ordinal);
        Assert.All(Named, n => Assert.Contains(n, refused, StringComparison.Ordinal));
        Assert.Equal(ItemState.Submitted, await StateAsync(id));

        // One reason missing still refuses, naming only that hit; a 是 without a note refuses too.
        var partly = WebUtility.HtmlDecode(await FollowAsync(reviewer, await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality, k => k.StartsWith("Mobile", StringComparison.Ordinal) ? "" : Reason(k))));
        Assert.Contains("有 1 处敏感信息未确认", partly, StringComparison.Ordinal);
        Assert.Contains("手机号码“139****2345”（正文）", partly, StringComparison.Ordinal);
        var yes = WebUtility.HtmlDecode(await FollowAsync(reviewer, await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality, Reason, q => q.Contains("个人隐私", StringComparison.Ordinal) ? "是" : "否")));
        Assert.Contains("“是否涉及个人隐私”答“是”的，须在说明中写明为何仍可公开", yes, StringComparison.Ordinal);
        Assert.Equal(0, await host.WithDbAsync((db, _) => db.ReviewChecks.CountAsync(c => c.ItemId == id)));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality, Reason)).StatusCode);
        Assert.Equal(ItemState.ConfidentialityCleared, await StateAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(await host.SignInAsync("czj.leader"), id, ReviewAction.Approve)).StatusCode);
        Assert.Equal(ItemState.Published, await StateAsync(id));

        // Acknowledgements and answers are audited, masked, and archived with version 1.
        var ids = await host.WithDbAsync((db, _) => db.ReviewChecks.Where(c => c.ItemId == id).Select(c => c.Id.ToString()).ToListAsync());
        var events = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "ReviewCheck" && ids.Contains(e.EntityId)).ToListAsync());
        Assert.Equal(4 + ReviewSettings.DefaultChecklist.Count, events.Select(e => e.EntityId).Distinct().Count());
        var audit = events.Select(e => e.Changes).ToList();
        Assert.Contains(audit, a => a.Contains("500238********1238", StringComparison.Ordinal) && a.Contains("本人书面同意公开", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, a => a.Contains("500238199001011238", StringComparison.Ordinal) || a.Contains("13983012345", StringComparison.Ordinal));
        var version = await host.WithDbAsync((db, _) => db.CatalogVersions.SingleAsync(v => v.ItemId == id));
        var entry = await host.WithDbAsync((db, _) => db.ArchiveEntries.SingleAsync(e => e.VersionId == version.Id));
        foreach (var archived in new[] { version.ReviewChecks!, entry.Manifest })
        {
            var text = Regex.Unescape(archived);
            Assert.Contains("IdNumber|正文|500238********1238", text, StringComparison.Ordinal);
            Assert.Contains("Mobile|正文|139****2345", text, StringComparison.Ordinal);
            Assert.Contains("为本局对外公布的值班手机", text, StringComparison.Ordinal);
            Assert.Contains("是否涉及国家秘密", text, StringComparison.Ordinal);
            Assert.DoesNotContain("500238199001011238", text, StringComparison.Ordinal);
        }

        Assert.All(await host.WithDbAsync((db, _) => db.ReviewChecks.Where(c => c.ItemId == id).ToListAsync()), c => Assert.Equal(1, c.VersionNumber));
        var published = WebUtility.HtmlDecode(await (await reviewer.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("第 1 版公开前的审查记录（已归档）", published, StringComparison.Ordinal);
        Assert.Contains("确认 手机号码“139****2345”（正文）。为本局对外公布的值班手机", published, StringComparison.Ordinal);
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));

        // The archived acknowledgements are under the chain: changing one is found.
        var original = version.ReviewChecks!;
        await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReviewChecks, original.Replace("为本局对外公布的值班手机", "无", StringComparison.Ordinal))));
        var problems = await host.WithDbAsync((db, _) => Archive.VerifyAsync(db));
        await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReviewChecks, original)));
        Assert.Contains(problems, p => p.What.Contains("与归档清单不一致", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Where_there_is_no_confidentiality_stage_approval_itself_is_refused_until_the_hits_are_acknowledged()
    {
        await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").ExecuteUpdateAsync(s => s.SetProperty(b => b.RequiresConfidentialityReview, false)));
        try
        {
            var editor = await host.SignInAsync("czj.editor");
            var reviewer = await host.SignInAsync("czj.reviewer");
            var id = await CreateAsync(editor, "巫溪县财政局补助资金发放情况", Carrying);
            await ActAsync(editor, id, ReviewAction.Submit);
            Assert.Equal(ItemState.ConfidentialityCleared, await StateAsync(id));

            var refused = WebUtility.HtmlDecode(await FollowAsync(reviewer, await ActAsync(reviewer, id, ReviewAction.Approve)));
            Assert.Contains("有 4 处敏感信息未确认，不能“审核通过并公开”", refused, StringComparison.Ordinal);
            Assert.All(Named, n => Assert.Contains(n, refused, StringComparison.Ordinal));
            Assert.Equal(ItemState.ConfidentialityCleared, await StateAsync(id));
            Assert.Equal(0, await host.WithDbAsync((db, _) => db.CatalogVersions.CountAsync(v => v.ItemId == id)));

            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, ReviewAction.Approve, Reason)).StatusCode);
            Assert.Equal(ItemState.Published, await StateAsync(id));
            var checks = await host.WithDbAsync((db, _) => db.ReviewChecks.Where(c => c.ItemId == id).OrderBy(c => c.Id).ToListAsync());
            Assert.Equal(4, checks.Count);
            Assert.All(checks, c => Assert.Equal(("czj.reviewer", ItemState.ConfidentialityCleared, CheckKind.Hit, 1), (c.ActorName, c.Stage, c.Kind, c.VersionNumber)));
        }
        finally
        {
            await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").ExecuteUpdateAsync(s => s.SetProperty(b => b.RequiresConfidentialityReview, true)));
        }
    }

    [Fact]
    public async Task The_county_edits_its_checklist_and_words_and_a_new_item_has_no_category_until_one_is_chosen()
    {
        var admin = await host.SignInAsync("admin");
        var saved = await TestHost.PostFormAsync(admin, "/staff/catalog/review-settings", new()
        {
            ["checklist"] = "是否涉及国家秘密\n是否涉及未公开的拆迁补偿底数\n",
            ["words"] = "拆迁补偿底数\n",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editorOnly = await host.SignInAsync("czj.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editorOnly.GetAsync("/staff/catalog/review-settings")).StatusCode);
        Assert.Equal(2, await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync(e => e.EntityType == "Setting" && e.EntityId.StartsWith("catalog.review."))));

        try
        {
            var form = WebUtility.HtmlDecode(await (await editorOnly.GetAsync("/staff/catalog/new")).Content.ReadAsStringAsync());
            Assert.Matches("<select id=\"f-cat\"[^>]*required[^>]*>\\s*<option value=\"\" selected=\"selected\">请选择</option>", form);
            Assert.Contains("<dt>财政预算、决算信息</dt>", form, StringComparison.Ordinal);
            var fields = CatalogTests.ItemFields("没有选类别的信息");
            fields["Form.StatutoryCategory"] = "";
            fields["Form.BodyId"] = (await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync())).ToString();
            var noCategory = WebUtility.HtmlDecode(await (await TestHost.PostFormAsync(editorOnly, "/staff/catalog/new", fields)).Content.ReadAsStringAsync());
            Assert.Contains("请选择“法定主动公开内容”类别", noCategory, StringComparison.Ordinal);

            var reviewer = await host.SignInAsync("czj.reviewer");
            var id = await CreateAsync(editorOnly, "宁河街道拆迁安置工作通报", "<p>本次拆迁补偿底数另行通知。</p>");
            await ActAsync(editorOnly, id, ReviewAction.Submit);
            var page = WebUtility.HtmlDecode(await (await reviewer.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync());
            Assert.Contains("本次<mark>拆迁补偿底数</mark>另行通知。", page, StringComparison.Ordinal);
            Assert.Contains("<legend>是否涉及未公开的拆迁补偿底数</legend>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("是否涉及商业秘密", page, StringComparison.Ordinal);
            Assert.Contains("本县敏感词", page, StringComparison.Ordinal);
            var yes = WebUtility.HtmlDecode(await FollowAsync(reviewer, await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality, _ => "底数已由指挥部公布", q => q.Contains("拆迁", StringComparison.Ordinal) ? "是" : "否")));
            Assert.Contains("“是否涉及未公开的拆迁补偿底数”答“是”的，须在说明中写明为何仍可公开，否则请退回修改。", yes, StringComparison.Ordinal);
            Assert.Equal(ItemState.Submitted, await StateAsync(id));
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, ReviewAction.ClearConfidentiality, _ => "底数已由指挥部公布")).StatusCode);
            var answers = await host.WithDbAsync((db, _) => db.ReviewChecks.Where(c => c.ItemId == id).OrderBy(c => c.Id).ToListAsync());
            Assert.Equal(["Hit CountyWord|正文|拆迁补偿底数 已确认", "Question 是否涉及国家秘密 否", "Question 是否涉及未公开的拆迁补偿底数 否"], answers.Select(c => $"{c.Kind} {c.Subject} {c.Answer}"));
        }
        finally
        {
            await TestHost.PostFormAsync(admin, "/staff/catalog/review-settings", new()
            {
                ["checklist"] = string.Join("\n", ReviewSettings.DefaultChecklist),
                ["words"] = "",
            });
        }
    }

    [Fact]
    public async Task Attachment_text_is_scanned_and_the_hit_names_the_file_while_office_numbers_are_left_alone()
    {
        var editor = await host.SignInAsync("czj.editor");
        var id = await CreateAsync(editor, "巫溪县财政局2027年补助名单", "<p>咨询电话：023-51522318，传真 023-51522319。</p>");
        await host.WithDbAsync(async (db, sp) =>
        {
            var item = await db.CatalogItems.SingleAsync(i => i.Id == id);
            await sp.GetRequiredService<CatalogService>().AttachAsync(item, "补助名单.docx", Samples.Docx("李某 联系人手机15823456789 补助金额 1200 元"));
            return 0;
        });

        var page = WebUtility.HtmlDecode(await (await editor.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("敏感信息检查（1 处）", page, StringComparison.Ordinal);
        Assert.Contains("<td>附件“补助名单.docx”</td>", page, StringComparison.Ordinal);
        Assert.Contains("联系人手机<mark>15823456789</mark> 补助金额", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>023", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"hitKey\" value=\"([^\"]+)\"")]
    private static partial Regex HitKey();
}

public sealed class ReviewTestsSqlite(SqliteHost f) : ReviewTests(f.Host), IClassFixture<SqliteHost>;

public sealed class ReviewTestsPostgres(PostgresHost f) : ReviewTests(f.Host), IClassFixture<PostgresHost>;
