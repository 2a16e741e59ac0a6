using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages;

public sealed class LoginModel(SignInManager<StaffUser> signIn, IPasswordHasher<StaffUser> hasher, LoginThrottle throttle, GongkaiDb db, TimeProvider time) : PageModel
{
    /// <summary>
    /// A hash of a password nobody knows, made by the same hasher: an unknown user name is checked against it so
    /// that it costs as much as a wrong password for a real account and the answer time does not tell them apart.
    /// </summary>
    private static string? _dummyHash;

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

        var name = UserName.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(name, address) is { } wait)
        {
            // Refused before the password is looked at: a right password must not get through either, or the refusal would confirm it.
            await AuditAsync(name, address, "login-throttled");
            ModelState.AddModelError("", $"尝试过于频繁，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} 分钟后再试。忘记密码请联系本单位管理员重置。");
            return Page();
        }

        if (throttle.SlowDown(name) is { } pause && pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, time, HttpContext.RequestAborted);
        }

        var user = await signIn.UserManager.FindByNameAsync(name);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null)
        {
            _dummyHash ??= hasher.HashPassword(new StaffUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            hasher.VerifyHashedPassword(new StaffUser(), _dummyHash, Password);
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            // No lockout on wrong passwords: five guesses by anyone would keep the owner out (issue 12); the throttle slows guessing instead.
            result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        }

        if (result.Succeeded)
        {
            throttle.Succeeded(name, address);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        if (!result.IsLockedOut)
        {
            throttle.Failed(name, address);
        }

        // Written for known and unknown names alike, which also keeps the two equally slow.
        await AuditAsync(name, address, "login-failed");
        ModelState.AddModelError("", result.IsLockedOut
            ? "该账号已被锁定，请稍后再试，或联系本单位管理员重置密码。"
            : "用户名或密码不正确。");
        return Page();
    }

    private async Task AuditAsync(string name, string address, string action)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            At = time.GetUtcNow(),
            ActorId = null,
            ActorName = db.Actor.Name,
            EntityType = "Login",
            EntityId = name.Length > 100 ? name[..100] : name,
            Action = action,
            Changes = JsonSerializer.Serialize(new { address }, GongkaiDb.JsonOptions),
        });
        await db.SaveChangesAsync();
    }
}
