using Gongkai.Data;
using Gongkai.ServiceItems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Services;

/// <summary>One line of the 办事指南 list: the item with the tier it stands at today.</summary>
public sealed record ServiceRow(int Id, string Code, string Name, ServiceItemType Type, int BodyId, ServiceTier Tier, int? StatutoryDays, int? PromisedDays, bool OnSite, string? Topics = null);

[OutputCache(PolicyName = Portal.PortalCache.Policy, VaryByQueryKeys = ["body", "tier", "type", "topic", "q", Paging.Pager.QueryName])]
public sealed class IndexModel(GongkaiDb db) : PageModel
{
    public const int PageSize = 20;

    public const int KeywordLength = 50;

    public DateOnly Today { get; private set; }

    /// <summary>The bodies with items in force, with their count under the other filters.</summary>
    public List<(string Code, string Name, int Count)> Bodies { get; private set; } = [];

    public List<(ServiceTier Tier, int Count)> Tiers { get; private set; } = [];

    public List<(ServiceItemType Type, int Count)> Types { get; private set; } = [];

    /// <summary>主题 and 生活事件 of the items in force, with their count under the other filters.</summary>
    public List<(string Topic, int Count)> Topics { get; private set; } = [];

    public string? Topic { get; private set; }

    public string? BodyCode { get; private set; }

    public ServiceTier? Tier { get; private set; }

    public ServiceItemType? Type { get; private set; }

    public string? Keyword { get; private set; }

    public Dictionary<int, string> BodyNames { get; private set; } = [];

    public List<ServiceRow> Rows { get; private set; } = [];

    public int InForce { get; private set; }

    public Paging.Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(string? body, string? tier, string? type, string? topic, string? q, [FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        Today = db.Today();
        var standing = await ItemLedger.InForceAsync(db, Today);
        var all = (await db.ServiceItems.AsNoTracking().Where(ServiceItem.Public)
                .Select(i => new ServiceRow(i.Id, i.Code, i.Name, i.Type, i.BodyId, i.Tier, i.StatutoryDays, i.PromisedDays, i.OnSite, i.Topics))
                .ToListAsync())
            .Where(r => standing.ContainsKey(r.Id))
            .Select(r => r with { Tier = standing[r.Id] })
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        InForce = all.Count;
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new { b.Id, b.Code, b.Name }).ToListAsync();
        BodyNames = bodies.ToDictionary(b => b.Id, b => b.Name);

        // Unknown values are ignored rather than refused, as on the catalog: an old link shows more rather than an error.
        var bodyId = bodies.FirstOrDefault(b => b.Code == body)?.Id;
        BodyCode = bodyId is null ? null : body;
        Tier = Enum.GetValues<ServiceTier>().Cast<ServiceTier?>().FirstOrDefault(t => string.Equals(t.ToString(), tier, StringComparison.OrdinalIgnoreCase));
        Type = Enum.GetValues<ServiceItemType>().Cast<ServiceItemType?>().FirstOrDefault(t => string.Equals(t.ToString(), type, StringComparison.OrdinalIgnoreCase));
        Keyword = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, KeywordLength)];

        // Each facet counts the items under the other filters, so a number beside an option is what choosing it shows.
        var topics = all.ToDictionary(r => r.Id, r => ServiceTopics.Split(r.Topics));
        Topic = topics.Values.Any(t => t.Contains(topic ?? "\0")) ? topic : null;
        bool Matches(ServiceRow r, bool byBody = true, bool byTier = true, bool byType = true, bool byTopic = true) =>
            (!byBody || bodyId is null || r.BodyId == bodyId)
            && (!byTopic || Topic is null || topics[r.Id].Contains(Topic))
            && (!byTier || Tier is null || r.Tier == Tier)
            && (!byType || Type is null || r.Type == Type)
            && (Keyword is null || r.Name.Contains(Keyword, StringComparison.OrdinalIgnoreCase) || r.Code.Contains(Keyword, StringComparison.OrdinalIgnoreCase));

        var forBodies = all.Where(r => Matches(r, byBody: false)).GroupBy(r => r.BodyId).ToDictionary(g => g.Key, g => g.Count());
        var present = all.Select(r => r.BodyId).ToHashSet();
        Bodies = bodies.Where(b => present.Contains(b.Id)).Select(b => (b.Code, b.Name, forBodies.GetValueOrDefault(b.Id))).ToList();
        var forTiers = all.Where(r => Matches(r, byTier: false)).GroupBy(r => r.Tier).ToDictionary(g => g.Key, g => g.Count());
        Tiers = Enum.GetValues<ServiceTier>().Select(t => (t, forTiers.GetValueOrDefault(t))).ToList();
        var forTypes = all.Where(r => Matches(r, byType: false)).GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
        Types = Enum.GetValues<ServiceItemType>().Select(t => (t, forTypes.GetValueOrDefault(t))).ToList();

        var forTopics = all.Where(r => Matches(r, byTopic: false)).SelectMany(r => topics[r.Id]).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Topics = topics.Values.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).Select(t => (t, forTopics.GetValueOrDefault(t))).ToList();
        var matching = all.Where(r => Matches(r)).ToList();
        Pager = new Paging.Pager("/services", [("body", BodyCode), ("tier", Tier?.ToString().ToLowerInvariant()), ("type", Type?.ToString().ToLowerInvariant()), ("topic", Topic), ("q", Keyword)], pageNumber, PageSize, matching.Count);
        Rows = matching.Skip(Pager.Skip).Take(PageSize).ToList();
    }

    public static string Days(int? days) => days switch
    {
        null => "—",
        0 => "即办",
        _ => $"{days} 个工作日",
    };
}
