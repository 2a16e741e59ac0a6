using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Items;

[OutputCache(PolicyName = Portal.PortalCache.Policy, VaryByQueryKeys = ["view"])]
public sealed class ItemModel(GongkaiDb db, PublicCatalog catalog, Portal.PublicAddress address) : PageModel
{
    public CatalogVersion Version { get; private set; } = null!;

    public string BodyCode { get; private set; } = "";

    public List<VersionFile> Files { get; private set; } = [];

    public bool Print { get; private set; }

    /// <summary>The published policy this item interprets (政策解读), if any.</summary>
    public CatalogRow? Policy { get; private set; }

    /// <summary>The published interpretations of this item.</summary>
    public List<CatalogRow> Interpretations { get; private set; } = [];

    public string PageUrl { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string? view)
    {
        if (view is not (null or "print"))
        {
            return NotFound();
        }

        var version = await catalog.CurrentAsync(id);
        if (version is null)
        {
            return NotFound();
        }

        if (version.State == VersionState.Withdrawn)
        {
            // Gone for good, and said so: the 索引号 stays reserved and the link explains itself.
            Response.StatusCode = StatusCodes.Status410Gone;
            return Content($"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>该信息已撤回</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"wrap\"><h1>该信息已撤回</h1><p>索引号为 {System.Net.WebUtility.HtmlEncode(version.IndexNumber)} 的政府信息已由发布机构撤回。</p><p><a href=\"/\">返回首页</a></p></main></body></html>", "text/html; charset=utf-8");
        }

        Version = version;
        Print = view == "print";
        BodyCode = await db.Bodies.Where(b => b.Id == version.BodyId).Select(b => b.Code).SingleAsync();
        Files = version.FileList();
        Policy = await catalog.PolicyOfAsync(id);
        Interpretations = await catalog.InterpretationsOfAsync(id);
        PageUrl = $"{address.BaseUrl}/items/{id}";
        QrDataUri = Portal.QrCodes.DataUri(PageUrl);
        return Page();
    }
}
