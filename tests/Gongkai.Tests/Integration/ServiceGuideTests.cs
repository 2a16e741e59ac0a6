using Gongkai.Documents;
using Gongkai.ServiceItems;
using Gongkai.Tests.Support;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>The portal's 办事指南 over an imported list: only the items in force today, each with its guide and history.</summary>
public abstract class ServiceGuideTests(TestHost host)
{
    /// <summary>22 plain items, a cancelled one, one with its whole guide, a delegated one and one that starts next year.</summary>
    public static IEnumerable<TableRow> SampleList()
    {
        var line = 1L;
        TableRow Row(params (string Key, string Value)[] fields) => new(++line, fields.ToDictionary(f => f.Key, f => f.Value), null);
        for (var n = 1; n <= 22; n++)
        {
            yield return Row(("code", $"GG-CZ-{n:D3}"), ("name", $"财政便民服务第{n:D2}项"), ("type", "公共服务"), ("body", "czj"), ("tier", "县级"), ("promised_days", "3"), ("on_site", "是"));
        }

        yield return Row(("code", "XK-CZ-100"), ("name", "政府采购代理机构资格认定"), ("type", "行政许可"), ("body", "czj"), ("tier", "县级"), ("event", "新增"), ("event_on", "2010-01-01"));
        yield return Row(("code", "XK-CZ-100"), ("event", "取消"), ("event_on", "2015-03-01"), ("decision", "巫溪府发〔2015〕5号"));
        yield return Row(
            ("code", "XK-CZ-101"), ("national_code", "000105001000"), ("name", "会计从业资格证书核发"), ("type", "行政许可"), ("body", "czj"), ("tier", "县级"),
            ("legal_basis", "《中华人民共和国会计法》第三十八条"), ("conditions", "具备会计专业知识\n遵守国家法律法规"),
            ("materials", "居民身份证原件\n近期一寸免冠照片两张\n学历证书复印件"), ("procedure", "受理\n审核\n发证"),
            ("statutory_days", "20"), ("promised_days", "5"), ("place", "巫溪县政务服务中心二楼8号窗口"), ("hours", "工作日 9:00-12:00，14:00-17:30"),
            ("online_url", "https://zwfw.cq.gov.cn/wuxi/kj"), ("consult_phone", "023-51521234"), ("complaint_phone", "023-51525678"), ("on_site", "是"),
            ("event", "承接"), ("event_on", "2014-07-01"), ("decision", "渝府发〔2014〕22号"));
        yield return Row(("code", "XK-CZ-101"), ("event", "调整"), ("event_on", "2020-05-01"), ("decision", "巫溪府发〔2020〕3号"), ("note", "承诺时限由10个工作日减为5个"));
        yield return Row(("code", "GF-ZF-200"), ("name", "农村五保供养资金发放"), ("type", "行政给付"), ("body", "zfb"), ("tier", "县级"), ("fees", "工本费 10 元"), ("on_site", "否"),
            ("event", "下放"), ("event_on", "2015-06-01"), ("decision", "巫溪府发〔2015〕18号"));
        yield return Row(("code", "XK-ZF-201"), ("name", "尚未施行的许可"), ("type", "行政许可"), ("body", "zfb"), ("tier", "县级"), ("event", "新增"), ("event_on", "2027-01-01"), ("decision", "巫溪府发〔2026〕40号"));
    }

    [Fact]
    public async Task An_imported_list_is_browsed_filtered_and_read_as_guides_of_the_items_in_force_today()
    {
        var client = host.NewClient();
        Assert.DoesNotContain("href=\"/services\"", await client.GetStringAsync("/"), StringComparison.Ordinal);

        var imported = await host.WithDbAsync((db, _) => new ServiceItemImporter(db).ImportAsync(SampleList()));
        Assert.Equal((26, 0), (imported.Added, imported.Rejected.Count));
        // The command-line import cannot reach the node's cache: this stands for the minute after which it expires.
        await host.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Gongkai.Web.Portal.PortalCache.Tag, default);
        Assert.Contains("<a href=\"/services\">办事指南</a>", await client.GetStringAsync("/"), StringComparison.Ordinal);

