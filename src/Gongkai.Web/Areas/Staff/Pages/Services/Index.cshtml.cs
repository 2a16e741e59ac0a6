using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Services;

public sealed class IndexModel(GongkaiDb db, StaffContext staff, CatalogService catalog) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ItemState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public string? BodyCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Keyword { get; set; }

    public List<Gongkai.Bodies.Body> Bodies { get; private set; } = [];

    public Paging.Pager Pager { get; private set; } = null!;

    public List<ServiceItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public bool CanCreate { get; private set; }

    /// <summary>Whether the user may make the county's yearly 目录: a reviewer of the county government, or the system administrator.</summary>
    public bool CanMakeYearly { get; private set; }

    public int LastYear { get; private set; }

    /// <summary>生成年度政务服务事项目录: a catalog draft of the county government, reviewed and published like any item.</summary>
    public async Task<IActionResult> OnPostYearlyAsync(int year)
    {
        var county = await CountyAsync();
        if (county is null || !await staff.CanAsync(Privilege.ReviewCatalog, county.Value))
        {
            return Forbid();
        }

        try
        {
            var item = await YearlyCatalog.CreateAsync(db, catalog, county.Value, year, staff.UserId);
            TempData["Notice"] = $"已生成“{item.Title}”草稿，请核对后提交审核；审核通过后公开并归档。";
            return Redirect($"/staff/catalog/{item.Id}");
        }
        catch (CatalogInputException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        await OnGetAsync(null);
        return Page();
    }

    private async Task<int?> CountyAsync() =>
        await db.Bodies.AsNoTracking().Where(b => b.ParentId == null).OrderBy(b => b.Id).Select(b => (int?)b.Id).FirstOrDefaultAsync();

    public async Task OnGetAsync([FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        var bodies = await staff.BodiesWhereAsync(Privilege.ViewBody);
        var query = db.ServiceItems.AsNoTracking();
        if (bodies is not null)
        {
            query = query.Where(i => bodies.Contains(i.BodyId));
        }

        var bodyQuery = db.Bodies.AsNoTracking();
        Bodies = await (bodies is null ? bodyQuery : bodyQuery.Where(b => bodies.Contains(b.Id))).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        if (Bodies.FirstOrDefault(b => b.Code == BodyCode) is { } chosen)
        {
            query = query.Where(i => i.BodyId == chosen.Id);
        }
        else
        {
            BodyCode = null;
        }

        if (State is { } s)
        {
            query = query.Where(i => i.State == s);
        }

        Keyword = Keyword?.Trim() is { Length: > 0 } k ? k[..Math.Min(k.Length, 100)] : null;
        if (Keyword is not null)
        {
            var pattern = "%" + Keyword.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(i => EF.Functions.Like(i.Name, pattern, "\\") || EF.Functions.Like(i.Code, pattern, "\\"));
        }

        Total = await query.CountAsync();
        Pager = new Paging.Pager("/staff/services", [("body", BodyCode), ("state", State?.ToString()), ("q", Keyword)], pageNumber, PageSize, Total);
        Items = await query.Include(i => i.Body).OrderBy(i => i.Code).Skip(Pager.Skip).Take(PageSize).ToListAsync();
        CanCreate = await staff.CanAnywhereAsync(Privilege.EditCatalog);
        CanMakeYearly = await CountyAsync() is { } county && await staff.CanAsync(Privilege.ReviewCatalog, county);
        LastYear = db.Today().Year - 1;
    }
}
