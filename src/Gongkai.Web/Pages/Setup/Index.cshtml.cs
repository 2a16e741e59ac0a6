using System.ComponentModel.DataAnnotations;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Setup;

/// <summary>The browser's <c>gongkai setup</c>: reachable only with the token <c>serve</c> printed, and only until the county is set up.</summary>
public sealed class IndexModel(GongkaiDb db, SetupToken setupToken, PlatformSetup setup, AuditActor actor) : PageModel
{
    public sealed class SetupInput
    {
        [Required(ErrorMessage = "请填写县（市、区）名称。")]
        [StringLength(50, ErrorMessage = "县（市、区）名称不能超过 50 个字。")]
        public string County { get; set; } = "";

        [Required(ErrorMessage = "请填写县人民政府的单位代码。")]
        public string Code { get; set; } = "";

        public string? DivisionCode { get; set; }

        public string? CreditCode { get; set; }

        [Required(ErrorMessage = "请填写系统管理员的用户名。")]
        [StringLength(100, ErrorMessage = "用户名过长。")]
        public string AdminUserName { get; set; } = "";

        [StringLength(100, ErrorMessage = "姓名或称呼不能超过 100 个字。")]
        public string? AdminDisplayName { get; set; }

        [Required(ErrorMessage = "请填写密码。")]
        [StringLength(200, ErrorMessage = "密码过长。")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "请再次填写密码。")]
        public string ConfirmPassword { get; set; } = "";
    }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await OpenAsync())
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await OpenAsync())
        {
            return NotFound();
        }

        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", "两次填写的密码不一致。");
        }

        var input = new CountySetup
        {
            County = Input.County,
            Code = Input.Code,
            DivisionCode = Input.DivisionCode,
            CreditCode = Input.CreditCode,
            AdminUserName = Input.AdminUserName,
            AdminDisplayName = Input.AdminDisplayName,
            Password = Input.Password,
        };
        if (ModelState.IsValid && PlatformSetup.Problem(input) is { } problem)
        {
            ModelState.AddModelError("", problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        actor.Name = $"安装页面（{HttpContext.Connection.RemoteIpAddress}）";
        try
        {
            await setup.SetUpAsync(input, ct);
        }
        catch (Exception e) when (e is BodyException or StaffAccountException)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        setupToken.TrySpend(Token!);
        TempData["Notice"] = $"安装完成：已建立{PlatformSetup.GovernmentName(Input.County)}和系统管理员 {Input.AdminUserName.Trim()}。请用刚才设置的密码登录。";
        return Redirect("/staff/login");
    }

    private async Task<bool> OpenAsync()
    {
        // The address carries a secret: never kept by a browser cache or a proxy.
        Response.Headers.CacheControl = "no-store";
        return setupToken.Matches(Token) && !await PlatformSetup.IsSetUpAsync(db, HttpContext.RequestAborted);
    }
}
