using System.ComponentModel.DataAnnotations;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Bodies;

public sealed class EditModel(GongkaiDb db, StaffContext staff) : PageModel
{
    public sealed class BodyInput
    {
        public int Revision { get; set; }

        [Required(ErrorMessage = "请填写单位全称。")]
        [StringLength(200, ErrorMessage = "单位全称不能超过 200 个字。")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "请填写单位简称。")]
        [StringLength(100, ErrorMessage = "单位简称不能超过 100 个字。")]
        public string ShortName { get; set; } = "";

        public string? OrganizationCode { get; set; }

        public string? CreditCode { get; set; }

        [StringLength(200, ErrorMessage = "工作机构名称不能超过 200 个字。")]
        public string? OfficeName { get; set; }

        [StringLength(200, ErrorMessage = "办公地址不能超过 200 个字。")]
        public string? Address { get; set; }

        [RegularExpression(@"^\d{6}$", ErrorMessage = "邮政编码应为 6 位数字。")]
        public string? Postcode { get; set; }

        [StringLength(200, ErrorMessage = "办公时间不能超过 200 个字。")]
        public string? OfficeHours { get; set; }

        [RegularExpression(@"^[0-9\-\s()（）转,，]{5,40}$", ErrorMessage = "联系电话只能包含数字、连字符和括号。")]
        public string? Telephone { get; set; }

        [RegularExpression(@"^[0-9\-\s()（）转,，]{5,40}$", ErrorMessage = "传真号码只能包含数字、连字符和括号。")]
        public string? Fax { get; set; }

        public bool RequiresConfidentialityReview { get; set; }

        public bool RequiresContentReview { get; set; }

        /// <summary>
        /// Set by the form that shows the two review checkboxes (system administrators only): without it the
        /// stages are left as they are, so a form that never showed them cannot switch review off by omission.
        /// </summary>
        public bool ReviewStagesShown { get; set; }

        [StringLength(60, ErrorMessage = "索引号规则不能超过 60 个字符。")]
        public string? IndexPattern { get; set; }

        /// <summary>Place in the tree: only the system administrator moves a body or changes its kind; the root stays the root.</summary>
        public string? Kind { get; set; }

        public string? Level { get; set; }

        public int? ParentId { get; set; }

        [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
        [StringLength(100, ErrorMessage = "电子邮箱不能超过 100 个字符。")]
        public string? Email { get; set; }
    }

    [BindProperty]
    public BodyInput Input { get; set; } = new();

    public Body Body { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>Only system administrators switch review stages on or off.</summary>
    public bool CanSetReviewStages { get; private set; }

    public List<AuditEvent>? History { get; private set; }

    /// <summary>Other bodies this one may be moved under; empty when the user may not move it.</summary>
    public List<Body> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
        if (body is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.ViewBody, id))
        {
            return Forbid();
        }

        Input = new BodyInput
        {
            Revision = body.Revision,
            Name = body.Name,
            ShortName = body.ShortName,
            OrganizationCode = body.OrganizationCode,
            CreditCode = body.CreditCode,
            OfficeName = body.OfficeName,
            Address = body.Address,
            Postcode = body.Postcode,
            OfficeHours = body.OfficeHours,
            Telephone = body.Telephone,
            Fax = body.Fax,
            Email = body.Email,
            RequiresConfidentialityReview = body.RequiresConfidentialityReview,
            RequiresContentReview = body.RequiresContentReview,
            IndexPattern = body.IndexPattern,
            Kind = body.Kind.ToString(),
            Level = body.Level.ToString(),
            ParentId = body.ParentId,
        };
        await LoadAsync(body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == id);
        if (body is null)
        {
            return NotFound();
        }

        if (!await staff.CanAsync(Privilege.ManageBody, id))
        {
            return Forbid();
        }

        var org = Normalize(Input.OrganizationCode)?.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        var credit = Normalize(Input.CreditCode)?.ToUpperInvariant();
        if (org is not null && !RegistrationCodes.IsValidOrganizationCode(org))
        {
            ModelState.AddModelError("Input.OrganizationCode", "组织机构代码不正确（应为 9 位，末位校验码须与前 8 位相符）。");
        }

        if (credit is not null && !RegistrationCodes.IsValidCreditCode(credit))
        {
            ModelState.AddModelError("Input.CreditCode", "统一社会信用代码不正确（应为 18 位，末位校验码须与前 17 位相符）。");
        }

