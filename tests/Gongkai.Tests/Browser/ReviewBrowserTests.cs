using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public sealed class ReviewBrowserTests(BrowserFixture browser, SqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<SqliteHost>
{
    [Fact]
    public async Task A_reviewer_on_a_phone_without_JavaScript_acknowledges_each_hit_answers_the_checklist_and_publishes()
    {
        var id = await f.Host.WithDbAsync(async (db, sp) =>
        {
            var catalog = sp.GetRequiredService<CatalogService>();
            var body = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
            var item = await catalog.CreateAsync(body, new ItemInput(
                "巫溪县财政局补助资金申请人情况说明", null, null, new DateOnly(2026, 11, 20), null, "03", "a20-11", null, null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会",
                "<p>申请人张某，身份证号500238199001011238，联系电话13983012345。</p><p>本文件内部资料，注意保密。</p>"), null);
            await catalog.ApplyAsync(item, ReviewAction.Submit, null, item.Revision);
            return item.Id;
        }, actor: "czj.editor");

        var reviewer = await browser.NewPageAsync(f.Host, javaScript: false, phone: true);
        await BrowserFixture.SignInAsync(reviewer, "czj.reviewer");
        await reviewer.GotoAsync($"/staff/catalog/{id}");
        var table = await reviewer.Locator("table.hits").InnerTextAsync();
        Assert.Contains("身份证号500238199001011238，联系电话13", table, StringComparison.Ordinal);
        Assert.Equal(4, await reviewer.Locator("table.hits mark").CountAsync());
        Assert.Equal("内部资料", await reviewer.Locator("table.hits mark").Nth(2).InnerTextAsync());

        // Approving without reasons is refused with every hit named; nothing is recorded.
        foreach (var question in await reviewer.Locator("fieldset.question").AllAsync())
        {
            await question.GetByLabel("否").CheckAsync();
        }

        await reviewer.GetByRole(AriaRole.Button, new() { Name = "保密审查通过" }).ClickAsync();
        var alert = await reviewer.Locator("[role=alert]").InnerTextAsync();
        Assert.Contains("有 4 处敏感信息未确认，不能“保密审查通过”", alert, StringComparison.Ordinal);
        Assert.Contains("身份证号码“500238********1238”（正文）", alert, StringComparison.Ordinal);

        var reasons = await reviewer.GetByLabel(new Regex("的确认理由$")).AllAsync();
        Assert.Equal(4, reasons.Count);
        foreach (var reason in reasons)
        {
            await reason.FillAsync("已核实：本人同意公开，号码为对外公布的联系方式，字样为模板残留");
        }

        foreach (var question in await reviewer.Locator("fieldset.question").AllAsync())
        {
            await question.GetByLabel("否").CheckAsync();
        }

        await reviewer.GetByRole(AriaRole.Button, new() { Name = "保密审查通过" }).ClickAsync();
        Assert.Contains("已保密审查通过", await reviewer.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var record = await reviewer.Locator("main").InnerTextAsync();
        Assert.Contains("确认 身份证号码“500238********1238”（正文）。已核实", record, StringComparison.Ordinal);
        Assert.Contains("是否涉及国家秘密：否", record, StringComparison.Ordinal);

        // The one who cleared confidentiality is not offered the content stage, and is told why.
        Assert.Equal(0, await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过并公开" }).CountAsync());
        Assert.Contains("保密审查和内容审核须由两个不同的人完成", await reviewer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The content stage, another reviewer, sees the acknowledgements and needs none again in the same round.
        var failures = (await BrowserFixture.AxeViolationsAsync(await AxePageAsync($"/staff/catalog/{id}", "czj.leader"), "审核页（已确认）")).ToList();
        failures.AddRange(await BrowserFixture.AxeViolationsAsync(await AxePageAsync($"/staff/catalog/{id}"), "审核页（保密审查人）"));
        var leader = await browser.NewPageAsync(f.Host, javaScript: false, phone: true);
        await BrowserFixture.SignInAsync(leader, "czj.leader");
        await leader.GotoAsync($"/staff/catalog/{id}");
        await leader.GetByRole(AriaRole.Button, new() { Name = "审核通过并公开" }).ClickAsync();
        Assert.Contains("当前状态：已公开", await leader.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_review_pages_pass_axe_and_the_HTML_checker()
    {
        var id = await f.Host.WithDbAsync(async (db, sp) =>
        {
            var catalog = sp.GetRequiredService<CatalogService>();
            var body = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
            var item = await catalog.CreateAsync(body, new ItemInput(
                "秘密★1年 巫溪县财政局内部通报", null, null, new DateOnly(2026, 11, 20), null, "03", "a20-15", null, null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会",
                "<p>联系电话：023-51522318；账户6222021234567894。</p>"), null);
            await catalog.ApplyAsync(item, ReviewAction.Submit, null, item.Revision);
            return item.Id;
        }, actor: "czj.editor");

        string[] paths = [$"/staff/catalog/{id}", "/staff/catalog/new", "/staff/catalog/review-settings"];
        var failures = new List<string>();
        var files = new List<string>();
        var dir = TestDatabases.NewDataDirectory();
        var admin = await f.Host.SignInAsync("admin");
        var reviewer = await f.Host.SignInAsync("czj.reviewer");
        foreach (var path in paths)
        {
            var user = path.EndsWith("review-settings", StringComparison.Ordinal) ? "admin" : path.EndsWith("new", StringComparison.Ordinal) ? "czj.editor" : "czj.reviewer";
            failures.AddRange(await BrowserFixture.AxeViolationsAsync(await AxePageAsync(path, user), path));
            var client = user == "admin" ? admin : user == "czj.reviewer" ? reviewer : await f.Host.SignInAsync(user);
            var file = Path.Combine(dir, $"review{files.Count}.html");
            await File.WriteAllTextAsync(file, await (await client.GetAsync(path)).Content.ReadAsStringAsync());
            files.Add(file);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var html = await Tools.ValidateHtmlAsync(files);
        Assert.True(html.Length == 0, html);
        var page = System.Net.WebUtility.HtmlDecode(await File.ReadAllTextAsync(files[0]));
        Assert.Contains("<mark>秘密★1年</mark>", page, StringComparison.Ordinal);
        Assert.Contains("<mark>6222021234567894</mark>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>023", page, StringComparison.Ordinal);
    }

    private async Task<IPage> AxePageAsync(string path, string user = "czj.reviewer")
    {
        var page = await browser.NewPageAsync(f.Host, javaScript: true);
        await BrowserFixture.SignInAsync(page, user);
        await page.GotoAsync(path);
        return page;
    }
}
