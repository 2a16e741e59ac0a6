using System.Globalization;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

public sealed record DemoLogin(string UserName, string Password, string Role, string Body);

/// <summary>
/// 巫溪县 as it stood in 2015: the county government, its working departments and its 32 townships and
/// streets, with staff logins for every role. Later capabilities add their 2015 records here (the service items,
/// centres and cases of 2012-2015: <see cref="DemoServices"/>).
/// </summary>
public static class DemoCounty
{
    public const string Password = "Gongkai@2015";

    /// <summary>巫溪县's administrative division code; the second part of every body's credit code.</summary>
    private const string DivisionCode = "500238";

    private static readonly (string Code, string Name, string Short, string Street)[] Departments =
    [
        ("zfb", "巫溪县人民政府办公室", "县政府办", "马镇坝广场东路88号"),
        ("fgw", "巫溪县发展和改革委员会", "县发展改革委", "马镇坝广场东路88号"),
        ("jw", "巫溪县教育委员会", "县教委", "柏杨街道滨河北路21号"),
        ("kw", "巫溪县科学技术委员会", "县科委", "马镇坝广场东路88号"),
        ("jxw", "巫溪县经济和信息化委员会", "县经济信息委", "马镇坝广场东路88号"),
        ("mzzj", "巫溪县民族宗教事务委员会", "县民宗委", "宁河街道北门街36号"),
        ("gaj", "巫溪县公安局", "县公安局", "柏杨街道马镇坝大道128号"),
        ("mzj", "巫溪县民政局", "县民政局", "宁河街道人民路45号"),
        ("sfj", "巫溪县司法局", "县司法局", "宁河街道人民路12号"),
        ("czj", "巫溪县财政局", "县财政局", "柏杨街道滨河北路106号"),
        ("rsj", "巫溪县人力资源和社会保障局", "县人力社保局", "柏杨街道滨河北路78号"),
        ("gfj", "巫溪县国土资源和房屋管理局", "县国土房管局", "柏杨街道马镇坝大道66号"),
        ("hbj", "巫溪县环境保护局", "县环保局", "宁河街道滨河东路8号"),
        ("cjw", "巫溪县城乡建设委员会", "县城乡建委", "柏杨街道马镇坝大道98号"),
        ("jtw", "巫溪县交通委员会", "县交委", "宁河街道南门湾路15号"),
        ("slj", "巫溪县水务局", "县水务局", "宁河街道滨河东路22号"),
        ("nw", "巫溪县农业委员会", "县农委", "宁河街道柳门街50号"),
        ("lyj", "巫溪县林业局", "县林业局", "宁河街道柳门街62号"),
        ("swj", "巫溪县商务局", "县商务局", "马镇坝广场东路88号"),
        ("whw", "巫溪县文化委员会", "县文化委", "宁河街道新华街19号"),
        ("wjw", "巫溪县卫生和计划生育委员会", "县卫生计生委", "宁河街道人民路88号"),
        ("sjj", "巫溪县审计局", "县审计局", "马镇坝广场东路88号"),
        ("ajj", "巫溪县安全生产监督管理局", "县安监局", "柏杨街道滨河北路52号"),
        ("tjj", "巫溪县统计局", "县统计局", "马镇坝广场东路88号"),
        ("spyj", "巫溪县食品药品监督管理局", "县食品药品监管局", "柏杨街道马镇坝大道150号"),
        ("gsj", "巫溪县工商行政管理局", "县工商局", "柏杨街道马镇坝大道152号"),
        ("lvj", "巫溪县旅游局", "县旅游局", "宁河街道新华街7号"),
        ("fpb", "巫溪县扶贫开发办公室", "县扶贫办", "马镇坝广场东路88号"),
        ("ghj", "巫溪县规划局", "县规划局", "柏杨街道马镇坝大道96号"),
        ("szj", "巫溪县市政园林管理局", "县市政园林局", "宁河街道滨河东路30号"),
        ("wjj", "巫溪县物价局", "县物价局", "马镇坝广场东路88号"),
        ("xzfw", "巫溪县行政服务中心", "县行政服务中心", "柏杨街道马镇坝大道200号"),
    ];

