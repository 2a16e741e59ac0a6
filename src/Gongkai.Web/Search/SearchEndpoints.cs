using Gongkai.Data;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Search;

/// <summary>The public search API: the same search as the /search page, as JSON.</summary>
public static class SearchEndpoints
{
    public static void MapSearchApi(this WebApplication app)
    {
        app.MapGet("/api/search", async (HttpContext http, GongkaiDb db, SearchService search, CancellationToken ct) =>
        {
            var form = SearchForm.From(http.Request.Query);
            if (string.IsNullOrWhiteSpace(form.Q))
            {
                return Results.Problem(title: "缺少检索词", detail: "请用参数 q 给出检索词，如 /api/search?q=低保。", statusCode: StatusCodes.Status400BadRequest);
            }

            var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
            var (request, problem) = form.ToRequest(bodies.Values);
            if (request is null)
            {
                return Results.Problem(title: "检索参数有误", detail: problem, statusCode: StatusCodes.Status400BadRequest);
            }

            var result = search.SearchPublic(request);
            var (rows, near) = await SearchRows.LoadAsync(db, result, ct);
            var view = new SearchView { Path = "/search", Form = form, Bodies = bodies, Result = result, Rows = rows };
            object Hit(SearchRow r) => new
            {
                kind = r.IsGuide ? "guide" : "item",
                itemId = r.IsGuide ? (int?)null : r.Hit.ItemId,
                url = r.Url(staff: false),
                title = r.Title,
                indexNumber = r.IsGuide ? null : r.IndexNumber,
                itemCode = r.IsGuide ? r.IndexNumber : null,
                documentNumber = r.IsGuide ? null : r.DocumentNumber,
                itemType = r.IsGuide ? r.DocumentNumber : null,
                publishedOn = r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                body = bodies.TryGetValue(r.BodyId, out var b) ? b.Code : null,
                publisher = r.Publisher,
                score = r.Hit.Score,
                snippet = SearchRows.Html(r.Snippet).Value,
            };
            return Results.Json(new
            {
                query = form.Q,
                total = result.Total,
                page = result.Page,
                pages = result.Pages,
                pageSize = result.PageSize,
                relaxed = result.Relaxed,
                suggestion = result.Suggestion,
                notice = result.Notice,
                hits = rows.Select(Hit),
                near = near.Select(Hit),
                facets = result.Facets.ToDictionary(f => f.Key, f => f.Value.Select(c => new { value = view.FacetLink(f.Key, c.Value).Value, label = view.FacetLabel(f.Key, c.Value), count = c.Count })),
            }, GongkaiDb.JsonOptions);
        }).WithMetadata(new PublicSearchAttribute());
    }
}
