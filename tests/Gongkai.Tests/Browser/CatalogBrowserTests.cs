using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public sealed partial class CatalogBrowserTests(BrowserFixture browser, SqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<SqliteHost>
{
    private Task<IPage> NewPageAsync(bool javaScript = false, bool phone = false) => browser.NewPageAsync(f.Host, javaScript, phone);

    private static Task SignInAsync(IPage page, string user) => BrowserFixture.SignInAsync(page, user);

    [Fact]
    public async Task An_item_is_drafted_returned_fixed_approved_and_published_then_the_archive_catches_a_changed_byte()
    {
        var editor = await NewPageAsync();
        await SignInAsync(editor, "czj.editor");
        await editor.GotoAsync("/staff/catalog/new");
        await editor.GetByLabel("名称（必填）").FillAsync("巫溪县财政局关于2027年县级财政专项资金管理办法的通知");
        await editor.GetByLabel("文号（如 巫溪府办发〔2015〕108号）").FillAsync("巫溪财发〔2026〕21号");
        await editor.GetByLabel("成文日期（必填；自该日起 20 个工作日内须公开）").FillAsync("2026-11-25");
        await editor.GetByLabel("法定主动公开内容（必选；条例第二十条、第二十一条）").SelectOptionAsync("a20-01");
        await editor.GetByLabel("重点领域").SelectOptionAsync("czys-zf");
        await editor.GetByLabel("正文（可从 Word、WPS 粘贴；段落、标题、列表和表格会保留，脚本、样式等不安全内容会被自动清除）").FillAsync("<p>各乡镇人民政府、街道办事处，县级各部门：</p><p>现将《县级财政专项资金管理办法》印发给你们，请认真贯彻执行。</p>");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await editor.WaitForURLAsync(new Regex("/staff/catalog/\\d+$"));
        var id = int.Parse(editor.Url.Split('/')[^1]);
        Assert.Contains("已保存草稿，索引号", await editor.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await editor.GetByLabel(new Regex("^上传附件")).SetInputFilesAsync(new FilePayload { Name = "专项资金管理办法.pdf", MimeType = "application/pdf", Buffer = Samples.Pdf("fund rules") });
        await editor.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        Assert.Contains("已上传附件", await editor.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        Assert.Contains("待保密审查", await editor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var reviewer = await NewPageAsync();
        await SignInAsync(reviewer, "czj.reviewer");
        await reviewer.GotoAsync($"/staff/catalog/{id}");
        await reviewer.GetByLabel("修改意见（必填）").FillAsync("请注明办法的施行日期。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        Assert.Contains("已退回修改", await reviewer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await editor.GotoAsync($"/staff/catalog/{id}");
        Assert.Contains("请注明办法的施行日期。", await editor.Locator("ol.steps").InnerTextAsync(), StringComparison.Ordinal);
        await editor.GetByRole(AriaRole.Link, new() { Name = "编辑目录信息和正文" }).ClickAsync();
        await editor.GetByLabel("正文（可从 Word、WPS 粘贴；段落、标题、列表和表格会保留，脚本、样式等不安全内容会被自动清除）").FillAsync("<p>各乡镇人民政府、街道办事处，县级各部门：</p><p>现将《县级财政专项资金管理办法》印发给你们，自2027年1月1日起施行。</p>");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();

        await reviewer.GotoAsync($"/staff/catalog/{id}");
        foreach (var question in await reviewer.Locator("fieldset.question").AllAsync())
        {
            await question.GetByLabel("否").CheckAsync();
        }

        await reviewer.GetByRole(AriaRole.Button, new() { Name = "保密审查通过" }).ClickAsync();

        // The two stages need two people: the one who cleared confidentiality is told why they cannot approve.
        Assert.Equal(0, await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过并公开" }).CountAsync());
        Assert.Contains("保密审查和内容审核须由两个不同的人完成", await reviewer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var leader = await NewPageAsync();
        await SignInAsync(leader, "czj.leader");
        await leader.GotoAsync($"/staff/catalog/{id}");
        await leader.GetByRole(AriaRole.Button, new() { Name = "审核通过并公开" }).ClickAsync();
        Assert.Contains("当前状态：已公开", await leader.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        var citizen = await NewPageAsync(phone: true);
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "巫溪县财政局关于2027年县级财政专项资金管理办法的通知" }).First.ClickAsync();
        Assert.Contains("自2027年1月1日起施行", await citizen.Locator("article").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("巫溪财发〔2026〕21号", await citizen.Locator("table.item-meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await citizen.GetByRole(AriaRole.Link, new() { Name = "专项资金管理办法.pdf" }).CountAsync());
        var feed = await citizen.GotoAsync("/feeds/bodies/czj.atom");
        Assert.Contains("县级财政专项资金管理办法", await feed!.TextAsync(), StringComparison.Ordinal);

        var ok = await GongkaiProcess.RunAsync("archive", "verify", "--data", f.Host.DataDirectory);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("档案完好", ok.Out, StringComparison.Ordinal);

        var sha = await f.Host.WithDbAsync((db, _) => db.Attachments.Where(a => a.ItemId == id).Select(a => a.Sha256).SingleAsync());
        var original = await f.Host.WithDbAsync((db, _) => db.Blobs.Where(b => b.Sha256 == sha).Select(b => b.Content).SingleAsync());
        var changed = (byte[])original.Clone();
        changed[10] ^= 0x01;
        await f.Host.WithDbAsync((db, _) => db.Blobs.Where(b => b.Sha256 == sha).ExecuteUpdateAsync(s => s.SetProperty(b => b.Content, changed)));
        var bad = await GongkaiProcess.RunAsync("archive", "verify", "--data", f.Host.DataDirectory);
        await f.Host.WithDbAsync((db, _) => db.Blobs.Where(b => b.Sha256 == sha).ExecuteUpdateAsync(s => s.SetProperty(b => b.Content, original)));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("附件“专项资金管理办法.pdf”的内容与归档时的 SHA-256", bad.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_public_page_type_passes_axe_WCAG_2_1_AA_and_the_HTML_checker()
    {
        var id = await PublishSampleAsync();
        await f.Host.WithDbAsync((db, sp) => sp.GetRequiredService<Gongkai.Search.SearchSync>().RunOnceAsync());
        await ImportServiceItemsAsync();
        string[] paths =
        [
            "/", "/catalog", "/catalog?body=czj&area=czys&page=1", "/bodies/czj", "/bodies/czj/guide",
            $"/items/{id}", $"/items/{id}/print", "/staff/login", "/no-such-page",
            "/search", "/search?q=" + Uri.EscapeDataString("部门决算"), "/search?q=" + Uri.EscapeDataString("决算 三公经费") + "&body=czj&sort=date",
            "/search?q=" + Uri.EscapeDataString("决算表格不存在的词"), "/search?q=x&year=abc", "/archive/heads",
            "/services", "/services?tier=township&type=payment", "/services?page=2", "/services?body=zfb&type=licensing",
            "/services/XK-CZ-101", "/services/XK-CZ-101/print", "/services/XK-CZ-100", "/services/no-such-item",
        ];
        var page = await NewPageAsync(javaScript: true);
        var failures = new List<string>();
        var http = f.Host.NewClient();
        var saved = new List<string>();
        var dir = TestDatabases.NewDataDirectory();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            failures.AddRange(await BrowserFixture.AxeViolationsAsync(page, path));

            var file = Path.Combine(dir, $"page{saved.Count}.html");
            await File.WriteAllTextAsync(file, await (await http.GetAsync(path)).Content.ReadAsStringAsync());
            saved.Add(file);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var html = await Tools.ValidateHtmlAsync(saved);
        Assert.True(html.Length == 0, html);
    }

    [Fact]
    public async Task The_service_guide_is_found_from_the_menu_filtered_and_read_on_a_phone_without_javascript()
    {
        await ImportServiceItemsAsync();
        var citizen = await NewPageAsync(phone: true);
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "办事指南" }).ClickAsync();
        await citizen.GetByLabel("层级").SelectOptionAsync("township");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        Assert.Contains("共 1 项", await citizen.Locator("main h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await citizen.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await citizen.GetByRole(AriaRole.Link, new() { Name = "农村五保供养资金发放" }).ClickAsync();
        Assert.Contains("工本费 10 元", await citizen.Locator("table.guide-meta").InnerTextAsync(), StringComparison.Ordinal);
        await citizen.GotoAsync("/services/XK-CZ-101");
        Assert.Contains("近期一寸免冠照片两张", await citizen.Locator("table.guide-meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await citizen.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await citizen.GotoAsync("/services");
        Assert.True(await citizen.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }

    /// <summary>The guide tests' list, imported as the command line would; re-running it changes nothing.</summary>
    private async Task ImportServiceItemsAsync()
    {
        await f.Host.WithDbAsync((db, _) => new Gongkai.ServiceItems.ServiceItemImporter(db).ImportAsync(Integration.ServiceGuideTests.SampleList()));
        await f.Host.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>().EvictByTagAsync(Gongkai.Web.Portal.PortalCache.Tag, default);
    }

    private async Task<int> PublishSampleAsync() => await f.Host.WithDbAsync(async (db, sp) =>
    {
        var catalog = sp.GetRequiredService<CatalogService>();
        var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
        var item = await catalog.CreateAsync(body.Id, new ItemInput(
            "巫溪县财政局2026年部门决算公开", "公开本局 2026 年部门决算及“三公”经费决算。", "巫溪财发〔2026〕30号", new DateOnly(2026, 11, 20), null, "03", "a20-07", "czys-bm",
            "决算 三公经费", Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>根据《中华人民共和国预算法》，现将本局2026年部门决算公开如下。</p><table><tr><th>项目</th><th>金额（万元）</th></tr><tr><td>一般公共预算支出</td><td>1,286.4</td></tr></table>"), null);
        await catalog.AttachAsync(item, "2026年部门决算表.pdf", Samples.Pdf("final accounts"));
        foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            await catalog.ApplyAsync(item, action, null, item.Revision, await catalog.NothingToDeclareAsync("测试"));
        }

        return item.Id;
    }, actor: "测试");
}
