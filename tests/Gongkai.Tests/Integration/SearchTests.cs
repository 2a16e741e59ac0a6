using System.Net;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Search;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

public abstract class SearchTests(TestHost host)
{
    private Task<int> RoundAsync() => host.WithDbAsync((db, sp) => sp.GetRequiredService<SearchSync>().RunOnceAsync());

    private SearchService Search => host.Services.GetRequiredService<SearchService>();

    private Task<int> BodyIdAsync(string code) => host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    internal static ImportRow Row(string body, string title, string html, string? docNo = null, string published = "2026-03-02") => new()
    {
        Body = body,
        Title = title,
        Summary = null,
        DocumentNumber = docNo,
        WrittenOn = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        PublishedOn = published,
        Topic = "21",
        Category = "a20-15",
        KeyArea = "",
        BodyHtml = html,
    };

    /// <summary>Rows as the importer reads them from a file.</summary>
    internal static IEnumerable<(long Line, ImportRow? Row, string? Error)> Lines(IEnumerable<ImportRow> rows) => rows.Select((r, i) => ((long)i + 1, (ImportRow?)r, (string?)null));

    private static ItemInput Input(string title, string html) =>
        new(title, null, null, new DateOnly(2026, 11, 20), null, "21", "a20-15", null, null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", html);

    [Fact]
    public async Task A_change_writes_its_outbox_row_in_the_same_transaction_and_one_round_makes_it_searchable()
    {
        await RoundAsync();
        var before = await host.WithDbAsync((db, _) => db.SearchOutbox.CountAsync());
        var result = await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(Lines(
        [
            Row("mzj", "2026年第一季度城乡低保对象公示 qa1001", "<p>根据《最低生活保障条例》，现将本季度低保对象予以公示。</p>"),
            Row("mzj", "关于调整城乡最低生活保障标准的通知 qa1001", "<p>自2026年4月1日起，城乡最低生活保障标准每人每月提高30元。</p>", "巫溪府办发〔2026〕108号"),
            Row("czj", "关于降低保险费率的说明 qa1001", "<p>阶段性降低保险费率，减轻企业负担。</p>"),
        ])));
        Assert.Equal(3, result.Imported);
        var rows = await host.WithDbAsync((db, _) => db.SearchOutbox.OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(before + 1, rows.Count);
        var ids = await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Title.Contains("qa1001")).Select(i => i.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(ids[0], rows[^1].FirstItemId);
        Assert.Equal(ids[^1], rows[^1].LastItemId);

        Assert.Equal(0, Search.SearchPublic(new SearchRequest("qa1001")).Total);
        Assert.True(await RoundAsync() >= 1);
        Assert.Equal(3, Search.SearchPublic(new SearchRequest("qa1001")).Total);

        // 低保 finds the item that says 低保 and, through the full term, the one that only says 最低生活保障;
        // the item about 降低保险 (where the characters 低保 meet across two words) is not a hit.
        var dibao = Search.SearchPublic(new SearchRequest("低保 qa1001"));
        Assert.Equal(2, dibao.Total);
        Assert.DoesNotContain(dibao.Hits, h => h.ItemId == ids[2]);
        Assert.Equal(ids[1], Assert.Single(Search.SearchPublic(new SearchRequest("108号 qa1001")).Hits).ItemId);
        Assert.Equal(ids[1], Assert.Single(Search.SearchPublic(new SearchRequest("巫溪府办发〔2026〕108号")).Hits).ItemId);
        Assert.Equal(0, await RoundAsync());
    }

    [Fact]
    public async Task Drafts_are_found_only_by_staff_of_their_body_and_leave_the_staff_index_when_published()
    {
        var czj = await BodyIdAsync("czj");
        var other = await BodyIdAsync("ninghe");
        var item = await host.WithDbAsync((db, sp) => sp.GetRequiredService<CatalogService>().CreateAsync(czj, Input("财政资金绩效评价报告草稿 qb2002", "<p>绩效评价。</p>"), null));
        await RoundAsync();
        Assert.Equal(0, Search.SearchPublic(new SearchRequest("qb2002")).Total);
        var staff = Search.SearchStaff(new SearchRequest("qb2002", AllowedBodies: [czj]));
        Assert.Equal("草稿", Assert.Single(staff.Hits).Kind);
        Assert.Equal(0, Search.SearchStaff(new SearchRequest("qb2002", AllowedBodies: [other])).Total);
        Assert.Equal(1, Search.SearchStaff(new SearchRequest("qb2002")).Total);

        // The pages: the body's editor finds the draft, another body's editor and the public do not.
        var editor = await host.SignInAsync("czj.editor");
        Assert.Contains("财政资金绩效评价报告草稿", await editor.GetStringAsync("/staff/search?q=qb2002"), StringComparison.Ordinal);
        var elsewhere = await host.SignInAsync("ninghe.editor");
        Assert.DoesNotContain("财政资金绩效评价报告草稿", await elsewhere.GetStringAsync("/staff/search?q=qb2002"), StringComparison.Ordinal);
        using var anonymous = host.NewClient();
        Assert.DoesNotContain("财政资金绩效评价报告草稿", await anonymous.GetStringAsync("/search?q=qb2002"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/staff/search?q=qb2002")).StatusCode);

        // Only the system administrator may make every node rebuild.
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(editor, "/staff/search?handler=Reindex", [], formPage: "/staff/search")).StatusCode);
        var admin = await host.SignInAsync("admin");
        var before = await host.WithDbAsync((db, _) => db.SearchGenerations.Select(g => g.Generation).SingleAsync());
        var asked = await TestHost.PostFormAsync(admin, "/staff/search?handler=Reindex", [], formPage: "/staff/search");
        Assert.Contains("已要求所有节点重建检索索引", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before + 1, await host.WithDbAsync((db, _) => db.SearchGenerations.Select(g => g.Generation).SingleAsync()));
        await RoundAsync();

        foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            await host.WithDbAsync(async (db, sp) =>
            {
                var i = await db.CatalogItems.SingleAsync(x => x.Id == item.Id);
                var service = sp.GetRequiredService<CatalogService>();
                await service.ApplyAsync(i, action, null, i.Revision, await service.NothingToDeclareAsync("测试"));
                return 0;
            });
        }

        await RoundAsync();
        Assert.Equal(1, Search.SearchPublic(new SearchRequest("qb2002")).Total);
        // Staff search reads both indexes: the published item is there once, from the public index.
        Assert.Equal("已公开", Assert.Single(Search.SearchStaff(new SearchRequest("qb2002", AllowedBodies: [czj])).Hits).Kind);

        await host.WithDbAsync(async (db, sp) =>
        {
            var i = await db.CatalogItems.SingleAsync(x => x.Id == item.Id);
            await sp.GetRequiredService<CatalogService>().ApplyAsync(i, ReviewAction.Withdraw, "内容已过时", i.Revision);
            return 0;
        });
        await RoundAsync();
        Assert.Equal(0, Search.SearchPublic(new SearchRequest("qb2002")).Total);
        Assert.Contains(Search.SearchStaff(new SearchRequest("qb2002", AllowedBodies: [czj])).Hits, h => h.Kind == "已撤回");
    }

