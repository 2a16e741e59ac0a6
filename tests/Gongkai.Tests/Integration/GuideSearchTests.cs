using System.Net;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Documents;
using Gongkai.Search;
using Gongkai.ServiceItems;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>办事指南 in the public search: in force and public, or not there; on the day a 取消 or 新增 takes effect, without any save that day.</summary>
public abstract class GuideSearchTests(TestHost host)
{
    private Task<int> RoundAsync() => host.WithDbAsync((db, sp) => sp.GetRequiredService<SearchSync>().RunOnceAsync());

    private SearchService Search => host.Services.GetRequiredService<SearchService>();

    private static IEnumerable<TableRow> List()
    {
        var line = 1L;
        TableRow Row(params (string Key, string Value)[] fields) => new(++line, fields.ToDictionary(f => f.Key, f => f.Value), null);
        yield return Row(("code", "XK-QS-001"), ("name", "林木采伐许可证核发"), ("type", "行政许可"), ("body", "czj"), ("tier", "县级"),
            ("conditions", "qg7701 持有合法的林木权属证明"), ("materials", "林权证｜复印件｜1\n采伐作业设计"), ("procedure", "受理\n现场查验\n发证"), ("topics", "农林牧渔"));
        yield return Row(("code", "XK-QS-002"), ("name", "已取消的采伐备案"), ("type", "行政许可"), ("body", "czj"), ("tier", "县级"), ("conditions", "qg7701"),
            ("event", "新增"), ("event_on", "2010-01-01"));
        yield return Row(("code", "XK-QS-002"), ("event", "取消"), ("event_on", "2015-03-01"), ("decision", "巫溪府发〔2015〕5号"));
        yield return Row(("code", "GG-QS-003"), ("name", "林业有害生物防治咨询"), ("type", "公共服务"), ("body", "czj"), ("tier", "县级"), ("conditions", "qg7701"),
            ("event", "新增"), ("event_on", "2026-12-05"), ("decision", "巫溪府发〔2026〕41号"));
        yield return Row(("code", "GG-QS-004"), ("name", "木材运输证明办理"), ("type", "公共服务"), ("body", "czj"), ("tier", "县级"), ("conditions", "qg7701"));
        yield return Row(("code", "GG-QS-004"), ("event", "取消"), ("event_on", "2026-12-03"), ("decision", "巫溪府发〔2026〕42号"));
    }

