using System.Globalization;
using System.Text;
using System.Xml;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Portal;

/// <summary>The portal's non-page addresses: attachment downloads, feeds and the sitemap.</summary>
public static class PortalEndpoints
{
    private const int FeedSize = 50;
    private const int SitemapSize = 50_000;

    public static void MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapDisplayMode();
        app.MapOpenData();
        app.MapGet("/items/{id:int}/files/{n:int}", async (int id, int n, PublicCatalog catalog, GongkaiDb db, HttpContext http, CancellationToken ct) =>
        {
            var version = await catalog.CurrentAsync(id, ct);
            var files = version is null || version.State != VersionState.Current ? [] : version.FileList();
            if (n < 1 || n > files.Count)
            {
                return Results.NotFound();
            }

            var f = files[n - 1];
            var bytes = await Blobs.ReadAsync(db, f.Sha256, ct) ?? throw new BlobMissingException($"文件 {f.Sha256} 不在数据库中。");
            return File(http, bytes, f.Type, f.Name, f.Sha256, staff: false);
        });

        app.MapGet("/staff/catalog/{id:int}/files/{attachmentId:int}", async (int id, int attachmentId, GongkaiDb db, StaffContext staff, HttpContext http, CancellationToken ct) =>
        {
            var a = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == attachmentId && x.ItemId == id, ct);
            var bodyId = await db.CatalogItems.Where(i => i.Id == id).Select(i => (int?)i.BodyId).SingleOrDefaultAsync(ct);
            if (a is null || bodyId is null)
            {
                return Results.NotFound();
            }

            if (!await staff.CanAsync(Privilege.ViewBody, bodyId.Value))
            {
                return Results.Forbid();
            }

            var bytes = await Blobs.ReadAsync(db, a.Sha256, ct) ?? throw new BlobMissingException($"文件 {a.Sha256} 不在数据库中。");
            return File(http, bytes, a.ContentType, a.FileName, a.Sha256, staff: true);
        }).RequireAuthorization();

        app.MapGet("/feeds/all.{format:regex(^(atom|rss)$)}", (string format, PublicCatalog catalog, SiteInfo site, HttpContext http, CancellationToken ct) =>
            FeedAsync(format, new CatalogFilter(), "全部公开信息", catalog, site, http, ct)).CacheOutput(PortalCache.Policy);

        app.MapGet("/feeds/bodies/{code}.{format:regex(^(atom|rss)$)}", async (string code, string format, GongkaiDb db, PublicCatalog catalog, SiteInfo site, HttpContext http, CancellationToken ct) =>
        {
            var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code, ct);
            return body is null ? Results.NotFound() : await FeedAsync(format, new CatalogFilter(BodyId: body.Id), body.Name, catalog, site, http, ct);
        }).CacheOutput(PortalCache.Policy);

        app.MapGet("/feeds/categories/{category}.{format:regex(^(atom|rss)$)}", (string category, string format, PublicCatalog catalog, SiteInfo site, HttpContext http, CancellationToken ct) =>
            Taxonomy.IsStatutoryCategory(category) || Taxonomy.IsKeyArea(category)
                ? FeedAsync(format, Taxonomy.IsKeyArea(category) ? new CatalogFilter(Area: category) : new CatalogFilter(Category: category), Taxonomy.Label(category)!, catalog, site, http, ct)
                : Task.FromResult(Results.NotFound())).CacheOutput(PortalCache.Policy);

        // Not output-cached: a mirror must get the head just recorded.
        app.MapGet("/archive/heads.json", async (GongkaiDb db, SiteInfo site, HttpContext http, CancellationToken ct) =>
            Results.Text(
                ArchiveHeads.Feed(await site.CountyNameAsync(), BaseUrl(http) + "/archive/heads.json", db.Time.GetUtcNow(), await ArchiveHeads.SavedAsync(db, ct)),
                "application/json; charset=utf-8"));

        app.MapGet("/sitemap.xml", async (PublicCatalog catalog, PortalCounts counts, GongkaiDb db, HttpContext http, CancellationToken ct) =>
        {
            var total = await counts.CountAsync(new CatalogFilter());
            var baseUrl = BaseUrl(http);
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            xml.Append(CultureInfo.InvariantCulture, $"<sitemap><loc>{baseUrl}/sitemaps/pages.xml</loc></sitemap>\n");
            for (var i = 0; i * SitemapSize < total; i++)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<sitemap><loc>{baseUrl}/sitemaps/items-{i + 1}.xml</loc></sitemap>\n");
            }

            xml.Append("</sitemapindex>\n");
            return Results.Text(xml.ToString(), "application/xml; charset=utf-8");
        }).CacheOutput(PortalCache.Policy);

        app.MapGet("/sitemaps/pages.xml", async (GongkaiDb db, HttpContext http, CancellationToken ct) =>
        {
            var codes = await db.Bodies.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Code).ToListAsync(ct);
            var baseUrl = BaseUrl(http);
            var urls = new List<string> { "/", "/catalog" }.Concat(codes.SelectMany(c => new[] { $"/bodies/{c}", $"/bodies/{c}/guide" }));
            // The 办事指南 of the items in force today; a cancelled item's page still answers but is no longer offered.
            var inForce = await Gongkai.ServiceItems.ItemLedger.InForceAsync(db, db.Today(), ct);
            if (inForce.Count > 0)
            {
                var services = (await db.ServiceItems.AsNoTracking().Where(Gongkai.ServiceItems.ServiceItem.Public).Select(i => new { i.Id, i.Code }).ToListAsync(ct))
                    .Where(i => inForce.ContainsKey(i.Id)).Select(i => "/services/" + Uri.EscapeDataString(i.Code)).Order(StringComparer.Ordinal);
                urls = urls.Append("/services").Concat(services);
            }

            return Results.Text(UrlSet(urls.Select(u => (baseUrl + u, (DateOnly?)null))), "application/xml; charset=utf-8");
        }).CacheOutput(PortalCache.Policy);

        app.MapGet("/sitemaps/items-{n:int}.xml", async (int n, PublicCatalog catalog, HttpContext http, CancellationToken ct) =>
        {
            if (n < 1)
            {
                return Results.NotFound();
            }

            var rows = await catalog.Filtered(new CatalogFilter()).OrderBy(v => v.ItemId).Skip((n - 1) * SitemapSize).Take(SitemapSize)
                .Select(v => new { v.ItemId, v.PublishedOn }).ToListAsync(ct);
            var baseUrl = BaseUrl(http);
            return rows.Count == 0
                ? Results.NotFound()
                : Results.Text(UrlSet(rows.Select(r => ($"{baseUrl}/items/{r.ItemId}", (DateOnly?)r.PublishedOn))), "application/xml; charset=utf-8");
        }).CacheOutput(PortalCache.Policy);
    }

    private static IResult File(HttpContext http, byte[] bytes, string type, string name, string sha256, bool staff)
    {
        // The address names an item's n-th file, and a correction can replace it: public copies are kept only as long
        // as portal pages, then revalidated by the content hash; drafts are never stored anywhere. Always a download.
        http.Response.Headers.CacheControl = staff ? "no-store" : $"public, max-age={(int)PortalCache.Lifetime.TotalSeconds}";
        return Results.File(bytes, type, name, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{sha256}\""));
    }

    /// <summary>Never the request's Host header: a feed or sitemap cached for everyone must not carry a caller's host.</summary>
    private static string BaseUrl(HttpContext http) => http.RequestServices.GetRequiredService<PublicAddress>().BaseUrl;

    private static string UrlSet(IEnumerable<(string Url, DateOnly? Modified)> urls)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (url, modified) in urls)
        {
            xml.Append("<url><loc>").Append(System.Security.SecurityElement.Escape(url)).Append("</loc>");
            if (modified is { } m)
            {
                xml.Append("<lastmod>").Append(m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            xml.Append("</url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    private static async Task<IResult> FeedAsync(string format, CatalogFilter filter, string title, PublicCatalog catalog, SiteInfo site, HttpContext http, CancellationToken ct)
    {
        var rows = await catalog.Filtered(filter).OrderByDescending(v => v.PublishedOn).ThenByDescending(v => v.Id).Take(FeedSize)
            .Select(v => new { v.ItemId, v.Title, v.Summary, v.Publisher, v.PublishedAt, v.IndexNumber }).ToListAsync(ct);
        var baseUrl = BaseUrl(http);
        var county = await site.CountyNameAsync();
        var feedTitle = $"{county}政府信息公开 - {title}";
        var self = baseUrl + http.Request.Path;
        var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            if (format == "atom")
            {
                w.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
                w.WriteElementString("title", feedTitle);
                w.WriteElementString("id", self);
                w.WriteStartElement("link");
                w.WriteAttributeString("rel", "self");
                w.WriteAttributeString("href", self);
                w.WriteEndElement();
                w.WriteElementString("updated", (rows.Count > 0 ? rows.Max(r => r.PublishedAt) : DateTimeOffset.UnixEpoch).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                foreach (var r in rows)
                {
                    w.WriteStartElement("entry");
                    w.WriteElementString("title", r.Title);
                    w.WriteElementString("id", $"{baseUrl}/items/{r.ItemId}");
                    w.WriteStartElement("link");
                    w.WriteAttributeString("href", $"{baseUrl}/items/{r.ItemId}");
                    w.WriteEndElement();
                    w.WriteElementString("updated", r.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                    w.WriteStartElement("author");
                    w.WriteElementString("name", r.Publisher);
                    w.WriteEndElement();
                    w.WriteElementString("summary", r.Summary ?? $"索引号 {r.IndexNumber}");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }
            else
            {
                w.WriteStartElement("rss");
                w.WriteAttributeString("version", "2.0");
                w.WriteStartElement("channel");
                w.WriteElementString("title", feedTitle);
                w.WriteElementString("link", baseUrl + "/");
                w.WriteElementString("description", feedTitle);
                w.WriteElementString("language", "zh-cn");
                foreach (var r in rows)
                {
                    w.WriteStartElement("item");
                    w.WriteElementString("title", r.Title);
                    w.WriteElementString("link", $"{baseUrl}/items/{r.ItemId}");
                    w.WriteElementString("guid", $"{baseUrl}/items/{r.ItemId}");
                    w.WriteElementString("pubDate", r.PublishedAt.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));
                    w.WriteElementString("author", r.Publisher);
                    w.WriteElementString("description", r.Summary ?? $"索引号 {r.IndexNumber}");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();
            }
        }

        return Results.Bytes(buffer.ToArray(), format == "atom" ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }
}
