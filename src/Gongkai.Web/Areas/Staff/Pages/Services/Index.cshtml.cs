using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Services;

public sealed class IndexModel(GongkaiDb db, StaffContext staff) : PageModel
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
    }
}
