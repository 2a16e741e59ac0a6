using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bodies;

/// <summary>A body that cannot be added or changed as given; the message is for the user, in Chinese.</summary>
public sealed class BodyException(string message) : Exception(message);

/// <summary>A body as typed on the command line, in a form or in one row of an import file (parent by its code).</summary>
public sealed record BodySpec
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? ShortName { get; init; }

    public string? Kind { get; init; }

    public string? Level { get; init; }

    public string? ParentCode { get; init; }

    public string? CreditCode { get; init; }

    public string? OfficeName { get; init; }

    public string? Address { get; init; }

    public string? OfficeHours { get; init; }

    public string? Telephone { get; init; }

    public string? Fax { get; init; }

    public string? Email { get; init; }

    public string? Postcode { get; init; }
}

public sealed record BodyReject(long Line, string Reason, string Code, string Name);

public sealed record BodyImportResult(int Added, int Updated, int Unchanged, IReadOnlyList<BodyReject> Rejected);

/// <summary>
/// Adding, changing and importing the county's bodies below its people's government (the root, which only
/// <see cref="Staff.PlatformSetup"/> creates). Every body hangs under a parent, so the tree stays one tree.
/// </summary>
public sealed partial class BodyRegistry(GongkaiDb db)
{
    public const int MaxCodeLength = 30;

    /// <summary>Codes are part of addresses (/bodies/czj) and command lines: short lowercase ASCII.</summary>
    public static string? CodeProblem(string code) =>
        code.Length == 0 ? "请填写单位代码。"
        : code.Length > MaxCodeLength || !CodePattern().IsMatch(code) ? $"单位代码“{code}”无效：只能用小写英文字母、数字和连字符，以字母开头，不超过 {MaxCodeLength} 个字符（如 czj）。"
        : null;

    public static BodyKind? ParseKind(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        s = s.Trim();
        if (Enum.TryParse<BodyKind>(s, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsAsciiDigit(s[0]))
        {
            return kind;
        }

        return s switch
        {
            "人民政府" or "县人民政府" or "政府" => BodyKind.Government,
            "政府工作部门" or "工作部门" or "部门" or "县级部门" or "政府部门" => BodyKind.Department,
            "乡镇人民政府" or "乡镇" or "乡" or "镇" or "乡镇政府" => BodyKind.Township,
            "街道办事处" or "街道" or "街道办" => BodyKind.Street,
            "村民委员会" or "村委会" or "村" => BodyKind.VillageCommittee,
            "居民委员会" or "居委会" or "社区" or "社区居委会" => BodyKind.ResidentsCommittee,
            _ => null,
        };
    }

    public static BodyLevel? ParseLevel(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        s = s.Trim();
        if (Enum.TryParse<BodyLevel>(s, ignoreCase: true, out var level) && Enum.IsDefined(level) && !char.IsAsciiDigit(s[0]))
        {
            return level;
        }

        return s switch
        {
            "县级" or "县" or "县（区）级" => BodyLevel.County,
            "乡镇级" or "乡镇（街道）级" or "乡镇" or "乡镇街道级" => BodyLevel.Township,
            "村级" or "村（社区）级" or "村" or "村社区级" => BodyLevel.Village,
            _ => null,
        };
    }

    public static BodyLevel DefaultLevel(BodyKind kind) => kind switch
    {
        BodyKind.Township or BodyKind.Street => BodyLevel.Township,
        BodyKind.VillageCommittee or BodyKind.ResidentsCommittee => BodyLevel.Village,
        _ => BodyLevel.County,
    };

    public static string KindChoices => string.Join("、", Enum.GetValues<BodyKind>().Where(k => k != BodyKind.Government).Select(k => $"{k.ToString().ToLowerInvariant()}（{Body.KindLabel(k)}）"));

    public Task<List<Body>> ListAsync(CancellationToken ct = default) =>
        db.Bodies.AsNoTracking().OrderBy(b => b.ParentId != null).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);

    /// <summary>Adds one body under an existing parent.</summary>
    public async Task<Body> AddAsync(BodySpec spec, CancellationToken ct = default)
    {
        var existing = await db.Bodies.ToListAsync(ct);
        var (body, problem) = Build(spec, null, existing);
        if (problem is not null)
        {
            throw new BodyException(problem);
        }

        body!.SortOrder = existing.Count == 0 ? 0 : existing.Max(b => b.SortOrder) + 1;
        db.Bodies.Add(body);
        await db.SaveChangesAsync(ct);
        return body;
    }

    /// <summary>
    /// Adds the rows whose code is new, updates those whose code exists and whose fields differ, and leaves
    /// identical ones alone, so the same file can be run again after fixing its rejects. A parent may come
    /// later in the file than its children. Everything accepted is saved in one transaction.
    /// </summary>
    public async Task<BodyImportResult> ImportAsync(IEnumerable<(long Line, BodySpec? Spec, string? Error)> rows, CancellationToken ct = default)
    {
        var existing = await db.Bodies.ToListAsync(ct);
        var rejected = new List<BodyReject>();
        var pending = new List<(long Line, BodySpec Spec)>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (line, spec, error) in rows)
        {
            if (spec is null)
            {
                rejected.Add(new BodyReject(line, error ?? "无法读取该行", "", ""));
                continue;
            }

            if (seen.TryGetValue(spec.Code, out var first))
            {
                rejected.Add(new BodyReject(line, $"单位代码“{spec.Code}”在文件中重复（第 {first} 行已有）", spec.Code, spec.Name));
                continue;
            }

            seen[spec.Code] = line;
            pending.Add((line, spec));
        }

