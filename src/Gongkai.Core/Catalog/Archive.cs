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

    public string Manifest { get; set; } = "";

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

public sealed record ArchiveProblem(long? EntryId, string What);

public static class Archive
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly JsonSerializerOptions Json = GongkaiDb.JsonOptions;

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    public static string ChainHash(string prevHash, string manifest) => Sha256(prevHash + "\n" + manifest);

    /// <summary>The canonical manifest of a version: the same row always gives the same text.</summary>
    public static string ManifestOf(CatalogVersion v)
    {
        var node = new JsonObject
        {
            ["item"] = v.ItemId,
            ["version"] = v.Number,
            ["body"] = v.BodyId,
            ["indexNumber"] = v.IndexNumber,
            ["title"] = v.Title,
            ["summary"] = v.Summary,
            ["documentNumber"] = v.DocumentNumber,
            ["writtenOn"] = v.WrittenOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["publishedOn"] = v.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["publisher"] = v.Publisher,
            ["topic"] = v.Topic,
            ["statutoryCategory"] = v.StatutoryCategory,
            ["keyArea"] = v.KeyArea,
            ["keywords"] = v.Keywords,
            ["validity"] = v.Validity.ToString(),
            ["mode"] = v.Mode.ToString(),
            ["scope"] = v.Scope,
            ["correctionNote"] = v.CorrectionNote,
            ["bodySha256"] = Sha256(v.BodyHtml),
            ["files"] = JsonNode.Parse(v.Files),
        };
        // Versions published before review checks existed keep their manifest, and so their hash, unchanged.
        if (v.ReviewChecks is not null)
        {
            node["reviewChecks"] = JsonNode.Parse(v.ReviewChecks);
        }

        return node.ToJsonString(Json);
    }

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
            Manifest = manifest,
            PrevHash = prevHash,
            Hash = ChainHash(prevHash, manifest),
        };
    }

    /// <summary>
    /// Checks every archived byte and row: the chain, each manifest against its version row, each file
    /// against its recorded SHA-256, and that no published version lacks an entry.
    /// </summary>
    public static async Task<List<ArchiveProblem>> VerifyAsync(GongkaiDb db, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var problems = new List<ArchiveProblem>();
        var prev = Genesis;
        long lastId = 0;
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
                if (e.PrevHash != prev)
                {
                    problems.Add(new(e.Id, $"{label}：与前一条目的链接断开（前一条目被删除或改动）"));
                }

                if (ChainHash(e.PrevHash, e.Manifest) != e.Hash)
                {
                    problems.Add(new(e.Id, $"{label}：清单内容与其哈希不符（清单被改动）"));
                }

                prev = e.Hash;
                seenVersions.Add(e.VersionId);
                if (!versions.TryGetValue(e.VersionId, out var v))
                {
                    problems.Add(new(e.Id, $"{label}：对应的公开版本记录已不存在"));
                    continue;
                }

                if (ManifestOf(v) != e.Manifest)
                {
                    problems.Add(new(e.Id, $"{label}：公开版本记录（索引号 {v.IndexNumber}）与归档清单不一致，记录被改动"));
                }

                foreach (var file in JsonNode.Parse(e.Manifest)!["files"]!.AsArray())
                {
                    var sha = (string)file!["sha256"]!;
                    var name = (string)file["name"]!;
                    if (!checkedBlobs.TryGetValue(sha, out var ok))
                    {
                        var blob = await db.Blobs.AsNoTracking().Where(b => b.Sha256 == sha).Select(b => b.Content).SingleOrDefaultAsync(ct);
                        ok = blob is not null && Sha256(blob) == sha;
                        checkedBlobs[sha] = ok;
                    }

                    if (!ok)
                    {
                        problems.Add(new(e.Id, $"{label}：附件“{name}”的内容与归档时的 SHA-256（{sha[..12]}…）不符或已丢失"));
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

        return problems;
    }

    /// <summary>
    /// Writes one body's entries of one year as a package that can be checked without Gongkai: the
    /// manifests with their chain hashes, the files under their SHA-256, and how to check them.
    /// </summary>
    public static async Task<int> ExportAsync(GongkaiDb db, int bodyId, int year, string directory, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.Combine(directory, "files"));
        var entries = await db.ArchiveEntries.AsNoTracking().Where(e => e.BodyId == bodyId && e.Year == year).OrderBy(e => e.Id).ToListAsync(ct);
        var list = new JsonArray();
        foreach (var e in entries)
        {
            foreach (var file in JsonNode.Parse(e.Manifest)!["files"]!.AsArray())
            {
                var sha = (string)file!["sha256"]!;
                var target = Path.Combine(directory, "files", sha);
                if (!File.Exists(target))
                {
                    var bytes = await db.Blobs.AsNoTracking().Where(b => b.Sha256 == sha).Select(b => b.Content).SingleAsync(ct);
                    await File.WriteAllBytesAsync(target, bytes, ct);
                }
            }

            list.Add(new JsonObject
            {
                ["entry"] = e.Id,
                ["prevHash"] = e.PrevHash,
                ["hash"] = e.Hash,
                ["manifest"] = e.Manifest,
            });
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == bodyId, ct);
        var package = new JsonObject
        {
            ["format"] = "gongkai-archive-export/1",
            ["body"] = body.Name,
            ["bodyCode"] = body.Code,
            ["year"] = year,
            ["hashRule"] = "hash = hex(SHA-256(UTF-8(prevHash + \"\\n\" + manifest)))；附件文件名即其 SHA-256",
            ["entries"] = list,
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "manifest.json"), package.ToJsonString(new JsonSerializerOptions(Json) { WriteIndented = true }), ct);
        await File.WriteAllTextAsync(Path.Combine(directory, "README.txt"), $"""
            {body.Name} {year} 年政府信息公开档案（Gongkai 导出）

            manifest.json 列出每个档案条目：prevHash（前一条目的哈希）、manifest（该公开版本的元数据清单，
            含正文的 SHA-256 和每个附件的 SHA-256）和 hash。校验方法：
              1. 对每个条目计算 SHA-256(prevHash + 换行符 + manifest)，应等于 hash；
              2. files/ 目录中每个文件以其 SHA-256 命名，重新计算其 SHA-256 应与文件名及清单一致；
              3. 同一导出内相邻条目如在原档案中也相邻，后者的 prevHash 应等于前者的 hash。
            可用 `gongkai archive verify-package 本目录` 校验，也可用任何 SHA-256 工具手工校验。

            """, ct);
        return entries.Count;
    }

    /// <summary>Checks an exported package offline; returns the problems found.</summary>
    public static List<string> VerifyPackage(string directory)
    {
        var problems = new List<string>();
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "manifest.json")))!;
        foreach (var e in package["entries"]!.AsArray())
        {
            var id = (long)e!["entry"]!;
            var manifest = (string)e["manifest"]!;
            if (ChainHash((string)e["prevHash"]!, manifest) != (string)e["hash"]!)
            {
                problems.Add($"条目 #{id}：清单与哈希不符");
            }

            foreach (var file in JsonNode.Parse(manifest)!["files"]!.AsArray())
            {
                var sha = (string)file!["sha256"]!;
                var path = Path.Combine(directory, "files", sha);
                if (!File.Exists(path) || Sha256(File.ReadAllBytes(path)) != sha)
                {
                    problems.Add($"条目 #{id}：附件“{(string)file["name"]!}”缺失或内容不符");
                }
            }
        }

        return problems;
    }
}
