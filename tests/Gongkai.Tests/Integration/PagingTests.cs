using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Reports;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// Every pager in the product shows the rows of the page asked for. The rows are numbered so that the
/// expected content of each page is known before the page is fetched; a pager that ignores its
/// parameter shows page 1 and fails.
/// </summary>
public abstract partial class PagingTests(TestHost host) : IAsyncLifetime
{
    private const int Items = 60;

    public async Task InitializeAsync()
    {
        if (await host.WithDbAsync((db, _) => db.CatalogItems.AnyAsync(i => i.Title.StartsWith("分页核对"))))
        {
            return;
        }

        // Item k (1..60): published 2024-03-k for k ≤ 30 and 2025-03-(k-30) after, so newest-first order is 60..1.
        var csv = Path.Combine(TestDatabases.NewDataDirectory(), "paging.csv");
        var lines = new List<string> { "body,title,written_on,published_on,topic,category,key_area,validity,body_html" };
        for (var k = 1; k <= Items; k++)
        {
            var date = k <= 30 ? new DateOnly(2024, 3, k) : new DateOnly(2025, 3, k - 30);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"jw,分页核对第{k:D2}条通知,{date:yyyy-MM-dd},{date:yyyy-MM-dd},10,a20-11,ggfw-jy,有效,<p>翻页核对正文{k:D2}。</p>"));
        }

        await File.WriteAllLinesAsync(csv, lines);
        var result = await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(CatalogImporter.ReadFile(csv)));
        Assert.Equal(Items, result.Imported);
        while (await host.WithDbAsync((db, sp) => sp.GetRequiredService<SearchSync>().RunOnceAsync()) > 0)
        {
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static IEnumerable<int> Numbers(string html, string pattern) =>
        Regex.Matches(html, pattern).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    // Search marks the words it matched; the numbers are read from the text as a reader sees it.
    private static List<int> Titles(string html) => Numbers(Regex.Replace(html, "</?mark>", ""), "分页核对第(\\d\\d)条通知").ToList();

    private static List<int> Descending(int from, int to) => Enumerable.Range(to, from - to + 1).Reverse().ToList();

    [Theory]
    [InlineData("", 1, 60, 41)]
    [InlineData("", 2, 40, 21)]
    [InlineData("", 3, 20, 1)]
    [InlineData("body=jw&", 2, 40, 21)]
    [InlineData("category=a20-11&", 3, 20, 1)]
    [InlineData("area=ggfw-jy&", 2, 40, 21)]
    [InlineData("topic=10&", 2, 40, 21)]
    [InlineData("year=2024&", 2, 10, 1)]
    [InlineData("body=jw&year=2025&", 1, 60, 41)]
    public async Task The_public_catalog_shows_the_rows_of_the_page_asked_for(string filter, int page, int first, int last)
    {
        using var client = host.NewClient();
        var html = await client.GetStringAsync($"/catalog?{filter}page={page}");
        Assert.Equal(Descending(first, last), Titles(html));
        Assert.Contains($"第 {page} / ", html, StringComparison.Ordinal);
        // The next page's link keeps the filter.
        if (page < 3 && filter != "year=2024&")
        {
            Assert.Contains($"?{filter.Replace("&", "&amp;", StringComparison.Ordinal)}page={page + 1}\" rel=\"next\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_out_of_range_or_malformed_show_the_nearest_page()
    {
        using var client = host.NewClient();
        Assert.Equal(Descending(20, 1), Titles(await client.GetStringAsync("/catalog?body=jw&page=99")));
        Assert.Equal(Descending(60, 41), Titles(await client.GetStringAsync("/catalog?body=jw&page=0")));
        Assert.Equal(Descending(60, 41), Titles(await client.GetStringAsync("/catalog?body=jw&page=abc")));
    }

    [Fact]
    public async Task A_body_page_links_to_its_catalog_which_pages()
    {
        using var client = host.NewClient();
        var home = await client.GetStringAsync("/bodies/jw");
        Assert.Equal(Descending(60, 51), Titles(home));
        Assert.Contains("/catalog?body=jw", home, StringComparison.Ordinal);
        Assert.Equal(Descending(40, 21), Titles(await client.GetStringAsync("/catalog?body=jw&page=2")));
    }

    [Fact]
    public async Task Search_pages_show_the_hits_of_the_page_asked_for()
    {
        using var client = host.NewClient();
        var page2 = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("分页核对") + "&sort=date&page=2");
        Assert.Equal(Descending(40, 21), Titles(page2).Distinct().ToList());
        var page3 = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("分页核对") + "&sort=date&body=jw&page=3");
        Assert.Equal(Descending(20, 1), Titles(page3).Distinct().ToList());
    }

    [Fact]
    public async Task The_staff_catalog_pages_filters_by_body_state_and_keyword()
    {
        using var editor = await host.SignInAsync("admin");
        // Ordered newest record first: the import created 1..60 in order.
        var page1 = await editor.GetStringAsync("/staff/catalog?q=" + Uri.EscapeDataString("分页核对") + "&body=jw");
        Assert.Equal(Descending(60, 11), Titles(page1));
        Assert.Contains("共 60 条", page1, StringComparison.Ordinal);
        var page2 = await editor.GetStringAsync("/staff/catalog?q=" + Uri.EscapeDataString("分页核对") + "&body=jw&state=Published&page=2");
        Assert.Equal(Descending(10, 1), Titles(page2));
        var one = await editor.GetStringAsync("/staff/catalog?q=" + Uri.EscapeDataString("第07条"));
        Assert.Equal([7], Titles(one));
        Assert.Contains("共 1 条", one, StringComparison.Ordinal);
        // Another body's filter, and LIKE wildcards typed by a user, match nothing here.
        Assert.Empty(Titles(await editor.GetStringAsync("/staff/catalog?q=" + Uri.EscapeDataString("分页核对") + "&body=czj")));
        Assert.Empty(Titles(await editor.GetStringAsync("/staff/catalog?q=" + Uri.EscapeDataString("分页%通知"))));
        Assert.Empty(Titles(await editor.GetStringAsync("/staff/catalog?q=" + Uri.EscapeDataString("第_7条"))));
        // A body's editor sees only their own body's items, whatever the filter says.
        using var czj = await host.SignInAsync("czj.editor");
        Assert.Empty(Titles(await czj.GetStringAsync("/staff/catalog?q=" + Uri.EscapeDataString("分页核对") + "&body=jw")));
    }

    [Fact]
    public async Task The_application_work_list_pages()
    {
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "zfb").Select(b => b.Id).SingleAsync());
        if (!await host.WithDbAsync((db, _) => db.Applications.AnyAsync(a => a.BodyId == bodyId && a.ApplicantName!.StartsWith("翻页申请人"))))
        {
            // Application k arrives on Monday k weeks after 2025-10-06, so due dates rise with k.
            for (var k = 0; k < 55; k++)
            {
                var arrived = new DateOnly(2025, 10, 6).AddDays(7 * k);
                var first17 = string.Create(CultureInfo.InvariantCulture, $"500238198001{(k % 28) + 1:D2}{k + 100:D3}");
                var input = new ApplicationInput
                {
                    ApplicantType = ApplicantType.Person,
                    Name = string.Create(CultureInfo.InvariantCulture, $"翻页申请人{k:D2}"),
                    IdDocument = IdDocument.ResidentCard,
                    IdNumber = first17 + IdNumbers.ResidentCheck(first17),
                    Phone = "13902380000",
                    Address = "重庆市巫溪县城厢镇",
                    Description = string.Create(CultureInfo.InvariantCulture, $"申请公开第{k}号文件"),
                    Delivery = Delivery.PaperByPost,
                    BodyId = bodyId,
                };
                var at = new DateTimeOffset(arrived.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
                await host.WithDbAsync((db, sp) => sp.GetRequiredService<ApplicationService>()
                    .SubmitAsync(input, new Registration(Channel.InPerson, at, arrived), $"paging-{k}", null, "测试"));
            }
        }

        using var officer = await host.SignInAsync("zfb.officer");
        var page1 = await officer.GetStringAsync("/staff/applications?list=open");
        var page2 = await officer.GetStringAsync("/staff/applications?list=open&page=2");
        Assert.Equal(Enumerable.Range(0, 50), Numbers(page1, "翻页申请人(\\d\\d)"));
        Assert.Equal(Enumerable.Range(50, 5), Numbers(page2, "翻页申请人(\\d\\d)"));
        Assert.Contains("href=\"/staff/applications?list=open&amp;page=2\" rel=\"next\"", page1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_pages_backwards()
    {
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "kw").Select(b => b.Id).SingleAsync());
        for (var k = 1; k <= 60; k++)
        {
            var phone = string.Create(CultureInfo.InvariantCulture, $"023-9876{k:D4}");
            await host.WithDbAsync(async (db, _) =>
            {
                var body = await db.Bodies.SingleAsync(b => b.Id == bodyId);
                body.Fax = phone;
                return await db.SaveChangesAsync();
            });
        }

        using var admin = await host.SignInAsync("admin");
        var page1 = await admin.GetStringAsync("/staff/audit?type=Body");
        var fax = "023-9876(\\d{4})";
        // Each row shows the old and the new number: page 1 holds changes 60..11 (so the numbers 10..60), page 2 changes 10..1.
        Assert.Equal(Enumerable.Range(10, 51), Numbers(page1, fax).Distinct().Order());
        var next = Regex.Match(page1, "href=\"(\\?type=Body&amp;before=\\d+)\">更早的记录").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var page2 = await admin.GetStringAsync("/staff/audit" + next);
        Assert.Equal(Enumerable.Range(1, 10), Numbers(page2, fax).Distinct().Order());
    }

    [Fact]
    public async Task The_case_register_pages()
    {
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        await host.WithDbAsync(async (db, _) =>
        {
            if (await db.DisclosureCases.AnyAsync(c => c.CaseNumber.StartsWith("翻页")))
            {
                return 0;
            }

            for (var k = 1; k <= 55; k++)
            {
                db.DisclosureCases.Add(new DisclosureCase
                {
                    Kind = CaseKind.Review,
                    CaseNumber = string.Create(CultureInfo.InvariantCulture, $"翻页复议〔2023〕{k:D2}号"),
                    Organ = "巫溪县人民政府",
                    BodyId = bodyId,
                    FiledOn = new DateOnly(2023, 1, 1).AddDays(k * 3),
                    Result = CaseResult.Pending,
                });
            }

            return await db.SaveChangesAsync();
        });

        using var officer = await host.SignInAsync("czj.officer");
        var page1 = await officer.GetStringAsync("/staff/cases?year=2023");
        var page2 = await officer.GetStringAsync("/staff/cases?year=2023&page=2");
        Assert.Equal(Enumerable.Range(1, 50), Numbers(page1, "翻页复议〔2023〕(\\d\\d)号"));
        Assert.Equal(Enumerable.Range(51, 5), Numbers(page2, "翻页复议〔2023〕(\\d\\d)号"));
        // The statistics count every case of the year, not just the page shown.
        Assert.Matches("<td>55</td></tr>", page2);
    }

    [Fact]
    public async Task The_published_report_list_pages()
    {
        await host.WithDbAsync(async (db, _) =>
        {
            if (await db.AnnualReports.AnyAsync(r => r.Year < 2000))
            {
                return 0;
            }

            var bodies = await db.Bodies.Where(b => b.Level != Gongkai.Bodies.BodyLevel.Village).OrderBy(b => b.Id).Select(b => b.Id).Take(7).ToListAsync();
            // 35 reports for the years 1991-1995 of seven bodies: listed newest year first, then by body.
            foreach (var year in Enumerable.Range(1991, 5))
            {
                foreach (var b in bodies)
                {
                    db.AnnualReports.Add(new AnnualReport { BodyId = b, Year = year, Layout = ReportLayout.Narrative, State = ReportState.Published, PublishedOn = new DateOnly(year + 1, 1, 31) });
                }
            }

            return await db.SaveChangesAsync();
        });

        using var client = host.NewClient();
        var years = (string html) => Numbers(html, "(199\\d) 年政府信息公开工作年度报告").ToList();
        var page1 = years(await client.GetStringAsync("/reports"));
        var page2 = years(await client.GetStringAsync("/reports?page=2"));
        Assert.Equal(30, page1.Count);
        Assert.Equal(Enumerable.Repeat(1995, 7).Concat(Enumerable.Repeat(1994, 7)).Concat(Enumerable.Repeat(1993, 7)).Concat(Enumerable.Repeat(1992, 7)).Concat([1991, 1991]), page1);
        Assert.Equal(Enumerable.Repeat(1991, 5), page2);
    }
}

public sealed class PagingTestsSqlite(SqliteHost f) : PagingTests(f.Host), IClassFixture<SqliteHost>;

public sealed class PagingTestsPostgres(PostgresHost f) : PagingTests(f.Host), IClassFixture<PostgresHost>;