        int added = 0, updated = 0, unchanged = 0;
        var order = existing.Count == 0 ? 0 : existing.Max(b => b.SortOrder);
        // Rows are taken in passes: each pass places those whose parent is already known, until none moves.
        while (pending.Count > 0)
        {
            var next = new List<(long, BodySpec)>();
            var moved = false;
            foreach (var (line, spec) in pending)
            {
                var parentCode = spec.ParentCode?.Trim();
                if (parentCode is { Length: > 0 } && existing.All(b => b.Code != parentCode) && pending.Any(p => p.Spec.Code == parentCode && !ReferenceEquals(p.Spec, spec)))
                {
                    next.Add((line, spec));
                    continue;
                }

                moved = true;
                var current = existing.FirstOrDefault(b => b.Code == spec.Code);
                var (body, problem) = Build(spec, current, existing);
                if (problem is not null)
                {
                    rejected.Add(new BodyReject(line, problem, spec.Code, spec.Name));
                    continue;
                }

                if (current is null)
                {
                    body!.SortOrder = ++order;
                    db.Bodies.Add(body);
                    existing.Add(body);
                    added++;
                }
                else if (db.Entry(current).Properties.Any(p => p.IsModified) || db.Entry(current).References.Any(r => r.IsModified))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }

            if (!moved)
            {
                // What is left waits for a parent that is itself waiting: a loop in the file.
                rejected.AddRange(next.Select(n => new BodyReject(n.Item1, $"上级单位代码“{n.Item2.ParentCode}”与本行构成循环，无法确定上下级", n.Item2.Code, n.Item2.Name)));
                break;
            }

            pending = next;
        }

