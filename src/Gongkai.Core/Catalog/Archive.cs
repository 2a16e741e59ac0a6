using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>
/// One entry of the disclosure archive (公开档案): the manifest of a published version (its metadata,
/// the hash of its body text and the SHA-256 of every file) chained to the entry before it.
/// </summary>
public sealed class ArchiveEntry
{
    public long Id { get; set; }

    public long VersionId { get; set; }

    public CatalogVersion? Version { get; set; }

    public int ItemId { get; set; }

    public int BodyId { get; set; }

    public int Year { get; set; }

    public int VersionNumber { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>
    /// Which manifest the entry carries: 1 for entries written before 2026-12-07 (the version's metadata
    /// only), 2 since (also the publication instant, the year and every other column of the version). The
    /// manifest of format 2 names its format, so lowering this marker makes the manifest disagree.
    /// </summary>
    public int Format { get; set; }

    public string Manifest { get; set; } = "";

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

public sealed record ArchiveProblem(long? EntryId, string What);

public static class Archive
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The manifest format of entries written now; see <see cref="ArchiveEntry.Format"/> and ADR 0003.</summary>
    public const int CurrentFormat = 2;

    public const string ExportFormat = "gongkai-archive-export/2";

    private static readonly JsonSerializerOptions Json = GongkaiDb.JsonOptions;

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Format 1 hashes the manifest itself; format 2 hashes the manifest's SHA-256, so that a link between
    /// two entries can be checked from the hashes alone, without another body's manifest.
    /// </summary>
    public static string ChainHash(string prevHash, string manifest, int format) =>
        format >= 2 ? LinkHash(prevHash, Sha256(manifest)) : Sha256(prevHash + "\n" + manifest);

    public static string LinkHash(string prevHash, string manifestSha256) => Sha256(prevHash + "\n" + manifestSha256);

    /// <summary>An instant as the manifest records it: UTC to the millisecond, which both databases keep exactly.</summary>
    public static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The canonical manifest of a version in a format: the same row always gives the same text.</summary>
    public static string ManifestOf(CatalogVersion v, int format = CurrentFormat)
    {
        var node = new JsonObject();
        if (format >= 2)
        {
            node["format"] = format;
        }

        node["item"] = v.ItemId;
        node["version"] = v.Number;
        node["body"] = v.BodyId;
        node["indexNumber"] = v.IndexNumber;
        node["title"] = v.Title;
        node["summary"] = v.Summary;
        node["documentNumber"] = v.DocumentNumber;
        node["writtenOn"] = Date(v.WrittenOn);
        node["publishedOn"] = Date(v.PublishedOn);
        node["publisher"] = v.Publisher;
        node["topic"] = v.Topic;
        node["statutoryCategory"] = v.StatutoryCategory;
        node["keyArea"] = v.KeyArea;
        node["keywords"] = v.Keywords;
        node["validity"] = v.Validity.ToString();
        node["mode"] = v.Mode.ToString();
        node["scope"] = v.Scope;
        node["correctionNote"] = v.CorrectionNote;
        node["bodySha256"] = Sha256(v.BodyHtml);
        node["files"] = JsonNode.Parse(v.Files);
        if (format >= 2)
        {
            // Format 1 left these out, so they could be changed without the chain noticing.
            node["publishedAt"] = Instant(v.PublishedAt);
            node["year"] = v.Year;
            node["keyAreaTop"] = v.KeyAreaTop;
            node["validityChangedOn"] = v.ValidityChangedOn is { } changed ? Date(changed) : null;
        }

        // Versions published before review checks existed keep their manifest, and so their hash, unchanged.
        if (v.ReviewChecks is not null)
        {
            node["reviewChecks"] = JsonNode.Parse(v.ReviewChecks);
        }

        return node.ToJsonString(Json);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The hash the next entry chains to; read under the archive lock.</summary>
    public static async Task<string> LastHashAsync(GongkaiDb db, CancellationToken ct) =>
        await db.ArchiveEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(ct) ?? Genesis;

    /// <summary>The entry of a just-published version, chained to <paramref name="prevHash"/>; the caller adds it.</summary>
    public static ArchiveEntry EntryFor(CatalogVersion version, string prevHash)
    {
        var manifest = ManifestOf(version);
        return new ArchiveEntry
        {
            Version = version,
            ItemId = version.ItemId,
            BodyId = version.BodyId,
            Year = version.Year,
            VersionNumber = version.Number,
            At = version.PublishedAt,
            Format = CurrentFormat,
            Manifest = manifest,
            PrevHash = prevHash,
            Hash = ChainHash(prevHash, manifest, CurrentFormat),
        };
    }

    /// <summary>
    /// Checks every archived byte and row: the chain, each entry's own columns and each manifest against
    /// its version row, each file against its recorded SHA-256, that no published version lacks an entry,
    /// and the daily heads the database keeps (<see cref="ArchiveHeads"/>).
    /// </summary>
    public static async Task<List<ArchiveProblem>> VerifyAsync(GongkaiDb db, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var problems = new List<ArchiveProblem>();
        var prev = Genesis;
        long lastId = 0;
        var format = 1;
        var seenVersions = new HashSet<long>();
        var checkedBlobs = new Dictionary<string, bool>(StringComparer.Ordinal);
        long count = 0;
        while (true)
        {
            var batch = await db.ArchiveEntries.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(2000).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var versionIds = batch.Select(e => e.VersionId).ToList();
            var versions = await db.CatalogVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
            foreach (var e in batch)
            {
                var label = $"档案条目 #{e.Id}（条目 {e.ItemId} 第 {e.VersionNumber} 版）";
                void Problem(string what) => problems.Add(new(e.Id, $"{label}：{what}"));
                if (e.PrevHash != prev)
                {
                    Problem("与前一条目的链接断开（前一条目被删除或改动）");
                }

                if (ChainHash(e.PrevHash, e.Manifest, e.Format) != e.Hash)
                {
                    Problem("清单内容与其哈希不符（清单被改动）");
                }

                if (e.Format is < 1 or > CurrentFormat)
                {
                    Problem($"格式标记 {e.Format} 无效（标记被改动）");
                }
                else if (e.Format < format)
                {
                    // Formats only go up along the chain: a lowered marker would check the entry under the older, weaker rule.
                    Problem($"格式标记为 {e.Format}，而此前的条目已是格式 {format}（标记被改低）");
                }

                format = Math.Max(format, e.Format);
                prev = e.Hash;
                seenVersions.Add(e.VersionId);
                if (TryParse(e.Manifest) is not JsonObject manifest)
                {
                    Problem("清单不是有效的 JSON 对象（清单被改动）");
                    continue;
                }

                CheckColumns(e, manifest, Problem);
                if (!versions.TryGetValue(e.VersionId, out var v))
                {
                    Problem("对应的公开版本记录已不存在");
                    continue;
                }

                if (ManifestOf(v, e.Format) != e.Manifest)
                {
                    Problem($"公开版本记录（索引号 {v.IndexNumber}）与归档清单不一致，记录被改动");
                }

                if (e.Format == 1 && (Instant(e.At) != Instant(v.PublishedAt) || e.Year != v.Year || v.Year != v.PublishedOn.Year))
                {
                    // Format 1 did not hash these: the two records can only be held against each other.
                    Problem($"公开时间或年份在档案条目与公开版本记录（索引号 {v.IndexNumber}）之间不一致，记录被改动（旧格式条目，这两项不在哈希内）");
                }

                foreach (var file in manifest["files"] as JsonArray ?? [])
                {
                    var sha = Text((file as JsonObject)?["sha256"]) ?? "";
                    var name = Text((file as JsonObject)?["name"]) ?? "";
                    if (!checkedBlobs.TryGetValue(sha, out var ok))
                    {
                        byte[]? blob;
                        try
                        {
                            blob = await Blobs.ReadAsync(db, sha, ct);
                        }
                        catch (BlobMissingException)
                        {
                            // Gone from the file store, or changed there: reported like a changed row.
                            blob = null;
                        }

                        ok = blob is not null && Sha256(blob) == sha;
                        checkedBlobs[sha] = ok;
                    }

                    if (!ok)
                    {
                        Problem($"附件“{name}”的内容与归档时的 SHA-256（{sha[..Math.Min(12, sha.Length)]}…）不符或已丢失");
                    }
                }
            }

            lastId = batch[^1].Id;
            count += batch.Count;
            progress?.Report(count);
        }

        var missing = await db.CatalogVersions.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.IndexNumber, v.Number }).ToListAsync(ct);
        foreach (var m in missing.Where(m => !seenVersions.Contains(m.Id)))
        {
            problems.Add(new(null, $"公开版本（索引号 {m.IndexNumber} 第 {m.Number} 版）没有档案条目：最后的档案条目可能被删除"));
        }

        problems.AddRange(await ArchiveHeads.CheckAsync(db, await ArchiveHeads.SavedAsync(db, ct), "数据库中记录的", ct));
        return problems;
    }

    /// <summary>The entry's own columns against what its manifest (and so its hash) says.</summary>
    private static void CheckColumns(ArchiveEntry e, JsonObject manifest, Action<string> problem)
    {
        var manifestFormat = Int(manifest["format"]) ?? 1;
        if (manifestFormat != e.Format)
        {
            problem($"格式标记 {e.Format} 与清单记载的格式 {manifestFormat} 不符（标记被改动）");
        }

        if (Int(manifest["item"]) != e.ItemId || Int(manifest["version"]) != e.VersionNumber || Int(manifest["body"]) != e.BodyId)
        {
            problem("档案条目的单位、信息或版次字段与清单不符（字段被改动）");
        }

        if (manifestFormat >= 2 && (Int(manifest["year"]) != e.Year || Text(manifest["publishedAt"]) != Instant(e.At)))
        {
            problem("档案条目的公开时间或年份与清单不符（字段被改动）");
        }
    }

    internal static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A JSON number as an integer, or null when the node is missing or not an integral number.</summary>
    internal static long? Int(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) ? n : null;

    internal static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
