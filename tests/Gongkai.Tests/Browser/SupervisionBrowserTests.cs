using Gongkai.Catalog;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

/// <summary>The county office's supervision pages as the office and a department use them, on a desktop and on a phone.</summary>
public abstract class SupervisionBrowserTests(BrowserFixture browser, TestHost server)
{
    /// <summary>The pages of the supervision side, each as the county office sees it.</summary>
    private static readonly string[] Pages = ["/staff/supervision?year=2015", "/staff/supervision?year=2015&sort=published"];

    [Fact]
    public async Task The_county_office_sorts_the_board_and_drills_down_and_a_department_sees_its_own_line_on_a_phone()
    {
        // 2015 publications of three bodies: 县财政局 1 of 2 on time, 县政府办 2 of 2, 宁河街道 0 of 1.
        await server.WithDbAsync(async (db, _) =>
        {
            var bodies = await db.Bodies.Where(b => b.Code == "czj" || b.Code == "zfb" || b.Code == "ninghe").ToDictionaryAsync(b => b.Code);
            var n = 0;
            void Item(string code, int late) => db.CatalogItems.Add(new CatalogItem
            {
                IndexNumber = $"SVB-{code}-{++n}",
                Title = $"督查测试信息{n}",
                BodyId = bodies[code].Id,
                Publisher = bodies[code].Name,
                WrittenOn = new DateOnly(2015, 4, 1),
                DueOn = new DateOnly(2015, 4, 29),
                State = ItemState.Published,
                PublishedVersion = 1,
                FirstPublishedOn = new DateOnly(2015, 4, 29).AddDays(late),
                PublishedOn = new DateOnly(2015, 4, 29).AddDays(late),
            });
            Item("czj", 0);
            Item("czj", 3);
            Item("zfb", 0);
            Item("zfb", -5);
            Item("ninghe", 1);
            return await db.SaveChangesAsync();
        });

        var office = await browser.NewPageAsync(server, javaScript: true);
        await BrowserFixture.SignInAsync(office, "jiandu");
        await office.GetByRole(AriaRole.Link, new() { Name = "督查考核", Exact = true }).First.ClickAsync();
        await office.GetByRole(AriaRole.Spinbutton, new() { Name = "年度" }).FillAsync("2015");
        await office.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        var rows = office.Locator("table.board tbody tr");
        Assert.True(await rows.CountAsync() > 30, "every body of the demo county has a line");

        // Sorting by the on-time rate puts the lowest first; the header link does what the form does.
        await office.GetByRole(AriaRole.Link, new() { Name = "本年公开（按时率）" }).ClickAsync();
        var rates = (await office.Locator("table.board tbody tr td:nth-child(4)").AllInnerTextsAsync())
            .Select(t => t[(t.IndexOf('（') + 1)..t.IndexOf('）')]).Where(t => t != "—").Select(t => decimal.Parse(t.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([0m, 50m, 100m], rates);

        // The chart is drawn from the same figures when ECharts is shipped.
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "echarts.min.js")))
        {
            await office.Locator(".chart.drawn svg").First.WaitForAsync();
        }

        // A department's administrator on a phone: its own line only, readable without scrolling the whole page sideways.
        var phone = await browser.NewPageAsync(server, phone: true);
        await BrowserFixture.SignInAsync(phone, "czj.admin");
        await phone.GotoAsync("/staff/supervision?year=2015");
        Assert.Equal(1, await phone.Locator("table.board tbody tr").CountAsync());
        Assert.Equal("巫溪县财政局", await phone.Locator("table.board tbody th").InnerTextAsync());
        var overflow = await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page does not scroll sideways at phone width");
    }

    [Fact]
    public async Task The_supervision_pages_pass_axe_WCAG_2_1_AA_and_the_HTML_checker()
    {
        var failures = new List<string>();
        var files = new List<string>();
        var dir = TestDatabases.NewDataDirectory();
        var client = await server.SignInAsync("jiandu");
        foreach (var path in Pages)
        {
            var page = await browser.NewPageAsync(server, javaScript: true);
            await BrowserFixture.SignInAsync(page, "jiandu");
            await page.GotoAsync(path);
            failures.AddRange(await BrowserFixture.AxeViolationsAsync(page, path));
            var file = Path.Combine(dir, $"supervision{files.Count}.html");
            await File.WriteAllTextAsync(file, await (await client.GetAsync(path)).Content.ReadAsStringAsync());
            files.Add(file);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var html = await Tools.ValidateHtmlAsync(files);
        Assert.True(html.Length == 0, html);
    }
}

public sealed class SupervisionBrowserTestsSqlite(BrowserFixture browser, BusySqliteHost f) : SupervisionBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>;

public sealed class SupervisionBrowserTestsPostgres(BrowserFixture browser, BusyPostgresHost f) : SupervisionBrowserTests(browser, f.Host), IClassFixture<BrowserFixture>, IClassFixture<BusyPostgresHost>;
