using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages;

public sealed class LogoutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/staff");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp voids every copy of the session cookie, not just the one this browser drops.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/staff/login");
    }
}
