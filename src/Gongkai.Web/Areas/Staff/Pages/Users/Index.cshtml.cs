using System.ComponentModel.DataAnnotations;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Users;

public sealed class IndexModel(GongkaiDb db, StaffContext staff, StaffAccounts accounts, TimeProvider time) : PageModel
{
    public sealed class NewUser
    {
        [Required(ErrorMessage = "请填写用户名。")]
        [StringLength(50, ErrorMessage = "用户名不能超过 50 个字符。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写姓名或称呼。")]
        [StringLength(100, ErrorMessage = "姓名不能超过 100 个字。")]
        public string DisplayName { get; set; } = "";

        public int BodyId { get; set; }

        public List<StaffRole> Roles { get; set; } = [];

        [Required(ErrorMessage = "请设置初始密码。")]
        [StringLength(200, ErrorMessage = "密码过长。")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public NewUser Input { get; set; } = new();

    public List<StaffUser> Users { get; private set; } = [];

    public List<Body> Bodies { get; private set; } = [];

    public List<StaffRole> GrantableRoles { get; private set; } = [];

    public bool IsLocked(StaffUser u) => u.LockoutEnd is { } end && end > time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageStaff))
        {
            return Forbid();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await staff.CanAsync(Privilege.ManageStaff, Input.BodyId))
        {
            return Forbid();
        }

        GrantableRoles = await GrantableRolesAsync(staff);
        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", "请至少选择一个角色。");
        }
        else if (Input.Roles.Any(r => !GrantableRoles.Contains(r)))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await accounts.CreateAsync(Input.UserName, Input.DisplayName, Input.BodyId, Input.Password, Input.Roles);
                TempData["Notice"] = $"已创建账号 {Input.UserName.Trim()}。";
                return Redirect("/staff/users");
            }
            catch (StaffAccountException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>County-wide roles are granted only by a system administrator.</summary>
    internal static async Task<List<StaffRole>> GrantableRolesAsync(StaffContext staff) =>
        await staff.CanAnywhereAsync(Privilege.ManageCalendar)
            ? Enum.GetValues<StaffRole>().ToList()
            : Enum.GetValues<StaffRole>().Where(r => !Access.IsCountyWide(r)).ToList();

    private async Task LoadAsync()
    {
        var bodies = await staff.BodiesWhereAsync(Privilege.ManageStaff);
        var users = db.Users.AsNoTracking().Include(u => u.Body).Include(u => u.Grants).ThenInclude(g => g.Body).AsQueryable();
        var bodyQuery = db.Bodies.AsNoTracking();
        if (bodies is not null)
        {
            users = users.Where(u => bodies.Contains(u.BodyId));
            bodyQuery = bodyQuery.Where(b => bodies.Contains(b.Id));
        }

        Users = await users.OrderBy(u => u.BodyId).ThenBy(u => u.UserName).ToListAsync();
        Bodies = await bodyQuery.OrderBy(b => b.ParentId != null).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        GrantableRoles = await GrantableRolesAsync(staff);
    }
}