    private static List<string> Codes(SearchResult r, Dictionary<int, string> codes) =>
        r.Hits.Select(h => GuideDocs.IsGuide(h.Key) ? codes[h.ItemId] : h.Key).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Guides_in_force_are_found_link_to_their_page_and_leave_the_search_when_withdrawn_or_cancelled()
    {
        var imported = await host.WithDbAsync((db, _) => new ServiceItemImporter(db).ImportAsync(List()));
        Assert.Equal((4, 0), (imported.Added, imported.Rejected.Count));
        var outbox = await host.WithDbAsync((db, _) => db.SearchOutbox.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(SearchSource.Guide, outbox.Source);
        var codes = await host.WithDbAsync((db, _) => db.ServiceItems.Where(i => i.Code.Contains("-QS-")).ToDictionaryAsync(i => i.Id, i => i.Code));

        Assert.Empty(Search.SearchPublic(new SearchRequest("qg7701")).Hits);
        await RoundAsync();

        // On 2026-11-30: the plain item and the one cancelled from next week; not the one cancelled in 2015, not next week's new one.
        var found = Search.SearchPublic(new SearchRequest("qg7701"));
        Assert.Equal(["GG-QS-004", "XK-QS-001"], Codes(found, codes));
        Assert.All(found.Hits, h => Assert.Equal(GuideDocs.KindLabel, h.Kind));
        Assert.Equal(2, found.Facets[SearchDocs.Category].Single(f => f.Value == GuideDocs.Category).Count);
        Assert.Equal([("ggfw", 1), ("xzsp", 1)], found.Facets[SearchDocs.Area].Select(f => (f.Value, f.Count)).Order().ToList());
        // The materials and the procedure are searched too, and a word of the guide finds it among everything else.
        Assert.Contains(Search.SearchPublic(new SearchRequest("林权证 现场查验")).Hits, h => GuideDocs.IsGuide(h.Key) && codes[h.ItemId] == "XK-QS-001");

        var client = host.NewClient();
        var page = await client.GetStringAsync("/search?q=qg7701");
        Assert.Contains("找到 2 条结果", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/services/XK-QS-001\">林木采伐许可证核发</a>", page, StringComparison.Ordinal);
        Assert.Contains("事项编码 XK-QS-001", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">办事指南</span>", page, StringComparison.Ordinal);
        Assert.Contains("<mark>qg7701</mark>", page, StringComparison.Ordinal);
        Assert.Contains("林木采伐许可证核发", await client.GetStringAsync("/services/XK-QS-001"), StringComparison.Ordinal);

        using (var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=qg7701&area=xzsp")))
        {
            var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
            Assert.Equal("guide", hit.GetProperty("kind").GetString());
            Assert.Equal("/services/XK-QS-001", hit.GetProperty("url").GetString());
            Assert.Equal("XK-QS-001", hit.GetProperty("itemCode").GetString());
            Assert.Equal("行政许可", hit.GetProperty("itemType").GetString());
        }

        // Staff search shows guides of the bodies the user may see, linked to the staff page of the item.
        var czj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var other = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code != "czj").Select(b => b.Id).FirstAsync());
        Assert.Equal(2, Search.SearchStaff(new SearchRequest("qg7701") with { AllowedBodies = [czj] }).Total);
        Assert.Equal(0, Search.SearchStaff(new SearchRequest("qg7701") with { AllowedBodies = [other] }).Total);
        var editor = await host.SignInAsync("czj.editor");
        var a = codes.Single(c => c.Value == "XK-QS-001").Key;
        Assert.Contains($"<a href=\"/staff/services/{a}\">", await editor.GetStringAsync("/staff/search?q=qg7701"), StringComparison.Ordinal);

        // Withdrawn: out at the next round.
        var reviewer = await host.SignInAsync("czj.reviewer");
        var revision = await host.WithDbAsync((db, _) => db.ServiceItems.Where(i => i.Id == a).Select(i => i.Revision).SingleAsync());
        var withdrawn = await TestHost.PostFormAsync(reviewer, $"/staff/services/{a}?handler=Act",
            new() { ["action"] = nameof(GuideAction.Withdraw), ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["comment"] = "事项已整合" },
            $"/staff/services/{a}");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.True(await RoundAsync() >= 1);
        Assert.Equal(["GG-QS-004"], Codes(Search.SearchPublic(new SearchRequest("qg7701")), codes));

        // 2026-12-05: the 取消 of the 3rd and the 新增 of the 5th took effect with nothing saved since.
        host.Time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(0, await RoundAsync());
        Assert.Equal(["GG-QS-003"], Codes(Search.SearchPublic(new SearchRequest("qg7701")), codes));
        Assert.Contains("找到 1 条结果", await client.GetStringAsync("/search?q=qg7701"), StringComparison.Ordinal);

        // A rebuild reads the same set from the database.
        await host.WithDbAsync((db, _) => SearchSync.RequestReindexAsync(db, "test", CancellationToken.None));
        await RoundAsync();
        Assert.Equal(["GG-QS-003"], Codes(Search.SearchPublic(new SearchRequest("qg7701")), codes));
    }
}

public sealed class GuideSearchTestsSqlite(SqliteHost f) : GuideSearchTests(f.Host), IClassFixture<SqliteHost>;

public sealed class GuideSearchTestsPostgres(PostgresHost f) : GuideSearchTests(f.Host), IClassFixture<PostgresHost>;
