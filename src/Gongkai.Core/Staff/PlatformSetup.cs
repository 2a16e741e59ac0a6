using System.Text.RegularExpressions;
using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary>What a county gives when the platform is installed for it (<c>gongkai setup</c> or the one-time /setup page).</summary>
public sealed record CountySetup
{
    /// <summary>The county's name, e.g. 巫溪县; the root body is its people's government, 巫溪县人民政府.</summary>
    public string County { get; init; } = "";

    public string Code { get; init; } = "";

    /// <summary>The county's administrative division code (行政区划代码), e.g. 500238.</summary>
    public string? DivisionCode { get; init; }

    public string? CreditCode { get; init; }

    public string AdminUserName { get; init; } = "";

    public string? AdminDisplayName { get; init; }

    public string Password { get; init; } = "";

    public string? OfficeName { get; init; }

    public string? Address { get; init; }

    public string? Telephone { get; init; }

    public string? Postcode { get; init; }

    public string? Email { get; init; }
}

/// <summary>
/// Installs the platform for one county on an empty database: the county people's government as the root
/// of the body tree, and the first system administrator, in one transaction. Everything else a county
/// needs before it takes applications (the key for applicants' ID numbers, data-protection keys, default
/// settings) is created on first use, exactly as for the demo county.
/// </summary>
public sealed partial class PlatformSetup(GongkaiDb db, StaffAccounts accounts)
{
    /// <summary>The division code has no column on the body: it is a county-wide setting.</summary>
    public const string DivisionSetting = "county.division_code";

    /// <summary>Set up once a root body or a system administrator exists; the demo county counts.</summary>
    public static async Task<bool> IsSetUpAsync(GongkaiDb db, CancellationToken ct = default) =>
        await db.RoleGrants.AnyAsync(g => g.Role == StaffRole.SystemAdmin, ct) || await db.Bodies.AnyAsync(b => b.ParentId == null, ct);

    /// <summary>"巫溪县" and "巫溪县人民政府" both name the same county.</summary>
    public static string GovernmentName(string county)
    {
        county = county.Trim();
        return county.EndsWith("人民政府", StringComparison.Ordinal) ? county : county + "人民政府";
    }

    /// <summary>The reason the input cannot be used, or null; checked before anything is written.</summary>
    public static string? Problem(CountySetup input)
    {
        var county = input.County.Trim();
        if (county.Length < 2 || county.Length > 50)
        {
            return "请填写县（市、区）名称，如 巫溪县（2 到 50 个字）。";
        }

        if (BodyRegistry.CodeProblem(input.Code.Trim()) is { } code)
        {
            return code;
        }

        var division = Clean(input.DivisionCode);
        if (division is not null && !DivisionPattern().IsMatch(division))
        {
            return $"行政区划代码“{division}”应为 6 位数字，如 500238。";
        }

        var credit = Clean(input.CreditCode)?.ToUpperInvariant();
        if (credit is not null && !RegistrationCodes.IsValidCreditCode(credit))
        {
            return $"统一社会信用代码“{credit}”不正确（应为 18 位，末位校验码须与前 17 位相符）。";
        }

        if (credit is not null && division is not null && credit.Substring(2, 6) != division)
        {
            return $"统一社会信用代码第 3 至 8 位（登记管理机关行政区划码）应为行政区划代码 {division}。";
        }

        if (string.IsNullOrWhiteSpace(input.AdminUserName))
        {
            return "请填写系统管理员的用户名。";
        }

        return BodyRegistry.FieldProblem(new BodySpec { Telephone = input.Telephone, Postcode = input.Postcode, Email = input.Email, OfficeName = input.OfficeName, Address = input.Address }) is { } field
            ? field + "。"
            : null;
    }

    public async Task<(Body County, StaffUser Admin)> SetUpAsync(CountySetup input, CancellationToken ct = default)
    {
        if (await IsSetUpAsync(db, ct))
        {
            var root = await db.Bodies.AsNoTracking().Where(b => b.ParentId == null).OrderBy(b => b.Id).Select(b => b.Name).FirstOrDefaultAsync(ct);
            throw new BodyException($"平台已经安装过（{(root is null ? "已有系统管理员" : "县人民政府为“" + root + "”")}），不能再次安装；增加单位请用 gongkai bodies add，增加账号请用 gongkai users create。");
        }

        if (Problem(input) is { } problem)
        {
            throw new BodyException(problem);
        }

        var credit = Clean(input.CreditCode)?.ToUpperInvariant();
        var name = GovernmentName(input.County);
        var county = new Body
        {
            Code = input.Code.Trim(),
            Name = name,
            ShortName = ShortName(name),
            Kind = BodyKind.Government,
            Level = BodyLevel.County,
            CreditCode = credit,
            OrganizationCode = credit is null ? null : RegistrationCodes.OrganizationCodeFromCredit(credit),
            OfficeName = Clean(input.OfficeName) ?? $"{name}办公室（政府信息公开工作机构）",
            Address = Clean(input.Address),
            Telephone = Clean(input.Telephone),
            Postcode = Clean(input.Postcode),
            Email = Clean(input.Email),
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Bodies.Add(county);
            if (Clean(input.DivisionCode) is { } division)
            {
                db.Settings.Add(new Setting { Key = DivisionSetting, Value = division });
            }

            await db.SaveChangesAsync(ct);
            var admin = await accounts.CreateAsync(input.AdminUserName.Trim(), Clean(input.AdminDisplayName) ?? "系统管理员", county.Id, input.Password, [StaffRole.SystemAdmin], ct);
            await tx.CommitAsync(ct);
            return (county, admin);
        }
        catch
        {
            // Nothing half-written stays behind, not even in this unit of work's change tracker.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>巫溪县人民政府 → 县政府, 万州区人民政府 → 区政府.</summary>
    private static string ShortName(string government)
    {
        var county = government[..^4];
        return county.Length > 0 && "县区市旗".Contains(county[^1], StringComparison.Ordinal) ? county[^1] + "政府" : government;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex DivisionPattern();
}
