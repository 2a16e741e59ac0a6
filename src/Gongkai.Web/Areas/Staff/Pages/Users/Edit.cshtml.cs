using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Users;

public sealed class EditModel(GongkaiDb db, StaffContext staff, StaffAccounts accounts, TimeProvider time) : PageModel
{
    public StaffUser Account { get; private set; } = null!;

    public List<StaffRole> Current { get; private set; } = [];

    public List<StaffRole> GrantableRoles { get; private set; } = [];

    public bool Locked => Account.LockoutEnd is { } end && end > time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostRolesAsync(string id, List<StaffRole> roles)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        // Roles the editor may not grant are kept as they are, never silently dropped.
        var kept = Current.Where(r => !GrantableRoles.Contains(r));
        var requested = roles.Where(GrantableRoles.Contains).Concat(kept).Distinct().ToList();
        if (roles.Any(r => !GrantableRoles.Contains(r)))
        {
            return Forbid();
        }

        await accounts.SetRolesAsync(Account, Account.BodyId, requested);
        TempData["Notice"] = "角色已保存。";
        return Redirect($"/staff/users/{id}");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string id, string? newPassword)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            ModelState.AddModelError("", "请填写新密码。");
            return Page();
        }

        try
        {
            var tracked = await db.Users.SingleAsync(u => u.Id == id);
            await accounts.ResetPasswordAsync(tracked, newPassword);
        }
        catch (StaffAccountException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        TempData["Notice"] = "密码已重置，账号已解除锁定。";
        return Redirect($"/staff/users/{id}");
    }

    /// <summary>Loads the account and checks the caller manages its body; returns the response to send instead, if any.</summary>
    private async Task<IActionResult?> LoadAsync(string id)
    {
        var account = await db.Users.AsNoTracking().Include(u => u.Body).SingleOrDefaultAsync(u => u.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id).ToListAsync();
        if (!await staff.CanAsync(Privilege.ManageStaff, account.BodyId) || !Access.CanManageAccount([.. await staff.GrantsAsync()], grants))
        {
            return Forbid();
        }

        Account = account;
        Current = grants.Where(g => g.BodyId == account.BodyId).Select(g => g.Role).ToList();
        GrantableRoles = await IndexModel.GrantableRolesAsync(staff);
        return null;
    }
}
