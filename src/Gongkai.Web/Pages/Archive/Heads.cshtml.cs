using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Archive;

/// <summary>
/// The daily heads of the archive chain (公开档案链头), for anyone to copy: once a head is copied outside
/// the platform, the archive up to it can no longer be rewritten unnoticed. Not output-cached, so the
/// head of today is the one just recorded.
/// </summary>
public sealed class HeadsModel(GongkaiDb db) : PageModel
{
    /// <summary>The page shows this many days; the JSON list has them all.</summary>
    public const int Shown = 400;

    public List<ArchiveHead> Heads { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = db.Today();
        Heads = await db.ArchiveHeads.AsNoTracking().OrderByDescending(h => h.Date).Take(Shown).ToListAsync(ct);
    }
}