    private static readonly (string Code, string Name, BodyKind Kind)[] Townships =
    [
        ("ninghe", "宁河街道", BodyKind.Street), ("baiyang", "柏杨街道", BodyKind.Street),
        ("chengxiang", "城厢镇", BodyKind.Township), ("fenghuang", "凤凰镇", BodyKind.Township),
        ("ningchang", "宁厂镇", BodyKind.Township), ("shanghuang", "上磺镇", BodyKind.Township),
        ("gulu", "古路镇", BodyKind.Township), ("wenfeng", "文峰镇", BodyKind.Township),
        ("xujia", "徐家镇", BodyKind.Township), ("bailu", "白鹿镇", BodyKind.Township),
        ("jianshan", "尖山镇", BodyKind.Township), ("xiabao", "下堡镇", BodyKind.Township),
        ("fengling", "峰灵镇", BodyKind.Township), ("tangfang", "塘坊镇", BodyKind.Township),
        ("chaoyang", "朝阳镇", BodyKind.Township), ("tianba", "田坝镇", BodyKind.Township),
        ("tongcheng", "通城镇", BodyKind.Township), ("lingjiao", "菱角镇", BodyKind.Township),
        ("pulian", "蒲莲镇", BodyKind.Township), ("tucheng", "土城镇", BodyKind.Township),
        ("hongchiba", "红池坝镇", BodyKind.Township), ("shengli", "胜利乡", BodyKind.Township),
        ("dahe", "大河乡", BodyKind.Township), ("tianxing", "天星乡", BodyKind.Township),
        ("changgui", "长桂乡", BodyKind.Township), ("yulin", "鱼鳞乡", BodyKind.Township),
        ("wulong", "乌龙乡", BodyKind.Township), ("huatai", "花台乡", BodyKind.Township),
        ("lanying", "兰英乡", BodyKind.Township), ("shuangyang", "双阳乡", BodyKind.Township),
        ("zhongliang", "中梁乡", BodyKind.Township), ("tianyuan", "天元乡", BodyKind.Township),
    ];

    public static readonly IReadOnlyList<DemoLogin> Logins =
    [
        new("admin", Password, "系统管理员", "巫溪县人民政府"),
        new("jiandu", Password, "监督员（督查考核）", "巫溪县人民政府办公室"),
        new("czj.admin", Password, "单位管理员", "巫溪县财政局"),
        new("czj.editor", Password, "信息编辑", "巫溪县财政局"),
        new("czj.reviewer", Password, "信息审核（保密审查）", "巫溪县财政局"),
        new("czj.leader", Password, "信息审核（内容审核）", "巫溪县财政局"),
        new("czj.officer", Password, "依申请公开经办人", "巫溪县财政局"),
        new("zfb.officer", Password, "依申请公开经办人", "巫溪县人民政府办公室"),
        new("ninghe.editor", Password, "信息编辑", "宁河街道办事处"),
    ];

    public static async Task<bool> IsLoadedAsync(GongkaiDb db, CancellationToken ct = default) =>
        await db.Bodies.AnyAsync(b => b.Code == "wuxi", ct);

    public static async Task LoadAsync(GongkaiDb db, StaffAccounts accounts, Applications.ApplicationService applications, CatalogService catalog, CancellationToken ct = default)
    {
        if (await IsLoadedAsync(db, ct))
        {
            return;
        }

        await LoadBodiesAndStaffAsync(db, accounts, ct);
        await LoadCatalogAsync(db, ct);
        await DemoApplications.LoadAsync(db, applications, ct);
        await DemoServices.LoadAsync(db, ct);
        // The county office's registers come before the reports: the 2015 report states their figures.
        await DemoSupervision.LoadAsync(db, ct);
        await DemoWebsites.LoadAsync(db, ct);
        await DemoAssessment.LoadAsync(db, catalog, ct);
        await DemoReports.LoadAsync(db, applications, catalog, ct);
    }

