using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>
/// The head of the archive chain at the end of a day (Beijing date): how many entries there were, the
/// last one and its hash. The chain is one for the whole county platform (every body's entries), so
/// there is one head per day for the platform. Published on the portal, where anyone can copy them,
/// heads anchor the chain outside the database: whoever rewrites an entry and re-chains everything
/// after it changes every later head, and a saved copy shows it.
/// </summary>
public sealed class ArchiveHead
{
    public DateOnly Date { get; set; }

    public long LastEntryId { get; set; }

    public long Count { get; set; }

    public string Hash { get; set; } = "";

    /// <summary>When the row was last written; today's row is rewritten with every publication.</summary>
    public DateTimeOffset At { get; set; }
}

/// <summary>A head as someone saved it: from the portal's feed or page, an export, or this database.</summary>
public sealed record SavedHead(DateOnly Date, long LastEntryId, long Count, string Hash);

public static class ArchiveHeads
{
    public const string FeedFormat = "gongkai-archive-heads/1";

    /// <summary>
    /// Makes today's head the chain's last entry. Call under the archive lock, inside the transaction that
    /// appended, after the entries are saved: a day's row then ends as the chain stood at the day's end.
    /// </summary>
    public static async Task RecordAsync(GongkaiDb db, CancellationToken ct)
    {
        var last = await db.ArchiveEntries.AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return;
        }

