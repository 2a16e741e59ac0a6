using System.Net;
using Gongkai.Catalog;
using Gongkai.Documents;
using Gongkai.ServiceItems;
using Gongkai.Tests.Support;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Service guides through the staff pages: draft, review, publication, correction, versions and events.</summary>
public abstract class ServiceWorkflowTests(TestHost host)
{
    private static Dictionary<string, string> Guide(string name, string conditions, string topics = "就业创业") => new()
    {
        ["Form.Name"] = name,
        ["Form.Type"] = nameof(ServiceItemType.Licensing),
        ["Form.Tier"] = nameof(ServiceTier.County),
        ["Form.Conditions"] = conditions,
        ["Form.LegalBasis"] = "《中华人民共和国行政许可法》\n巫溪府发〔2015〕12号",
        ["Form.StatutoryDays"] = "20",
        ["Form.PromisedDays"] = "5",
        ["Form.Topics"] = topics,
        ["Form.MaterialName[0]"] = "居民身份证",
        ["Form.MaterialForm[0]"] = "原件、复印件",
        ["Form.MaterialCopies[0]"] = "1",
        ["Form.MaterialName[1]"] = "",
    };

    private async Task<int> CreateAsync(HttpClient editor, string code, string name, string conditions, string topics = "就业创业")
    {
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var fields = Guide(name, conditions, topics);
        fields["BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["ItemCode"] = code;
        var response = await TestHost.PostFormAsync(editor, "/staff/services/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(int Revision, ItemState State)> StateAsync(int id) =>
        await host.WithDbAsync((db, _) => db.ServiceItems.Where(i => i.Id == id).Select(i => new ValueTuple<int, ItemState>(i.Revision, i.State)).SingleAsync());

    private async Task<HttpResponseMessage> ActAsync(HttpClient client, int id, GuideAction action, string? comment = null)
    {
        var (revision, _) = await StateAsync(id);
        return await TestHost.PostFormAsync(client, $"/staff/services/{id}?handler=Act",
            new() { ["action"] = action.ToString(), ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["comment"] = comment ?? "" },
            $"/staff/services/{id}");
    }

    [Fact]
    public async Task A_guide_is_drafted_reviewed_published_corrected_and_its_versions_kept()
    {
        var editor = await host.SignInAsync("czj.editor");
        var reviewer = await host.SignInAsync("czj.reviewer");
        var portal = host.NewClient();
        var decision = await host.WithDbAsync(async (db, sp) =>
        {
            var item = await sp.GetRequiredService<CatalogService>().CreateAsync(await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync(),
                new ItemInput("关于调整财政票据管理事项的通知", null, "巫溪府发〔2015〕12号", new DateOnly(2015, 3, 2), null, "03", "a20-01", null, null,
                    Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>通知。</p>"), null);
            // Only its state matters to the link; the review of catalog items is tested elsewhere.
            await db.CatalogItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.State, ItemState.Published));
            return item.Id;
        });
        var id = await CreateAsync(editor, "XK-WF-001", "财政票据购领审批", "具有合法的财政票据使用资格");

        // A draft is nowhere on the portal.
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync("/services/XK-WF-001")).StatusCode);
        Assert.DoesNotContain("财政票据购领审批", await portal.GetStringAsync("/services"), StringComparison.Ordinal);

        // Returned with a comment, resubmitted, approved: published with version 1.
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, GuideAction.Submit)).StatusCode);
        var noComment = await (await ActAsync(reviewer, id, GuideAction.Return)).Content.ReadAsStringAsync();
        Assert.Contains("退回修改须写明修改意见。", noComment, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, GuideAction.Return, "请补充办理地点")).StatusCode);
        Assert.Contains("请补充办理地点", await editor.GetStringAsync($"/staff/services/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, GuideAction.Submit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, GuideAction.Approve)).StatusCode);
        Assert.Equal(ItemState.Published, (await StateAsync(id)).State);
        var guide = await portal.GetStringAsync("/services/XK-WF-001");
        Assert.Contains("具有合法的财政票据使用资格", guide, StringComparison.Ordinal);
        Assert.Contains("<td>居民身份证</td><td>原件、复印件</td><td>1</td>", guide, StringComparison.Ordinal);
        // The 文号 in 设定依据 links to the published catalog item of that number.
        Assert.Contains($"<a href=\"/items/{decision}\">巫溪府发〔2015〕12号</a>", guide, StringComparison.Ordinal);

        // A correction in review leaves the published text public until it is approved.
        var edit = Guide("财政票据购领审批", "已取得财政票据准购证");
        edit["Form.Revision"] = (await StateAsync(id)).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(editor, $"/staff/services/{id}/edit", edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, GuideAction.Submit)).StatusCode);
        guide = await portal.GetStringAsync("/services/XK-WF-001");
        Assert.Contains("具有合法的财政票据使用资格", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("已取得财政票据准购证", guide, StringComparison.Ordinal);
        Assert.Contains("已取得财政票据准购证", await reviewer.GetStringAsync($"/staff/services/{id}"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, GuideAction.Approve)).StatusCode);
        guide = await portal.GetStringAsync("/services/XK-WF-001");
        Assert.Contains("已取得财政票据准购证", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("具有合法的财政票据使用资格", guide, StringComparison.Ordinal);

        // Version 1 is still there to read after version 2.
        var v1 = await editor.GetStringAsync($"/staff/services/{id}/versions/1");
        Assert.Contains("具有合法的财政票据使用资格", v1, StringComparison.Ordinal);
        Assert.Contains("被第 2 版替换", v1, StringComparison.Ordinal);
        Assert.Contains("已取得财政票据准购证", await editor.GetStringAsync($"/staff/services/{id}/versions/2"), StringComparison.Ordinal);
        Assert.Equal([1, 2], await host.WithDbAsync((db, _) => db.ServiceItemVersions.Where(v => v.ItemId == id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync()));

        // Every change went through the audit log.
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync(e => e.EntityType == nameof(ServiceItem) && e.EntityId == id.ToString())) >= 7);

        // Withdrawn with a reason: gone from the portal.
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, GuideAction.Withdraw, "事项已整合")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync("/services/XK-WF-001")).StatusCode);
    }

    [Fact]
    public async Task The_one_who_submitted_a_guide_cannot_approve_it()
    {
        // The system administrator holds both privileges; separation of duties still stops them.
        var admin = await host.SignInAsync("admin");
        var id = await CreateAsync(admin, "XK-WF-002", "自己提交的事项", "无");
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, id, GuideAction.Submit)).StatusCode);
        Assert.Contains("您是该办事指南的提交人，不能审核通过自己提交的内容", await admin.GetStringAsync($"/staff/services/{id}"), StringComparison.Ordinal);
        var refused = await (await ActAsync(admin, id, GuideAction.Approve)).Content.ReadAsStringAsync();
        Assert.Contains("您是该办事指南的提交人，不能审核通过自己提交的内容：须由本单位其他审核人员审核。", refused, StringComparison.Ordinal);
        Assert.Equal(ItemState.Submitted, (await StateAsync(id)).State);

        // A stale revision is refused.
        var reviewer = await host.SignInAsync("czj.reviewer");
        var stale = await TestHost.PostFormAsync(reviewer, $"/staff/services/{id}?handler=Act", new() { ["action"] = "Approve", ["revision"] = "-1" }, $"/staff/services/{id}");
        Assert.Contains("该事项已被他人修改或审核", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ItemState.Submitted, (await StateAsync(id)).State);
    }

    [Fact]
    public async Task Events_recorded_by_a_reviewer_change_the_counts_of_the_catalog()
    {
        var editor = await host.SignInAsync("czj.editor");
        var reviewer = await host.SignInAsync("czj.reviewer");
        var id = await CreateAsync(editor, "XK-WF-003", "将被取消的事项", "无");
        var on = new DateOnly(2026, 3, 1);
        async Task<CatalogCounts> Counts() => await host.WithDbAsync((db, _) => ItemLedger.CountAsync(db, null, on, [db.Bodies.Single(b => b.Code == "czj").Id]));
        var before = await Counts();

        // An editor may not record changes of the catalog.
        var denied = await TestHost.PostFormAsync(editor, $"/staff/services/{id}?handler=Event", new() { ["kind"] = "Cancelled", ["on"] = "2026-02-01" }, $"/staff/services/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var cancel = await TestHost.PostFormAsync(reviewer, $"/staff/services/{id}?handler=Event",
            new() { ["kind"] = "Cancelled", ["on"] = "2026-02-01", ["decision"] = "巫溪府发〔2026〕2号" }, $"/staff/services/{id}");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var after = await Counts();
        Assert.Equal(before.InForce - 1, after.InForce);
        Assert.Equal(before.Count(ItemEventKind.Cancelled) + 1, after.Count(ItemEventKind.Cancelled));

        // Cancelling twice is refused in Chinese; the item page lists the event.
        var again = await TestHost.PostFormAsync(reviewer, $"/staff/services/{id}?handler=Event", new() { ["kind"] = "Cancelled", ["on"] = "2026-02-10" }, $"/staff/services/{id}");
        Assert.Contains("不在实施中，不能登记“取消”", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("巫溪府发〔2026〕2号", await reviewer.GetStringAsync($"/staff/services/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_publishes_new_and_changed_items_with_a_version_and_reads_topics()
    {
        var line = 1L;
        TableRow Row(params (string Key, string Value)[] f) => new(++line, f.ToDictionary(x => x.Key, x => x.Value), null);
        await host.WithDbAsync((db, _) => new ServiceItemImporter(db).ImportAsync([Row(("code", "IMP-WF-1"), ("name", "导入事项"), ("type", "公共服务"), ("body", "czj"), ("topics", "生育收养、户籍办理"))]));
        await host.WithDbAsync((db, _) => new ServiceItemImporter(db).ImportAsync([Row(("code", "IMP-WF-1"), ("conditions", "新条件"))]));
        var (item, versions) = await host.WithDbAsync(async (db, _) =>
        {
            var i = await db.ServiceItems.AsNoTracking().SingleAsync(x => x.Code == "IMP-WF-1");
            return (i, await db.ServiceItemVersions.AsNoTracking().Where(v => v.ItemId == i.Id).OrderBy(v => v.Number).ToListAsync());
        });
        Assert.Equal((ItemState.Published, "生育收养、户籍办理"), (item.State, item.Topics));
        Assert.NotNull(item.PublishedAt);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Contains("新条件", versions[1].Snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain("新条件", versions[0].Snapshot, StringComparison.Ordinal);

        // Browsing by topic (生活事件) shows the items of that topic, with its count beside the option.
        await host.WithDbAsync((db, _) => new ServiceItemImporter(db).ImportAsync([Row(("code", "IMP-WF-2"), ("name", "另一导入事项"), ("type", "公共服务"), ("body", "czj"), ("topics", "社会保障"))]));
        await host.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Gongkai.Web.Portal.PortalCache.Tag, default);
        var byTopic = await host.NewClient().GetStringAsync("/services?topic=" + Uri.EscapeDataString("户籍办理"));
        Assert.Contains("<a href=\"/services/IMP-WF-1\">", byTopic, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/IMP-WF-2\"", byTopic, StringComparison.Ordinal);
        Assert.Contains("户籍办理（1）</option>", byTopic, StringComparison.Ordinal);
        Assert.Contains("/services/IMP-WF-2\"", await host.NewClient().GetStringAsync("/services?topic=" + Uri.EscapeDataString("社会保障")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_material_template_is_uploaded_checked_by_content_and_downloaded_from_the_public_guide()
    {
        var editor = await host.SignInAsync("czj.editor");
        var reviewer = await host.SignInAsync("czj.reviewer");
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var html = await editor.GetStringAsync("/staff/services/new");
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
        async Task<HttpResponseMessage> Post(byte[] file, string code)
        {
            using var form = new MultipartFormDataContent();
            var fields = Guide("带模板的事项", "无");
            fields["BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields["ItemCode"] = code;
            fields["__RequestVerificationToken"] = token;
            foreach (var (k, v) in fields)
            {
                form.Add(new StringContent(v), k);
            }

            form.Add(new ByteArrayContent(file), "template-0", "申请表.pdf");
            return await editor.PostAsync("/staff/services/new", form);
        }

        // A file that is not what it claims is refused by its content, in Chinese.
        var refused = await Post("MZ not a pdf"u8.ToArray(), "TPL-0");
        Assert.Contains("的内容不是可接受的格式", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await Post(pdf, "TPL-1");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, GuideAction.Submit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, GuideAction.Approve)).StatusCode);
        var guide = await host.NewClient().GetStringAsync("/services/TPL-1");
        var link = System.Text.RegularExpressions.Regex.Match(guide, "href=\"(/services/TPL-1/templates/[0-9a-f]{64})\"").Groups[1].Value;
        Assert.Contains("<td>原件、复印件</td><td>1</td>", guide, StringComparison.Ordinal);
        Assert.Equal(pdf, await host.NewClient().GetByteArrayAsync(link));
        Assert.Equal(HttpStatusCode.NotFound, (await host.NewClient().GetAsync("/services/TPL-1/templates/" + new string('0', 64))).StatusCode);
    }

    [Fact]
    public async Task The_yearly_catalog_lists_exactly_the_public_items_in_force_on_31_December()
    {
        var line = 1L;
        TableRow Row(params (string Key, string Value)[] f) => new(++line, f.ToDictionary(x => x.Key, x => x.Value), null);
        await host.WithDbAsync((db, _) => new ServiceItemImporter(db).ImportAsync([
            Row(("code", "YR-1"), ("name", "年度目录在列事项"), ("type", "行政确认"), ("body", "czj"), ("event", "新增"), ("event_on", "2024-01-01")),
            Row(("code", "YR-2"), ("name", "年内取消的事项"), ("type", "行政许可"), ("body", "czj"), ("event", "取消"), ("event_on", "2025-06-01")),
            Row(("code", "YR-3"), ("name", "次年新增的事项"), ("type", "行政许可"), ("body", "czj"), ("event", "新增"), ("event_on", "2026-03-01")),
        ]));
        var expected = await host.WithDbAsync(async (db, _) =>
        {
            var inForce = await ItemLedger.InForceAsync(db, new DateOnly(2025, 12, 31));
            return (await db.ServiceItems.Where(ServiceItem.Public).Select(i => new { i.Id, i.Code }).ToListAsync()).Where(i => inForce.ContainsKey(i.Id)).Select(i => i.Code).ToList();
        });

        // A reviewer of a department may not; the system administrator may.
        var reviewer = await host.SignInAsync("czj.reviewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(reviewer, "/staff/services?handler=Yearly", new() { ["year"] = "2025" }, "/staff/services")).StatusCode);
        var admin = await host.SignInAsync("admin");
        var made = await TestHost.PostFormAsync(admin, "/staff/services?handler=Yearly", new() { ["year"] = "2025" }, "/staff/services");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var itemId = int.Parse(made.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var (item, files) = await host.WithDbAsync(async (db, _) => (await db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == itemId), await db.Attachments.AsNoTracking().Where(a => a.ItemId == itemId).ToListAsync()));
        Assert.Equal(ItemState.Draft, item.State);
        Assert.EndsWith("2025年度政务服务事项目录", item.Title, StringComparison.Ordinal);
        Assert.Contains($"实施的政务服务事项共 {expected.Count} 项。", item.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), System.Text.RegularExpressions.Regex.Matches(item.BodyHtml, "<tr><td>\\d+</td><td>([^<]+)</td>").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.Contains("YR-1", expected);
        Assert.DoesNotContain("YR-2", expected);
        Assert.DoesNotContain("YR-3", expected);
        Assert.Contains("<h3>行政确认（", item.BodyHtml, StringComparison.Ordinal);
        Assert.Single(files);
        Assert.EndsWith(".xlsx", files[0].FileName, StringComparison.Ordinal);
    }
}

public sealed class ServiceWorkflowTestsSqlite(SqliteHost f) : ServiceWorkflowTests(f.Host), IClassFixture<SqliteHost>;

public sealed class ServiceWorkflowTestsPostgres(PostgresHost f) : ServiceWorkflowTests(f.Host), IClassFixture<PostgresHost>;
