using System.Text;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>The catalog of 政务服务事项: import of a county's list with its history, and the catalog on any date.</summary>
public class ServiceItemTests
{
    private static readonly (ItemEventKind, DateOnly, ServiceTier?, long)[] NoEvents = [];

    static ServiceItemTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void An_items_standing_follows_its_events_in_date_order()
    {
        var d = (int y, int m, int day) => new DateOnly(y, m, day);
        Assert.Equal(new ItemStanding(true, ServiceTier.County), ItemLedger.StandingOn(ServiceTier.County, NoEvents, d(2000, 1, 1)));

        (ItemEventKind, DateOnly, ServiceTier?, long)[] cancelled = [(ItemEventKind.Cancelled, d(2015, 3, 1), null, 2), (ItemEventKind.Added, d(2010, 1, 1), null, 1)];
        Assert.Null(ItemLedger.StandingOn(ServiceTier.County, cancelled, d(2009, 12, 31)));
        Assert.Equal(new ItemStanding(true, ServiceTier.County), ItemLedger.StandingOn(ServiceTier.County, cancelled, d(2015, 2, 28)));
        Assert.Equal(new ItemStanding(false, ServiceTier.County), ItemLedger.StandingOn(ServiceTier.County, cancelled, d(2015, 3, 1)));

        // 下放 without a tier goes one tier down and stays in force there; an adjustment changes nothing of that.
        (ItemEventKind, DateOnly, ServiceTier?, long)[] delegated = [(ItemEventKind.Delegated, d(2015, 6, 1), null, 3), (ItemEventKind.Adjusted, d(2015, 9, 1), null, 4)];
        Assert.Equal(new ItemStanding(true, ServiceTier.Township), ItemLedger.StandingOn(ServiceTier.County, delegated, d(2015, 12, 31)));
        (ItemEventKind, DateOnly, ServiceTier?, long)[] toVillage = [(ItemEventKind.Delegated, d(2015, 6, 1), ServiceTier.Village, 5)];
        Assert.Equal(new ItemStanding(true, ServiceTier.Village), ItemLedger.StandingOn(ServiceTier.County, toVillage, d(2015, 6, 1)));

        // A history that starts with a change, not with 新增 or 承接: the item was there before.
        Assert.Equal(new ItemStanding(true, ServiceTier.County), ItemLedger.StandingOn(ServiceTier.County, toVillage, d(2015, 5, 31)));
    }

    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_list_with_its_history_is_imported_once_and_counted_for_any_date(string provider)
    {
        await using var db = await NewDatabaseAsync(provider);
        var file = Path.Combine(TestDatabases.NewDataDirectory(), "事项清单.csv");
        // As a county's spreadsheet has it: Chinese headers, GBK, one row per item and per change.
        await File.WriteAllTextAsync(file, string.Join("\r\n",
            "事项编码,事项名称,事项类型,实施主体,层级,法定时限,承诺时限,是否进驻,变更类型,变更日期,决定文号",
            "XK-CZ-001,政府采购代理机构资格认定,行政许可,czj,县级,20,10,是,新增,2010-01-01,",
            "XK-CZ-001,,,,,,,,取消,2015-03-01,巫溪府发〔2015〕5号",
            "XK-CZ-002,会计从业资格证书核发,行政许可,巫溪县财政局,县级,20个工作日,5个工作日,是,承接,2014-07-01,渝府发〔2014〕22号",
            "GF-CZ-003,农村五保供养资金发放,行政给付,czj,县级,30,15,否,下放,2015-06-01,巫溪府发〔2015〕18号",
            "GG-CZ-004,财政票据领购,公共服务,czj,县级,,即办,是,,,",
            "XK-CZ-005,非法事项,行政许可,不存在的单位,县级,20,10,是,,,",
            "XK-CZ-006,时限错误的事项,行政许可,czj,县级,10,20,是,,,",
            "XK-CZ-007,类型错误的事项,行政审查,czj,县级,10,5,是,,,",
            "XK-CZ-008,缺日期的变更,行政许可,czj,县级,10,5,是,取消,,巫溪府发〔2015〕5号",
            "XK/CZ/009,编码带斜杠的事项,行政许可,czj,县级,10,5,是,,,") + "\r\n", Encoding.GetEncoding("GB18030"));

        var first = await new ServiceItemImporter(db).ImportAsync(ServiceItemImporter.ReadFile(file));
        Assert.Equal((4, 0, 4), (first.Added, first.Updated, first.Events));
        Assert.Equal(0, (await db.ServiceItems.AsNoTracking().SingleAsync(i => i.Code == "GG-CZ-004")).PromisedDays);
        Assert.Equal(
            [(7, "实施主体“不存在的单位”不是本平台的单位（填单位代码或全称）"), (8, "承诺时限（20 个工作日）不能长于法定时限（10 个工作日）"), (9, "事项类型“行政审查”无法识别，应为：行政许可、行政给付、行政确认、行政裁决、行政奖励、行政征收、其他行政权力、公共服务"), (10, "有变更类型时须填写变更日期（如 2015-06-30）"), (11, "事项编码“XK/CZ/009”含有不能用于网址的字符（/ \\ ? # % 或空格）")],
            first.Rejected.Select(r => ((int)r.Line, r.Reason)).ToList());
        Assert.Equal(4, await db.ServiceItems.CountAsync());
        Assert.Equal(4, await db.ServiceItemEvents.CountAsync());

        // Run again: nothing new, nothing recorded twice.
        var again = await new ServiceItemImporter(db).ImportAsync(ServiceItemImporter.ReadFile(file));
        Assert.Equal((0, 0, 5, 0), (again.Added, again.Updated, again.Unchanged, again.Events));
        Assert.Equal(4, await db.ServiceItemEvents.CountAsync());

        var end2015 = await ItemLedger.CountAsync(db, null, new DateOnly(2015, 12, 31));
        Assert.Equal((1, 1, 1, 1), (end2015.Count(ItemEventKind.Cancelled), end2015.Count(ItemEventKind.Undertaken), end2015.Count(ItemEventKind.Delegated), end2015.Count(ItemEventKind.Added)));
        Assert.Equal(3, end2015.InForce);
        Assert.Equal(2, end2015.InForceByTier[ServiceTier.County]);
        Assert.Equal(1, end2015.InForceByTier[ServiceTier.Township]);
        Assert.Equal(1, end2015.InForceByType[ServiceItemType.Payment]);

        var end2014 = await ItemLedger.CountAsync(db, null, new DateOnly(2014, 12, 31));
        Assert.Equal(4, end2014.InForce);
        Assert.Equal(4, end2014.InForceByTier[ServiceTier.County]);

        var only2015 = await ItemLedger.CountAsync(db, new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31));
        Assert.Equal((1, 0, 1), (only2015.Count(ItemEventKind.Cancelled), only2015.Count(ItemEventKind.Undertaken), only2015.Count(ItemEventKind.Delegated)));

