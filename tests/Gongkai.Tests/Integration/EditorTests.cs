using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Demo;
using Gongkai.Documents;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 18: the rich-text body, .docx import, 政策解读 links, other publication channels, and the report draft's carry-over marks.</summary>
public abstract class EditorTests(TestHost host)
{
    private async Task<int> BodyIdAsync(string code) => await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    private async Task<HttpResponseMessage> CreateAsync(HttpClient editor, string title, string documentNumber, string body = "<p>正文。</p>", string? interprets = null, string bodyCode = "czj")
    {
        var fields = CatalogTests.ItemFields(title, body: body);
        fields["Form.DocumentNumber"] = documentNumber;
        fields["Form.BodyId"] = (await BodyIdAsync(bodyCode)).ToString(CultureInfo.InvariantCulture);
        fields["Form.InterpretsRef"] = interprets ?? "";
        return await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
    }

    private static int IdOf(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return int.Parse(r.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private async Task PublishAsync(int id)
    {
        var editor = await host.SignInAsync("czj.editor");
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(editor, id, ReviewAction.Submit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(await host.SignInAsync("czj.reviewer"), id, ReviewAction.ClearConfidentiality)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(await host.SignInAsync("czj.leader"), id, ReviewAction.Approve)).StatusCode);
    }

    /// <summary>The demo's annual reports (the 2015 county report among them), loaded once per host.</summary>
    private async Task DemoReportsAsync() => await host.WithDbAsync(async (db, sp) =>
    {
        if (!await db.AnnualReports.AnyAsync(r => r.Year == 2015 && r.CountyWide))
        {
            await DemoReports.LoadAsync(db, sp.GetRequiredService<Gongkai.Applications.ApplicationService>(), sp.GetRequiredService<CatalogService>());
        }

        return 0;
    });

    private async Task<CatalogItem> ItemAsync(int id) => await host.WithDbAsync((db, _) => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == id));

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string path, Dictionary<string, string> fields, string fileName, byte[] content, string? formPage = null)
    {
        var page = await (await client.GetAsync(formPage ?? path)).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields)
        {
            form.Add(new StringContent(v), k);
        }

        form.Add(new ByteArrayContent(content), "DocxFile", fileName);
        return await client.PostAsync(path + "?handler=ImportDocx", form);
    }

    private static string BodyField(string page) =>
        WebUtility.HtmlDecode(Regex.Match(page, "<textarea id=\"f-body\" name=\"Form.BodyHtml\" rows=\"14\">(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value);

    [Fact]
    public async Task Pasted_Word_html_keeps_headings_lists_and_tables_and_loses_scripts_styles_and_handlers()
    {
        var editor = await host.SignInAsync("czj.editor");
        const string pasted = """
            <style>p.MsoNormal{font-family:仿宋}</style><h1 class="MsoTitle" style="text-align:center">关于做好秋季防火工作的通知</h1>
            <p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋" onmouseover="steal()">各乡镇人民政府：</span><o:p></o:p></p>
            <ol style="margin-left:0"><li class="MsoListParagraph">加强巡查</li><li>落实责任<ul><li>村级包片</li></ul></li></ol>
            <table class="MsoTableGrid" border="1" style="border-collapse:collapse"><tr><td colspan="2" style="width:100pt"><b>项目</b></td><td>人数</td></tr><tr><td rowspan="2">护林员</td><td>专职</td><td>12</td></tr><tr><td>兼职</td><td>30</td></tr></table>
            <script>alert(1)</script><a href="javascript:alert(2)">链接</a><img src="x" onerror="alert(3)">
            """;
        var id = IdOf(await CreateAsync(editor, "关于做好秋季防火工作的通知", "巫溪财发〔2026〕901号", pasted));
        var body = (await ItemAsync(id)).BodyHtml;
        Assert.Contains("<h1>关于做好秋季防火工作的通知</h1>", body, StringComparison.Ordinal);
        Assert.Contains("<ol><li>加强巡查</li><li>落实责任<ul><li>村级包片</li></ul></li></ol>", body, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"2\"><b>项目</b></td>", body, StringComparison.Ordinal);
        Assert.Contains("<td rowspan=\"2\">护林员</td>", body, StringComparison.Ordinal);
        Assert.Contains("<td>兼职</td><td>30</td>", body, StringComparison.Ordinal);
        Assert.Contains("各乡镇人民政府：", body, StringComparison.Ordinal);
        foreach (var gone in new[] { "<script", "alert(1)", "<style", "style=", "class=", "onmouseover", "onerror", "javascript:", "font-family" })
        {
            Assert.DoesNotContain(gone, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_docx_is_imported_into_the_form_on_the_server_and_saved_as_the_body()
    {
        var editor = await host.SignInAsync("czj.editor");
        var fields = CatalogTests.ItemFields("城乡居民医疗保险补助政策解读", body: "<p>旧正文</p>");
        fields["Form.BodyId"] = (await BodyIdAsync("czj")).ToString(CultureInfo.InvariantCulture);
        fields["Form.DocumentNumber"] = "";
        var response = await ImportAsync(editor, "/staff/catalog/new", fields, "解读.docx", WordSamples.Policy());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已从“解读.docx”导入正文，请核对后保存。", page, StringComparison.Ordinal);
        Assert.Contains("1 张图片或嵌入对象未导入", page, StringComparison.Ordinal);
        // The rest of the form comes back as typed, and nothing was saved yet.
        Assert.Contains("value=\"城乡居民医疗保险补助政策解读\"", page, StringComparison.Ordinal);
        Assert.False(await host.WithDbAsync((db, _) => db.CatalogItems.AnyAsync(i => i.Title == "城乡居民医疗保险补助政策解读")));
        var html = BodyField(page);
        Assert.DoesNotContain("旧正文", html, StringComparison.Ordinal);
        Assert.Contains("<h2>关于城乡居民医疗保险补助政策的解读</h2><h3>一、政策背景</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<p>为减轻群众就医负担，<strong>县财政局</strong>会同有关部门<em>制定本办法</em>。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>第一行<br>第二行</p><h3>主要内容</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<ul><li>补助对象为参保居民</li><li>补助标准每人每年 40 元<ul><li>其中困难群众全额资助</li></ul></li></ul><ol><li>申请</li><li>审核</li></ol>", html, StringComparison.Ordinal);
        Assert.Contains("<table><thead><tr><th colspan=\"2\">项目</th><th>金额（元）</th></tr></thead><tbody><tr><td rowspan=\"2\">个人缴费</td><td>一档</td><td>180</td></tr><tr><td>二档</td><td>380</td></tr></tbody></table><p>巫溪县财政局</p>", html, StringComparison.Ordinal);

        // Saved as typed text would be: the imported HTML is the body.
        fields["Form.BodyHtml"] = html;
        var id = IdOf(await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields));
        Assert.Equal(html, (await ItemAsync(id)).BodyHtml);

        // A file that is not a real .docx is refused in Chinese, whatever its name; so is a zip without a document.
        var refused = await (await ImportAsync(editor, $"/staff/catalog/{id}/edit", new() { ["Form.Title"] = "x" }, "伪装.docx", Samples.Pdf())).Content.ReadAsStringAsync();
        Assert.Contains("不是 Word 文档（.docx）", refused, StringComparison.Ordinal);
        var empty = await (await ImportAsync(editor, $"/staff/catalog/{id}/edit", new() { ["Form.Title"] = "x" }, "空.docx", WordSamples.Package("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lt;script&gt;alert(1)&lt;/script&gt;仅一段</w:t></w:r></w:p></w:body></w:document>"))).Content.ReadAsStringAsync();
        Assert.Contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;仅一段</p>", BodyField(empty), StringComparison.Ordinal);

        // Another body's editor may not import into this item.
        var other = await host.SignInAsync("ninghe.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(other, $"/staff/catalog/{id}/edit", new(), "解读.docx", WordSamples.Policy(), formPage: "/staff/catalog/new")).StatusCode);
    }

    [Fact]
    public void The_platforms_own_docx_output_reads_back_with_its_headings_and_merged_cells()
    {
        var bytes = Docx.Write("测试", [
            new DocParagraph("巫溪县财政局2026年度工作总结", ParagraphStyle.Title),
            new DocParagraph("一、基本情况", ParagraphStyle.Heading),
            new DocParagraph("全年完成各项任务。\n第二行。"),
            new DocTable("表1 收支", [
                [new DocCell("类别", Header: true, StartsMerge: true), new DocCell("金额", Span: 2, Header: true)],
                [new DocCell("", Merge: true), new DocCell("收入"), new DocCell("支出")],
                [new DocCell("合计"), new DocCell("10"), new DocCell("8")],
            ]),
        ]);
        var import = DocxHtml.Convert(bytes, "总结.docx");
        var html = CatalogService.Sanitize(import.Html);
        Assert.StartsWith("<h2>巫溪县财政局2026年度工作总结</h2><h2>一、基本情况</h2><p>全年完成各项任务。<br>第二行。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td rowspan=\"2\"><strong>类别</strong></td><td colspan=\"2\"><strong>金额</strong></td></tr><tr><td>收入</td><td>支出</td></tr><tr><td>合计</td><td>10</td><td>8</td></tr>", html, StringComparison.Ordinal);
        Assert.Empty(import.Notes);
    }

    [Fact]
    public async Task An_interpretation_names_its_policy_by_index_or_document_number_and_both_pages_link_each_other()
    {
        var editor = await host.SignInAsync("czj.editor");
        var policyId = IdOf(await CreateAsync(editor, "巫溪县城乡居民医疗保险补助办法", "巫溪财发〔2026〕31号", "<p>办法全文。</p>"));
        await PublishAsync(policyId);
        var policy = await ItemAsync(policyId);

        // Nothing by that number, the item itself, and an item of another county are refused with a reason; nothing is saved.
        var missing = await (await CreateAsync(editor, "不存在的解读", "", interprets: "巫溪财发〔2099〕1号")).Content.ReadAsStringAsync();
        Assert.Contains("没有找到索引号或文号为“巫溪财发〔2099〕1号”的政策文件", missing, StringComparison.Ordinal);
        Assert.False(await host.WithDbAsync((db, _) => db.CatalogItems.AnyAsync(i => i.Title == "不存在的解读")));
        var self = IdOf(await CreateAsync(editor, "自指的解读", "巫溪财发〔2026〕32号"));
        var selfFields = CatalogTests.ItemFields("自指的解读");
        selfFields["Form.DocumentNumber"] = "巫溪财发〔2026〕32号";
        selfFields["Form.Revision"] = (await ItemAsync(self)).Revision.ToString(CultureInfo.InvariantCulture);
        selfFields["Form.InterpretsRef"] = (await ItemAsync(self)).IndexNumber;
        var selfPage = await (await TestHost.PostFormAsync(editor, $"/staff/catalog/{self}/edit", selfFields)).Content.ReadAsStringAsync();
        Assert.Contains("政策解读不能解读其自身", selfPage, StringComparison.Ordinal);
        Assert.Null((await ItemAsync(self)).InterpretsItemId);
        var foreign = await host.WithDbAsync(async (db, _) =>
        {
            var root = new Gongkai.Bodies.Body { Code = "othercounty", Name = "另一县人民政府", Kind = Gongkai.Bodies.BodyKind.Government, Level = Gongkai.Bodies.BodyLevel.County };
            db.Bodies.Add(root);
            await db.SaveChangesAsync();
            db.CatalogItems.Add(new CatalogItem { BodyId = root.Id, IndexNumber = "OTHER-2026-0001", Title = "外县文件", DocumentNumber = "外府发〔2026〕1号", WrittenOn = new DateOnly(2026, 1, 5), Publisher = "另一县人民政府", State = ItemState.Draft, CreatedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
            return root.Id;
        });
        Assert.True(foreign > 0);
        Assert.Contains("不属于本县，不能关联", await (await CreateAsync(editor, "外县解读", "", interprets: "外府发〔2026〕1号")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Two interpretations of one policy: one by 索引号, one by 文号.
        var first = IdOf(await CreateAsync(editor, "《城乡居民医疗保险补助办法》政策解读", "", "<p>图文解读。</p>", interprets: policy.IndexNumber));
        var second = IdOf(await CreateAsync(editor, "一图读懂城乡居民医疗保险补助", "", "<p>一图读懂。</p>", interprets: "巫溪财发〔2026〕31号"));
        Assert.Equal(policyId, (await ItemAsync(first)).InterpretsItemId);
        Assert.Equal(policyId, (await ItemAsync(second)).InterpretsItemId);
        Assert.Contains($"value=\"{policy.IndexNumber}\"", await editor.GetStringAsync($"/staff/catalog/{first}/edit"), StringComparison.Ordinal);
        Assert.Contains("一图读懂城乡居民医疗保险补助", await editor.GetStringAsync($"/staff/catalog/{policyId}"), StringComparison.Ordinal);
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.EntityType == "CatalogItem" && e.EntityId == first.ToString(CultureInfo.InvariantCulture) && e.Changes.Contains("InterpretsItemId"))));

        // Only published interpretations appear on the portal.
        await PublishAsync(first);
        var portal = host.NewClient();
        var policyPage = await portal.GetStringAsync($"/items/{policyId}");
        Assert.Contains($"<a href=\"/items/{first}\">《城乡居民医疗保险补助办法》政策解读</a>", policyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("一图读懂", policyPage, StringComparison.Ordinal);
        var interpretationPage = await portal.GetStringAsync($"/items/{first}");
        Assert.Contains($"本文是对 <a href=\"/items/{policyId}\">《巫溪县城乡居民医疗保险补助办法》</a>（巫溪财发〔2026〕31号）的政策解读。", interpretationPage, StringComparison.Ordinal);
        var column = await portal.GetStringAsync("/interpretations");
        Assert.Contains("共 1 条", column, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/items/{first}\">《城乡居民医疗保险补助办法》政策解读</a>", column, StringComparison.Ordinal);
        Assert.Contains($"解读：<a href=\"/items/{policyId}\">巫溪县城乡居民医疗保险补助办法</a>（巫溪财发〔2026〕31号）", column, StringComparison.Ordinal);
        var home = await portal.GetStringAsync("/");
        Assert.Contains("<h2 id=\"interpretations-title\">政策解读</h2>", home, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/items/{first}\">《城乡居民医疗保险补助办法》政策解读</a>", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync("/interpretations?page=99")).StatusCode);
    }

    [Fact]
    public async Task Other_channel_rows_are_added_checked_removed_audited_and_counted_per_year()
    {
        var editor = await host.SignInAsync("czj.editor");
        var id = IdOf(await CreateAsync(editor, "巫溪县2015年森林防火公告", "巫溪财发〔2026〕41号"));
        async Task<HttpResponseMessage> Add(HttpClient c, string channel, string on, string note = "", string? formPage = null) =>
            await TestHost.PostFormAsync(c, $"/staff/catalog/{id}?handler=AddChannel", new() { ["channel"] = channel, ["publishedOn"] = on, ["note"] = note }, formPage ?? $"/staff/catalog/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await Add(editor, "NoticeBoard", "2015-06-01", "县政府大楼一楼公开栏")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Add(editor, "NoticeBoard", "2015-09-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Add(editor, "Screen", "2015-06-02")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Add(editor, "WeChat", "2016-01-04")).StatusCode);

        Assert.Contains("选择“其他”渠道时请在说明中写明渠道名称。", await (await Add(editor, "Other", "2015-06-01")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("请选择发布渠道。", await (await Add(editor, "Telegram", "2015-06-01")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("请选择发布渠道。", await (await Add(editor, "99", "2015-06-01")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("请填写发布日期。", await (await Add(editor, "Weibo", "2015-13-45")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("发布日期不正确（不能晚于今天）。", await (await Add(editor, "Weibo", "2199-01-01")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("说明不能超过 200 个字。", await (await Add(editor, "Weibo", "2015-06-01", new string('长', 201))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Add(await host.SignInAsync("ninghe.editor"), "Weibo", "2015-06-01", formPage: "/staff/catalog/new")).StatusCode);

        var rows = await host.WithDbAsync((db, _) => db.ItemChannels.AsNoTracking().Where(c => c.ItemId == id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(4, rows.Count);
        var page = await editor.GetStringAsync($"/staff/catalog/{id}");
        Assert.Contains("<td>政务公开栏</td>", page, StringComparison.Ordinal);
        Assert.Contains("县政府大楼一楼公开栏", page, StringComparison.Ordinal);

        // Removing another item's row through this item does nothing; removing its own is audited.
        var otherItem = IdOf(await CreateAsync(editor, "另一条信息", "巫溪财发〔2026〕42号"));
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(editor, $"/staff/catalog/{otherItem}?handler=RemoveChannel", new() { ["channelId"] = rows[3].Id.ToString(CultureInfo.InvariantCulture) }, $"/staff/catalog/{otherItem}")).StatusCode);
        Assert.Equal(4, await host.WithDbAsync((db, _) => db.ItemChannels.CountAsync(c => c.ItemId == id)));
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(editor, $"/staff/catalog/{id}?handler=RemoveChannel", new() { ["channelId"] = rows[3].Id.ToString(CultureInfo.InvariantCulture) }, $"/staff/catalog/{id}")).StatusCode);
        Assert.Equal(3, await host.WithDbAsync((db, _) => db.ItemChannels.CountAsync(c => c.ItemId == id)));
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "ItemChannel").Select(e => new { e.EntityId, e.Action, e.ActorName }).ToListAsync());
        Assert.Equal(4, audit.Count(e => e.ActorName == "czj.editor" && e.Action != "deleted" && e.Action != "Deleted"));
        Assert.Contains(audit, e => e.EntityId == rows[3].Id.ToString(CultureInfo.InvariantCulture) && e.Action.Contains("elete", StringComparison.Ordinal));

        // Counted per channel and year, for the body and the county; the 2015 narrative report states them.
        var (body2015, county2015, county2016) = await host.WithDbAsync(async (db, _) =>
            (await new ReportCalculator(db).ComputeAsync("czj", 2015), await new ReportCalculator(db).ComputeAsync(null, 2015), await new ReportCalculator(db).ComputeAsync(null, 2016)));
        Assert.Equal(2, body2015.Narrative[ReportData.ChannelKey(PublicationChannel.NoticeBoard)]);
        Assert.Equal(1, body2015.Narrative[ReportData.ChannelKey(PublicationChannel.Screen)]);
        Assert.False(body2015.Narrative.ContainsKey(ReportData.ChannelKey(PublicationChannel.WeChat)));
        Assert.Equal(2, county2015.Narrative[ReportData.ChannelKey(PublicationChannel.NoticeBoard)]);
        Assert.DoesNotContain(county2016.Narrative.Keys, k => k.StartsWith("channels.", StringComparison.Ordinal));
        var text = ReportHtml.Render(county2015, new ReportTexts("概述。", "问题。", null, null));
        Assert.Contains("除政府门户网站外，还通过政务公开栏2条次、电子显示屏1条次发布政府信息。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("除政府门户网站外", ReportHtml.Render(county2016, new ReportTexts("概述。", "问题。", null, null)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_draft_started_from_last_years_text_marks_taken_over_paragraphs_and_stale_years_and_figures()
    {
        await DemoReportsAsync();
        var (reportId, countyId) = await host.WithDbAsync(async (db, _) =>
        {
            var county = await db.Bodies.Where(b => b.Code == "wuxi").Select(b => b.Id).SingleAsync();
            var draft = await new ReportService(db).OpenAsync(county, 2016, countyWide: true);
            return (draft.Id, county);
        });
        var draft = await host.WithDbAsync((db, _) => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Id == reportId));
        Assert.Equal(DemoReports.Overview2015Text, draft.Overview);
        var admin = await host.SignInAsync("admin");
        // Razor lays the marked pieces out on lines of their own; the spaces around tags are not what the reader sees.
        var page = Regex.Replace(await admin.GetStringAsync($"/staff/reports/{reportId}"), @"\s*(<[^>]+>)\s*", "$1");
        Assert.Contains("沿用 2015 年报告的文字（请逐段核对）", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"taken-over\"><strong class=\"badge\">沿用上年</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"badge\">沿用上年</strong><mark class=\"stale\" title=\"年份早于 2016 年，可能沿用自上年\">2015<span class=\"visually-hidden\">（年份早于 2016 年，可能沿用自上年）</span></mark>年，全县", page, StringComparison.Ordinal);

        // A rewritten paragraph loses its mark; the published text never carries any.
        var marks = CarryOver.Mark("2016年，全县主动公开信息 3 万条。\n" + DemoReports.Overview2015Text.Split('\n')[1], DemoReports.Overview2015Text, 2016);
        Assert.False(marks[0].TakenOver);
        Assert.Single(marks[0].Parts);
        Assert.True(marks[1].TakenOver);
        var figures = CarryOver.Mark("2016年新增培训12期，覆盖率98.5%。", "2016年新增培训12期，覆盖率98.5%。", 2016);
        Assert.Equal(["12", "98.5%"], figures[0].Parts.Where(p => p.Stale is not null).Select(p => p.Text));
        var data = await host.WithDbAsync((db, _) => new ReportService(db).DataAsync(draft));
        var html = ReportHtml.Render(data, draft.Texts);
        Assert.DoesNotContain("沿用上年", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
        Assert.True(countyId > 0);
    }

    [Fact]
    public async Task The_demo_2015_report_shows_its_real_publication_date()
    {
        await DemoReportsAsync();
        var report = await host.WithDbAsync((db, _) => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Year == 2015 && r.CountyWide));
        Assert.Equal(new DateOnly(2016, 3, 24), report.PublishedOn);
        var portal = host.NewClient();
        Assert.Contains("发布日期：2016-03-24", await portal.GetStringAsync($"/reports/{report.Id}"), StringComparison.Ordinal);
        Assert.Contains("2016-03-24 发布", await portal.GetStringAsync("/reports"), StringComparison.Ordinal);
        var item = await host.WithDbAsync((db, _) => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == report.CatalogItemId));
        Assert.Equal(new DateOnly(2016, 3, 24), item.PublishedOn);
        Assert.Equal(new DateOnly(2016, 3, 24), item.FirstPublishedOn);
        var itemPage = await portal.GetStringAsync($"/items/{item.Id}");
        Assert.Contains("<th scope=\"row\">发布日期</th><td>2016-03-24</td>", itemPage, StringComparison.Ordinal);
    }
}

public sealed class EditorTestsSqlite(SqliteHost f) : EditorTests(f.Host), IClassFixture<SqliteHost>;

public sealed class EditorTestsPostgres(PostgresHost f) : EditorTests(f.Host), IClassFixture<PostgresHost>;
