using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Search;
using Gongkai.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Portal;

/// <summary>
/// The catalog and the search results as open data (CSV for Excel and WPS, JSON for programs): the same list as the
/// page with the same query string, one page at a time. The catalog takes <c>size</c> up to <see cref="MaxSize"/> rows
/// a page (default the page's 20); a search answers its page as the search page shows it.
/// </summary>
public static class OpenData
{
    public const int MaxSize = 1000;

    public sealed record Row(string IndexNumber, string Title, string Publisher, string? DocumentNumber, DateOnly PublishedOn, string Url);

    private static readonly string[] Header = ["索引号", "名称", "发布单位", "文号", "发布日期", "链接"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        // Cached like the catalog page (by the parameters read, and nothing else); only a miss spends the address's budget.
        app.MapGet("/catalog.{format:regex(^(csv|json)$)}", CatalogAsync)
            .WithMetadata(new Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute { PolicyName = PortalCache.Policy, VaryByQueryKeys = ["body", "category", "area", "topic", "year", Paging.Pager.QueryName, "size"] })
            .WithMetadata(new PublicSearchAttribute());
        app.MapGet("/search.{format:regex(^(csv|json)$)}", SearchAsync).WithMetadata(new PublicSearchAttribute());
    }

    private static async Task<IResult> CatalogAsync(string format, HttpContext http, GongkaiDb db, PublicCatalog catalog, PortalCounts counts, PublicAddress address, CancellationToken ct)
    {
        var q = http.Request.Query;
        var code = q["body"].ToString();
        Body? body = null;
        if (code.Length > 0)
        {
            body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code && b.Level != BodyLevel.Village, ct);
            if (body is null)
            {
                return Problem($"没有代码为“{code}”的单位。");
            }
        }

        string? category = q["category"], area = q["area"], topic = q["topic"];
        int? year = int.TryParse(q["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1949 and <= 2200 ? y : null;
        // Unknown codes are ignored, as on the page: the file holds the rows the page with this address shows.
        var filter = new CatalogFilter(body?.Id,
            Taxonomy.IsStatutoryCategory(category) ? category : null,
            Taxonomy.IsKeyArea(area) ? area : null,
            Taxonomy.IsTopic(topic) ? topic : null,
            year);
        var size = PublicCatalog.PageSize;
        if (q["size"].ToString() is { Length: > 0 } s && (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxSize))
        {
            return Problem($"每页条数（size）应为 1 至 {MaxSize} 之间的整数。");
        }

        var total = await counts.CountAsync(filter);
        var pages = Math.Max(1, (total + size - 1) / size);
        var requested = int.TryParse(q[Paging.Pager.QueryName], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var page = Math.Clamp(requested, 1, pages);
        var offset = (page - 1) * size;
        var rows = await catalog.PageAsync(filter, page, size, await counts.AnchorsAsync(filter, offset / PublicCatalog.PageSize + 1), ct);
        var baseUrl = address.BaseUrl;
        var list = rows.Select(r => new Row(r.IndexNumber, r.Title, r.Publisher, r.DocumentNumber, r.PublishedOn, $"{baseUrl}/items/{r.ItemId}")).ToList();
        return Write(format, "catalog", list, total, page, size, pages);
    }

    private static async Task<IResult> SearchAsync(string format, HttpContext http, GongkaiDb db, SearchService search, PublicAddress address, CancellationToken ct)
    {
        var view = await SearchView.RunAsync("/search", http.Request.Query, db, search.SearchPublic, staff: false, ct);
        if (view.Problem is not null)
        {
            return Problem(view.Problem);
        }

        if (string.IsNullOrWhiteSpace(view.Form.Q))
        {
            return Problem("请输入检索词（q）。");
        }

        var r = view.Result;
        var baseUrl = address.BaseUrl;
        var list = view.Rows.Select(x => new Row(x.IndexNumber, x.Title, view.Bodies.TryGetValue(x.BodyId, out var b) ? b.Name : x.Publisher,
            x.DocumentNumber, x.Date, baseUrl + x.Url(staff: false))).ToList();
        return Write(format, "search", list, r.Total, r.Page, r.PageSize, r.Pages);
    }

    private static IResult Problem(string message) =>
        Results.Problem(title: message, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Write(string format, string name, List<Row> rows, int total, int page, int size, int pages)
    {
        if (format == "json")
        {
            return Results.Text(JsonSerializer.Serialize(new { total, page, size, pages, items = rows }, Json), "application/json; charset=utf-8");
        }

        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var r in rows)
        {
            Line(csv, [r.IndexNumber, r.Title, r.Publisher, r.DocumentNumber ?? "", r.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Url]);
        }

        // With the BOM Excel and WPS read UTF-8 instead of guessing the system code page.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"{name}-{page}.csv");
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    /// <summary>
    /// RFC 4180 quoting; and a cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return first)
    /// gets a leading apostrophe, so that a title cannot make a citizen's spreadsheet fetch or compute anything.
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