    [Fact]
    public async Task The_text_of_PDF_and_Word_attachments_is_searchable()
    {
        var czj = await BodyIdAsync("czj");
        await host.WithDbAsync(async (db, sp) =>
        {
            var catalog = sp.GetRequiredService<CatalogService>();
            var item = await catalog.CreateAsync(czj, Input("2026年项目支出预算附表 qy9009", "<p>详见附件。</p>"), null);
            await catalog.AttachAsync(item, "绩效目标.docx", Samples.Docx("县级专项资金绩效目标申报表"));
            await catalog.AttachAsync(item, "reservoir.pdf", Samples.TextPdf("Reservoir maintenance plan qy9009pdf"));
            foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
            {
                await catalog.ApplyAsync(item, action, null, item.Revision, await catalog.NothingToDeclareAsync("测试"));
            }

            return item.Id;
        });
        await RoundAsync();
        Assert.Equal(1, Search.SearchPublic(new SearchRequest("绩效目标申报表 qy9009")).Total);
        Assert.Equal(1, Search.SearchPublic(new SearchRequest("qy9009pdf")).Total);
        Assert.Equal(1, Search.SearchPublic(new SearchRequest("reservoir maintenance qy9009")).Total);
    }

    [Fact]
    public async Task A_missing_or_damaged_index_rebuilds_itself_and_a_new_generation_reaches_the_node()
    {
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(
            Lines(Enumerable.Range(1, 30).Select(n => Row("hbj", $"巫溪县{n}月环境空气质量月报 qc3003", "<p>PM2.5 月均浓度达标。</p>")))));
        var dir = TestDatabases.NewDataDirectory();
        async Task<(bool Open, int Found, string? Path)> NodeAsync(Func<SearchIndexes, GongkaiDb, Task>? before = null)
        {
            using var indexes = new SearchIndexes(dir, "test-node");
            var open = indexes.Public.IsOpen;
            await host.WithDbAsync(async (db, _) =>
            {
                if (before is not null)
                {
                    await before(indexes, db);
                }

                return await new SearchSync(db, indexes, host.Time).RunOnceAsync();
            });
            return (open, new SearchService(indexes).SearchPublic(new SearchRequest("qc3003 pm2.5")).Total, indexes.Public.Path);
        }

