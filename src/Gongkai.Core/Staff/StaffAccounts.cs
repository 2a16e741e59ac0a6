using System.Security.Cryptography;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary>A staff-account operation that cannot be done; the message is for the user, in Chinese.</summary>
public sealed class StaffAccountException(string message) : Exception(message);

/// <summary>Creating staff accounts, resetting passwords and granting roles: used by the back office and by <c>gongkai users</c>.</summary>
public sealed class StaffAccounts(GongkaiDb db, UserManager<StaffUser> users)
{
    public async Task<StaffUser> CreateAsync(string userName, string displayName, int bodyId, string password, IReadOnlyCollection<StaffRole> roles, CancellationToken ct = default)
    {
        userName = userName.Trim();
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, ct))
        {
            throw new StaffAccountException("所选单位不存在。");
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            throw new StaffAccountException($"用户名“{userName}”已被使用。");
        }

        // Inside a caller's transaction (setting up the platform) the account is part of that one.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var user = new StaffUser { UserName = userName, DisplayName = displayName.Trim(), BodyId = bodyId, LockoutEnabled = true };
        Check(await users.CreateAsync(user, password));
        foreach (var role in roles.Distinct())
        {
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, BodyId = bodyId, Role = role });
        }

        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return user;
    }

    /// <summary>A random password that meets the platform's rules (10+ characters, a lowercase letter, a digit), without look-alikes.</summary>
    public static string NewPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        var chars = RandomNumberGenerator.GetItems<char>(letters + digits + "ABCDEFGHJKLMNPQRSTUVWXYZ", 10);
        return new string(chars) + RandomNumberGenerator.GetItems<char>(letters, 1)[0] + RandomNumberGenerator.GetItems<char>(digits, 1)[0];
    }

    /// <summary>A role by the name <c>users create --role</c> takes, or by its Chinese label.</summary>
    public static StaffRole? ParseRole(string s)
    {
        s = s.Trim();
        if (Enum.TryParse<StaffRole>(s, ignoreCase: true, out var role) && Enum.IsDefined(role) && !char.IsAsciiDigit(s[0]))
        {
            return role;
        }

        var label = Enum.GetValues<StaffRole>().Where(r => Access.Label(r) == s).Select(r => (StaffRole?)r).FirstOrDefault();
        return label ?? s switch
        {
            "管理员" or "系统管理" => StaffRole.SystemAdmin,
            "单位管理" => StaffRole.BodyAdmin,
            "编辑" or "信息员" => StaffRole.Editor,
            "审核" or "审核人" => StaffRole.Reviewer,
            "经办人" or "依申请公开" => StaffRole.DisclosureOfficer,
            "监督员" or "监督" => StaffRole.Supervisor,
            "窗口" or "窗口人员" or "窗口工作人员" => StaffRole.WindowClerk,
            _ => null,
        };
    }

    public async Task ResetPasswordAsync(StaffUser user, string newPassword)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, newPassword));
        // A reset also lifts a lock-out: the administrator has just vouched for the account.
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>Replaces the roles a user holds in one body.</summary>
    public async Task SetRolesAsync(StaffUser user, int bodyId, IReadOnlyCollection<StaffRole> roles, CancellationToken ct = default)
    {
        var current = await db.RoleGrants.Where(g => g.UserId == user.Id && g.BodyId == bodyId).ToListAsync(ct);
        db.RoleGrants.RemoveRange(current.Where(g => !roles.Contains(g.Role)));
        foreach (var role in roles.Distinct().Where(r => current.All(g => g.Role != r)))
        {
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, BodyId = bodyId, Role = role });
        }

        await db.SaveChangesAsync(ct);
    }

    public Task<List<RoleGrant>> GrantsAsync(string userId, CancellationToken ct = default) =>
        db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Id).ToListAsync(ct);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new StaffAccountException(string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Identity's messages in Chinese, for the ones staff can meet.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "操作失败，请重试。" };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "该账号已被他人修改，请刷新后重试。" };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "密码不正确。" };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "操作凭据已失效，请重试。" };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"用户名“{userName}”无效：只能使用字母、数字和 . _ - @。" };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用。" };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少需要 {length} 个字符。" };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码须包含数字。" };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "密码须包含小写字母。" };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "密码须包含大写字母。" };

    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "密码须包含符号（如 @ # !）。" };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"密码至少需要 {uniqueChars} 个不同的字符。" };
}