        // In force on 2026-11-30: 22 plain items, the undertaken one and the delegated one; not the cancelled one, not next year's.
        var list = await client.GetStringAsync("/services");
        Assert.Contains("实施的政务服务事项共 24 项", list, StringComparison.Ordinal);
        Assert.Contains("共 24 项，第 1 / 2 页", list, StringComparison.Ordinal);
        Assert.Equal(20, Links(list).Count);
        Assert.Equal("/services/GF-ZF-200", Links(list)[0]);
        Assert.DoesNotContain("政府采购代理机构资格认定", list, StringComparison.Ordinal);
        Assert.DoesNotContain("尚未施行的许可", list, StringComparison.Ordinal);
        Assert.Contains("<option value=\"licensing\">行政许可（1）</option>", list, StringComparison.Ordinal);
        Assert.Contains("<option value=\"township\">乡镇（街道）（1）</option>", list, StringComparison.Ordinal);
        Assert.Contains("<option value=\"czj\">巫溪县财政局（23）</option>", list, StringComparison.Ordinal);

        var page2 = await client.GetStringAsync("/services?page=2");
        Assert.Equal(["/services/GG-CZ-020", "/services/GG-CZ-021", "/services/GG-CZ-022", "/services/XK-CZ-101"], Links(page2));

        // The delegated item stands at the township tier now; the filters combine, and the facets count under the others.
        var township = await client.GetStringAsync("/services?tier=township");
        Assert.Equal(["/services/GF-ZF-200"], Links(township));
        Assert.Contains("<dt>层级</dt><dd>乡镇（街道）</dd>", township, StringComparison.Ordinal);
        Assert.Contains("<dt>进驻政务服务中心</dt><dd>否</dd>", township, StringComparison.Ordinal);
        Assert.Equal(["/services/XK-CZ-101"], Links(await client.GetStringAsync("/services?type=licensing&body=czj")));
        var licensing = await client.GetStringAsync("/services?type=licensing");
        Assert.Contains("<option value=\"czj\">巫溪县财政局（1）</option>", licensing, StringComparison.Ordinal);
        Assert.Contains("<dt>承诺时限</dt><dd>5 个工作日</dd>", licensing, StringComparison.Ordinal);
        Assert.Contains("<dt>法定时限</dt><dd>20 个工作日</dd>", licensing, StringComparison.Ordinal);
        Assert.Equal(["/services/XK-CZ-101"], Links(await client.GetStringAsync("/services?q=" + Uri.EscapeDataString("会计"))));
        Assert.Equal(["/services/GF-ZF-200"], Links(await client.GetStringAsync("/services?q=gf-zf")));
        var none = await client.GetStringAsync("/services?body=zfb&type=licensing");
        Assert.Contains("没有符合条件的事项。", none, StringComparison.Ordinal);
        // Page 2 of a filtered list keeps the filter in its links.
        var czjPage2 = await client.GetStringAsync("/services?body=czj&page=2");
        Assert.Equal(["/services/GG-CZ-021", "/services/GG-CZ-022", "/services/XK-CZ-101"], Links(czjPage2));
        Assert.Contains("href=\"/services?body=czj\"", czjPage2, StringComparison.Ordinal);

        var guide = await client.GetStringAsync("/services/XK-CZ-101");
        foreach (var label in new[] { "事项名称", "事项编码", "基本编码", "事项类型", "实施主体", "设定依据", "受理条件", "申请材料", "办理流程", "法定办结时限", "承诺办结时限", "收费标准", "办理地点", "办理时间", "网上办理地址", "咨询电话", "监督投诉电话" })
        {
            Assert.Contains($"<th scope=\"row\">{label}</th>", guide, StringComparison.Ordinal);
        }

