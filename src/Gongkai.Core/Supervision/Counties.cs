using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>
/// The county a register belongs to is a record, not a constant: a body without a parent is a county root, and
/// every body under it belongs to that county. A platform may hold several counties.
/// </summary>
public static class Counties
{
    public static Task<List<Body>> RootsAsync(GongkaiDb db, CancellationToken ct = default) =>
        db.Bodies.AsNoTracking().Where(b => b.ParentId == null).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);

    /// <summary>Every body's county root.</summary>
    public static async Task<Dictionary<int, int>> RootOfAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var parents = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ParentId }).ToDictionaryAsync(b => b.Id, b => b.ParentId, ct);
        var roots = new Dictionary<int, int>();
        foreach (var id in parents.Keys)
        {
            var at = id;
            // The tree has no cycles (the registry refuses them); the bound only keeps a damaged table from hanging.
            for (var depth = 0; depth < 64 && parents[at] is { } parent && parents.ContainsKey(parent); depth++)
            {
                at = parent;
            }

            roots[id] = at;
        }

        return roots;
    }

    public static async Task<int?> CountyOfAsync(GongkaiDb db, int bodyId, CancellationToken ct = default) =>
        (await RootOfAsync(db, ct)).TryGetValue(bodyId, out var root) ? root : null;

    /// <summary>The bodies of a county in the registry's order, the county government first.</summary>
    public static async Task<List<Body>> BodiesAsync(GongkaiDb db, int countyId, CancellationToken ct = default)
    {
        var roots = await RootOfAsync(db, ct);
        var ids = roots.Where(r => r.Value == countyId).Select(r => r.Key).ToHashSet();
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);
        return [.. bodies.Where(b => ids.Contains(b.Id))];
    }

    /// <summary>The county of a member of staff: that of the first body where they hold a role, or the first county.</summary>
    public static async Task<int?> HomeCountyAsync(GongkaiDb db, IEnumerable<int> grantBodyIds, CancellationToken ct = default)
    {
        var roots = await RootOfAsync(db, ct);
        foreach (var id in grantBodyIds)
        {
            if (roots.TryGetValue(id, out var root))
            {
                return root;
            }
        }

        return (await RootsAsync(db, ct)).FirstOrDefault()?.Id;
    }

    /// <summary>Finds a catalog item by its 索引号 for a link; null for a blank entry, a problem for an unknown one.</summary>
    internal static async Task<(int? Id, string? Problem)> CatalogLinkAsync(GongkaiDb db, string? indexNumber, CancellationToken ct)
    {
        var number = Text.Blank(indexNumber);
        if (number is null)
        {
            return (null, null);
        }

        var id = await db.CatalogItems.AsNoTracking().Where(i => i.IndexNumber == number).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
        return id is null ? (null, $"没有索引号为“{Text.Short(number)}”的信息。") : (id, null);
    }

    internal static async Task<string?> IndexNumberOfAsync(GongkaiDb db, int? itemId, CancellationToken ct) =>
        itemId is null ? null : await db.CatalogItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.IndexNumber).SingleOrDefaultAsync(ct);

    /// <summary>The change history of one record from the audit log, oldest first.</summary>
    public static Task<List<AuditEvent>> HistoryAsync(GongkaiDb db, string entityType, int id, CancellationToken ct = default)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var prefix = key + ":";
        return db.AuditEvents.AsNoTracking()
            .Where(e => (e.EntityType == entityType && e.EntityId == key) || (e.EntityType == entityType + "Partner" && e.EntityId.StartsWith(prefix))
                || (entityType == nameof(Meeting) && e.EntityType == nameof(MeetingAttendance) && e.EntityId.StartsWith(prefix)))
            .OrderBy(e => e.Id).Take(500).ToListAsync(ct);
    }
}

/// <summary>Checks of free text shared by the registers' inputs.</summary>
internal static class Text
{
    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string Short(string s) => s.Length > 30 ? s[..30] + "…" : s;

    public static void Required(string? value, int max, string label, List<string> problems)
    {
        if (Blank(value) is null)
        {
            problems.Add($"请填写{label}。");
        }
        else
        {
            Optional(value, max, label, problems);
        }
    }

    public static void Optional(string? value, int max, string label, List<string> problems)
    {
        if (value?.Trim().Length > max)
        {
            problems.Add($"{label}不能超过 {max} 个字。");
        }
    }

    public static void Date(DateOnly? date, string label, List<string> problems)
    {
        if (date is null)
        {
            problems.Add($"请填写{label}。");
        }
        else if (date.Value.Year is < 2000 or > 2100)
        {
            problems.Add($"{label}应在 2000 年至 2100 年之间。");
        }
    }

    public static void Url(string? url, List<string> problems)
    {
        if (Blank(url) is { } u && !(Uri.TryCreate(u, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            problems.Add("链接应为以 http:// 或 https:// 开头的网址。");
        }
    }
}
