using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Gongkai.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The catalog and search results as CSV and JSON (same rows as the page, same filters, escaped for spreadsheets),
/// the 适老化 switch with the output cache, and the audit log in words.
/// </summary>
public abstract partial class PortalOpenDataTests(TestHost host) : IAsyncLifetime
{
    private const int Items = 45;

    private const string Formula = "=HYPERLINK(\"http://example.com\",\"开放数据核对公式\")";

    private const string Comma = "开放数据核对，带逗号,和\"引号\"的标题";

    public async Task InitializeAsync()
    {
        if (await host.WithDbAsync((db, _) => db.CatalogItems.AnyAsync(i => i.Title.StartsWith("开放数据核对"))))
        {
            return;
        }

        // Item k (1..45): published 2022-06-k for k ≤ 15 and 2023-05-(k-15) after, in body 县教委 (jw), newer than
        // anything of the demo county, so that newest-first order is 45..1;
        // the two odd titles are in 县卫健委 (wjw), so that a body filter leaves them out.
        var csv = Path.Combine(TestDatabases.NewDataDirectory(), "opendata.csv");
        var lines = new List<string> { "body,title,written_on,published_on,topic,category,key_area,validity,body_html" };
        for (var k = 1; k <= Items; k++)
        {
            var date = k <= 15 ? new DateOnly(2022, 6, k) : new DateOnly(2023, 5, k - 15);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"jw,开放数据核对第{k:D2}条,{date:yyyy-MM-dd},{date:yyyy-MM-dd},10,a20-11,ggfw-jy,有效,<p>开放数据正文{k:D2}。</p>"));
        }

        lines.Add($"wjw,{Quote(Formula)},2021-01-04,2021-01-04,10,a20-11,,有效,<p>开放数据核对公式。</p>");
        lines.Add($"wjw,{Quote(Comma)},2021-01-05,2021-01-05,10,a20-11,,有效,<p>开放数据核对逗号。</p>");
        await File.WriteAllLinesAsync(csv, lines);
        var result = await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(CatalogImporter.ReadFile(csv)));
        Assert.Equal(Items + 2, result.Imported);
        while (await host.WithDbAsync((db, sp) => sp.GetRequiredService<SearchSync>().RunOnceAsync()) > 0)
        {
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static List<int> Numbers(IEnumerable<string> titles) =>
        titles.Select(t => Regex.Match(Regex.Replace(t, "</?mark>", ""), "开放数据核对第(\\d\\d)条")).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    private static List<int> HtmlNumbers(string html) => Numbers(Regex.Matches(Regex.Replace(html, "</?mark>", ""), "开放数据核对第\\d\\d条").Select(m => m.Value));

    private static List<int> Descending(int from, int to) => Enumerable.Range(to, from - to + 1).Reverse().ToList();

    /// <summary>The CSV read back as a spreadsheet would: BOM first, then RFC 4180 records; the header row dropped.</summary>
    private static async Task<List<List<string>>> CsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = Csv.Read(new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3))).ToList();
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal(["索引号", "名称", "发布单位", "文号", "发布日期", "链接"], records[0].Fields!);
        return records.Skip(1).Select(r => r.Fields!).ToList();
    }

    [Theory]
    [InlineData("body=jw&", 2, 25, 6)]
    [InlineData("body=jw&year=2023&", 2, 25, 16)]
    [InlineData("body=jw&area=ggfw-jy&", 3, 5, 1)]
    public async Task The_catalog_as_CSV_holds_the_rows_of_the_page_with_the_same_filters(string filter, int page, int first, int last)
    {
        using var client = host.NewClient();
        var html = await client.GetStringAsync($"/catalog?{filter}page={page}");
        var rows = await CsvAsync(await client.GetAsync($"/catalog.csv?{filter}page={page}"));
        Assert.Equal(Descending(first, last), Numbers(rows.Select(r => r[1])));
        Assert.Equal(HtmlNumbers(html), Numbers(rows.Select(r => r[1])));
        Assert.All(rows, r => Assert.Contains("教育委员会", r[2], StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", r[4]));
        Assert.All(rows, r => Assert.Matches("^http://127\\.0\\.0\\.1:\\d+/items/\\d+$", r[5]));
        // The page links to this very file.
        Assert.Contains($"/catalog.csv?{filter.Replace("&", "&amp;", StringComparison.Ordinal)}page={page}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalog_as_JSON_has_the_same_fields_and_pages_by_size_up_to_the_cap()
    {
        using var client = host.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/catalog.json?body=jw&year=2023&size=7&page=3"));
        var root = doc.RootElement;
        Assert.Equal(30, root.GetProperty("total").GetInt32());
        Assert.Equal(3, root.GetProperty("page").GetInt32());
        Assert.Equal(7, root.GetProperty("size").GetInt32());
        Assert.Equal(5, root.GetProperty("pages").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Descending(31, 25), Numbers(items.Select(i => i.GetProperty("title").GetString()!)));
        var one = items[0];
        Assert.Contains("教育委员会", one.GetProperty("publisher").GetString(), StringComparison.Ordinal);
        Assert.Equal("2023-05-31".Length, one.GetProperty("publishedOn").GetString()!.Length);
        Assert.StartsWith("http://127.0.0.1:", one.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(one.GetProperty("indexNumber").GetString()!);
        Assert.True(one.TryGetProperty("documentNumber", out _));

        // The same page of the CSV file, in the same order.
        var csv = await CsvAsync(await client.GetAsync("/catalog.csv?body=jw&year=2023&size=7&page=3"));
        Assert.Equal(items.Select(i => i.GetProperty("indexNumber").GetString()), csv.Select(r => r[0]));

        // A size over the cap, an unknown body: a Chinese message, not a huge file or an error page.
        var big = await client.GetAsync($"/catalog.json?size={Gongkai.Web.Portal.OpenData.MaxSize + 1}");
        Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode);
        Assert.Contains("每页条数", await big.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var nobody = await client.GetAsync("/catalog.csv?body=nosuchbody");
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Contains("nosuchbody", await nobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var capped = JsonDocument.Parse(await client.GetStringAsync($"/catalog.json?size={Gongkai.Web.Portal.OpenData.MaxSize}"));
        Assert.True(capped.RootElement.GetProperty("items").GetArrayLength() <= Gongkai.Web.Portal.OpenData.MaxSize);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_defused_and_commas_and_quotes_survive()
    {
        using var client = host.NewClient();
        var rows = await CsvAsync(await client.GetAsync("/catalog.csv?body=wjw&year=2021"));
        var titles = rows.Select(r => r[1]).ToList();
        Assert.Contains("'" + Formula, titles);
        Assert.Contains(Comma, titles);
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@');
        Assert.Equal("'-x", Gongkai.Web.Portal.OpenData.Field("-x"));
        Assert.Equal("'@x", Gongkai.Web.Portal.OpenData.Field("@x"));
        Assert.Equal("'+x", Gongkai.Web.Portal.OpenData.Field("+x"));
        Assert.Equal("\"a\r\nb\"", Gongkai.Web.Portal.OpenData.Field("a\r\nb"));
        // JSON keeps the title as it is: it is data for programs, not cells.
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/catalog.json?body=wjw&year=2021"));
        Assert.Contains(Formula, doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Search_results_as_CSV_and_JSON_hold_the_hits_of_the_page_asked_for()
    {
        using var client = host.NewClient();
        var q = Uri.EscapeDataString("开放数据核对");
        var html = await client.GetStringAsync($"/search?q={q}&sort=date&body=jw&page=2");
        var rows = await CsvAsync(await client.GetAsync($"/search.csv?q={q}&sort=date&body=jw&page=2"));
        Assert.Equal(Descending(25, 6), Numbers(rows.Select(r => r[1])));
        Assert.Equal(HtmlNumbers(html).Distinct(), Numbers(rows.Select(r => r[1])));
        Assert.Contains($"/search.csv?q={q}&amp;body=jw&amp;sort=date&amp;page=2\"", html, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"/search.json?q={q}&sort=date&body=jw&page=2"));
        Assert.True(doc.RootElement.GetProperty("total").GetInt32() >= Items);
        Assert.Equal(Descending(25, 6), Numbers(doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)));
        // Marks are for pages: the file holds the plain title.
        Assert.DoesNotContain("<mark>", await client.GetStringAsync($"/search.json?q={q}"), StringComparison.Ordinal);
        var empty = await client.GetAsync("/search.csv?q=");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("检索词", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badYear = await client.GetAsync($"/search.json?q={q}&year=abc");
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
    }

    [Fact]
    public async Task The_elder_mode_is_remembered_and_cached_pages_are_kept_apart_per_mode()
    {
        using var plain = host.NewClient();
        using var elder = host.NewClient();
        // The first request fills the output cache with the standard page.
        Assert.DoesNotContain("class=\"elder\"", await plain.GetStringAsync("/catalog?body=jw&page=2"), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/display?mode=elder");
        request.Headers.Referrer = new Uri(host.Address, "/catalog?body=jw&page=2");
        var switched = await elder.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/catalog?body=jw&page=2", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gk-display=elder", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));

        var page = await (await elder.GetAsync("/catalog?body=jw&page=2")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\" class=\"elder\">", page, StringComparison.Ordinal);
        Assert.Contains("/display?mode=standard", page, StringComparison.Ordinal);
        Assert.Contains("class=\"elder\"", await elder.GetStringAsync("/"), StringComparison.Ordinal);
        // The standard page is still served to everyone else from the same cache.
        Assert.DoesNotContain("class=\"elder\"", await plain.GetStringAsync("/catalog?body=jw&page=2"), StringComparison.Ordinal);
        var vary = (await plain.GetAsync("/")).Headers.Vary;
        Assert.Contains("Cookie", vary);

        // Back to the standard look; a foreign or protocol-relative Referer never leads off the site.
        using var back = new HttpRequestMessage(HttpMethod.Get, "/display?mode=standard");
        back.Headers.Referrer = new Uri("http://evil.example/phish");
        var reset = await elder.SendAsync(back);
        Assert.Equal("/", reset.Headers.Location?.OriginalString);
        Assert.DoesNotContain("class=\"elder\"", await elder.GetStringAsync("/catalog?body=jw&page=2"), StringComparison.Ordinal);
        using var sneaky = new HttpRequestMessage(HttpMethod.Get, "/display?mode=elder");
        sneaky.Headers.Referrer = new Uri(host.Address.GetLeftPart(UriPartial.Authority) + "//evil.example/x");
        Assert.Equal("/", (await elder.SendAsync(sneaky)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_home_page_has_the_banner_search_box_blocks_and_favicon()
    {
        using var client = host.NewClient();
        var home = await client.GetStringAsync("/");
        var county = await host.WithDbAsync((db, sp) => sp.GetRequiredService<SiteInfo>().CountyNameAsync());
        Assert.Contains($"{county} 政府信息公开</a>", home, StringComparison.Ordinal);
        Assert.Contains("id=\"home-q\"", home, StringComparison.Ordinal);
        Assert.Contains("id=\"site-q\"", home, StringComparison.Ordinal);
        foreach (var block in new[] { "公开指南", "公开年报", "依申请公开" })
        {
            Assert.Contains($">{block}</h2>", home, StringComparison.Ordinal);
        }

        var icon = Regex.Match(home, "<link rel=\"icon\" href=\"(/favicon\\.svg\\?v=[^\"]+)\" type=\"image/svg\\+xml\"").Groups[1].Value;
        Assert.NotEmpty(icon);
        var svg = await client.GetAsync(icon);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", svg.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_page_draws_its_charts_as_SVG_on_the_server()
    {
        using var client = host.NewClient();
        var html = await client.GetStringAsync("/reports");
        if (!html.Contains("chart-figure", StringComparison.Ordinal))
        {
            // The demo county publishes its reports; without any the page has nothing to draw.
            Assert.Contains("尚未发布年度报告", html, StringComparison.Ordinal);
            return;
        }

        Assert.Matches("<svg class=\"svg-chart\"[^>]*role=\"img\"[^>]*aria-labelledby=\"chart-[a-z]+-t chart-[a-z]+-d\"", html);
        Assert.Matches("<title id=\"chart-[a-z]+-t\">[^<]+</title><desc id=\"chart-[a-z]+-d\">[^<]+：", html);
        Assert.Contains("<rect class=\"bar\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("echarts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_reads_in_words_without_JSON_or_type_names()
    {
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "hbj").Select(b => b.Id).SingleAsync());
        await host.WithDbAsync(async (db, _) =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == bodyId);
            body.Telephone = "023-55550101";
            return await db.SaveChangesAsync();
        });

        using var admin = await host.SignInAsync("admin");
        var html = await admin.GetStringAsync("/staff/audit?type=Body");
        var table = Regex.Match(html, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Matches("<span class=\"field\">电话</span>：[^<]* → 023-55550101", table);
        Assert.DoesNotContain("{", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Telephone", table, StringComparison.Ordinal);
        Assert.DoesNotContain(">Body ", table, StringComparison.Ordinal);
        Assert.Contains("单位 " + bodyId, table, StringComparison.Ordinal);

        // The whole log, whatever was recorded: no record type, field name or JSON left in English.
        var all = Regex.Match(await admin.GetStringAsync("/staff/audit"), "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("{", all, StringComparison.Ordinal);
        Assert.DoesNotContain("其他字段", all, StringComparison.Ordinal);
        Assert.DoesNotContain("其他记录", all, StringComparison.Ordinal);
        foreach (var type in AuditText.Types.Keys)
        {
            Assert.DoesNotContain($"<td>{type} ", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_audited_record_type_field_and_state_has_a_Chinese_name()
    {
        var missing = await host.WithDbAsync((db, _) =>
        {
            var gaps = new List<string>();
            foreach (var entity in db.Model.GetEntityTypes().Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType)))
            {
                if (!AuditText.Types.ContainsKey(entity.ClrType.Name))
                {
                    gaps.Add(entity.ClrType.Name);
                }

                foreach (var p in entity.GetProperties())
                {
                    if (!AuditText.HasField(p.Name))
                    {
                        gaps.Add(entity.ClrType.Name + "." + p.Name);
                    }

                    var type = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
                    if (type.IsEnum && !AuditText.LabelledEnums.Contains(type))
                    {
                        gaps.Add("enum " + type.FullName);
                    }
                }
            }

            return Task.FromResult(gaps);
        });
        Assert.Empty(missing);
        Assert.Equal("依申请公开", AuditText.Type("Application"));
        Assert.Equal("公开事项", AuditText.Type("CatalogItem"));
        Assert.Equal("传真申请", AuditText.EnumLabel(Gongkai.Applications.Channel.Fax));
    }
}

public sealed class PortalOpenDataTestsSqlite(SqliteHost f) : PortalOpenDataTests(f.Host), IClassFixture<SqliteHost>;

public sealed class PortalOpenDataTestsPostgres(PostgresHost f) : PortalOpenDataTests(f.Host), IClassFixture<PostgresHost>;
