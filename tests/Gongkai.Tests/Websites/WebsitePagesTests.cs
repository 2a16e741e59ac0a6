using System.Net;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Tests.Support;
using Gongkai.Websites;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Websites;

/// <summary>The website-check pages and their limits, on both databases.</summary>
public abstract class WebsitePagesTests(TestHost host)
{
    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    private async Task<Website> SiteOfAsync(string code) => await host.WithDbAsync((db, _) => db.Websites.AsNoTracking().SingleAsync(w => w.Code == code));

    [Fact]
    public async Task Supervisor_registers_a_site_a_body_sees_only_its_own_and_an_editor_nothing()
    {
        var jiandu = await host.SignInAsync("jiandu");
        var czj = (Czj: await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync()), 0);
        var response = await TestHost.PostFormAsync(jiandu, "/staff/websites", new()
        {
            ["Form.Name"] = "巫溪县财政局网",
            ["Form.Code"] = "pages-czj",
            ["Form.Address"] = "http://czj.example/",
            ["Form.BodyId"] = czj.Czj.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Kind"] = nameof(WebsiteKind.Department),
            ["Form.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var site = await SiteOfAsync("pages-czj");
        Assert.Equal("巫溪县财政局网", site.Name);
        Assert.True(site.Active);
        Assert.Equal(1, await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync(a => a.EntityType == nameof(Website) && a.EntityId == site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "created")));

        // A bad address and a long name are refused with a message, and nothing is written.
        var bad = await TestHost.PostFormAsync(jiandu, "/staff/websites", new()
        {
            ["Form.Name"] = new string('网', 201),
            ["Form.Code"] = "pages-bad",
            ["Form.Address"] = "ftp://x",
            ["Form.BodyId"] = czj.Czj.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("请填写网站名称（不超过200字）", Decode(await bad.Content.ReadAsStringAsync()));
        Assert.False(await host.WithDbAsync((db, _) => db.Websites.AnyAsync(w => w.Code == "pages-bad")));
        var duplicate = await TestHost.PostFormAsync(jiandu, "/staff/websites", new()
        {
            ["Form.Name"] = "重复",
            ["Form.Code"] = "pages-czj",
            ["Form.Address"] = "http://x.example/",
            ["Form.BodyId"] = czj.Czj.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Contains("网站代码“pages-czj”已被使用", Decode(await duplicate.Content.ReadAsStringAsync()));

        // Columns and a hand-entered finding by the supervisor.
        var addColumn = await TestHost.PostFormAsync(jiandu, $"/staff/websites/{site.Id}?handler=AddColumn",
            new() { ["name"] = "财政预决算", ["url"] = "http://czj.example/yjs/", ["kind"] = nameof(ColumnKind.Notice) }, $"/staff/websites/{site.Id}");
        Assert.True(addColumn.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(Decode(await addColumn.Content.ReadAsStringAsync()), "alert error.*?</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(jiandu, $"/staff/websites/{site.Id}?handler=Finding",
            new() { ["kind"] = nameof(FindingKind.SecurityLeak), ["summary"] = "公示名单含完整身份证号", ["evidenceUrl"] = "http://czj.example/gs/1.html" }, $"/staff/websites/{site.Id}")).StatusCode);
        var wrongKind = await TestHost.PostFormAsync(jiandu, $"/staff/websites/{site.Id}?handler=Finding",
            new() { ["kind"] = nameof(FindingKind.BrokenInternalLink), ["summary"] = "手工断链", ["detail"] = "x" }, $"/staff/websites/{site.Id}");
        Assert.Contains("人工登记的问题只能是", Decode(await wrongKind.Content.ReadAsStringAsync()));
        var page = Decode(await jiandu.GetStringAsync($"/staff/websites/{site.Id}"));
        Assert.Contains("财政预决算", page);
        Assert.Contains("公示名单含完整身份证号", page);
        Assert.Contains("不合格：安全泄密", page);

        // The body's administrator sees its site and writes the rectification note; not another body's site.
        var admin = await host.SignInAsync("czj.admin");
        var list = Decode(await admin.GetStringAsync("/staff/websites"));
        Assert.Contains("巫溪县财政局网", list);
        Assert.DoesNotContain("登记网站", list);
        var finding = await host.WithDbAsync((db, _) => db.WebsiteFindings.AsNoTracking().SingleAsync(f => f.WebsiteId == site.Id));
        Assert.True(finding.Veto);
        var rectify = await TestHost.PostFormAsync(admin, $"/staff/websites/{site.Id}?handler=Rectify",
            new() { ["findingId"] = finding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = "已删除名单中的身份证号，重新发布。", ["revision"] = finding.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/staff/websites/{site.Id}");
        Assert.Equal(HttpStatusCode.Redirect, rectify.StatusCode);
        Assert.Equal("已删除名单中的身份证号，重新发布。", (await host.WithDbAsync((db, _) => db.WebsiteFindings.AsNoTracking().SingleAsync(f => f.Id == finding.Id))).Rectification);
        // A stale revision is refused with the message, the note unchanged.
        var stale = await TestHost.PostFormAsync(admin, $"/staff/websites/{site.Id}?handler=Rectify",
            new() { ["findingId"] = finding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = "覆盖", ["revision"] = finding.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/staff/websites/{site.Id}");
        Assert.Contains(WebsiteService.Stale, Decode(await stale.Content.ReadAsStringAsync()));
        // The body may not register, re-check or close.
        var close = await TestHost.PostFormAsync(admin, $"/staff/websites/{site.Id}?handler=CloseFinding",
            new() { ["findingId"] = finding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["revision"] = "0" }, $"/staff/websites/{site.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);

        var ninghe = await host.WithDbAsync(async (db, _) =>
            (await new WebsiteService(db).RegisterAsync(new WebsiteInput("pages-ninghe", (await db.Bodies.SingleAsync(b => b.Code == "ninghe")).Id, "宁河街道网", "http://ninghe.example/", WebsiteKind.Township, true))).Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/staff/websites/{ninghe}")).StatusCode);
        Assert.DoesNotContain("宁河街道网", Decode(await admin.GetStringAsync("/staff/websites")));
        var otherFinding = await host.WithDbAsync(async (db, _) => (await new WebsiteService(db).AddManualFindingAsync(ninghe, FindingKind.SeriousError, "错误", null, "说明", "test")).Id);
        // A finding of another site posted through the own site's page is refused too.
        var cross = await TestHost.PostFormAsync(admin, $"/staff/websites/{site.Id}?handler=Rectify",
            new() { ["findingId"] = otherFinding.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = "越权", ["revision"] = "0" }, $"/staff/websites/{site.Id}");
        Assert.Contains("该问题不属于本网站", Decode(await cross.Content.ReadAsStringAsync()));
        Assert.Null((await host.WithDbAsync((db, _) => db.WebsiteFindings.AsNoTracking().SingleAsync(f => f.Id == otherFinding))).Rectification);

        // An editor sees neither the list nor a site, and cannot register.
        var editor = await host.SignInAsync("czj.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/staff/websites")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/staff/websites/{site.Id}")).StatusCode);
        var editorPost = await TestHost.PostFormAsync(editor, "/staff/websites", new() { ["Form.Name"] = "x", ["Form.Code"] = "pages-editor", ["Form.Address"] = "http://e.example/", ["Form.BodyId"] = czj.Czj.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, editorPost.StatusCode);
        Assert.False(await host.WithDbAsync((db, _) => db.Websites.AnyAsync(w => w.Code == "pages-editor")));

        // 立即检查 queues the site for the next round of the scheduled jobs.
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(jiandu, $"/staff/websites/{site.Id}?handler=Check", [], $"/staff/websites/{site.Id}")).StatusCode);
        Assert.NotNull((await SiteOfAsync("pages-czj")).CheckRequestedAt);
    }

    [Fact]
    public async Task The_demo_census_counts_one_closed_and_ten_rectified_in_2015()
    {
        var counts = await host.WithDbAsync(async (db, _) =>
        {
            await DemoWebsites.LoadAsync(db);
            await DemoWebsites.LoadAsync(db);
            var root = await db.Bodies.SingleAsync(b => b.Code == "wuxi");
            return (Y2015: await new WebsiteService(db).CensusCountsAsync(root.Id, 2015), Y2016: await new WebsiteService(db).CensusCountsAsync(root.Id, 2016), Nowhere: await new WebsiteService(db).CensusCountsAsync(-1, 2015));
        });
        Assert.Equal(new CensusCounts(12, 1, 10, 1), counts.Y2015);
        Assert.Equal(new CensusCounts(0, 0, 0, 0), counts.Y2016);
        Assert.Equal(new CensusCounts(0, 0, 0, 0), counts.Nowhere);
        Assert.False(await host.WithDbAsync((db, _) => db.Websites.AnyAsync(w => w.Code.StartsWith("wuxi-") && w.Active)));
        Assert.False(await host.WithDbAsync((db, _) => db.WebsiteProbes.AnyAsync()));

        var jiandu = await host.SignInAsync("jiandu");
        var list = Decode(await jiandu.GetStringAsync("/staff/websites"));
        Assert.Contains("2015年：普查网站 12 个，关闭 1 个，整改优化 10 个，保留 1 个。", list);
        Assert.Contains("巫溪县人民政府公众信息网", list);

        // The census form: a decision outside its year is refused; a correct one replaces the year's result.
        var site = await SiteOfAsync("wuxi-jw");
        var wrong = await TestHost.PostFormAsync(jiandu, $"/staff/websites/{site.Id}?handler=Census",
            new() { ["year"] = "2015", ["result"] = nameof(CensusResult.Keep), ["decidedOn"] = "2013-01-01" }, $"/staff/websites/{site.Id}");
        Assert.Contains("认定日期应在普查年度内", Decode(await wrong.Content.ReadAsStringAsync()));
        var notDate = await TestHost.PostFormAsync(jiandu, $"/staff/websites/{site.Id}?handler=Census",
            new() { ["year"] = "2015", ["result"] = nameof(CensusResult.Keep), ["decidedOn"] = "去年" }, $"/staff/websites/{site.Id}");
        Assert.Contains("认定日期应为 2015-08-12 这样的日期", Decode(await notDate.Content.ReadAsStringAsync()));
        var open = await host.WithDbAsync(async (db, _) => await new WebsiteService(db).OpenFindingsByBodyAsync((await db.Bodies.SingleAsync(b => b.Code == "wuxi")).Id));
        Assert.DoesNotContain(open, o => o.Value.Open == 0);
    }
}

public sealed class WebsitePagesTestsSqlite(SqliteHost f) : WebsitePagesTests(f.Host), IClassFixture<SqliteHost>;

public sealed class WebsitePagesTestsPostgres(PostgresHost f) : WebsitePagesTests(f.Host), IClassFixture<PostgresHost>;
