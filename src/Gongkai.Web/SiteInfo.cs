using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>What every page shows about the site itself: the county's name, from the root body.</summary>
public sealed class SiteInfo(GongkaiDb db)
{
    private string? _name;

    private bool? _serviceItems;

    public async Task<string> CountyNameAsync()
    {
        _name ??= await db.Bodies.AsNoTracking().Where(b => b.ParentId == null && b.Kind == BodyKind.Government)
            .OrderBy(b => b.Id).Select(b => b.Name).FirstOrDefaultAsync() ?? "";
        // "巫溪县人民政府" → "巫溪县": the portal is named after the county.
        return _name.EndsWith("人民政府", StringComparison.Ordinal) ? _name[..^4] : _name;
    }

    /// <summary>Whether the county has imported its 政务服务事项: until then the portal shows no 办事指南 entry.</summary>
    public async Task<bool> HasServiceItemsAsync() => _serviceItems ??= await db.ServiceItems.AnyAsync(Gongkai.ServiceItems.ServiceItem.Public);
}
