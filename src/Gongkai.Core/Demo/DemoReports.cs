using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// The demo's annual reports: the county's 2015 report regenerated from the 2015 records (narrative layout),
/// and 县财政局's 2025 report in the 2021 format, from a year of applications and cases recorded for it here,
/// with the figures of table 二 the platform does not hold entered as staff would.
/// </summary>
public static class DemoReports
{
    public const int ModernYear = 2025;

    internal static string Overview2015Text => Texts["2015"].Overview;

    private sealed record YearTexts(string Overview, string Problems);

    private static readonly Dictionary<string, YearTexts> Texts = DemoData.Table<Dictionary<string, YearTexts>>(DemoData.Records, "Reports");

    /// <summary>The seed's counts that split one key area by the kind of notice, as breakdown lines.</summary>
    public static IReadOnlyList<Breakdown> Breakdowns2015 =>
        [.. DemoCatalog.SeedCounts.Where(c => c.TitleMarker.Length > 0).Select(c => new Breakdown(c.Label, c.KeyArea, c.TitleMarker))];

    /// <summary>
    /// The one figure of section 二 the platform does not hold for 2015 (the 行政审批 figures of 二（一） are counted from
    /// the service records of <see cref="DemoServices"/>), entered as a county keeps it.
    /// </summary>
    public const string EnteredFigures2015 = "预决算信息公开率 100 %";

    /// <summary>The day 巫溪县 published its 2015 report on its portal.</summary>
    public static readonly DateOnly PublishedOn2015 = new(2016, 3, 24);

