using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Calendar;
using Gongkai.Tests.Integration;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public sealed class ApplicationBrowserTests(BrowserFixture browser, BusySqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>
{
    private Task<IPage> NewPageAsync(bool phone = false, bool javaScript = false) => browser.NewPageAsync(f.Host, javaScript, phone);

    private static Task SignInAsync(IPage page, string user) => BrowserFixture.SignInAsync(page, user);

    private static async Task FillApplicationAsync(IPage page, string description)
    {
        await page.GetByLabel("向哪个行政机关申请").SelectOptionAsync(new SelectOptionValue { Label = "巫溪县财政局" });
        await page.GetByLabel("姓名或名称（必填）").FillAsync("吴某某");
        await page.GetByLabel("证件号码（必填；组织填统一社会信用代码）").FillAsync(ApplicationTests.IdNumber(501));
        await page.GetByLabel("联系电话").FillAsync("13908235678");
        await page.GetByLabel("电子邮箱").FillAsync("wu@example.cn");
        await page.GetByLabel("所需信息的名称或内容描述（必填，不超过 4000 字）").FillAsync(description);
        await page.GetByLabel("获取信息的形式和方式").SelectOptionAsync(new SelectOptionValue { Label = "电子文本，电子邮件发送" });
    }

    private static async Task ActAsync(IPage page, string action, Func<ILocator, Task>? fill = null)
    {
        var details = page.Locator("details.action", new() { Has = page.Locator("summary", new() { HasTextString = action }) });
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }

        if (fill is not null)
        {
            await fill(details);
        }

        await details.GetByRole(AriaRole.Button, new() { Name = action }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/applications/\\d+$"));
        Assert.Contains("已" + action, await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_applies_on_a_phone_corrects_on_request_and_sees_the_officers_partial_disclosure_closed()
    {
        // The citizen, on a phone, without JavaScript, first forgets the ID number's last digit.
        var citizen = await NewPageAsync(phone: true);
        await citizen.GotoAsync("/apply");
        await FillApplicationAsync(citizen, "县财政局2026年度政府采购合同");
        await citizen.GetByLabel("证件号码（必填；组织填统一社会信用代码）").FillAsync(ApplicationTests.IdNumber(501)[..17]);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        Assert.Contains("18位", await citizen.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("县财政局2026年度政府采购合同", await citizen.GetByLabel("所需信息的名称或内容描述（必填，不超过 4000 字）").InputValueAsync());
        await citizen.GetByLabel("证件号码（必填；组织填统一社会信用代码）").FillAsync(ApplicationTests.IdNumber(501));
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var tracking = await citizen.Locator(".tracking").InnerTextAsync();
        var secret = await citizen.Locator(".secret").InnerTextAsync();
        Assert.Matches("^\\d{14}$", tracking);
        var width = await citizen.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the receipt is {width}px wide on a 375px phone");

        // The officer confirms receipt and asks, once and completely, for a correction.
        var officer = await NewPageAsync();
        await SignInAsync(officer, "czj.officer");
        await officer.GotoAsync("/staff/applications?list=received");
        await officer.GetByRole(AriaRole.Link, new() { Name = tracking }).ClickAsync();
        await ActAsync(officer, "确认收到并受理");
        var firstDue = await officer.Locator(".due").InnerTextAsync();
        await ActAsync(officer, "发出补正告知", d => d.GetByLabel("需要补正的事项（一次性告知）（必填）").FillAsync("请写明合同对应的采购项目名称或编号。"));
        Assert.Contains("待申请人补正", await officer.Locator(".state").InnerTextAsync(), StringComparison.Ordinal);
        var caseUrl = officer.Url;

        // Two days later the citizen corrects; the clock restarts from that day.
        f.Host.Time.Advance(TimeSpan.FromDays(2));
        await citizen.GotoAsync("/apply/status");
        await citizen.GetByLabel("申请编号", new() { Exact = true }).FillAsync(tracking);
        await citizen.GetByLabel("查询码", new() { Exact = true }).FillAsync(secret);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        Assert.Contains("请写明合同对应的采购项目名称或编号", await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await citizen.GetByLabel("补正内容（不超过 4000 字）").FillAsync("巫溪县城区路灯改造工程采购项目（编号 WXCG-2026-031）的合同。");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
        Assert.Contains("办理期限自今日起重新计算", await citizen.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        var today = DateOnly.FromDateTime(f.Host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var newDue = BuiltInSchedules.Calendar().AddWorkingDays(today, 20).Due;
        await SignInAsync(officer, "czj.officer");
        await officer.GotoAsync(caseUrl);
        var due = await officer.Locator(".due").InnerTextAsync();
        Assert.Equal(newDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), due);
        Assert.NotEqual(firstDue, due);

        // Partial disclosure, with what was withheld and why; then the reply letter.
        await ActAsync(officer, "作出答复决定", async d =>
        {
            await d.GetByLabel("处理结果").SelectOptionAsync("partial");
            await d.GetByLabel("理由（不予公开、无法提供、不予处理和部分公开时必填）").FillAsync("合同报价明细涉及供应商商业秘密。");
            await d.GetByLabel("不予公开的内容（部分公开和不予公开时必填）").FillAsync("合同附件：分项报价表");
        });
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.GetByRole(AriaRole.Link, new() { Name = "下载答复告知书（DOCX）" }).ClickAsync());
        var file = await download.PathAsync();
        Assert.Equal($"答复告知书-{tracking}.docx", download.SuggestedFilename);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(file!))
        {
            using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Contains("合同附件：分项报价表", xml, StringComparison.Ordinal);
            Assert.Contains("补正了申请内容", xml, StringComparison.Ordinal);
        }

        await ActAsync(officer, "登记送达", d => d.GetByLabel("送达方式和情况（必填）").FillAsync("以电子邮件发送至 wu@example.cn"));

        await citizen.GotoAsync("/apply/status");
        await citizen.GetByLabel("申请编号", new() { Exact = true }).FillAsync(tracking);
        await citizen.GetByLabel("查询码", new() { Exact = true }).FillAsync(secret);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        Assert.Equal("已办结", await citizen.Locator(".state").InnerTextAsync());
        Assert.Contains("部分公开", await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_application_page_passes_axe_WCAG_2_1_AA_and_the_HTML_checker()
    {
        var (id, tracking, secret) = await f.Host.WithDbAsync(async (db, sp) =>
        {
            var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ApplicationService>(sp);
            var officer = await db.Users.SingleAsync(u => u.UserName == "czj.officer");
            var r = await ApplicationTests.RegisterInPersonAsync(db, sp, "郑某某", 502, "县财政局2025年部门决算说明");
            var app = await db.Applications.SingleAsync(a => a.Id == r.Application.Id);
            await service.ApplyAsync(app, ApplicationAction.Decide, new ActionInput { Outcome = "not-held", Reasons = "经检索，本机关未制作该说明。" }, app.Revision, officer.Id, officer.DisplayName);
            return (app.Id, app.TrackingNumber, r.Secret!);
        });

        var failures = new List<string>();
        var saved = new List<string>();
        var dir = TestDatabases.NewDataDirectory();
        var page = await NewPageAsync(javaScript: true);
        async Task CheckAsync(string label, string html)
        {
            failures.AddRange(await BrowserFixture.AxeViolationsAsync(page, label));
            var path = Path.Combine(dir, $"page{saved.Count}.html");
            await File.WriteAllTextAsync(path, html);
            saved.Add(path);
        }

        foreach (var path in new[] { "/apply", "/apply/status" })
        {
            await page.GotoAsync(path);
            await CheckAsync(path, await page.ContentAsync());
        }

        await page.GotoAsync("/apply");
        await FillApplicationAsync(page, "县财政局2026年预算");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await CheckAsync("receipt", await page.ContentAsync());
        await page.GotoAsync("/apply/status");
        await page.GetByLabel("申请编号", new() { Exact = true }).FillAsync(tracking);
        await page.GetByLabel("查询码", new() { Exact = true }).FillAsync(secret);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await CheckAsync("status", await page.ContentAsync());

        await SignInAsync(page, "czj.officer");
        var http = await f.Host.SignInAsync("czj.officer");
        foreach (var path in new[] { "/staff/applications", $"/staff/applications/{id}", $"/staff/applications/{id}/letter", "/staff/applications/new", "/staff/cases", "/staff/cases/new" })
        {
            await page.GotoAsync(path);
            await CheckAsync(path, await (await http.GetAsync(path)).Content.ReadAsStringAsync());
        }

        await SignInAsync(page, "admin");
        await page.GotoAsync("/staff/applications/settings");
        await CheckAsync("settings", await page.ContentAsync());

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var report = await Tools.ValidateHtmlAsync(saved);
        Assert.True(report.Length == 0, report);
    }
}