        // Before the first 新增 and 承接 only the items whose history starts otherwise (下放 later) or is unknown were in force.
        Assert.Equal(2, (await ItemLedger.CountAsync(db, null, new DateOnly(2009, 12, 31))).InForce);

        // A change to a field updates the item (audited), and the history stays as it was.
        await File.WriteAllTextAsync(file, "code,name,type,body,promised_days\nGG-CZ-004,财政票据领购（电子票据）,公共服务,czj,2\n");
        var changed = await new ServiceItemImporter(db).ImportAsync(ServiceItemImporter.ReadFile(file));
        Assert.Equal((0, 1, 0), (changed.Added, changed.Updated, changed.Unchanged));
        var item = await db.ServiceItems.AsNoTracking().SingleAsync(i => i.Code == "GG-CZ-004");
        Assert.Equal(("财政票据领购（电子票据）", 2, 1), (item.Name, item.PromisedDays!.Value, item.Revision));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(ServiceItem) && e.EntityId == item.AuditKey));
        Assert.Equal(4, await db.ServiceItemEvents.CountAsync());
    }

    [Fact]
    public async Task The_command_line_imports_a_list_and_prints_the_catalog_of_a_date()
    {
        var data = TestDatabases.NewDataDirectory();
        Assert.Equal(0, (await GongkaiProcess.RunAsync("setup", "--county", "巫溪县", "--code", "wuxi", "--admin", "xxgk.admin", "--password", "Setup-pass-2026", "--data", data)).ExitCode);
        Assert.Equal(0, (await GongkaiProcess.RunAsync("bodies", "add", "--code", "czj", "--name", "巫溪县财政局", "--kind", "department", "--parent", "wuxi", "--data", data)).ExitCode);
        var file = Path.Combine(data, "items.csv");
        await File.WriteAllTextAsync(file, "code,name,type,body,event,event_on,decision\nXK-1,政府采购代理机构资格认定,行政许可,czj,取消,2015-03-01,巫溪府发〔2015〕5号\nXK-2,会计从业资格证书核发,行政许可,czj,承接,2014-07-01,\nXK-3,某事项,行政审查,czj,,,\n");
        var import = await GongkaiProcess.RunAsync("services", "import", file, "--data", data);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("新增 2 个事项，更新 0 个，未变 0 个，记录变更 2 条，拒绝 1 行", import.Out, StringComparison.Ordinal);
        Assert.Contains("事项类型“行政审查”无法识别", await File.ReadAllTextAsync(file + ".rejects.csv"), StringComparison.Ordinal);
        var counts = await GongkaiProcess.RunAsync("services", "counts", "--to", "2015-12-31", "--data", data);
        Assert.Contains("截至2015年12月31日：新增 0 项，取消 1 项，下放 0 项，承接 1 项，调整 0 项；2015年12月31日保留 1 项。", counts.Out, StringComparison.Ordinal);
        var bad = await GongkaiProcess.RunAsync("services", "counts", "--to", "2015-13-01", "--data", data);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("格式不正确", bad.Error, StringComparison.Ordinal);
    }

    private static async Task<GongkaiDb> NewDatabaseAsync(string provider)
    {
        var settings = TestDatabases.New(provider, out _);
        var db = settings.CreateContext(TimeProvider.System, new AuditActor { Name = "test" });
        await Migrator.MigrateAsync(db);
        db.Bodies.Add(new Bodies.Body { Code = "wuxi", Name = "巫溪县人民政府", ShortName = "县政府", Kind = Bodies.BodyKind.Government, Level = Bodies.BodyLevel.County });
        await db.SaveChangesAsync();
        var root = await db.Bodies.SingleAsync();
        db.Bodies.Add(new Bodies.Body { Code = "czj", Name = "巫溪县财政局", ShortName = "县财政局", Kind = Bodies.BodyKind.Department, Level = Bodies.BodyLevel.County, ParentId = root.Id });
        await db.SaveChangesAsync();
        return db;
    }
}
