using System.Globalization;
using System.Net;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// 办事指南 in the public search: a service item whose guide the public may read and that is in force today is
/// one document of the public index, beside the catalog items, under <see cref="Key"/>. Staff search reads the
/// public index too, so staff find them as well; drafts of guides are not indexed (the staff list of items has them).
/// </summary>
public static class GuideDocs
{
    public const string Prefix = "svc:";

    /// <summary>The kind a guide's hit carries, shown beside it.</summary>
    public const string KindLabel = "办事指南";

    /// <summary>办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果 (条例第二十条第五项).</summary>
    public const string Category = "a20-05";

    public static string Key(int serviceItemId) => Prefix + serviceItemId.ToString(CultureInfo.InvariantCulture);

    public static bool IsGuide(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The key area a guide is filed under: 公共服务 for public services, 行政审批 for the rest.</summary>
    public static string KeyArea(ServiceItemType type) => type == ServiceItemType.PublicService ? "ggfw" : "xzsp";

    /// <summary>The guide's text as the search reads it, in the order the guide page shows it.</summary>
    public static string Text(ServiceItem i) => string.Join('\n', new[]
    {
        ServiceItem.TypeLabel(i.Type), i.NationalCode, i.LegalBasis, i.Conditions, string.Join("\n", ServiceMaterials.Parse(i.Materials).Select(m => m.Name)), i.Procedure, i.Fees, i.Place, i.Hours, i.Topics,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>
    /// The public documents of service items <paramref name="from"/>…<paramref name="to"/> as (key, document)
    /// pairs, a null document deleting the key: a guide not (or no longer) public or not in force on
    /// <paramref name="today"/> leaves the index. Items: how many service items the range holds.
    /// </summary>
    public static async Task<(List<(string Key, Document? Doc)> Docs, int Items)> LoadAsync(GongkaiDb db, int from, int to, DateOnly today, CancellationToken ct)
    {
        var items = await db.ServiceItems.AsNoTracking().Where(i => i.Id >= from && i.Id <= to).ToListAsync(ct);
        var docs = await DocsAsync(db, items, today, ct);

        // A key in the range with no row any more was deleted.
        var present = items.Select(i => i.Id).ToHashSet();
        for (var id = from; id <= to; id++)
        {
            if (!present.Contains(id))
            {
                docs.Add((Key(id), null));
            }
        }

        return (docs, items.Count);
    }

    /// <summary>As the range form, for the items given (they exist: their events name them).</summary>
    public static async Task<List<(string Key, Document? Doc)>> LoadAsync(GongkaiDb db, IReadOnlyCollection<int> ids, DateOnly today, CancellationToken ct) =>
        await DocsAsync(db, await db.ServiceItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct), today, ct);

    private static async Task<List<(string Key, Document? Doc)>> DocsAsync(GongkaiDb db, List<ServiceItem> items, DateOnly today, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).ToList();
        var events = (await db.ServiceItemEvents.AsNoTracking().Where(e => ids.Contains(e.ItemId))
            .Select(e => new { e.ItemId, e.Kind, e.On, e.ToTier, e.Id }).ToListAsync(ct)).ToLookup(e => e.ItemId);
        var dates = await DatesAsync(db, ids, ct);
        var docs = new List<(string, Document?)>(items.Count);
        foreach (var i in items)
        {
            var standing = ItemLedger.StandingOn(i.Tier, events[i.Id].Select(e => (e.Kind, e.On, e.ToTier, e.Id)), today);
            if (!i.IsPublic() || standing is not { InForce: true })
            {
                docs.Add((Key(i.Id), null));
                continue;
            }

            var date = dates.TryGetValue(i.Id, out var d) ? d : GongkaiDb.LocalDate(i.PublishedAt ?? db.Time.GetUtcNow());
            var source = new IndexSource(
                i.Id, 0, i.BodyId, i.Code, i.Name, null, null, i.Topics, WebUtility.HtmlEncode(Text(i)), Category, KeyArea(i.Type),
                date.Year, Catalog.Validity.Valid, date, KindLabel, []);
            docs.Add((Key(i.Id), SearchDocs.Build(Key(i.Id), source, null)));
        }

        return docs;
    }

    /// <summary>The date of each guide's text in force: its last approved correction, else its first publication.</summary>
    public static async Task<Dictionary<int, DateOnly>> DatesAsync(GongkaiDb db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await db.ServiceItemVersions.AsNoTracking().Where(v => ids.Contains(v.ItemId))
            .GroupBy(v => v.ItemId).Select(g => new { g.Key, At = g.Max(v => v.PublishedAt) }).ToListAsync(ct))
        .ToDictionary(g => g.Key, g => GongkaiDb.LocalDate(g.At));

    /// <summary>Service items whose standing may have changed between two days (an event took effect): they are reloaded when the day turns.</summary>
    public static async Task<List<int>> TurnedAsync(GongkaiDb db, DateOnly after, DateOnly through, CancellationToken ct) =>
        await db.ServiceItemEvents.AsNoTracking().Where(e => e.On > after && e.On <= through).Select(e => e.ItemId).Distinct().OrderBy(id => id).ToListAsync(ct);
}
