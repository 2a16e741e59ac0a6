using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.Websites;

/// <summary>The entries of a list page and the newest date among them.</summary>
public sealed record ListReading(int Entries, DateOnly? Newest);

/// <summary>Reads pages with AngleSharp's HTML5 parser: links, list entries, forms.</summary>
public static class PageReader
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The absolute http(s) links of a page, fragments dropped, each once.</summary>
    public static IReadOnlyList<Uri> Links(IDocument page, Uri pageUrl)
    {
        var baseHref = page.QuerySelector("base[href]")?.GetAttribute("href");
        var root = baseHref is not null && Uri.TryCreate(pageUrl, baseHref, out var b) ? b : pageUrl;
        var found = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in page.QuerySelectorAll("a[href], area[href], iframe[src]"))
        {
            var href = (a.GetAttribute("href") ?? a.GetAttribute("src"))!.Trim();
            if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(root, href, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                continue;
            }

            var clean = new UriBuilder(url) { Fragment = "" }.Uri;
            if (seen.Add(clean.AbsoluteUri))
            {
                found.Add(clean);
            }
        }

        return found;
    }

    /// <summary>
    /// A column's list: the list (ul, ol, table body) outside the page's navigation, header and footer whose
    /// items carry the most dates, or failing dates the most links; its items are the entries, their text the dates.
    /// </summary>
    public static ListReading ReadList(IDocument page, DateOnly today)
    {
        IElement[]? best = null;
        var bestDated = -1;
        foreach (var list in page.QuerySelectorAll("ul, ol, tbody, dl"))
        {
            if (list.Closest("nav, header, footer") is not null || list.GetAttribute("role") == "navigation")
            {
                continue;
            }

            var items = list.Children.Where(c => c.LocalName is "li" or "tr" or "dd" or "dt" && c.QuerySelector("a[href]") is not null).ToArray();
            if (items.Length == 0)
            {
                continue;
            }

            var dated = items.Count(i => WebsiteRules.DatesIn(i.TextContent, today).Any());
            if (dated > bestDated || (dated == bestDated && items.Length > best!.Length))
            {
                best = items;
                bestDated = dated;
            }
        }

        if (best is null)
        {
            return new ListReading(0, null);
        }

        var dates = best.SelectMany(i => WebsiteRules.DatesIn(i.TextContent, today)).Where(d => d <= today).ToList();
        return new ListReading(best.Length, dates.Count == 0 ? null : dates.Max());
    }

    /// <summary>An interaction channel works when its page holds a form with a field to write in.</summary>
    public static bool HasForm(IDocument page) =>
        page.QuerySelectorAll("form").Any(f => f.QuerySelector("textarea, input:not([type=hidden]):not([type=submit]):not([type=button])") is not null);
}
