using System.Globalization;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Search;

/// <summary>A hit as a list shows it: read from the database, with the words searched for marked.</summary>
public sealed record SearchRow(
    SearchHit Hit,
    string Title,
    string IndexNumber,
    string? DocumentNumber,
    DateOnly Date,
    int BodyId,
    string Publisher,
    IReadOnlyList<SnippetPart> TitleParts,
    IReadOnlyList<SnippetPart> Snippet)
{
    /// <summary>A 办事指南: <see cref="IndexNumber"/> holds the item code and <see cref="DocumentNumber"/> its type.</summary>
    public bool IsGuide => GuideDocs.IsGuide(Hit.Key);

    /// <summary>Where the hit is read: the item page, or the guide page (public) and the item's page (staff).</summary>
    public string Url(bool staff) => (IsGuide, staff) switch
    {
        (true, true) => $"/staff/services/{Hit.ItemId}",
        (true, false) => $"/services/{Uri.EscapeDataString(IndexNumber)}",
        (false, true) => $"/staff/catalog/{Hit.ItemId}",
        _ => $"/items/{Hit.ItemId}",
    };
}

/// <summary>The query string of a search page or of the API, checked: unknown codes are refused with a message.</summary>
public sealed record SearchForm(string? Q, string? Body, string? Category, string? Area, string? Year, string? Valid, string? Sort, string? Page)
{
    public static SearchForm From(IQueryCollection q) =>
        new(q["q"], q["body"], q["category"], q["area"], q["year"], q["valid"], q["sort"], q["page"]);

    /// <summary>The request, or the reason (in Chinese) why the query string cannot be used.</summary>
    public (SearchRequest? Request, string? Problem) ToRequest(IEnumerable<Bodies.Body> bodies)
    {
        int? bodyId = null;
        if (!string.IsNullOrEmpty(Body))
        {
            bodyId = bodies.FirstOrDefault(b => b.Code == Body)?.Id;
            if (bodyId is null)
            {
                return (null, $"没有代码为“{Body}”的单位。");
            }
        }

        if (!string.IsNullOrEmpty(Category) && !Taxonomy.IsStatutoryCategory(Category))
        {
            return (null, $"“{Category}”不是法定主动公开内容的类别代码。");
        }

        if (!string.IsNullOrEmpty(Area) && !Taxonomy.IsKeyArea(Area))
        {
            return (null, $"“{Area}”不是重点领域代码。");
        }

        int? year = null;
        if (!string.IsNullOrEmpty(Year))
        {
            if (!int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1949 or > 2200)
            {
                return (null, "年份应为 1949 至 2200 之间的四位数字。");
            }

            year = y;
        }

        if (!string.IsNullOrEmpty(Valid) && !Enum.TryParse<Validity>(Valid, false, out _))
        {
            return (null, "有效性应为 Valid（有效）、Expired（失效）或 Repealed（废止）。");
        }

        var page = 1;
        if (!string.IsNullOrEmpty(Page) && (!int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return (null, "页码应为正整数。");
        }

        var sort = Sort switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Newest,
            _ => (SearchSort?)null,
        };
        if (sort is null)
        {
            return (null, "排序只能是 relevance（相关度）或 date（发布日期）。");
        }

        return (new SearchRequest(Q, bodyId, NullIfEmpty(Category), NullIfEmpty(Area), year, NullIfEmpty(Valid), sort.Value, page), null);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>This form's query string with some values replaced (null removes one).</summary>
    public string With(params (string Key, string? Value)[] changes)
    {
        var values = new List<(string, string?)> { ("q", Q), ("body", Body), ("category", Category), ("area", Area), ("year", Year), ("valid", Valid), ("sort", Sort), ("page", Page) };
        foreach (var (k, v) in changes)
        {
            var i = values.FindIndex(x => x.Item1 == k);
            values[i] = (k, v);
        }

        return "?" + string.Join('&', values.Where(x => !string.IsNullOrEmpty(x.Item2)).Select(x => $"{x.Item1}={Uri.EscapeDataString(x.Item2!)}"));
    }
}

public static class SearchRows
{
    /// <summary>Snippet parts as HTML: text encoded, the words searched for in &lt;mark&gt;.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString Html(IEnumerable<SnippetPart> parts) => new(string.Concat(parts.Select(p =>
        p.Mark ? "<mark>" + System.Net.WebUtility.HtmlEncode(p.Text) + "</mark>" : System.Net.WebUtility.HtmlEncode(p.Text))));

    /// <summary>The rows of the whole matches and, apart, of the near matches, as the database has them now.</summary>
    public static async Task<(List<SearchRow> Rows, List<SearchRow> Near)> LoadAsync(GongkaiDb db, SearchResult result, CancellationToken ct)
    {
        var near = result.Near ?? [];
        var rows = await LoadAsync(db, result.Hits.Concat(near).ToList(), result.Marks, ct);
        var whole = result.Hits.Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        return (rows.Where(r => whole.Contains(r.Hit.Key)).ToList(), rows.Where(r => !whole.Contains(r.Hit.Key)).ToList());
    }

    private static async Task<List<SearchRow>> LoadAsync(GongkaiDb db, List<SearchHit> hits, IReadOnlyList<string> marks, CancellationToken ct)
    {
        var versionIds = hits.Where(h => h.VersionId > 0).Select(h => h.VersionId).ToList();
        var itemIds = hits.Where(h => h.VersionId == 0 && !GuideDocs.IsGuide(h.Key)).Select(h => h.ItemId).ToList();
        var guideIds = hits.Where(h => GuideDocs.IsGuide(h.Key)).Select(h => h.ItemId).ToList();
        var guides = await db.ServiceItems.AsNoTracking().Where(i => guideIds.Contains(i.Id)).Include(i => i.Body).ToDictionaryAsync(i => i.Id, ct);
        var guideDates = await GuideDocs.DatesAsync(db, guideIds, ct);
        var versions = await db.CatalogVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Title, v.IndexNumber, v.DocumentNumber, v.PublishedOn, v.BodyId, v.Publisher, v.Summary, v.BodyHtml })
            .ToDictionaryAsync(v => v.Id, ct);
        var drafts = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.IndexNumber, i.DocumentNumber, i.WrittenOn, i.BodyId, i.Publisher, i.Summary, i.BodyHtml })
            .ToDictionaryAsync(i => i.Id, ct);
        var rows = new List<SearchRow>(hits.Count);
        foreach (var h in hits)
        {
            // A hit whose row changed since the index was read is shown as the database has it now.
            if (GuideDocs.IsGuide(h.Key))
            {
                // A guide taken back into review since the index was read keeps its published text public.
                if (guides.TryGetValue(h.ItemId, out var g) && g.IsPublic())
                {
                    var date = guideDates.TryGetValue(g.Id, out var d) ? d : GongkaiDb.LocalDate(g.PublishedAt ?? db.Time.GetUtcNow());
                    var text = GuideDocs.Text(g);
                    rows.Add(new SearchRow(h, g.Name, g.Code, ServiceItems.ServiceItem.TypeLabel(g.Type), date, g.BodyId, g.Body?.Name ?? "",
                        Snippets.Title(g.Name, marks), Snippets.Make(text, marks)));
                }
            }
            else if (h.VersionId > 0 && versions.TryGetValue(h.VersionId, out var v))
            {
                rows.Add(Row(h, v.Title, v.IndexNumber, v.DocumentNumber, v.PublishedOn, v.BodyId, v.Publisher, v.Summary, v.BodyHtml, marks));
            }
            else if (h.VersionId == 0 && drafts.TryGetValue(h.ItemId, out var d))
            {
                rows.Add(Row(h, d.Title, d.IndexNumber, d.DocumentNumber, d.WrittenOn, d.BodyId, d.Publisher, d.Summary, d.BodyHtml, marks));
            }
        }

        return rows;
    }

    private static SearchRow Row(SearchHit h, string title, string index, string? docNo, DateOnly date, int bodyId, string publisher, string? summary, string html, IReadOnlyList<string> marks)
    {
        var text = (summary is { Length: > 0 } ? summary + " " : "") + TextExtraction.HtmlToText(html);
        return new SearchRow(h, title, index, docNo, date, bodyId, publisher, Snippets.Title(title, marks), Snippets.Make(text, marks));
    }
}