    /// <summary>The 2015 proactive items, through the same importer a county uses for its history.</summary>
    public static async Task<ImportResult> LoadCatalogAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var rows = DemoCatalog.Items2015().Select((d, i) => ((long)i + 1, (ImportRow?)new ImportRow
        {
            Body = d.BodyCode,
            Title = d.Title,
            Summary = d.Summary,
            DocumentNumber = d.DocumentNumber,
            WrittenOn = d.WrittenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PublishedOn = d.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Topic = d.Topic,
            Category = d.StatutoryCategory,
            KeyArea = d.KeyArea,
            Keywords = d.Keywords,
            BodyHtml = d.BodyHtml,
        }, (string?)null));
        return await new CatalogImporter(db).ImportAsync(rows, 5000, null, ct);
    }

    /// <summary>The county's bodies and the demo logins, without any records.</summary>
    public static async Task LoadBodiesAndStaffAsync(GongkaiDb db, StaffAccounts accounts, CancellationToken ct = default)
    {
        var county = new Body
        {
            Code = "wuxi",
            Name = "巫溪县人民政府",
            ShortName = "县政府",
            Kind = BodyKind.Government,
            Level = BodyLevel.County,
            OfficeName = "巫溪县电子政务服务中心（县政府信息公开办公室）",
            Address = "重庆市巫溪县马镇坝广场东路88号",
            Postcode = "405800",
            Telephone = "023-51528016",
            Fax = "023-51528017",
            Email = "xxgk@cqwx.gov.cn",
            OfficeHours = OfficeHours,
        };
        SetCodes(county, 0);
        db.Bodies.Add(county);
        await db.SaveChangesAsync(ct);

        var serial = 1;
        var bodies = new List<Body>();
        foreach (var (code, name, shortName, street) in Departments)
        {
            var body = new Body
            {
                ParentId = county.Id,
                Code = code,
                Name = name,
                ShortName = shortName,
                Kind = BodyKind.Department,
                Level = BodyLevel.County,
                OfficeName = $"{shortName}办公室",
                Address = $"重庆市巫溪县{street}",
                Postcode = "405800",
                Telephone = Phone(serial),
                Fax = Phone(serial + 500),
                Email = $"{code}@cqwx.gov.cn",
                OfficeHours = OfficeHours,
                SortOrder = serial,
            };
            SetCodes(body, serial++);
            bodies.Add(body);
        }

        var order = 100;
        foreach (var (code, name, kind) in Townships)
        {
            var fullName = kind == BodyKind.Street ? $"巫溪县{name}办事处" : $"巫溪县{name}人民政府";
            var body = new Body
            {
                ParentId = county.Id,
                Code = code,
                Name = fullName,
                ShortName = kind == BodyKind.Street ? $"{name}办事处" : name,
                Kind = kind,
                Level = BodyLevel.Township,
                OfficeName = kind == BodyKind.Street ? "党政办公室" : "党政办公室（政务公开办）",
                Address = kind == BodyKind.Street ? $"重庆市巫溪县{name}{(code == "ninghe" ? "北门街" : "滨河北路")}{(order % 40) + 3}号" : $"重庆市巫溪县{name}场镇正街{(order % 30) + 1}号",
                Postcode = kind == BodyKind.Street ? "405800" : string.Create(CultureInfo.InvariantCulture, $"4058{(order % 90) + 10:D2}"),
                Telephone = Phone(serial),
                Email = $"{code}@cqwx.gov.cn",
                OfficeHours = OfficeHours,
                SortOrder = order++,
            };
            SetCodes(body, serial++);
            bodies.Add(body);
        }

        db.Bodies.AddRange(bodies);
        await db.SaveChangesAsync(ct);

        var byCode = await db.Bodies.ToDictionaryAsync(b => b.Code, b => b.Id, ct);
        await accounts.CreateAsync("admin", "县政府办 系统管理员", byCode["wuxi"], Password, [StaffRole.SystemAdmin], ct);
        await accounts.CreateAsync("jiandu", "县政府督查室 监督员", byCode["zfb"], Password, [StaffRole.Supervisor], ct);
        await accounts.CreateAsync("czj.admin", "县财政局 办公室主任", byCode["czj"], Password, [StaffRole.BodyAdmin], ct);
        await accounts.CreateAsync("czj.editor", "县财政局 信息员", byCode["czj"], Password, [StaffRole.Editor], ct);
        await accounts.CreateAsync("czj.reviewer", "县财政局 分管领导", byCode["czj"], Password, [StaffRole.Reviewer], ct);
        // Both review stages are on, and each needs its own person: the deputy clears confidentiality, the director approves.
        await accounts.CreateAsync("czj.leader", "县财政局 局长", byCode["czj"], Password, [StaffRole.Reviewer], ct);
        await accounts.CreateAsync("czj.officer", "县财政局 依申请公开经办人", byCode["czj"], Password, [StaffRole.DisclosureOfficer], ct);
        var zfbOfficer = await accounts.CreateAsync("zfb.officer", "县政府办 依申请公开经办人", byCode["zfb"], Password, [StaffRole.DisclosureOfficer], ct);

        // The office is the county government's disclosure office: it also handles applications addressed to the government.
        db.RoleGrants.Add(new RoleGrant { UserId = zfbOfficer.Id, BodyId = byCode["wuxi"], Role = StaffRole.DisclosureOfficer });
        await db.SaveChangesAsync(ct);
        await accounts.CreateAsync("ninghe.editor", "宁河街道 信息员", byCode["ninghe"], Password, [StaffRole.Editor], ct);
    }

    private const string OfficeHours = "周一至周五 上午9:00—12:00，下午14:30—17:30（法定节假日除外）";

    private static string Phone(int serial) => string.Create(CultureInfo.InvariantCulture, $"023-5152{(8100 + (serial * 37 % 900)):D4}");

    /// <summary>Organization code and the credit code that embeds it, both with valid check characters.</summary>
    private static void SetCodes(Body body, int serial)
    {
        var first8 = string.Create(CultureInfo.InvariantCulture, $"{00923000 + (serial * 7919 % 99000):D8}");
        var org = first8 + RegistrationCodes.OrganizationCheck(first8);
        var credit17 = "11" + DivisionCode + org;
        body.OrganizationCode = org;
        body.CreditCode = credit17 + RegistrationCodes.CreditCheck(credit17);
    }
}
