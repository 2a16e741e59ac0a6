using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Documents;
using Gongkai.Reports;
using Gongkai.Supervision;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The county office's board counts what the records say, body by body, in a county of its own beside the demo
/// county; a department sees its own line only; the links lead to the same records.
/// </summary>
public abstract partial class SupervisionBoardTests(TestHost host)
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public async Task The_board_counts_each_bodys_records_and_shows_a_department_only_its_own_line()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (county, dept, town) = await host.WithDbAsync(async (db, _) =>
        {
            var root = new Body { Code = "sv" + suffix, Name = $"监督测试县{suffix}", ShortName = "测试县", Kind = BodyKind.Government, Level = BodyLevel.County };
            db.Bodies.Add(root);
            await db.SaveChangesAsync();
            var d = new Body { Code = "svd" + suffix, Name = $"测试县教育委员会{suffix}", ShortName = "教委", Kind = BodyKind.Department, Level = BodyLevel.County, ParentId = root.Id, SortOrder = 1 };
            var t = new Body { Code = "svt" + suffix, Name = $"测试县东城街道{suffix}", ShortName = "东城街道", Kind = BodyKind.Street, Level = BodyLevel.Township, ParentId = root.Id, SortOrder = 2 };
            db.Bodies.AddRange(d, t);
            await db.SaveChangesAsync();

            var n = 0;
            CatalogItem Item(Body b, DateOnly due, DateOnly? published) => new()
            {
                IndexNumber = $"SV-{suffix}-{++n}",
                Title = $"测试信息{n}",
                BodyId = b.Id,
                Publisher = b.Name,
                WrittenOn = due.AddDays(-28),
                DueOn = due,
                State = published is null ? ItemState.Draft : ItemState.Published,
                PublishedVersion = published is null ? 0 : 1,
                FirstPublishedOn = published,
                PublishedOn = published,
            };

            // The department: four items first published in 2015, three on time; one draft past its due date; one published in 2014.
            db.CatalogItems.AddRange(
                Item(d, D(2015, 3, 2), D(2015, 2, 27)), Item(d, D(2015, 5, 4), D(2015, 5, 4)), Item(d, D(2015, 9, 1), D(2015, 8, 1)),
                Item(d, D(2015, 6, 1), D(2015, 6, 15)), Item(d, D(2015, 11, 2), null), Item(d, D(2014, 6, 1), D(2014, 6, 1)));
            // The street: nothing published, two drafts overdue and one not yet due.
            db.CatalogItems.AddRange(Item(t, D(2015, 4, 1), null), Item(t, D(2016, 1, 5), null), Item(t, D(2999, 1, 1), null));

            Application App(Body b, ApplicationState state, DateOnly due, DateOnly? decided) => new()
            {
                TrackingNumber = $"SV{suffix}{++n}",
                SecretHash = new string('0', 64),
                BodyId = b.Id,
                ApplicantName = "申请人",
                Description = "测试申请",
                ArrivedAt = host.Time.GetUtcNow(),
                ReceivedOn = due.AddDays(-28),
                DueOn = due,
                State = state,
                DecidedOn = decided,
            };

            // Two answered in 2015 (one late), one still running past its due date.
            db.Applications.AddRange(
                App(d, ApplicationState.Closed, D(2015, 7, 1), D(2015, 6, 20)), App(d, ApplicationState.Closed, D(2015, 7, 1), D(2015, 7, 3)),
                App(d, ApplicationState.InProgress, D(2015, 12, 1), null));
            // Two key tasks led by the department in 2015: one done on time, one still open past its deadline.
            var plan = new WorkPlan { CountyId = root.Id, Year = 2015, Title = "2015年政务公开工作要点" };
            db.WorkPlans.Add(plan);
            await db.SaveChangesAsync();
            db.KeyTasks.AddRange(
                new KeyTask { CountyId = root.Id, PlanId = plan.Id, Number = 1, Text = "公开预算", LeadBodyId = d.Id, Deadline = D(2015, 4, 30), DoneOn = D(2015, 4, 20) },
                new KeyTask { CountyId = root.Id, PlanId = plan.Id, Number = 2, Text = "公开决算", LeadBodyId = d.Id, Deadline = D(2015, 9, 30) });
            db.AnnualReports.Add(new AnnualReport { BodyId = d.Id, Year = 2015, Layout = ReportLayout.Narrative, State = ReportState.Published, PublishedOn = D(2016, 3, 20), CreatedAt = host.Time.GetUtcNow() });
            await db.SaveChangesAsync();
            return (root, d, t);
        });

        var supervisor = await host.SignInAsync("jiandu");
        var page = await supervisor.GetStringAsync($"/staff/supervision?year=2015&county={county.Code}");
        var rows = Rows(page);
        Assert.Equal([$"{county.Name} 县（区）政府 0 0（—） 0 0（—） — 0 — 未编制（已逾期）", $"{dept.Name} 县级部门 1 4（75%） 1 2（50%） 1/2，超期1 0 — 2016-03-20发布", $"{town.Name} 乡镇（街道） 2 0（—） 0 0（—） — 0 — 未编制（已逾期）"], rows.Where(r => r.Contains(suffix, StringComparison.Ordinal)).ToList());
        Assert.Contains($"/staff/catalog?body={dept.Code}&amp;due=overdue", page, StringComparison.Ordinal);
        Assert.Contains($"/staff/applications?list=overdue&amp;body={dept.Code}", page, StringComparison.Ordinal);

        // Sorted by overdue items, the street (2) comes before the department (1); by on-time publication, the department (75 %) before the street (nothing to count).
        var byItems = Rows(await supervisor.GetStringAsync($"/staff/supervision?year=2015&county={county.Code}&sort=items")).Where(r => r.Contains(suffix, StringComparison.Ordinal)).ToList();
        Assert.StartsWith(town.Name, byItems[0], StringComparison.Ordinal);
        var byRate = Rows(await supervisor.GetStringAsync($"/staff/supervision?year=2015&county={county.Code}&sort=published")).Where(r => r.Contains(suffix, StringComparison.Ordinal)).ToList();
        Assert.StartsWith(dept.Name, byRate[0], StringComparison.Ordinal);

        // The drill-down shows the department's overdue application and no other body's.
        var list = await supervisor.GetStringAsync($"/staff/applications?list=overdue&body={dept.Code}");
        Assert.Contains("已超期（1）", list, StringComparison.Ordinal);
        Assert.Contains($"仅{dept.Name}", list, StringComparison.Ordinal);

        // The same figures in the workbook.
        var xlsx = await supervisor.GetAsync($"/staff/supervision?handler=Xlsx&year=2015&county={county.Code}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var file = Path.Combine(TestDatabases.NewDataDirectory(), "board.xlsx");
        await File.WriteAllBytesAsync(file, await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = TableFile.Read(file).Select(r => string.Join(" ", r.Fields!.Where(f => f.Length > 0))).ToList();
        Assert.Equal("单位 分组 超期未公开信息（条） 本年公开信息（条） 按时公开（条） 按时公开率（%） 超期未答复申请（件） 本年答复申请（件） 按时答复（件） 按时答复率（%） 牵头重点任务（项） 按期完成（项） 逾期完成（项） 超期未完成（项） 网站未整改问题（个） 其中单项否决（个） 最近考核 得分 组内名次 年度报告", sheet[0]);
        Assert.Contains($"{dept.Name} 县级部门 1 4 3 75 1 2 1 50 2 1 0 1 0 0 2016-03-20发布", sheet);
        Assert.Contains($"{town.Name} 乡镇（街道） 2 0 0 0 0 0 0 0 0 0 0 0 未编制（已逾期）", sheet);

        // A department's administrator sees its own line only, and nothing of the other county.
        var admin = await host.SignInAsync("czj.admin");
        var own = Rows(await admin.GetStringAsync("/staff/supervision?year=2015"));
        Assert.Single(own);
        Assert.StartsWith("巫溪县财政局 县级部门", own[0], StringComparison.Ordinal);
        Assert.Contains("没有可显示的单位", await admin.GetStringAsync($"/staff/supervision?year=2015&county={county.Code}"), StringComparison.Ordinal);
        var foreign = await admin.GetStringAsync($"/staff/applications?list=overdue&body={dept.Code}");
        Assert.DoesNotContain($"仅{dept.Name}", foreign, StringComparison.Ordinal);

        var bad = await supervisor.GetAsync("/staff/supervision?year=1800");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("年度应在 1990 至 2100 之间", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The board's body rows as text: the cells of each row joined by spaces.</summary>
    private static List<string> Rows(string html)
    {
        var table = html[html.IndexOf("<table class=\"stats board\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return RowPattern().Matches(body).Select(m => string.Join(" ", CellPattern().Matches(m.Value).Select(c => WebUtility.HtmlDecode(TagPattern().Replace(c.Groups[1].Value, "")).Trim()))).ToList();
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}

public sealed class SupervisionBoardTestsSqlite(SqliteHost f) : SupervisionBoardTests(f.Host), IClassFixture<SqliteHost>;

public sealed class SupervisionBoardTestsPostgres(PostgresHost f) : SupervisionBoardTests(f.Host), IClassFixture<PostgresHost>;
