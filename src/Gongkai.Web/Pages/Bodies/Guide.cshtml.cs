using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Bodies;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Portal.PortalCache.Policy)]
public sealed class GuideModel(GongkaiDb db) : PageModel
{
    public Body Body { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code);
        if (body is null)
        {
            return NotFound();
        }

        Body = body;
        return Page();
    }
}
