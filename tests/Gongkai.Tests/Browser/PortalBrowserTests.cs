using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

/// <summary>The portal a citizen expects: search from any page, cards on a phone, 适老化 mode, charts without scripts.</summary>
public sealed partial class PortalBrowserTests(BrowserFixture browser, SqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<SqliteHost>
{
    private const string ElderLink = "适老化模式（大字、高对比度）";

    /// <summary>A context 390 px wide (a common phone) or desktop-sized, with or without JavaScript.</summary>
    private async Task<IPage> PageAsync(bool phone = false, bool javaScript = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = f.Host.Address.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            Locale = "zh-CN",
            JavaScriptEnabled = javaScript,
            BypassCSP = javaScript,
        });
        return await context.NewPageAsync();
    }

    private static Task<bool> NoSidewaysScrollAsync(IPage page) => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>Published items with long titles and document numbers, indexed for search: what a card has to fit.</summary>
    private async Task SeedAsync()
    {
        if (await f.Host.WithDbAsync((db, _) => db.CatalogItems.AnyAsync(i => i.Title.StartsWith("便民通知"))))
        {
            return;
        }

        var csv = Path.Combine(TestDatabases.NewDataDirectory(), "portal.csv");
        var lines = new List<string> { "body,title,document_number,written_on,published_on,topic,category,key_area,validity,body_html" };
        for (var k = 1; k <= 25; k++)
        {
            var day = new DateOnly(2024, 4, k);
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"czj,便民通知第{k:D2}条：关于进一步做好城乡居民最低生活保障资金发放和社会救助兜底保障工作的通知,巫溪财发〔2024〕{k}号,{day:yyyy-MM-dd},{day:yyyy-MM-dd},10,a20-11,,有效,<p>便民通知正文{k:D2}。</p>"));
        }

        await File.WriteAllLinesAsync(csv, lines);
        await f.Host.WithDbAsync((db, _) => new Gongkai.Catalog.CatalogImporter(db).ImportAsync(Gongkai.Catalog.CatalogImporter.ReadFile(csv)));
        while (await f.Host.WithDbAsync((db, sp) => sp.GetRequiredService<Gongkai.Search.SearchSync>().RunOnceAsync()) > 0)
        {
        }
    }

    private async Task<int> ItemIdAsync() => await f.Host.WithDbAsync((db, _) =>
        db.CatalogVersions.Where(v => v.State == Gongkai.Catalog.VersionState.Current).OrderByDescending(v => v.PublishedOn).Select(v => v.ItemId).FirstAsync());

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_search_box_in_the_banner_submits_from_the_home_catalog_and_item_pages(bool phone)
    {
        await SeedAsync();
        var page = await PageAsync(phone);
        const string word = "便民通知";
        foreach (var path in new[] { "/", "/catalog", $"/items/{await ItemIdAsync()}" })
        {
            await page.GotoAsync(path);
            var banner = page.GetByRole(AriaRole.Search, new() { Name = "全站" });
            await banner.GetByLabel("站内检索").FillAsync(word);
            await banner.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/search\\?q="), new() { WaitUntil = WaitUntilState.Commit });
            Assert.Contains("找到", await page.Locator(".result-count").InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await NoSidewaysScrollAsync(page), $"{path} → search is wider than the screen");
        }

        // The home page's own large box comes first in the page, under the heading.
        await page.GotoAsync("/");
        await page.Locator("#home-q").FillAsync(word);
        await page.Locator("form.home-search").GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/search\\?q="), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(word, await page.Locator("#q").InputValueAsync());
    }

    [Fact]
    public async Task At_390_px_the_catalog_and_search_results_are_cards_without_sideways_scroll_and_the_desktop_keeps_the_table()
    {
        await SeedAsync();
        var phone = await PageAsync(phone: true);
        await phone.GotoAsync("/catalog");
        Assert.True(await NoSidewaysScrollAsync(phone), "the catalog is wider than 390 px");
        var row = phone.Locator("table.catalog tbody tr").First;
        Assert.Equal("flex", await row.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.False(await phone.Locator("table.catalog thead").IsVisibleAsync() && await phone.Locator("table.catalog thead").EvaluateAsync<int>("e => e.getBoundingClientRect().height") > 2);
        // Title first and large enough to read; the labels say what each line is.
        var text = await row.InnerTextAsync();
        Assert.Matches("\\d{4}-\\d{2}-\\d{2}", text);
        Assert.Contains("发布日期", await row.Locator("td[data-label='发布日期']").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"), StringComparison.Ordinal);
        Assert.Contains("文号", await row.Locator("td[data-label='文号']").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"), StringComparison.Ordinal);
        var titleTop = await row.Locator("td.title").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var indexTop = await row.Locator("td[data-label='索引号']").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(titleTop < indexTop, "the title is not the card's first line");
        var rowWidth = await row.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.True(rowWidth <= 390, $"a card is {rowWidth} px wide");

        await phone.GotoAsync("/search?q=" + Uri.EscapeDataString("便民通知"));
        Assert.True(await NoSidewaysScrollAsync(phone), "search results are wider than 390 px");

        var desktop = await PageAsync();
        await desktop.GotoAsync("/catalog");
        Assert.Equal("table-row", await desktop.Locator("table.catalog tbody tr").First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.True(await desktop.Locator("table.catalog thead").IsVisibleAsync());
    }

    [Fact]
    public async Task The_elder_mode_works_without_javascript_persists_across_pages_and_passes_axe_in_both_modes()
    {
        await SeedAsync();
        // Without JavaScript: a plain link, remembered on the next pages.
        var page = await PageAsync(phone: true);
        await page.GotoAsync("/catalog");
        var standardSize = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
        await page.GetByRole(AriaRole.Link, new() { Name = ElderLink }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/catalog$"), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal("elder", await page.Locator("html").GetAttributeAsync("class"));
        var elderSize = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
        Assert.True(elderSize >= standardSize * 1.2, $"text {standardSize} → {elderSize} px");
        Assert.True(await NoSidewaysScrollAsync(page), "the large-text catalog is wider than the phone");
        await page.GotoAsync("/");
        Assert.Equal("elder", await page.Locator("html").GetAttributeAsync("class"));
        await page.GotoAsync("/apply");
        Assert.Equal("elder", await page.Locator("html").GetAttributeAsync("class"));
        await page.GetByRole(AriaRole.Link, new() { Name = "标准模式" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/apply$"), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Null(await page.Locator("html").GetAttributeAsync("class"));

        // Keyboard: the first Tab reaches the skip link, which moves focus to the main content; focus is visible.
        var keys = await PageAsync(javaScript: true);
        await keys.GotoAsync("/catalog");
        await keys.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await keys.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.NotEqual("none", await keys.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await keys.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await keys.EvaluateAsync<string>("() => document.activeElement.id"));
        // In the banner the county's name, then the search box, then the 适老化 switch, then the menu.
        await keys.GotoAsync("/catalog");
        var order = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await keys.Keyboard.PressAsync("Tab");
            order.Add(await keys.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }

        Assert.Equal("跳到正文", order[0]);
        Assert.Equal("site-q", order[2]);
        Assert.Equal(ElderLink, order[4]);

        var failures = new List<string>();
        var q = "/search?q=" + Uri.EscapeDataString("便民通知");
        foreach (var elder in new[] { false, true })
        {
            if (elder)
            {
                await keys.GotoAsync("/catalog");
                await keys.GetByRole(AriaRole.Link, new() { Name = ElderLink }).ClickAsync();
                await keys.WaitForURLAsync(new Regex("/catalog$"), new() { WaitUntil = WaitUntilState.Commit });
            }

            foreach (var path in new[] { "/", "/catalog", q, "/reports", $"/items/{await ItemIdAsync()}" })
            {
                await keys.GotoAsync(path);
                Assert.Equal(elder ? "elder" : null, await keys.Locator("html").GetAttributeAsync("class"));
                failures.AddRange(await BrowserFixture.AxeViolationsAsync(keys, (elder ? "适老化 " : "") + path));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_audit_log_shows_words_not_JSON_or_English_type_names()
    {
        var page = await PageAsync(javaScript: true);
        await BrowserFixture.SignInAsync(page, "admin");
        await page.GotoAsync("/staff/calendar");
        var heads = await page.Locator("table.month thead th").AllInnerTextsAsync();
        if (heads.Count > 0)
        {
            Assert.Equal(["周一", "周二", "周三", "周四", "周五", "周六", "周日"], heads.Take(7));
        }

        await page.GotoAsync("/staff/audit");
        var text = await page.Locator("table.list tbody").InnerTextAsync();
        Assert.NotEmpty(text);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishTypeName(), text);
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(page, "/staff/audit"));
        await page.GetByRole(AriaRole.Link, new() { Name = ElderLink }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/audit$"), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal("elder", await page.Locator("html").GetAttributeAsync("class"));
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(page, "适老化 /staff/audit"));
    }

    [Fact]
    public async Task The_report_page_shows_an_SVG_chart_with_javascript_disabled()
    {
        await PublishReportsAsync();
        var page = await PageAsync();
        await page.GotoAsync("/reports");
        var chart = page.Locator("figure.chart-figure svg.svg-chart").First;
        Assert.True(await chart.IsVisibleAsync());
        Assert.True(await chart.Locator("rect.bar").CountAsync() >= 2);
        Assert.NotEmpty(await chart.Locator("title").First.TextContentAsync() ?? "");
        Assert.Contains("：", await chart.Locator("desc").TextContentAsync() ?? "", StringComparison.Ordinal);
        // The figures stay in the table beside the chart.
        Assert.True(await page.Locator("figure.chart-figure table").First.IsVisibleAsync());
        var phone = await PageAsync(phone: true);
        await phone.GotoAsync("/reports");
        Assert.True(await NoSidewaysScrollAsync(phone), "the charts are wider than 390 px");
    }

    /// <summary>Two years of reports for two bodies and the county, with their figures fixed, as publishing leaves them.</summary>
    private async Task PublishReportsAsync() => await f.Host.WithDbAsync(async (db, sp) =>
    {
        if (await db.AnnualReports.AnyAsync(r => r.State == ReportState.Published && r.DataJson != null))
        {
            return 0;
        }

        var reports = sp.GetRequiredService<ReportService>();
        var year = db.Today().Year - 1;
        var bodies = await db.Bodies.Where(b => b.Code == "czj" || b.Code == "jw" || b.ParentId == null).ToListAsync();
        foreach (var y in new[] { year - 1, year })
        {
            foreach (var b in bodies)
            {
                var r = await reports.OpenAsync(b.Id, y, countyWide: b.ParentId == null);
                r.DataJson = JsonSerializer.Serialize(await reports.DataAsync(r), ReportService.Json);
                r.State = ReportState.Published;
                r.PublishedOn = new DateOnly(y + 1, 1, 31);
                await db.SaveChangesAsync();
            }
        }

        return 0;
    });

    [GeneratedRegex("\\b(Body|StaffUser|RoleGrant|CatalogItem|Application|CalendarEntry|CalendarYear|ServiceItem|Created|Updated|created|updated|before|after)\\b")]
    private static partial Regex EnglishTypeName();
}
