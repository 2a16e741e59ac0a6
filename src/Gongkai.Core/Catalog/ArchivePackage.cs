using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>
/// One body's archive entries of one year as a package that can be checked without Gongkai. The chain is
/// the platform's, so the body's entries are not next to each other in it: the package carries the whole
/// stretch of the chain from the entry before the body's first one to the first daily head after its last
/// one. Other bodies' entries of format 2 come as hashes only (the hash of their manifest), so every link
/// and every head can be checked without their content.
/// </summary>
public static class ArchivePackage
{
    public static async Task<int> ExportAsync(GongkaiDb db, int bodyId, int year, string directory, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.Combine(directory, "files"));
        var own = db.ArchiveEntries.AsNoTracking().Where(e => e.BodyId == bodyId && e.Year == year);
        var first = await own.OrderBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        var last = await own.OrderByDescending(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        JsonObject? before = null;
        var list = new JsonArray();
        var heads = new JsonArray();
        var ownCount = 0;
        if (first is { } from && last is { } to)
        {
            var previous = await db.ArchiveEntries.AsNoTracking().Where(e => e.Id < from).OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(ct);
            if (previous is not null)
            {
                before = new JsonObject { ["entry"] = previous.Id, ["hash"] = previous.Hash, ["count"] = await db.ArchiveEntries.LongCountAsync(e => e.Id <= previous.Id, ct) };
            }

            // Up to the first published head that covers the body's last entry, so that no entry of the package is left unanchored.
            var end = await db.ArchiveHeads.AsNoTracking().Where(h => h.LastEntryId >= to).OrderBy(h => h.LastEntryId).Select(h => (long?)h.LastEntryId).FirstOrDefaultAsync(ct) ?? to;
            foreach (var h in await db.ArchiveHeads.AsNoTracking().Where(h => h.LastEntryId >= from && h.LastEntryId <= end).OrderBy(h => h.Date).ToListAsync(ct))
            {
                heads.Add(ArchiveHeads.ToJson(new SavedHead(h.Date, h.LastEntryId, h.Count, h.Hash)));
            }

            var lastId = previous?.Id ?? 0;
            while (true)
            {
                var batch = await db.ArchiveEntries.AsNoTracking().Where(e => e.Id > lastId && e.Id <= end).OrderBy(e => e.Id).Take(2000).ToListAsync(ct);
                if (batch.Count == 0)
                {
                    break;
                }

                foreach (var e in batch)
                {
                    list.Add(await EntryAsync(db, e, e.BodyId == bodyId && e.Year == year, directory, ct));
                    ownCount += e.BodyId == bodyId && e.Year == year ? 1 : 0;
                }

                lastId = batch[^1].Id;
            }
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == bodyId, ct);
        var package = new JsonObject
        {
            ["format"] = Archive.ExportFormat,
            ["body"] = body.Name,
            ["bodyCode"] = body.Code,
            ["year"] = year,
            ["hashRule"] = "格式 1：hash = hex(SHA-256(UTF-8(prevHash + \"\\n\" + manifest)))；格式 2：hash = hex(SHA-256(UTF-8(prevHash + \"\\n\" + manifestSha256)))，manifestSha256 = hex(SHA-256(UTF-8(manifest)))；附件文件名即其 SHA-256",
            ["before"] = before,
            ["count"] = list.Count,
            ["bodyEntries"] = ownCount,
            ["heads"] = heads,
            ["entries"] = list,
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "manifest.json"), package.ToJsonString(new JsonSerializerOptions(GongkaiDb.JsonOptions) { WriteIndented = true }), ct);
        await File.WriteAllTextAsync(Path.Combine(directory, "README.txt"), $"""
            {body.Name} {year} 年政府信息公开档案（Gongkai 导出）

            全县平台各单位共用一条哈希链。manifest.json 的 entries 是链上连续的一段：从本单位本年第一个条目
            起，到覆盖本单位本年最后一个条目的第一个每日链头为止；before 是这一段之前的条目（其 hash 和自链首
            起的条目数）。本单位本年的条目（own 为 true）带完整的 manifest（该公开版本的元数据清单，含正文和
            每个附件的 SHA-256）；其他单位的格式 2 条目只带 manifestSha256。heads 是这一段内的每日链头，
            应与门户网站 /archive/heads 公布的（或您早先保存的）链头逐一相同。校验方法：
              1. 第一个条目的 prevHash 等于 before.hash（没有 before 时为 64 个 0），此后每个条目的 prevHash
                 等于前一条目的 hash——缺少或多出任何条目，链接即断开；
              2. 对每个条目按其格式（format）计算 hash：格式 1 为 SHA-256(prevHash + 换行符 + manifest)，
                 格式 2 为 SHA-256(prevHash + 换行符 + manifestSha256)，manifestSha256 为 SHA-256(manifest)；
              3. count 等于条目数；每个链头所指的条目（lastEntry）的 hash 等于链头的 hash，且 before.count
                 加上截至该条目的包内条目数等于链头的 count；
              4. files/ 目录中每个文件以其 SHA-256 命名，重新计算其 SHA-256 应与文件名及清单一致。
            可用 `gongkai archive verify-package 本目录` 校验，也可用任何 SHA-256 工具手工校验。

            """, ct);
        return ownCount;
    }

    private static async Task<JsonObject> EntryAsync(GongkaiDb db, ArchiveEntry e, bool own, string directory, CancellationToken ct)
    {
        var node = new JsonObject
        {
            ["entry"] = e.Id,
            ["format"] = e.Format,
            ["own"] = own,
            ["prevHash"] = e.PrevHash,
            ["hash"] = e.Hash,
        };
        if (!own && e.Format >= 2)
        {
            node["manifestSha256"] = Archive.Sha256(e.Manifest);
            return node;
        }

        // Format 1 hashed the manifest itself: its link can only be checked with it.
        node["manifest"] = e.Manifest;
        if (own)
        {
            foreach (var file in (Archive.TryParse(e.Manifest) as JsonObject)?["files"] as JsonArray ?? [])
            {
                var sha = Archive.Text((file as JsonObject)?["sha256"]) ?? "";
                var target = Path.Combine(directory, "files", sha);
                if (IsSha256(sha) && !File.Exists(target))
                {
                    var bytes = await Blobs.ReadAsync(db, sha, ct);
                    if (bytes is not null)
                    {
                        await File.WriteAllBytesAsync(target, bytes, ct);
                    }
                }
            }
        }

        return node;
    }

    private static bool IsSha256(string s) => s.Length == 64 && s.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>
    /// Checks a package offline: every link, every hash, the count, the heads it carries and, when given,
    /// heads saved from the portal. One Chinese line per problem; a malformed manifest.json is one problem.
    /// </summary>
    public static List<string> Verify(string directory, IReadOnlyList<SavedHead>? published = null)
    {
        var problems = new List<string>();
        JsonNode? package;
        try
        {
            package = Archive.TryParse(File.ReadAllText(Path.Combine(directory, "manifest.json")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [$"无法读取 manifest.json：{e.Message}"];
        }

        if (package is not JsonObject || package["entries"] is not JsonArray entries)
        {
            return ["manifest.json 不是档案包清单（不是有效的 JSON，或缺少 entries 列表）。"];
        }

        var format = Archive.Text(package["format"]);

        if (format is not (Archive.ExportFormat or "gongkai-archive-export/1"))
        {
            return [$"manifest.json 的格式“{format}”无法识别（应为 {Archive.ExportFormat}）。"];
        }

        var chained = format == Archive.ExportFormat;
        var before = package["before"] as JsonObject;
        var prev = chained && before is not null ? Archive.Text(before["hash"]) : Archive.Genesis;
        var prevId = chained && before is not null ? Archive.Int(before["entry"]) : 0;
        var n = chained && before is not null ? Archive.Int(before["count"]) : 0;
        if (prev is null || prevId is null || n is null || (before is null && package["before"] is not null))
        {
            return ["manifest.json 的 before 格式不正确（应有 entry、hash、count）。"];
        }

        var seen = new Dictionary<long, (string Hash, long Count)>();
        var own = 0;
        foreach (var (node, position) in entries.Select((x, i) => (x as JsonObject, i + 1)))
        {
            var id = Archive.Int(node?["entry"]);
            var prevHash = Archive.Text(node?["prevHash"]);
            var hash = Archive.Text(node?["hash"]);
            var entryFormat = Archive.Int(node?["format"]) ?? 1;
            var manifest = Archive.Text(node?["manifest"]);
            var manifestSha = Archive.Text(node?["manifestSha256"]) ?? (manifest is null ? null : Archive.Sha256(manifest));
            if (id is null || prevHash is null || hash is null || manifestSha is null || entryFormat is < 1 or > Archive.CurrentFormat)
            {
                problems.Add($"第 {position} 个条目格式不正确（应有 entry、prevHash、hash 和 manifest 或 manifestSha256）");
                prev = hash ?? "";
                continue;
            }

            if (chained || id == prevId + 1)
            {
                if (id <= prevId)
                {
                    problems.Add($"条目 #{id}：排在条目 #{prevId} 之后，顺序错乱");
                }
                else if (prevHash != prev)
                {
                    problems.Add($"条目 #{id}：与前一条目 #{prevId} 的链接断开（中间的条目被删除、增加或改动）");
                }
            }

            if (manifest is not null && Archive.Text(node?["manifestSha256"]) is { } stated && stated != Archive.Sha256(manifest))
            {
                problems.Add($"条目 #{id}：清单与其 manifestSha256 不符");
            }

            var computed = entryFormat >= 2 ? Archive.LinkHash(prevHash, manifestSha) : Archive.ChainHash(prevHash, manifest ?? "", 1);
            if (computed != hash || (entryFormat == 1 && manifest is null))
            {
                problems.Add($"条目 #{id}：清单与哈希不符");
            }

            var isOwn = node?["own"] is JsonValue o && o.TryGetValue<bool>(out var b) ? b : !chained;
            own += isOwn ? 1 : 0;
            if (isOwn)
            {
                CheckFiles(directory, id.Value, manifest, problems);
            }

            n++;
            seen[id.Value] = (hash, n.Value);
            prev = hash;
            prevId = id;
        }

        if (!chained)
        {
            return problems;
        }

        if (Archive.Int(package["count"]) is not { } count || count != entries.Count)
        {
            problems.Add($"清单记载 {package["count"]?.ToJsonString() ?? "（无）"} 个条目，实际有 {entries.Count} 个（条目被删除或增加）");
        }

        if (Archive.Int(package["bodyEntries"]) is not { } stated2 || stated2 != own)
        {
            problems.Add($"清单记载本单位条目 {package["bodyEntries"]?.ToJsonString() ?? "（无）"} 个，实际有 {own} 个（条目被删除或增加）");
        }

        var heads = new List<SavedHead>();
        foreach (var h in package["heads"] as JsonArray ?? [])
        {
            if (ArchiveHeads.Read(h) is { } head)
            {
                heads.Add(head);
            }
            else
            {
                problems.Add("链头格式不正确（应有 date、lastEntry、count、hash）");
            }
        }

        foreach (var h in heads)
        {
            var day = h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (!seen.TryGetValue(h.LastEntryId, out var at))
            {
                problems.Add($"{day} 的链头所指条目 #{h.LastEntryId} 不在包中（条目被删除）");
            }
            else if (at.Hash != h.Hash || at.Count != h.Count)
            {
                problems.Add($"{day} 的链头（条目 #{h.LastEntryId}，{h.Count} 个条目）与包中的条目不符（链头或条目被改动）");
            }
        }

        // A head saved from the portal names an entry and its hash: wherever that entry is in the package, they
        // must agree. (Today's head moves during the day, so heads are matched by entry, not by date.)
        foreach (var p in published ?? [])
        {
            if (seen.TryGetValue(p.LastEntryId, out var at) && at != (p.Hash, p.Count))
            {
                problems.Add($"公布的 {p.Date:yyyy-MM-dd} 链头（条目 #{p.LastEntryId}，{p.Count} 个条目）与包中的条目不符（档案包或档案被改写）");
            }
        }

        return problems;
    }

    private static void CheckFiles(string directory, long id, string? manifest, List<string> problems)
    {
        var files = manifest is null ? null : (Archive.TryParse(manifest) as JsonObject)?["files"] as JsonArray;
        if (files is null)
        {
            problems.Add($"条目 #{id}：缺少清单或清单中没有附件列表");
            return;
        }

        foreach (var file in files)
        {
            var sha = Archive.Text((file as JsonObject)?["sha256"]) ?? "";
            var name = Archive.Text((file as JsonObject)?["name"]) ?? "";
            var path = Path.Combine(directory, "files", sha);
            if (!IsSha256(sha) || !File.Exists(path) || Archive.Sha256(File.ReadAllBytes(path)) != sha)
            {
                problems.Add($"条目 #{id}：附件“{name}”缺失或内容不符");
            }
        }
    }
}
