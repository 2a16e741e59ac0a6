using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Demo;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

public sealed class ServiceDeskBrowserTests(BrowserFixture browser, BusySqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>
{
    [Fact]
    public async Task A_clerk_registers_and_accepts_a_case_without_JavaScript_and_the_case_and_statistics_pages_pass_axe()
    {
        var centre = await f.Host.WithDbAsync(async (db, sp) =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
            await sp.GetRequiredService<StaffAccounts>().CreateAsync("browser.clerk", "财政窗口 王静", body.Id, DemoCounty.Password, [StaffRole.WindowClerk]);
            var item = new ServiceItem { Code = "BROWSER-1", Name = "政府采购供应商投诉处理", Type = ServiceItemType.Adjudication, BodyId = body.Id, Tier = ServiceTier.County, PromisedDays = 10, StatutoryDays = 30, State = ItemState.Published };
            db.ServiceItems.Add(item);
            await db.SaveChangesAsync();
            var cases = sp.GetRequiredService<ServiceCases>();
            var c = await cases.AddCentreAsync(new ServiceCentre { Name = "县财政局浏览器测试大厅", Tier = ServiceTier.County, BodyId = body.Id });
            await cases.AddWindowAsync(c.Id, "采购监管窗口", "5", body.Id);
            await cases.PlaceItemAsync(c.Id, item.Id);
            return c.Id;
        });

        var page = await browser.NewPageAsync(f.Host);
        await BrowserFixture.SignInAsync(page, "browser.clerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "政务服务办件" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记办件" }).ClickAsync();
        await page.GetByLabel("收件窗口").SelectOptionAsync(new SelectOptionValue { Label = "5 采购监管窗口" });
        await page.GetByLabel("法人或其他组织").CheckAsync();
        await page.GetByLabel("申请人名称").FillAsync("巫溪县某商贸公司");
        await page.GetByLabel("收件时间（北京时间）").FillAsync("2026-11-27T10:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/service-cases/\\d+$"));
        Assert.Contains("待受理", await page.Locator(".state").InnerTextAsync(), StringComparison.Ordinal);

        // The accept form, as a window would fill it: first with a date before receipt.
        await page.Locator("summary", new() { HasText = "受理" }).First.ClickAsync();
        await page.GetByLabel("受理日期", new() { Exact = true }).FillAsync("2026-11-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        Assert.Contains("受理日期不能早于收件日期（2026-11-27）", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("summary", new() { HasText = "受理" }).First.ClickAsync();
        await page.GetByLabel("受理日期", new() { Exact = true }).FillAsync("2026-11-27");
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        Assert.Equal("办理中", await page.Locator(".state").InnerTextAsync());
        Assert.Contains("2026-12-11", await page.Locator("table.clock").InnerTextAsync(), StringComparison.Ordinal);

        // axe runs where scripts may: the same pages in a second session with JavaScript.
        var charts = await browser.NewPageAsync(f.Host, javaScript: true);
        await BrowserFixture.SignInAsync(charts, "browser.clerk");
        await charts.GotoAsync(page.Url);
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(charts, page.Url));
        await charts.GotoAsync("/staff/service-cases");
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(charts, "/staff/service-cases"));
        await charts.GotoAsync("/staff/service-cases/statistics?year=2026&by=Centre");
        Assert.Contains("县财政局浏览器测试大厅", await charts.Locator("table.stats").InnerTextAsync(), StringComparison.Ordinal);
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "echarts.min.js")))
        {
            await charts.Locator(".chart.drawn svg").First.WaitForAsync();
        }

        Assert.Empty(await BrowserFixture.AxeViolationsAsync(charts, "/staff/service-cases/statistics"));
        await charts.GotoAsync("/services/statistics?year=2026");
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(charts, "/services/statistics"));

        // Every new page is valid HTML, the forms of the case and the centre included.
        var clerk = await f.Host.SignInAsync("browser.clerk");
        var admin = await f.Host.SignInAsync("czj.admin");
        var dir = TestDatabases.NewDataDirectory();
        var saved = new List<string>();
        foreach (var (client, path) in new[]
        {
            (clerk, new Uri(page.Url).AbsolutePath), (clerk, "/staff/service-cases"), (clerk, $"/staff/service-cases/new?centre={centre}"),
            (clerk, "/staff/service-cases/statistics?year=2026&by=Item"), (admin, "/staff/centres"), (admin, $"/staff/centres/{centre}"), (clerk, "/services/statistics?year=2026"),
        })
        {
            var file = Path.Combine(dir, $"page{saved.Count}.html");
            await File.WriteAllTextAsync(file, await client.GetStringAsync(path));
            saved.Add(file);
        }

        var report = await Tools.ValidateHtmlAsync(saved);
        Assert.True(report.Length == 0, report);

        // On a phone (375 px, no JavaScript) no page of the desk, the centres or the statistics is wider than the screen.
        var caseUrl = new Uri(page.Url).AbsolutePath;
        var phone = await browser.NewPageAsync(f.Host, phone: true);
        await BrowserFixture.SignInAsync(phone, "browser.clerk");
        foreach (var path in new[] { caseUrl, "/staff/service-cases", $"/staff/service-cases/new?centre={centre}", "/staff/service-cases/statistics?year=2026&by=Item", "/services/statistics?year=2026" })
        {
            await phone.GotoAsync(path);
            Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), path);
        }

        var admin390 = await browser.NewPageAsync(f.Host, phone: true);
        await BrowserFixture.SignInAsync(admin390, "czj.admin");
        foreach (var path in new[] { "/staff/centres", $"/staff/centres/{centre}" })
        {
            await admin390.GotoAsync(path);
            Assert.True(await admin390.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), path);
        }
    }
}
