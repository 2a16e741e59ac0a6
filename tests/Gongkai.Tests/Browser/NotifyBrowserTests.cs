using System.Text.RegularExpressions;
using Gongkai.Notifications;
using Gongkai.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

/// <summary>
/// Issue 18 in Chromium: a citizen on a phone without JavaScript applies and is told by SMS, the officer sees the new
/// application at once, the approver finds the extension request in 待我审批, and a lost 查询码 is replaced.
/// </summary>
public sealed class NotifyBrowserTests(BrowserFixture browser, SqliteNotifyHost f) : IClassFixture<BrowserFixture>, IClassFixture<SqliteNotifyHost>
{
    private Task<int> SendAsync() => f.Host.WithDbAsync((_, sp) => sp.GetRequiredService<ApplicantOutbox>().SendPendingAsync());

    private List<string> SmsTo(string mobile) => f.Gateway.Delivered.Where(d => d.Mobile == mobile).Select(d => d.Content).ToList();

    [Fact]
    public async Task A_citizen_is_told_by_SMS_the_officer_and_the_approver_are_alerted_and_a_lost_code_is_replaced_on_a_phone()
    {
        const string mobile = "13908230611";
        var citizen = await browser.NewPageAsync(f.Host, javaScript: false, phone: true);
        await citizen.GotoAsync("/apply");
        await citizen.GetByLabel("向哪个行政机关申请").SelectOptionAsync(new SelectOptionValue { Label = "巫溪县财政局" });
        await citizen.GetByLabel("姓名或名称（必填）").FillAsync("冉某某");
        await citizen.GetByLabel("证件号码（必填；组织填统一社会信用代码）").FillAsync(ApplicationTests.IdNumber(611));
        await citizen.GetByLabel("联系电话").FillAsync(mobile);
        await citizen.GetByLabel("电子邮箱").FillAsync("ran@example.cn");
        await citizen.GetByLabel("所需信息的名称或内容描述（必填，不超过 4000 字）").FillAsync("县财政局2026年农村公路养护资金分配表");
        await citizen.GetByLabel("获取信息的形式和方式").SelectOptionAsync(new SelectOptionValue { Label = "电子文本，电子邮件发送" });
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var tracking = await citizen.Locator(".tracking").InnerTextAsync();
        var secret = await citizen.Locator(".secret").InnerTextAsync();
        await SendAsync();
        Assert.Contains(SmsTo(mobile), t => t.Contains(tracking, StringComparison.Ordinal) && t.Contains(secret, StringComparison.Ordinal));

        // The officer's desk shows the new application before any deadline scan has run.
        var officer = await browser.NewPageAsync(f.Host, javaScript: false);
        await BrowserFixture.SignInAsync(officer, "czj.officer");
        await officer.GotoAsync("/staff");
        Assert.Contains($"【新申请】政府信息公开申请 {tracking} 待确认受理", await officer.Locator("ul.reminders").InnerTextAsync(), StringComparison.Ordinal);
        await officer.GetByRole(AriaRole.Link, new() { Name = tracking }).First.ClickAsync();
        foreach (var (action, fill) in new (string, Func<ILocator, Task>?)[]
        {
            ("确认收到并受理", null),
            ("申请延期答复", d => d.GetByLabel("延期理由（必填）").FillAsync("需调取各乡镇养护台账，情况复杂。")),
        })
        {
            var details = officer.Locator("details.action", new() { Has = officer.Locator("summary", new() { HasTextString = action }) });
            if (await details.GetAttributeAsync("open") is null)
            {
                await details.Locator("summary").ClickAsync();
            }

            if (fill is not null)
            {
                await fill(details);
            }

            await details.GetByRole(AriaRole.Button, new() { Name = action }).ClickAsync();
            await officer.WaitForURLAsync(new Regex("/staff/applications/\\d+$"));
        }

        // The approver, on a phone: the count on the desk, the list, one click.
        var approver = await browser.NewPageAsync(f.Host, javaScript: false, phone: true);
        await BrowserFixture.SignInAsync(approver, "czj.admin");
        await approver.GotoAsync("/staff");
        Assert.Contains("待我审批：1 件", await approver.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await approver.GetByRole(AriaRole.Link, new() { Name = "待我审批" }).ClickAsync();
        var row = approver.Locator("tbody tr", new() { HasTextString = tracking });
        Assert.Contains("需调取各乡镇养护台账", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.GetByRole(AriaRole.Button, new() { Name = "批准延期答复" }).ClickAsync();
        await approver.WaitForURLAsync(new Regex("/staff/applications/\\d+$"));
        Assert.Contains("已批准延期答复", await approver.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await approver.GotoAsync("/staff/applications/approvals");
        Assert.Contains("暂无待审批的事项", await approver.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var width = await approver.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the approvals page is {width}px wide on a 375px phone");
        await SendAsync();
        Assert.Contains(SmsTo(mobile), t => t.Contains("延长", StringComparison.Ordinal) && t.Contains(tracking, StringComparison.Ordinal));

        // The citizen lost the code: the phone on the application gets a new one, and only the new one works.
        await citizen.GotoAsync("/apply/status");
        var lost = citizen.Locator("form", new() { Has = citizen.GetByLabel("申请时填写的手机号码或电子邮箱") });
        await lost.GetByLabel("找回查询码的申请编号").FillAsync(tracking);
        await lost.GetByLabel("申请时填写的手机号码或电子邮箱").FillAsync(mobile);
        await lost.GetByRole(AriaRole.Button).ClickAsync();
        Assert.Contains(Gongkai.Web.Pages.Apply.StatusModel.ReissueAnswer, await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await SendAsync();
        var code = Regex.Match(SmsTo(mobile)[^1], "新查询码为([A-Z2-9]{8})").Groups[1].Value;
        Assert.NotEqual("", code);
        Assert.NotEqual(secret, code);
        await citizen.GotoAsync("/apply/status");
        var look = citizen.Locator("form", new() { Has = citizen.GetByLabel("查询码", new() { Exact = true }) });
        await look.GetByLabel("申请编号", new() { Exact = true }).FillAsync(tracking);
        await look.GetByLabel("查询码", new() { Exact = true }).FillAsync(code);
        await look.GetByRole(AriaRole.Button).First.ClickAsync();
        var status = await citizen.Locator("main").InnerTextAsync();
        Assert.Contains("办理过程", status, StringComparison.Ordinal);
        Assert.Contains("批准延期答复", status, StringComparison.Ordinal);
        width = await citizen.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the status page is {width}px wide on a 375px phone");
    }
}