/// <summary>Everything a search page shows; the public and the staff page differ only in where links go.</summary>
public sealed class SearchView
{
    public required string Path { get; init; }

    public required SearchForm Form { get; init; }

    public SearchResult Result { get; init; } = SearchResult.Empty(null);

    public IReadOnlyList<SearchRow> Rows { get; init; } = [];

    /// <summary>Near matches shown below few whole matches (<see cref="SearchResult.Near"/>).</summary>
    public IReadOnlyList<SearchRow> NearRows { get; init; } = [];

    public IReadOnlyDictionary<int, Bodies.Body> Bodies { get; init; } = new Dictionary<int, Bodies.Body>();

    public string? Problem { get; init; }

    public bool Staff { get; init; }

    public string ItemUrl(SearchRow r) => r.Url(Staff);

    public string Url(params (string Key, string? Value)[] changes) => Path + Form.With(changes);

    public string FacetLabel(string field, string value) => field switch
    {
        SearchDocs.Body => int.TryParse(value, CultureInfo.InvariantCulture, out var id) && Bodies.TryGetValue(id, out var b) ? b.Name : value,
        SearchDocs.Category or SearchDocs.Area => value == "none" ? "不属于重点领域" : Taxonomy.Label(value) ?? value,
        SearchDocs.Validity => Enum.TryParse<Validity>(value, out var v) ? CatalogItem.ValidityLabel(v) : value,
        SearchDocs.Year => value + " 年",
        _ => value,
    };

    /// <summary>The query-string key of a facet and the value a click on it sets.</summary>
    public (string Key, string Value) FacetLink(string field, string value) => field switch
    {
        SearchDocs.Body => ("body", Bodies.TryGetValue(int.Parse(value, CultureInfo.InvariantCulture), out var b) ? b.Code : value),
        SearchDocs.Category => ("category", value),
        SearchDocs.Area => ("area", value),
        SearchDocs.Year => ("year", value),
        _ => ("valid", value),
    };

    public static string FacetTitle(string field) => field switch
    {
        SearchDocs.Body => "发布机构",
        SearchDocs.Category => "法定主动公开内容",
        SearchDocs.Area => "重点领域",
        SearchDocs.Year => "发布年份",
        _ => "有效性",
    };

    public static async Task<SearchView> RunAsync(string path, IQueryCollection query, GongkaiDb db, Func<SearchRequest, SearchResult> search, bool staff, CancellationToken ct)
    {
        var form = SearchForm.From(query);
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var (request, problem) = form.ToRequest(bodies.Values);
        if (request is null || string.IsNullOrWhiteSpace(form.Q))
        {
            return new SearchView { Path = path, Form = form, Bodies = bodies, Problem = problem, Staff = staff };
        }

        var result = search(request);
        var (rows, near) = await SearchRows.LoadAsync(db, result, ct);
        return new SearchView { Path = path, Form = form, Bodies = bodies, Result = result, Rows = rows, NearRows = near, Staff = staff };
    }
}
