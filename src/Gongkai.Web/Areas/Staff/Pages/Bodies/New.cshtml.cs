using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Bodies;

/// <summary>Adding a body to the county's tree: the system administrator's job, as <c>gongkai bodies add</c> is.</summary>
public sealed class NewModel(GongkaiDb db, StaffContext staff, BodyRegistry registry) : PageModel
{
    public sealed class NewBodyInput
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public string? ShortName { get; set; }

        public string Kind { get; set; } = nameof(BodyKind.Department);

        public string? Level { get; set; }

        public string? Parent { get; set; }

        public string? CreditCode { get; set; }

        public string? OfficeName { get; set; }

        public string? Address { get; set; }

        public string? OfficeHours { get; set; }

        public string? Telephone { get; set; }

        public string? Fax { get; set; }

        public string? Email { get; set; }

        public string? Postcode { get; set; }
    }

    [BindProperty]
    public NewBodyInput Input { get; set; } = new();

    public List<Body> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await IsSystemAdminAsync())
        {
            return Forbid();
        }

        await LoadAsync();
        Input.Parent = Parents.FirstOrDefault()?.Code;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await IsSystemAdminAsync())
        {
            return Forbid();
        }

        try
        {
            var body = await registry.AddAsync(new BodySpec
            {
                Code = Input.Code ?? "",
                Name = Input.Name ?? "",
                ShortName = Input.ShortName,
                Kind = Input.Kind,
                Level = Input.Level,
                ParentCode = Input.Parent,
                CreditCode = Input.CreditCode,
                OfficeName = Input.OfficeName,
                Address = Input.Address,
                OfficeHours = Input.OfficeHours,
                Telephone = Input.Telephone,
                Fax = Input.Fax,
                Email = Input.Email,
                Postcode = Input.Postcode,
            }, ct);
            TempData["Notice"] = $"已增加单位 {body.Name}。";
            return Redirect($"/staff/bodies/{body.Id}");
        }
        catch (BodyException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", e.Message.TrimEnd('。') + "。");
            await LoadAsync();
            return Page();
        }
    }

    private async Task<bool> IsSystemAdminAsync() => (await staff.GrantsAsync()).Any(g => g.Role == StaffRole.SystemAdmin);

    /// <summary>Villages hang under townships and streets; everything else under the county government.</summary>
    private async Task LoadAsync() =>
        Parents = await db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village).OrderBy(b => b.ParentId != null).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
}
