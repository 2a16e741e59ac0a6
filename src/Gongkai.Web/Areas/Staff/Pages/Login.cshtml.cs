using System.ComponentModel.DataAnnotations;
using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages;

public sealed class LoginModel(SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入用户名。")]
    [StringLength(100, ErrorMessage = "用户名过长。")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码。")]
    [StringLength(200, ErrorMessage = "密码过长。")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "该账号因多次输入错误密码已被锁定，请 15 分钟后再试，或联系本单位管理员重置密码。"
            : "用户名或密码不正确。");
        return Page();
    }
}