        var first = await NodeAsync();
        Assert.False(first.Open);
        Assert.Equal(30, first.Found);
        Assert.Equal((true, 30), ((await NodeAsync()).Open, (await NodeAsync()).Found));

        // Garbage in the commit point: the node finds no usable index and builds a new one.
        var segments = Directory.GetFiles(first.Path!, "segments_*").Single();
        await File.WriteAllBytesAsync(segments, [1, 2, 3, 4, 5, 6, 7, 8]);
        var damaged = await NodeAsync();
        Assert.False(damaged.Open);
        Assert.Equal(30, damaged.Found);

        Directory.Delete(damaged.Path!, true);
        var missing = await NodeAsync();
        Assert.False(missing.Open);
        Assert.Equal(30, missing.Found);

        var generation = await host.WithDbAsync((db, _) => SearchSync.RequestReindexAsync(db, "test", CancellationToken.None));
        var rebuilt = await NodeAsync();
        Assert.True(rebuilt.Open);
        Assert.NotEqual(missing.Path, rebuilt.Path);
        Assert.Contains($"g{generation:D6}", rebuilt.Path!, StringComparison.Ordinal);
        Assert.Equal(30, rebuilt.Found);
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.Action == "reindex-requested")));
    }

    [Fact]
    public async Task Applied_outbox_rows_are_pruned_after_a_day_and_a_node_left_behind_rebuilds()
    {
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(Lines([Row("czj", "国有资产处置结果公示 qp1010", "<p>公示。</p>")])));
        var dir = TestDatabases.NewDataDirectory();
        using (var behind = new SearchIndexes(dir, "behind-node"))
        {
            await host.WithDbAsync((db, _) => new SearchSync(db, behind, host.Time).RunOnceAsync());
        }

        // Later changes, applied by the host's node only; the other node is silent from now on.
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(Lines([Row("czj", "国有资产出租结果公示 qp1010", "<p>公示。</p>")])));
        await RoundAsync();
        host.Time.Advance(TimeSpan.FromDays(2));
        await RoundAsync();
        var last = await host.WithDbAsync((db, _) => db.SearchOutbox.MaxAsync(r => (long?)r.Id)) ?? 0;

        // The node's own loop prunes once an hour of its clock, so it may have done so already.
        await host.WithDbAsync((db, sp) => sp.GetRequiredService<SearchSync>().PruneAsync());
        Assert.Equal(0, await host.WithDbAsync((db, _) => db.SearchOutbox.CountAsync()));
        Assert.True(await host.WithDbAsync((db, _) => db.SearchGenerations.Select(g => g.PrunedThrough).SingleAsync()) >= last);
        Assert.Equal(2, Search.SearchPublic(new SearchRequest("qp1010")).Total);

        // The silent node's position is behind the pruned rows: it rebuilds and so still finds both.
        using var back = new SearchIndexes(dir, "behind-node");
        var path = back.Public.Path;
        await host.WithDbAsync((db, _) => new SearchSync(db, back, host.Time).RunOnceAsync());
        Assert.NotEqual(path, back.Public.Path);
        Assert.Equal(2, new SearchService(back).SearchPublic(new SearchRequest("qp1010")).Total);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(((")]
    [InlineData("+-+-")]
    [InlineData("😀😀")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("财政 AND OR NOT ~ * ? : ^ \\ / [ ] { }")]
    [InlineData("\"财政 预算")]
    [InlineData("-财政")]
    [InlineData("财政(预算)")]
    [InlineData("ＰＭ２．５　监测")]
    [InlineData("%00%ff")]
    public async Task Any_query_gives_a_page_and_a_json_answer_never_an_error(string q)
    {
        using var client = host.NewClient();
        var page = await client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("站内检索", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task A_query_of_two_thousand_characters_is_answered()
    {
        using var client = host.NewClient();
        var q = string.Concat(Enumerable.Repeat("财政预算公开（", 300))[..2000];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=" + Uri.EscapeDataString(q))).StatusCode);
    }

    [Theory]
    [InlineData("?q=x&year=abc", "年份")]
    [InlineData("?q=x&body=nosuch", "nosuch")]
    [InlineData("?q=x&page=-1", "页码")]
    [InlineData("?q=x&sort=random", "排序")]
    [InlineData("?q=x&area=zz", "重点领域")]
    [InlineData("", "检索词")]
    public async Task Bad_parameters_get_a_problem_in_chinese(string query, string says)
    {
        using var client = host.NewClient();
        var r = await client.GetAsync("/api/search" + query);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        if (query.Length > 0)
        {
            var page = await client.GetAsync("/search" + query);
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Contains(says, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_mistyped_or_partial_query_shows_near_matches_below_the_whole_ones()
    {
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(Lines(
        [
            Row("czj", "巫溪县财政局2025年部门决算公开 qn7007", "<p>部门决算说明。</p>"),
            Row("jw", "巫溪县教育委员会2025年部门决算公开 qn7007", "<p>部门决算说明。</p>"),
            Row("czj", "巫溪县财政局2026年部门预算公开 qn7007", "<p>部门预算说明。</p>"),
            Row("mzj", "关于开展森林防火巡查的通知 qn7007", "<p>森林防火期内严禁野外用火。</p>"),
            Row("mzj", "关于提高城乡居民最低生活保障标准即城乡低保标准的公告 qn7100", "<p>提高低保标准。</p>"),
            .. Enumerable.Range(1, 3).Select(n => Row("czj", $"政务服务标准化会议{n} qn7100", "<p>标准化。</p>")),
        ])));
        await RoundAsync();
        var czj = await BodyIdAsync("czj");

        // 决算 mistyped as 绝算: nothing has it whole, so the items sharing the rest are shown, 决算 first, and
        // the spelling that finds them is offered.
        var typo = Search.SearchPublic(new SearchRequest("部门绝算 qn7007"));
        Assert.True(typo.Relaxed);
        Assert.Equal("部门决算 qn7007", typo.Suggestion);
        Assert.Equal(4, typo.Total);
        var top2 = typo.Hits.Take(2).Select(h => h.ItemId).ToList();
        var titles = await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => top2.Contains(i.Id)).Select(i => i.Title).ToListAsync());
        Assert.All(titles, t => Assert.Contains("部门决算", t, StringComparison.Ordinal));

        // The near matches are ranked with the respelling too: the item about 低保标准 before those about 标准化.
        var dibao = Search.SearchPublic(new SearchRequest("低宝标准 qn7100"));
        Assert.Equal("低保标准 qn7100", dibao.Suggestion);
        Assert.Contains("低保标准", await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Id == dibao.Hits[0].ItemId).Select(i => i.Title).SingleAsync()), StringComparison.Ordinal);

        // A respelling is offered only when it finds something: 决算 next to a code no item has finds nothing.
        Assert.Null(Search.SearchPublic(new SearchRequest("部门绝算 qn7999")).Suggestion);

        // One whole match: it comes first, and near matches fill the first page below it, each once, never the
        // excluded part, and within the filters.
        var one = Search.SearchPublic(new SearchRequest("教育委员会部门决算 qn7007"));
        Assert.Equal(1, one.Total);
        Assert.False(one.Relaxed);
        Assert.NotNull(one.Near);
        Assert.DoesNotContain(one.Near, h => h.Key == one.Hits[0].Key);
        Assert.Equal(3, one.Near.Count);
        // With a body that has no whole match, the near matches are the result (and are said to be).
        var filtered = Search.SearchPublic(new SearchRequest("教育委员会部门决算 qn7007 -预算", BodyId: czj));
        Assert.True(filtered.Relaxed);
        Assert.Empty(filtered.Near!);
        var near = Assert.Single(filtered.Hits);
        Assert.Equal("巫溪县财政局2025年部门决算公开 qn7007", await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Id == near.ItemId).Select(i => i.Title).SingleAsync()));
        Assert.Empty(Search.SearchPublic(new SearchRequest("教育委员会部门决算 qn7007", Page: 2)).Near!);

        // A number is matched whole: qn7008 shares the digits of qn7007's year-like pairs with nothing.
        var other = Search.SearchPublic(new SearchRequest("qn7008"));
        Assert.Equal(0, other.Total);
        Assert.Empty(other.Near!);

        using var client = host.NewClient();
        var page = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("教育委员会部门决算 qn7007"));
        Assert.Contains("找到 1 条结果", page, StringComparison.Ordinal);
        Assert.Contains("其他与检索词部分相符的信息", page, StringComparison.Ordinal);
        Assert.Contains("巫溪县财政局2026年部门预算公开 <mark>qn7007</mark>", page, StringComparison.Ordinal);
        var typoPage = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("部门绝算 qn7007"));
        Assert.Contains("没有同时包含全部检索词的信息", typoPage, StringComparison.Ordinal);
        Assert.Contains("您是不是要找", typoPage, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("教育委员会部门决算 qn7007")));
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("巫溪县教育委员会2025年部门决算公开 qn7007", json.RootElement.GetProperty("hits")[0].GetProperty("title").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("near").GetArrayLength());
    }

    [Fact]
    public async Task Facets_count_every_hit_and_filters_narrow_them()
    {
        await host.WithDbAsync((db, _) => new CatalogImporter(db).ImportAsync(Lines(
        [
            .. Enumerable.Range(1, 4).Select(n => Row("czj", $"财政专项资金公示第{n}期 qd4004", "<p>专项资金。</p>")),
            .. Enumerable.Range(1, 3).Select(n => Row("jw", $"财政补助资金公示第{n}期 qd4004", "<p>补助资金。</p>", published: "2025-06-01")),
        ])));
        await RoundAsync();
        var all = Search.SearchPublic(new SearchRequest("qd4004"));
        Assert.Equal(7, all.Total);
        var czj = await BodyIdAsync("czj");
        Assert.Contains(all.Facets[SearchDocs.Body], f => f.Value == czj.ToString() && f.Count == 4);
        Assert.Contains(all.Facets[SearchDocs.Year], f => f.Value == "2025" && f.Count == 3);
        Assert.Equal(3, Search.SearchPublic(new SearchRequest("qd4004", Year: 2025)).Total);
        Assert.Equal(4, Search.SearchPublic(new SearchRequest("qd4004", BodyId: czj)).Total);
        var newest = Search.SearchPublic(new SearchRequest("qd4004", Sort: SearchSort.Newest, PageSize: 5));
        Assert.Equal(5, newest.Hits.Count);
        Assert.Equal(2, newest.Pages);
        var second = Search.SearchPublic(new SearchRequest("qd4004", Sort: SearchSort.Newest, Page: 2, PageSize: 5));
        Assert.Equal(2, second.Hits.Count);
        Assert.Empty(newest.Hits.Select(h => h.ItemId).Intersect(second.Hits.Select(h => h.ItemId)));

        // Nothing has both words: the page says so and shows what has either; a typo gets a suggestion.
        var relaxed = Search.SearchPublic(new SearchRequest("qd4004 不存在的词语组合"));
        Assert.True(relaxed.Relaxed);
        Assert.Equal(7, relaxed.Total);
        Assert.Equal("财政", Search.SearchPublic(new SearchRequest("财正")).Suggestion);
    }
}

public sealed class SearchTestsSqlite(SqliteHost f) : SearchTests(f.Host), IClassFixture<SqliteHost>;

public sealed class SearchTestsPostgres(PostgresHost f) : SearchTests(f.Host), IClassFixture<PostgresHost>;
