using Gongkai.Data;
using Gongkai.ServiceItems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Services;

[OutputCache(PolicyName = Portal.PortalCache.Policy)]
public sealed partial class GuideModel(GongkaiDb db, Portal.PublicAddress address) : PageModel
{
    public ServiceItem Item { get; private set; } = null!;

    public string BodyCode { get; private set; } = "";

    public string BodyName { get; private set; } = "";

    public List<ServiceItemEvent> History { get; private set; } = [];

    /// <summary>Where the item stands today; null before it was first set up.</summary>
    public ItemStanding? Standing { get; private set; }

    /// <summary>Why the item is not in force today, for the notice at the top; null when it is.</summary>
    public string? Notice { get; private set; }

    public bool Print { get; private set; }

    public List<Material> Materials { get; private set; } = [];

    /// <summary>文号 in the 设定依据 that are published catalog items here, and the item each links to.</summary>
    public Dictionary<string, int> BasisLinks { get; private set; } = [];

    public string PageUrl { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, string? view)
    {
        if (view is not (null or "print"))
        {
            return NotFound();
        }

        var item = await db.ServiceItems.AsNoTracking().Include(i => i.Body).Where(ServiceItem.Public).SingleOrDefaultAsync(i => i.Code == code);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        BodyCode = item.Body!.Code;
        BodyName = item.Body.Name;
        History = (await db.ServiceItemEvents.AsNoTracking().Where(e => e.ItemId == item.Id).ToListAsync())
            .OrderBy(e => e.On).ThenBy(e => e.Id).ToList();
        var today = db.Today();
        Standing = ItemLedger.StandingOn(item.Tier, History.Select(e => (e.Kind, e.On, e.ToTier, e.Id)), today);

        // A cancelled item keeps its page: old links and printed guides still say what became of it.
        if (Standing is { InForce: false })
        {
            var cancelled = History.Last(e => e.Kind == ItemEventKind.Cancelled && e.On <= today);
            Notice = $"该事项已于{cancelled.On:yyyy年M月d日}取消" + (cancelled.Decision is { Length: > 0 } d ? $"（{d}）" : "") + "，不再办理。以下办事指南仅供查阅。";
        }
        else if (Standing is null)
        {
            var start = History.First(e => e.Kind is ItemEventKind.Added or ItemEventKind.Undertaken);
            Notice = $"该事项自{start.On:yyyy年M月d日}起实施" + (start.Decision is { Length: > 0 } d ? $"（{d}）" : "") + "，目前尚未办理。";
        }

        Materials = ServiceMaterials.Parse(item.Materials);
        var numbers = DocumentNumber().Matches(item.LegalBasis ?? "").Select(m => m.Value).Distinct().ToList();
        if (numbers.Count > 0)
        {
            BasisLinks = (await db.CatalogItems.AsNoTracking()
                    .Where(c => c.State == Gongkai.Catalog.ItemState.Published && c.DocumentNumber != null && numbers.Contains(c.DocumentNumber))
                    .Select(c => new { c.DocumentNumber, c.Id }).ToListAsync())
                .GroupBy(c => c.DocumentNumber!).ToDictionary(g => g.Key, g => g.Max(c => c.Id));
        }

        Print = view == "print";
        PageUrl = $"{address.BaseUrl}/services/{Uri.EscapeDataString(item.Code)}";
        QrDataUri = Portal.QrCodes.DataUri(PageUrl);
        return Page();
    }

    /// <summary>A line of the 设定依据 cut into text and the 文号 that link to a published item.</summary>
    public IEnumerable<(string Text, int? ItemId)> Linked(string line)
    {
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in DocumentNumber().Matches(line))
        {
            if (BasisLinks.TryGetValue(m.Value, out var id))
            {
                yield return (line[at..m.Index], null);
                yield return (m.Value, id);
                at = m.Index + m.Length;
            }
        }

        yield return (line[at..], null);
    }

    /// <summary>A 文号 as written in China: issuer's abbreviation, the year in 〔〕 (or [] or ［］) and the serial with 号.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,20}[〔\[［(（]\d{4}[〕\]］)）]\d{1,5}号")]
    private static partial System.Text.RegularExpressions.Regex DocumentNumber();

    /// <summary>A multi-line field (材料, 流程 …) as its lines; blank lines dropped.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Only an http(s) address becomes a link; anything else imported is shown as text.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);

    public static string EventText(ServiceItemEvent e) =>
        ServiceItem.EventLabel(e.Kind) + (e.Kind == ItemEventKind.Delegated && e.ToTier is { } t ? "至" + ServiceItem.TierLabel(t) : "");
}