    public static async Task LoadAsync(GongkaiDb db, ApplicationService applications, CatalogService catalog, CancellationToken ct = default)
    {
        var reports = new ReportService(db);
        var wuxi = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "wuxi", ct);
        var czj = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "czj", ct);
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin", ct);

        // The seed report's finer counts within a key area, and the one figure entered, as a county keeps them.
        await Breakdown.SaveAsync(db, Breakdowns2015, ct);
        var county = await reports.OpenAsync(wuxi.Id, 2015, countyWide: true, ct);
        await reports.SaveTextsAsync(county, new ReportTexts(Texts["2015"].Overview, Texts["2015"].Problems, null, county.Contact), county.Revision, ct);
        await reports.SaveNarrativeFiguresAsync(county, EnteredFigures2015, "县政府办 信息员", ct);
        await reports.ApproveAsync(county, county.Revision, admin.DisplayName, ct);
        // The county published its 2015 report on 24 March 2016; the demo keeps that date.
        await reports.PublishAsOfAsync(county, county.Revision, catalog, admin.Id, PublishedOn2015, ct);

        await LoadModernYearAsync(db, applications, czj.Id, ct);
        var modern = await reports.OpenAsync(czj.Id, ModernYear, countyWide: false, ct);
        await reports.SaveTextsAsync(modern, new ReportTexts(Texts["2025"].Overview, Texts["2025"].Problems, "无。", null), modern.Revision, ct);
        await reports.SaveFiguresAsync(modern, new Dictionary<string, string?>
        {
            [ReportFigure.KeyOf("第二十条第（一）项", "规章", "本年制发件数")] = "0",
            [ReportFigure.KeyOf("第二十条第（一）项", "规章", "本年废止件数")] = "0",
            [ReportFigure.KeyOf("第二十条第（一）项", "规章", "现行有效件数")] = "0",
            [ReportFigure.KeyOf("第二十条第（五）项", "行政许可", "本年处理决定数量")] = "0",
            [ReportFigure.KeyOf("第二十条第（六）项", "行政处罚", "本年处理决定数量")] = "6",
            [ReportFigure.KeyOf("第二十条第（六）项", "行政强制", "本年处理决定数量")] = "0",
            [ReportFigure.KeyOf("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）")] = "12.4650",
        }, "县财政局 信息员", ct);
        await reports.ApproveAsync(modern, modern.Revision, "县财政局 办公室主任", ct);
        await reports.PublishAsync(modern, modern.Revision, catalog, null, ct);
    }

    private sealed record Demo(int Month, int Day, ApplicantType Type, string Description, string? Outcome, int DecideAfter);

    /// <summary>A year of 县财政局's applications: two carried over from 2024, one carried into 2026, every kind of applicant.</summary>
    private static readonly Demo[] Year =
    [
        new(-12, 22, ApplicantType.Person, "2024年城乡居民医疗保险财政补助资金拨付情况", "disclose", 12),
        new(-12, 27, ApplicantType.Business, "2024年政府采购项目验收报告", "partial", 9),
        new(1, 13, ApplicantType.Person, "2025年县级一般公共预算草案", "already-public", 2),
        new(2, 17, ApplicantType.Person, "城区老旧小区改造项目财政评审报告", "disclose", 11),
        new(3, 10, ApplicantType.Research, "2020年至2024年县级债务余额统计", "needs-making", 14),
        new(3, 24, ApplicantType.Business, "2025年第一批政府采购意向", "disclose", 5),
        new(4, 21, ApplicantType.LegalService, "某供应商投诉处理决定书", "third-party", 16),
        new(5, 19, ApplicantType.Person, "2024年耕地地力保护补贴发放名单", "partial", 13),
        new(6, 16, ApplicantType.NonProfit, "2024年福利彩票公益金使用情况", "disclose", 8),
        new(7, 14, ApplicantType.Person, "县财政局内部考勤制度", "internal-affairs", 10),
        new(8, 18, ApplicantType.Person, "关于某项目资金拨付的会议讨论记录", "process-info", 12),
        new(9, 22, ApplicantType.OtherOrganization, "2025年上半年预算执行情况", "disclose", 6),
        new(10, 20, ApplicantType.Person, "本人2019年申请的农机购置补贴审批表", "not-held", 9),
        new(11, 17, ApplicantType.Person, "2025年政府购买服务目录", "disclose", 7),
        new(12, 23, ApplicantType.Business, "2026年部门预算编制说明", "disclose", 12),
    ];

    private static async Task LoadModernYearAsync(GongkaiDb db, ApplicationService applications, int bodyId, CancellationToken ct)
    {
        var calendar = Calendar.BuiltInSchedules.Calendar();
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "czj.officer", ct);
        for (var i = 0; i < Year.Length; i++)
        {
            var d = Year[i];
            var received = d.Month < 0 ? new DateOnly(ModernYear - 1, -d.Month, d.Day) : new DateOnly(ModernYear, d.Month, d.Day);
            var person = d.Type == ApplicantType.Person;
            var submitted = await applications.SubmitAsync(new ApplicationInput
            {
                ApplicantType = d.Type,
                Name = person ? $"{"赵钱孙李周吴郑王冯陈褚卫蒋沈韩"[i]}某某" : $"重庆某{(d.Type == ApplicantType.LegalService ? "律师事务所" : d.Type == ApplicantType.Research ? "研究院" : d.Type == ApplicantType.NonProfit ? "公益基金会" : "有限公司")}{i + 1}",
                ContactPerson = person ? null : "联系人",
                IdDocument = person ? IdDocument.Passport : IdDocument.Other,
                IdNumber = $"EA{ModernYear}{i + 1:D4}",
                Phone = $"1392382{i:D4}",
                Email = $"applicant{i + 1}@example.cn",
                Description = d.Description,
                Delivery = Delivery.Email,
                BodyId = bodyId,
            }, new Registration(Channel.InPerson, new DateTimeOffset(received.ToDateTime(new TimeOnly(1, 30)), TimeSpan.Zero), null), $"demo-{ModernYear}-{i + 1}", officer.Id, officer.DisplayName, ct);
            var app = await db.Applications.SingleAsync(a => a.Id == submitted.Application.Id, ct);
            var on = calendar.AddWorkingDays(received, d.DecideAfter).Due;
            await applications.ApplyAsync(app, ApplicationAction.Decide, new ActionInput
            {
                On = on,
                Outcome = d.Outcome,
                Reasons = d.Outcome is "disclose" or "already-public" ? null : "依照《中华人民共和国政府信息公开条例》的相关规定作出处理。",
                Withheld = d.Outcome is "partial" or "third-party" or "internal-affairs" or "process-info" ? "涉及第三方商业秘密或个人信息及内部事务的部分" : null,
            }, app.Revision, officer.Id, officer.DisplayName, ct);
            await applications.ApplyAsync(app, ApplicationAction.Deliver, new ActionInput { On = on, Comment = "以电子邮件送达答复告知书。" }, app.Revision, officer.Id, officer.DisplayName, ct);
        }

        var cases = new DisclosureCases(db);
        await cases.SaveAsync(null, new CaseInput(CaseKind.Review, $"巫溪府复〔{ModernYear}〕11号", "巫溪县人民政府", bodyId, null, null, "某律师事务所", new DateOnly(ModernYear, 6, 9), new DateOnly(ModernYear, 8, 1), CaseResult.Upheld, "申请人对不予公开的答复不服，复议维持。"), ct);
        await cases.SaveAsync(null, new CaseInput(CaseKind.LawsuitDirect, $"（{ModernYear}）渝0238行初31号", "巫溪县人民法院", bodyId, null, null, "某申请人", new DateOnly(ModernYear, 11, 3), null, CaseResult.Pending, "起诉要求公开会议记录，尚在审理。"), ct);
    }
}
