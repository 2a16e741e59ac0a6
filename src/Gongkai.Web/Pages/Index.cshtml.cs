using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages;

public sealed class IndexModel(GongkaiDb db, SiteInfo site) : PageModel
{
    public sealed record BodyGroup(string Title, List<Body> Bodies);

    public string CountyName { get; private set; } = "";

    public List<BodyGroup> Groups { get; } = [];

    public async Task OnGetAsync()
    {
        CountyName = await site.CountyNameAsync();
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village)
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync();
        Groups.Add(new("县人民政府", bodies.Where(b => b.Kind == BodyKind.Government).ToList()));
        Groups.Add(new("县政府工作部门", bodies.Where(b => b.Kind == BodyKind.Department).ToList()));
        Groups.Add(new("乡镇人民政府、街道办事处", bodies.Where(b => b.Level == BodyLevel.Township).ToList()));
        Groups.RemoveAll(g => g.Bodies.Count == 0);
    }
}
