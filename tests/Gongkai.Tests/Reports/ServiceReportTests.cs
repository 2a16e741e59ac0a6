using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.ServiceItems;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Reports;

/// <summary>Table 二's 行政许可 row counted from a county's 办件 where it keeps them here, and entered where it does not.</summary>
public sealed class ServiceReportTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static async Task<GongkaiDb> NewAsync(string provider)
    {
        var db = TestDatabases.New(provider, out _).CreateContext(TimeProvider.System, new AuditActor { Name = "test" });
        await Migrator.MigrateAsync(db);
        return db;
    }

    private static async Task<Body> BodyAsync(GongkaiDb db, string code, string name, Body? parent)
    {
        var b = new Body { Code = code, Name = name, ShortName = name, Kind = parent is null ? BodyKind.Government : BodyKind.Department, Level = BodyLevel.County, ParentId = parent?.Id };
        db.Bodies.Add(b);
        await db.SaveChangesAsync();
        return b;
    }

    private static async Task<ServiceItem> ItemAsync(GongkaiDb db, string code, ServiceItemType type, Body body, params (ItemEventKind Kind, DateOnly On)[] events)
    {
        var item = new ServiceItem { Code = code, Name = code + "事项", Type = type, BodyId = body.Id, Tier = ServiceTier.County, PromisedDays = 5, StatutoryDays = 20, State = Gongkai.Catalog.ItemState.Published };
        db.ServiceItems.Add(item);
        await db.SaveChangesAsync();
        db.ServiceItemEvents.AddRange(events.Select(e => new ServiceItemEvent { ItemId = item.Id, Kind = e.Kind, On = e.On, Decision = $"甲府发〔{e.On.Year}〕1号" }));
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>Registers a case received and accepted on <paramref name="received"/>, finished on <paramref name="finished"/> when given.</summary>
    private static async Task CaseAsync(ServiceCases s, ServiceItem item, DateOnly received, DateOnly? finished, ServiceItems.CaseResult result = ServiceItems.CaseResult.Granted)
    {
        var c = await s.RegisterAsync(new CaseRegistration(item.Id, null, null, ApplicantType.Person, "申请人", new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), Beijing)));
        await s.AcceptAsync(c.Id, received);
        if (finished is { } on)
        {
            await s.FinishAsync(c.Id, on, result);
        }
    }

    private static ProactiveFigure Cell(ReportData d, string column) => d.Proactive.Single(f => f.Row == "行政许可" && f.Column == column);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_2019_report_counts_the_licensing_row_from_the_countys_finished_cases(string provider)
    {
        await using var db = await NewAsync(provider);
        var jia = await BodyAsync(db, "jia", "甲县人民政府", null);
        var market = await BodyAsync(db, "jia-scj", "甲县市场监督管理局", jia);
        var housing = await BodyAsync(db, "jia-zjw", "甲县住房和城乡建设委员会", jia);
        var yi = await BodyAsync(db, "yi", "乙县人民政府", null);
        var yiMarket = await BodyAsync(db, "yi-scj", "乙县市场监督管理局", yi);

        // 行政许可 in force on 2018-12-31: food (no history) and catering (cancelled mid-2019) = 2.
        // On 2019-12-31: food, the building permit taken over in April, the new one of September = 3; so +1.
        var food = await ItemAsync(db, "JIA-XK-1", ServiceItemType.Licensing, market);
        var building = await ItemAsync(db, "JIA-XK-2", ServiceItemType.Licensing, housing, (ItemEventKind.Undertaken, D(2019, 4, 1)));
        var catering = await ItemAsync(db, "JIA-XK-3", ServiceItemType.Licensing, market, (ItemEventKind.Cancelled, D(2019, 6, 30)));
        await ItemAsync(db, "JIA-XK-4", ServiceItemType.Licensing, housing, (ItemEventKind.Added, D(2019, 9, 1)));
        var registration = await ItemAsync(db, "JIA-QR-1", ServiceItemType.Confirmation, market);
        var yiFood = await ItemAsync(db, "YI-XK-1", ServiceItemType.Licensing, yiMarket);

        var s = new ServiceCases(db);
        await CaseAsync(s, food, D(2019, 3, 4), D(2019, 3, 8));                                        // decided in 2019: counts
        await CaseAsync(s, food, D(2018, 12, 28), D(2019, 1, 4), ServiceItems.CaseResult.Refused);   // received 2018, refused in 2019: counts
        await CaseAsync(s, food, D(2019, 12, 27), D(2020, 1, 6));                                     // decided in 2020: not this year
        await CaseAsync(s, building, D(2019, 5, 6), D(2019, 5, 10), ServiceItems.CaseResult.Withdrawn); // withdrawn: no decision
        await CaseAsync(s, building, D(2019, 7, 1), null);                                           // still running
        await CaseAsync(s, registration, D(2019, 8, 5), D(2019, 8, 6));                               // 行政确认, not 行政许可
        await CaseAsync(s, yiFood, D(2019, 8, 5), D(2019, 8, 6));                                     // another county's
        var refused = await s.RegisterAsync(new CaseRegistration(catering.Id, null, null, ApplicantType.Organisation, "某餐饮公司", new DateTimeOffset(2019, 2, 1, 10, 0, 0, Beijing)));
        await s.RejectAsync(refused.Id, D(2019, 2, 1), "申请材料不齐全", "营业执照副本");                    // 不予受理: no 许可 decision

        // A figure typed before the cases were kept here gives way to the records.
        var reports = new ReportService(db);
        var report = await reports.OpenAsync(jia.Id, 2019, countyWide: true);
        await reports.SaveFiguresAsync(report, new Dictionary<string, string?> { [ReportFigure.KeyOf("第二十条第（五）项", "行政许可", "处理决定数量")] = "99" }, "填报人");

        var data = await reports.DataAsync(report);
        Assert.Equal(ReportLayout.Trial2019, data.Layout);
        Assert.Equal((2m, false), (Cell(data, "上一年项目数量").Value!.Value, Cell(data, "上一年项目数量").Entered));
        Assert.Equal((1m, false), (Cell(data, "本年增/减").Value!.Value, Cell(data, "本年增/减").Entered));
        Assert.Equal((2m, false), (Cell(data, "处理决定数量").Value!.Value, Cell(data, "处理决定数量").Entered));
        Assert.DoesNotContain(ReportRules.Check(data), f => f.Cell.Contains("行政许可", StringComparison.Ordinal));

        var html = ReportHtml.Render(data, new ReportTexts());
        Assert.Contains("<tr><th scope=\"row\">行政许可</th><td>2</td><td>1</td><td>2</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("行政许可的数字由本平台政务服务事项和办件记录统计", html, StringComparison.Ordinal);

        // The 2021 layout has the one column, from the same cases: nothing was decided in 2021.
        var later = await new ReportCalculator(db).ComputeAsync(null, 2021);
        Assert.Equal((0m, false), (Cell(later, "本年处理决定数量").Value!.Value, Cell(later, "本年处理决定数量").Entered));
        var year2020 = await new ReportCalculator(db).ComputeAsync(null, 2020);
        Assert.Equal(1m, Cell(year2020, "处理决定数量").Value);

        // A department's own report counts its own cases only.
        var housingReport = await new ReportCalculator(db).ComputeAsync("jia-zjw", 2019);
        Assert.Equal(0m, Cell(housingReport, "处理决定数量").Value);
        Assert.Equal((0m, 2m), (Cell(housingReport, "上一年项目数量").Value!.Value, Cell(housingReport, "本年增/减").Value!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_county_without_licensing_records_keeps_the_entered_row(string provider)
    {
        await using var db = await NewAsync(provider);
        var bing = await BodyAsync(db, "bing", "丙县人民政府", null);
        var finance = await BodyAsync(db, "bing-czj", "丙县财政局", bing);

        // A 公共服务 item and its case are not 行政许可 records.
        var service = await ItemAsync(db, "BING-GG-1", ServiceItemType.PublicService, finance);
        await CaseAsync(new ServiceCases(db), service, D(2021, 3, 1), D(2021, 3, 2));

        var reports = new ReportService(db);
        var report = await reports.OpenAsync(finance.Id, 2021, countyWide: false);
        var key = ReportFigure.KeyOf("第二十条第（五）项", "行政许可", "本年处理决定数量");
        var before = await reports.DataAsync(report);
        Assert.Equal((null, true), (Cell(before, "本年处理决定数量").Value, Cell(before, "本年处理决定数量").Entered));
        Assert.Contains(ReportRules.Check(before), f => f.Rule == "missing" && f.Cell.Contains("行政许可", StringComparison.Ordinal));

        await reports.SaveFiguresAsync(report, new Dictionary<string, string?> { [key] = "37" }, "填报人");
        var data = await reports.DataAsync(report);
        Assert.Equal((37m, true), (Cell(data, "本年处理决定数量").Value!.Value, Cell(data, "本年处理决定数量").Entered));
        var html = ReportHtml.Render(data, new ReportTexts());
        Assert.Contains("<tr><th scope=\"row\">行政许可</th><td class=\"entered\">37</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("行政许可的数字由本平台", html, StringComparison.Ordinal);
        Assert.Contains("表中带底色的数字由工作人员根据其他业务系统的数据填报", html, StringComparison.Ordinal);
    }
}
