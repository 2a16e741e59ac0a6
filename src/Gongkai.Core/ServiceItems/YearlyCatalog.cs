using System.Net;
using System.Text;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

/// <summary>One line of the yearly 目录: an item in force on 31 December, at the tier it stood at then.</summary>
public sealed record YearlyRow(string Body, string Code, string Name, ServiceItemType Type, ServiceTier Tier);

/// <summary>
/// The yearly 政务服务事项目录 as a catalog item: a draft made through <see cref="CatalogService"/>, so it is
/// reviewed, archived and searchable like any publication. Its body is the table of the public items in force on
/// 31 December of the year (<see cref="ItemLedger"/>) by body and type, and the same list is attached as XLSX.
/// </summary>
public static class YearlyCatalog
{
    public static async Task<List<YearlyRow>> RowsAsync(GongkaiDb db, int year, CancellationToken ct = default)
    {
        var standing = await ItemLedger.InForceAsync(db, new DateOnly(year, 12, 31), ct);
        var items = await db.ServiceItems.AsNoTracking().Where(ServiceItem.Public).Include(i => i.Body)
            .Select(i => new { i.Id, i.Code, i.Name, i.Type, BodyName = i.Body!.Name, i.Body.SortOrder, i.BodyId }).ToListAsync(ct);
        return items.Where(i => standing.ContainsKey(i.Id))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.BodyId).ThenBy(i => i.Type).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new YearlyRow(i.BodyName, i.Code, i.Name, i.Type, standing[i.Id]))
            .ToList();
    }

    public static async Task<CatalogItem> CreateAsync(GongkaiDb db, CatalogService catalog, int countyBodyId, int year, string? createdBy, CancellationToken ct = default)
    {
        if (year < 2000 || year > db.Today().Year)
        {
            throw new CatalogInputException([$"年度应为 2000 年至 {db.Today().Year} 年。"]);
        }

        var rows = await RowsAsync(db, year, ct);
        if (rows.Count == 0)
        {
            throw new CatalogInputException([$"{year}年12月31日没有实施中的已公开政务服务事项，无法生成目录。"]);
        }

        var county = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == countyBodyId, ct);
        var title = $"{county.Name}{year}年度政务服务事项目录";
        var html = new StringBuilder();
        html.Append("<p>截至").Append(year).Append("年12月31日，实施的政务服务事项共 ").Append(rows.Count).Append(" 项。</p>");
        foreach (var body in rows.GroupBy(r => r.Body))
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode(body.Key)).Append('（').Append(body.Count()).Append(" 项）</h2>");
            foreach (var type in body.GroupBy(r => r.Type))
            {
                html.Append("<h3>").Append(ServiceItem.TypeLabel(type.Key)).Append('（').Append(type.Count()).Append(" 项）</h3>");
                html.Append("<table><thead><tr><th>序号</th><th>事项编码</th><th>事项名称</th><th>行使层级</th></tr></thead><tbody>");
                var n = 0;
                foreach (var r in type)
                {
                    html.Append("<tr><td>").Append(++n).Append("</td><td>").Append(WebUtility.HtmlEncode(r.Code)).Append("</td><td>")
                        .Append(WebUtility.HtmlEncode(r.Name)).Append("</td><td>").Append(ServiceItem.TierLabel(r.Tier)).Append("</td></tr>");
                }

                html.Append("</tbody></table>");
            }
        }

        var input = new ItemInput(title, $"截至{year}年12月31日实施的政务服务事项 {rows.Count} 项，按实施主体和事项类型排列。", null, db.Today(), null, "01", "a20-05", null,
            "政务服务事项 目录", Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", html.ToString());
        var item = await catalog.CreateAsync(countyBodyId, input, createdBy, ct);
        var sheet = new Sheet($"{year}年度目录", [
            new object?[] { "序号", "实施主体", "事项类型", "事项编码", "事项名称", "行使层级" },
            .. rows.Select((r, i) => new object?[] { i + 1, r.Body, ServiceItem.TypeLabel(r.Type), r.Code, r.Name, ServiceItem.TierLabel(r.Tier) }),
        ]);
        await catalog.AttachAsync(item, $"{title}.xlsx", Xlsx.Write([sheet]), ct);
        return item;
    }
}
