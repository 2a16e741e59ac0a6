using Gongkai.Data;
using Gongkai.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary>One row of a staff file: roles by the names <c>users create --role</c> takes or their Chinese labels, separated by ; or |.</summary>
public sealed record StaffRow(string UserName, string? DisplayName, string? BodyCode, string? Roles);

public sealed record StaffReject(long Line, string Reason, string UserName);

public sealed record StaffImportResult(int Created, IReadOnlyList<string> Existing, IReadOnlyList<StaffReject> Rejected);

/// <summary>
/// Creates the accounts of a staff file, each with a generated password handed to <c>created</c> once.
/// Accounts that already exist are left exactly as they are (no new password, no role change), so the
/// file can be run again after its rejects are fixed.
/// </summary>
public sealed class StaffImporter(GongkaiDb db, StaffAccounts accounts)
{
    private static readonly char[] RoleSeparators = [';', '；', '|', '、', '，', ','];

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["user"] = ["用户名", "账号", "登录名", "username", "user_name"],
        ["name"] = ["姓名", "名称", "称呼", "display_name"],
        ["body"] = ["单位代码", "所属单位代码", "单位", "body_code"],
        ["roles"] = ["角色", "role"],
    };

    public static IEnumerable<(long Line, StaffRow? Row, string? Error)> ReadFile(string path)
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
                header = TableHeader.Parse(fields, Columns, "user", "body", "roles");
                if (header is null)
                {
                    yield return (line, null, "首行须为列名，至少包括 user（用户名）、body（单位代码）和 roles（角色）");
                    yield break;
                }

                continue;
            }

            yield return (line, new StaffRow(header.Get(fields, "user") ?? "", header.Get(fields, "name"), header.Get(fields, "body"), header.Get(fields, "roles")), null);
        }
    }

    public async Task<StaffImportResult> ImportAsync(IEnumerable<(long Line, StaffRow? Row, string? Error)> rows, Func<StaffUser, string, string, Task> created, CancellationToken ct = default)
    {
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Id, ct);
        var existingNames = (await db.Users.AsNoTracking().Select(u => u.NormalizedUserName!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var rejected = new List<StaffReject>();
        var existing = new List<string>();
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var (line, row, error) in rows)
        {
            if (row is null)
            {
                rejected.Add(new StaffReject(line, error ?? "无法读取该行", ""));
                continue;
            }

            var userName = row.UserName.Trim();
            if (userName.Length == 0)
            {
                rejected.Add(new StaffReject(line, "请填写用户名", ""));
                continue;
            }

            if (seen.TryGetValue(userName, out var first))
            {
                rejected.Add(new StaffReject(line, $"用户名在文件中重复（第 {first} 行已有）", userName));
                continue;
            }

            seen[userName] = line;
            if (existingNames.Contains(userName.ToUpperInvariant()))
            {
                existing.Add(userName);
                continue;
            }

            if (row.BodyCode is not { } code || !bodies.TryGetValue(code, out var bodyId))
            {
                rejected.Add(new StaffReject(line, row.BodyCode is null ? "请填写单位代码" : $"没有代码为“{row.BodyCode}”的单位", userName));
                continue;
            }

            var names = (row.Roles ?? "").Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var roles = names.Select(StaffAccounts.ParseRole).ToList();
            if (names.Length == 0 || roles.Any(r => r is null))
            {
                var bad = names.Where(n => StaffAccounts.ParseRole(n) is null).ToList();
                var choices = string.Join("、", Enum.GetValues<StaffRole>().Select(r => $"{r}（{Access.Label(r)}）"));
                rejected.Add(new StaffReject(line, (bad.Count == 0 ? "请填写角色" : $"角色“{string.Join("、", bad)}”无效") + $"，应为：{choices}，多个用 ; 或 | 分隔", userName));
                continue;
            }

            var password = StaffAccounts.NewPassword();
            try
            {
                var user = await accounts.CreateAsync(userName, row.DisplayName ?? userName, bodyId, password, roles.Select(r => r!.Value).ToList(), ct);
                await created(user, code, password);
                count++;
            }
            catch (StaffAccountException e)
            {
                db.ChangeTracker.Clear();
                rejected.Add(new StaffReject(line, e.Message.TrimEnd('。'), userName));
            }
        }

        return new StaffImportResult(count, existing, rejected);
    }
}