        var today = db.Today();
        var latest = await db.ArchiveHeads.OrderByDescending(h => h.Date).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.Date == today && latest.LastEntryId >= last.Id)
        {
            // A head only moves forward (the database refuses anything else); a disagreement is for verify to report.
            return;
        }

        // Counting from the previous head keeps this a short index range however long the chain is.
        var count = latest is null || latest.LastEntryId > last.Id
            ? await db.ArchiveEntries.LongCountAsync(e => e.Id <= last.Id, ct)
            : latest.Count + await db.ArchiveEntries.LongCountAsync(e => e.Id > latest.LastEntryId && e.Id <= last.Id, ct);
        var row = latest?.Date == today ? latest : await db.ArchiveHeads.SingleOrDefaultAsync(h => h.Date == today, ct);
        if (row is null)
        {
            row = new ArchiveHead { Date = today };
            db.ArchiveHeads.Add(row);
        }

        row.LastEntryId = last.Id;
        row.Hash = last.Hash;
        row.Count = count;
        row.At = db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The timer's round: a day without publications still gets its row, so every day has a head to mirror.</summary>
    public static async Task RecordTodayAsync(GongkaiDb db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using (await ArchiveLock.AcquireAsync(db, ct))
        {
            await RecordAsync(db, ct);
            await tx.CommitAsync(ct);
        }
    }

    /// <summary>The head as of the end of <paramref name="date"/>: the last row on or before it, once that day is over.</summary>
    public static async Task<ArchiveHead?> AsOfAsync(GongkaiDb db, DateOnly date, CancellationToken ct) =>
        date >= db.Today() ? null : await db.ArchiveHeads.AsNoTracking().Where(h => h.Date <= date).OrderByDescending(h => h.Date).FirstOrDefaultAsync(ct);

    public static async Task<List<SavedHead>> SavedAsync(GongkaiDb db, CancellationToken ct) =>
        (await db.ArchiveHeads.AsNoTracking().OrderBy(h => h.Date).ToListAsync(ct)).Select(h => new SavedHead(h.Date, h.LastEntryId, h.Count, h.Hash)).ToList();

    public static JsonObject ToJson(SavedHead h) => new()
    {
        ["date"] = h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["lastEntry"] = h.LastEntryId,
        ["count"] = h.Count,
        ["hash"] = h.Hash,
    };

    /// <summary>The feed anyone can mirror: the county, where it was published, and every head, newest first.</summary>
    public static string Feed(string county, string self, DateTimeOffset generated, IEnumerable<SavedHead> heads) => new JsonObject
    {
        ["format"] = FeedFormat,
        ["county"] = county,
        ["scope"] = "全县平台各单位共用一条公开档案哈希链",
        ["self"] = self,
        ["generated"] = Archive.Instant(generated),
        ["rule"] = "链头 = 当日结束时最后一个档案条目的 hash；count 为自第一个条目起至该条目的条目数",
        ["heads"] = new JsonArray([.. heads.OrderByDescending(h => h.Date).Select(h => (JsonNode)ToJson(h))]),
    }.ToJsonString(new JsonSerializerOptions(GongkaiDb.JsonOptions) { WriteIndented = true });

    /// <summary>Reads heads from a saved feed (or a list of heads); a malformed one gives a Chinese message, never an exception.</summary>
    public static List<SavedHead> Parse(string json, out string? error)
    {
        error = null;
        var root = Archive.TryParse(json);
        var list = root is JsonObject o ? o["heads"] as JsonArray : root as JsonArray;
        if (list is null)
        {
            error = "不是链头清单（应为 /archive/heads.json 保存的 JSON，含 heads 列表）";
            return [];
        }

        var heads = new List<SavedHead>();
        foreach (var (node, n) in list.Select((x, i) => (x, i + 1)))
        {
            var head = Read(node);
            if (head is null)
            {
                error = $"第 {n} 个链头格式不正确（应有 date、lastEntry、count、hash）";
                return [];
            }

            heads.Add(head);
        }

        return heads;
    }

    internal static SavedHead? Read(JsonNode? json)
    {
        var node = json as JsonObject;
        var date = Archive.Text(node?["date"]);
        var id = Archive.Int(node?["lastEntry"]);
        var count = Archive.Int(node?["count"]);
        var hash = Archive.Text(node?["hash"]);
        return date is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && id is > 0 && count is > 0 && hash is not null
            ? new SavedHead(d, id.Value, count.Value, hash)
            : null;
    }

    /// <summary>
    /// Holds the database's chain against heads saved elsewhere: each head's entry must still carry the
    /// head's hash, with the head's number of entries up to it. The earliest head that disagrees is named
    /// with its day, and the last head before it that agrees bounds where the rewriting began.
    /// </summary>
    public static async Task<List<ArchiveProblem>> CheckAsync(GongkaiDb db, IReadOnlyList<SavedHead> heads, string source, CancellationToken ct)
    {
        var problems = new List<ArchiveProblem>();
        SavedHead? lastGood = null;
        var failed = 0;
        long countedTo = 0, counted = 0;
        foreach (var h in heads.OrderBy(h => h.LastEntryId).ThenBy(h => h.Date))
        {
            var hash = await db.ArchiveEntries.AsNoTracking().Where(e => e.Id == h.LastEntryId).Select(e => e.Hash).SingleOrDefaultAsync(ct);

            // Counted from the previous head on, so that a year of heads reads the chain's keys once, not once per day.
            counted += await db.ArchiveEntries.LongCountAsync(e => e.Id > countedTo && e.Id <= h.LastEntryId, ct);
            countedTo = h.LastEntryId;
            var count = hash is null ? 0 : counted;
            if (hash == h.Hash && count == h.Count)
            {
                lastGood = h;
                continue;
            }

            if (++failed > 1)
            {
                continue;
            }

            var day = h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var since = lastGood is null ? "自第一个条目起" : $"在 {lastGood.Date:yyyy-MM-dd} 的链头（条目 #{lastGood.LastEntryId}）之后";
            var what = hash is null ? $"条目 #{h.LastEntryId} 已不存在（条目被删除）"
                : hash != h.Hash ? $"条目 #{h.LastEntryId} 的哈希已不是链头记载的 {h.Hash[..Math.Min(16, h.Hash.Length)]}…（档案被改写并重新链接）"
                : $"截至条目 #{h.LastEntryId} 有 {count} 个条目，链头记载 {h.Count} 个（条目被删除或插入）";
            problems.Add(new(h.LastEntryId, $"{source} {day} 的链头与数据库不符：{what}；改动{since}、{day} 当日或之前的条目"));
        }

        if (failed > 1)
        {
            problems.Add(new(null, $"{source}链头中另有 {failed - 1} 个与数据库不符（均在上述改动之后）"));
        }

        return problems;
    }
}