        await db.SaveChangesAsync(ct);
        return new BodyImportResult(added, updated, unchanged, rejected.OrderBy(r => r.Line).ToList());
    }

    /// <summary>
    /// A new body from <paramref name="spec"/>, or <paramref name="current"/> with the spec applied (tracked,
    /// so EF knows what changed); or the reason it cannot be.
    /// </summary>
    private static (Body? Body, string? Problem) Build(BodySpec spec, Body? current, List<Body> all)
    {
        var code = spec.Code.Trim();
        var name = spec.Name.Trim();
        if (CodeProblem(code) is { } codeProblem)
        {
            return (null, codeProblem);
        }

        if (name.Length == 0 || name.Length > 200)
        {
            return (null, name.Length == 0 ? "请填写单位名称" : "单位名称不能超过 200 个字");
        }

        var isRoot = current is { ParentId: null } && current.Id != 0 && current.Kind == BodyKind.Government && string.IsNullOrWhiteSpace(spec.ParentCode);
        Body? parent = null;
        if (!isRoot)
        {
            var parentCode = spec.ParentCode?.Trim();
            if (string.IsNullOrEmpty(parentCode))
            {
                return (null, "请填写上级单位代码（县人民政府的代码，或所属乡镇、街道的代码）");
            }

            parent = all.FirstOrDefault(b => b.Code == parentCode);
            if (parent is null)
            {
                return (null, $"上级单位代码“{parentCode}”不存在");
            }

            // Every body is tracked, so Parent is set on saved and new ones alike.
            for (var p = parent; p is not null; p = p.Parent)
            {
                if (p.Code == code)
                {
                    return (null, "上级单位不能是本单位或其下级单位");
                }
            }
        }

        BodyKind kind;
        if (spec.Kind is null && current is not null)
        {
            kind = current.Kind;
        }
        else if (ParseKind(spec.Kind) is { } k)
        {
            kind = k;
        }
        else
        {
            return (null, spec.Kind is null ? $"请填写单位类型：{KindChoices}" : $"单位类型“{spec.Kind}”无效，应为：{KindChoices}");
        }

        if (kind == BodyKind.Government && !isRoot)
        {
            return (null, "类型“人民政府”只用于县人民政府本身；乡镇人民政府的类型为 township（乡镇人民政府）");
        }

        var level = spec.Level is null ? current?.Level ?? DefaultLevel(kind) : ParseLevel(spec.Level);
        if (level is null)
        {
            return (null, $"层级“{spec.Level}”无效，应为 county（县级）、township（乡镇（街道）级）或 village（村（社区）级）");
        }

        var credit = Clean(spec.CreditCode)?.ToUpperInvariant();
        if (credit is not null && !RegistrationCodes.IsValidCreditCode(credit))
        {
            return (null, $"统一社会信用代码“{credit}”不正确（应为 18 位，末位校验码须与前 17 位相符）");
        }

        if (credit is not null && all.FirstOrDefault(b => b.CreditCode == credit && b.Code != code) is { } sameCredit)
        {
            return (null, $"统一社会信用代码与单位“{sameCredit.Name}”（{sameCredit.Code}）相同");
        }

        if (all.FirstOrDefault(b => b.Name == name && b.Code != code) is { } sameName)
        {
            return (null, $"单位名称与已有单位“{sameName.Code}”相同");
        }

        if (FieldProblem(spec) is { } fieldProblem)
        {
            return (null, fieldProblem);
        }

        var body = current ?? new Body { Code = code };
        body.Name = name;
        body.ShortName = Clean(spec.ShortName) ?? (current is null ? name : current.ShortName);
        body.Kind = kind;
        body.Level = level.Value;
        if (!isRoot && !ReferenceEquals(body.Parent, parent))
        {
            body.Parent = parent;
        }

        body.CreditCode = credit ?? current?.CreditCode;
        body.OrganizationCode = credit is null ? current?.OrganizationCode : RegistrationCodes.OrganizationCodeFromCredit(credit);
        body.OfficeName = Clean(spec.OfficeName) ?? current?.OfficeName;
        body.Address = Clean(spec.Address) ?? current?.Address;
        body.OfficeHours = Clean(spec.OfficeHours) ?? current?.OfficeHours;
        body.Telephone = Clean(spec.Telephone) ?? current?.Telephone;
        body.Fax = Clean(spec.Fax) ?? current?.Fax;
        body.Email = Clean(spec.Email) ?? current?.Email;
        body.Postcode = Clean(spec.Postcode) ?? current?.Postcode;
        return (body, null);
    }

    /// <summary>The same limits as the body form in the back office.</summary>
    public static string? FieldProblem(BodySpec spec)
    {
        if (Clean(spec.ShortName) is { Length: > 100 })
        {
            return "单位简称不能超过 100 个字";
        }

        if (Clean(spec.Postcode) is { } postcode && !PostcodePattern().IsMatch(postcode))
        {
            return $"邮政编码“{postcode}”应为 6 位数字";
        }

        foreach (var (label, value) in new[] { ("联系电话", spec.Telephone), ("传真号码", spec.Fax) })
        {
            if (Clean(value) is { } phone && !PhonePattern().IsMatch(phone))
            {
                return $"{label}“{phone}”只能包含数字、连字符和括号";
            }
        }

        if (Clean(spec.Email) is { } email && (email.Length > 100 || !EmailPattern().IsMatch(email)))
        {
            return $"电子邮箱“{email}”格式不正确";
        }

        foreach (var (label, value) in new[] { ("工作机构名称", spec.OfficeName), ("办公地址", spec.Address), ("办公时间", spec.OfficeHours) })
        {
            if (Clean(value) is { Length: > 200 })
            {
                return $"{label}不能超过 200 个字";
            }
        }

        return null;
    }

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["code"] = ["代码", "单位代码", "编码"],
        ["name"] = ["名称", "单位名称", "全称", "单位全称"],
        ["short_name"] = ["简称", "单位简称", "shortname"],
        ["kind"] = ["类型", "单位类型", "类别"],
        ["level"] = ["层级", "级别"],
        ["parent"] = ["上级代码", "上级单位代码", "parent_code", "上级"],
        ["credit_code"] = ["统一社会信用代码", "信用代码"],
        ["office_name"] = ["工作机构", "工作机构名称", "公开工作机构", "office"],
        ["address"] = ["办公地址", "地址", "office_address"],
        ["office_hours"] = ["办公时间", "hours"],
        ["telephone"] = ["联系电话", "电话", "phone", "tel"],
        ["fax"] = ["传真"],
        ["email"] = ["电子邮箱", "邮箱", "e-mail", "电子邮件"],
        ["postcode"] = ["邮政编码", "邮编", "postal_code"],
    };

    /// <summary>The rows of a bodies file (CSV in UTF-8 or GB18030, or .xlsx), header names in English or Chinese.</summary>
    public static IEnumerable<(long Line, BodySpec? Spec, string? Error)> ReadFile(string path)
    {
        TableHeader? header = null;
        foreach (var (line, fields, error) in TableFile.Read(path))
        {
            if (fields is null)
            {
                yield return (line, null, error);
                continue;
            }

            if (header is null)
            {
                header = TableHeader.Parse(fields, Columns, "code", "name");
                if (header is null)
                {
                    yield return (line, null, "首行须为列名，至少包括 code（代码）和 name（名称）");
                    yield break;
                }

                continue;
            }

            string? Get(string column) => header.Get(fields, column);
            yield return (line, new BodySpec
            {
                Code = Get("code") ?? "",
                Name = Get("name") ?? "",
                ShortName = Get("short_name"),
                Kind = Get("kind"),
                Level = Get("level"),
                ParentCode = Get("parent"),
                CreditCode = Get("credit_code"),
                OfficeName = Get("office_name"),
                Address = Get("address"),
                OfficeHours = Get("office_hours"),
                Telephone = Get("telephone"),
                Fax = Get("fax"),
                Email = Get("email"),
                Postcode = Get("postcode"),
            }, null);
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^[0-9\-\s()（）转,，]{5,40}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