        var pattern = Normalize(Input.IndexPattern);
        if (pattern is not null && Gongkai.Catalog.IndexNumbers.Problem(pattern) is { } problem)
        {
            ModelState.AddModelError("Input.IndexPattern", problem);
        }

        var placement = await PlacementAsync(body);
        var changesStages = Input.ReviewStagesShown
            && (Input.RequiresConfidentialityReview != body.RequiresConfidentialityReview || Input.RequiresContentReview != body.RequiresContentReview);
        if (changesStages && !await IsSystemAdminAsync())
        {
            // Switching a stage off lets one person publish alone: a county-wide decision (issue 12), recorded in the body's history.
            ModelState.AddModelError("", "只有系统管理员可以开启或关闭预先审核环节（保密审查、内容审核）；如需调整，请联系系统管理员。");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(body);
            return Page();
        }

        if (placement is { } p)
        {
            (body.Kind, body.Level, body.ParentId) = p;
        }

        db.Entry(body).Property(b => b.Revision).OriginalValue = Input.Revision;
        body.Name = Input.Name.Trim();
        body.ShortName = Input.ShortName.Trim();
        body.OrganizationCode = org;
        body.CreditCode = credit;
        body.OfficeName = Normalize(Input.OfficeName);
        body.Address = Normalize(Input.Address);
        body.Postcode = Normalize(Input.Postcode);
        body.OfficeHours = Normalize(Input.OfficeHours);
        body.Telephone = Normalize(Input.Telephone);
        body.Fax = Normalize(Input.Fax);
        body.Email = Normalize(Input.Email);
        if (changesStages)
        {
            body.RequiresConfidentialityReview = Input.RequiresConfidentialityReview;
            body.RequiresContentReview = Input.RequiresContentReview;
        }

        body.IndexPattern = pattern;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "保存失败：该单位信息已被他人修改。请复制您填写的内容，刷新页面后重新修改。");
            await LoadAsync(body);
            return Page();
        }

        TempData["Notice"] = "单位信息已保存。";
        return Redirect($"/staff/bodies/{id}");
    }

    /// <summary>The kind, level and parent posted by a system administrator for a body below the root, checked; null when not posted or not allowed.</summary>
    private async Task<(BodyKind, BodyLevel, int)?> PlacementAsync(Body body)
    {
        if (body.ParentId is null || Input.ParentId is null || !await IsSystemAdminAsync())
        {
            return null;
        }

        var kind = BodyRegistry.ParseKind(Input.Kind);
        if (kind is null or BodyKind.Government)
        {
            ModelState.AddModelError("Input.Kind", "请选择单位类型（人民政府只用于县人民政府本身）。");
        }

        var level = BodyRegistry.ParseLevel(Input.Level);
        if (level is null)
        {
            ModelState.AddModelError("Input.Level", "请选择层级。");
        }

        var parents = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ParentId);
        if (!parents.ContainsKey(Input.ParentId.Value))
        {
            ModelState.AddModelError("Input.ParentId", "所选上级单位不存在。");
            return null;
        }

        for (int? p = Input.ParentId; p is { } id; p = parents[id])
        {
            if (id == body.Id)
            {
                ModelState.AddModelError("Input.ParentId", "上级单位不能是本单位或其下级单位。");
                return null;
            }
        }

        return kind is null || level is null ? null : (kind.Value, level.Value, Input.ParentId.Value);
    }

    private async Task<bool> IsSystemAdminAsync() => (await staff.GrantsAsync()).Any(g => g.Role == StaffRole.SystemAdmin);

    private async Task LoadAsync(Body body)
    {
        Body = body;
        CanManage = await staff.CanAsync(Privilege.ManageBody, body.Id);
        CanSetReviewStages = CanManage && await IsSystemAdminAsync();
        if (body.ParentId is not null && await IsSystemAdminAsync())
        {
            Parents = await db.Bodies.AsNoTracking().Where(b => b.Id != body.Id && b.Level != BodyLevel.Village)
                .OrderBy(b => b.ParentId != null).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        }

        if (await staff.CanAsync(Privilege.ViewAudit, body.Id))
        {
            var key = body.AuditKey;
            History = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == nameof(Body) && e.EntityId == key)
                .OrderByDescending(e => e.Id).Take(50).ToListAsync();
        }
    }

    private static string? Normalize(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
