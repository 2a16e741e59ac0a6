using System.Globalization;

namespace Gongkai.Web.Paging;

/// <summary>
/// One page of a list, clamped to the pages that exist. The page number always travels as the query
/// parameter <c>page</c>; handlers must read it with <see cref="QueryName"/> because a Razor Pages
/// handler parameter named <c>page</c> binds the route value (the page's own path) instead.
/// </summary>
public sealed class Pager
{
    public const string QueryName = "page";

    private readonly string _path;

    public Pager(string path, IEnumerable<(string Key, string? Value)> query, int? requested, int size, int total)
    {
        _path = path;
        Query = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => (q.Key, q.Value!)).ToList();
        Size = size;
        Total = total;
        Number = Math.Clamp(requested ?? 1, 1, Pages);
    }

    /// <summary>The list's filters, repeated in every page link and in the jump form.</summary>
    public IReadOnlyList<(string Key, string Value)> Query { get; }

    public int Number { get; }

    public int Size { get; }

    public int Total { get; }

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => (Number - 1) * Size;

    public string Url(int page)
    {
        var parts = Query.Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value)).ToList();
        if (page > 1)
        {
            parts.Add(QueryName + "=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? _path : _path + "?" + string.Join("&", parts);
    }
}