        Assert.Contains("<td>000105001000</td>", guide, StringComparison.Ordinal);
        // Materials are a table (名称、形式、份数、模板); an imported line that is only a name fills the first column.
        Assert.Contains("<tr><td>1</td><td>居民身份证原件</td><td>—</td><td>—</td><td>—</td></tr>", guide, StringComparison.Ordinal);
        Assert.Contains("<tr><td>3</td><td>学历证书复印件</td>", guide, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"field-list\"><li>受理</li><li>审核</li><li>发证</li></ol>", guide, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"field-list\"><li>具备会计专业知识</li><li>遵守国家法律法规</li></ul>", guide, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">收费标准</th><td>不收费</td>", guide, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://zwfw.cq.gov.cn/wuxi/kj\">", guide, StringComparison.Ordinal);
        Assert.Contains("<td>023-51525678</td>", guide, StringComparison.Ordinal);
        Assert.Contains("事项动态调整记录", guide, StringComparison.Ordinal);
        Assert.Contains("<span class=\"date\">2014-07-01</span> <strong>承接</strong> 文号：渝府发〔2014〕22号", guide, StringComparison.Ordinal);
        Assert.Contains("<span class=\"date\">2020-05-01</span> <strong>调整</strong> 文号：巫溪府发〔2020〕3号（承诺时限由10个工作日减为5个）", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("该事项已于", guide, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/svg&#x2B;xml;base64,", guide, StringComparison.Ordinal);
        Assert.Contains($"alt=\"本页二维码：{host.Address.GetLeftPart(UriPartial.Authority)}/services/XK-CZ-101\"", guide, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/services/XK-CZ-101/print\">打印本页</a>", guide, StringComparison.Ordinal);

        var delegated = await client.GetStringAsync("/services/GF-ZF-200");
        Assert.Contains("<th scope=\"row\">收费标准</th><td>工本费 10 元</td>", delegated, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">行使层级</th><td>乡镇（街道）</td>", delegated, StringComparison.Ordinal);
        Assert.Contains("<strong>下放</strong> 文号：巫溪府发〔2015〕18号", delegated, StringComparison.Ordinal);

        var print = await client.GetStringAsync("/services/XK-CZ-101/print");
        Assert.Contains("<title>会计从业资格证书核发 办事指南（打印）</title>", print, StringComparison.Ordinal);
        Assert.Contains("<td>近期一寸免冠照片两张</td>", print, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/svg&#x2B;xml;base64,", print, StringComparison.Ordinal);
        Assert.DoesNotContain("打印本页", print, StringComparison.Ordinal);
        Assert.DoesNotContain("主导航", print, StringComparison.Ordinal);

        // A cancelled item still answers, saying so; one that starts next year says when.
        var cancelled = await client.GetAsync("/services/XK-CZ-100");
        Assert.Equal(System.Net.HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Contains("该事项已于2015年3月1日取消（巫溪府发〔2015〕5号），不再办理。", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("该事项自2027年1月1日起实施（巫溪府发〔2026〕40号）", await client.GetStringAsync("/services/XK-ZF-201"), StringComparison.Ordinal);

        foreach (var missing in new[] { "/services/NO-SUCH-1", "/services/XK-CZ-101/pdf" })
        {
            var notFound = await client.GetAsync(missing);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Contains("页面不存在", await notFound.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var sitemap = await client.GetStringAsync("/sitemaps/pages.xml");
        Assert.Contains("/services/XK-CZ-101</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/services</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/XK-CZ-100<", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/XK-ZF-201<", sitemap, StringComparison.Ordinal);
    }

    private static List<string> Links(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<h3><a href=\"(/services/[^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
}

public sealed class ServiceGuideTestsSqlite(SqliteHost f) : ServiceGuideTests(f.Host), IClassFixture<SqliteHost>;

public sealed class ServiceGuideTestsPostgres(PostgresHost f) : ServiceGuideTests(f.Host), IClassFixture<PostgresHost>;
