using System.Globalization;
using System.Text.Json.Serialization;
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

    // Read from the file the demo catalog reads (Demo/Data/units.json), so the bodies and their items cannot drift apart.
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
    private sealed record Unit(string Code, string Name, string Short, string Address, string Phone);

    private sealed record Township(string Code, string Name);

    private static readonly Unit[] County = DemoData.Table<Unit[]>(DemoData.Units, "County");

    private static readonly Township[] Townships = DemoData.Table<Township[]>(DemoData.Units, "TownshipNames");

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
        var government = County.Single(u => u.Code == "wuxi");
        var county = new Body
        {
            Code = government.Code,
            Name = government.Name,
            ShortName = government.Short,
            Kind = BodyKind.Government,
            Level = BodyLevel.County,
            OfficeName = "巫溪县电子政务服务中心（县政府信息公开办公室）",
            Address = "重庆市巫溪县" + government.Address,
            Postcode = "405800",
            Telephone = government.Phone,
            Fax = "023-51528017",
            Email = "xxgk@cqwx.gov.cn",
            OfficeHours = OfficeHours,
        };
        SetCodes(county, 0);
        db.Bodies.Add(county);
        await db.SaveChangesAsync(ct);

        var serial = 1;
        var bodies = new List<Body>();
        foreach (var (code, name, shortName, street, phone) in County.Where(u => u.Code != government.Code))
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
                Telephone = phone,
                Fax = Phone(serial + 500),
                Email = $"{code}@cqwx.gov.cn",
                OfficeHours = OfficeHours,
                SortOrder = serial,
            };
            SetCodes(body, serial++);
            bodies.Add(body);
        }

        var order = 100;
        foreach (var (code, name) in Townships)
        {
            var kind = name.EndsWith("街道", StringComparison.Ordinal) ? BodyKind.Street : BodyKind.Township;
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
