using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>A file's contents that cannot be served: gone from the file store, or no longer what was stored.</summary>
public sealed class BlobMissingException(string message) : Exception(message);

/// <summary>
/// A directory holding file contents by their SHA-256 (<c>ab/cd/abcd…</c>), shared by every node that names it. Files are
/// written once and never changed or deleted, so any node may read what another wrote, and a backup taken while
/// staff upload never meets a half-written file.
/// </summary>
public sealed class FileStore
{
    public FileStore(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a SHA-256 in lower-case hex", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    /// <summary>Writes through a temporary name and renames, so no reader ever sees part of a file; a file already there is kept.</summary>
    public async Task WriteAsync(string sha256, byte[] content, CancellationToken ct)
    {
        var path = PathOf(sha256);
        if (File.Exists(path) && Archive.Sha256(await File.ReadAllBytesAsync(path, ct)) == sha256)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                await output.WriteAsync(content, ct);
                output.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The contents, checked against their name: a changed or truncated file is refused, never served.</summary>
    public async Task<byte[]> ReadAsync(string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BlobMissingException($"文件存储中缺少文件 {path}（是否各节点挂载了同一目录？）。");
        }

        return Archive.Sha256(bytes) == sha256 ? bytes : throw new BlobMissingException($"文件存储中的文件 {path} 已被改动或损坏，内容与其 SHA-256 不符。");
    }
}

/// <summary>What <see cref="Blobs.MoveAsync"/> did.</summary>
public sealed record BlobMove(int Moved, int AlreadyThere, long Bytes);

/// <summary>
/// File contents (attachments, materials, imported reports): in the database by default, or in a <see cref="FileStore"/>
/// when the platform is given one (<c>--files</c>). Every read and write goes through here, so the two can be mixed
/// while <see cref="MoveAsync"/> moves a platform from one to the other.
/// </summary>
public static class Blobs
{
    /// <summary>
    /// Stores <paramref name="content"/> under <paramref name="sha256"/> unless it is stored already (its words for search,
    /// <paramref name="text"/>, are extracted only then). The file is written before the row is saved: a row never names
    /// a file that is not there.
    /// </summary>
    public static async Task AddAsync(GongkaiDb db, string sha256, byte[] content, Func<string?> text, CancellationToken ct)
    {
        if (db.Blobs.Local.Any(b => b.Sha256 == sha256) || await db.Blobs.AnyAsync(b => b.Sha256 == sha256, ct))
        {
            return;
        }

        if (db.FileStore is { } store)
        {
            await store.WriteAsync(sha256, content, ct);
            db.Blobs.Add(new Blob { Sha256 = sha256, Size = content.LongLength, Content = [], InFiles = true, Text = text() });
        }
        else
        {
            db.Blobs.Add(new Blob { Sha256 = sha256, Size = content.LongLength, Content = content, Text = text() });
        }
    }

    /// <summary>The contents, or null when nothing is stored under that hash.</summary>
    public static async Task<byte[]?> ReadAsync(GongkaiDb db, string sha256, CancellationToken ct)
    {
        var row = await db.Blobs.AsNoTracking().Where(b => b.Sha256 == sha256).Select(b => new { b.InFiles, b.Content }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        if (!row.InFiles)
        {
            return row.Content;
        }

        var store = db.FileStore ?? throw new BlobMissingException("该文件保存在文件存储中，但本节点没有设置文件存储目录（--files 或 GONGKAI_FILES）。");
        return await store.ReadAsync(sha256, ct);
    }

    /// <summary>
    /// Moves every stored file into <paramref name="to"/> (or, when null, back into the database), one file per
    /// transaction, checking each against its hash: safe to stop and run again, and nodes go on serving meanwhile
    /// (a node reads each file wherever its row says it is). Files left in the store after a move back are not deleted.
    /// </summary>
    public static async Task<BlobMove> MoveAsync(GongkaiDb db, FileStore? to, Action<string>? progress = null, CancellationToken ct = default)
    {
        var wanted = to is not null;
        var pending = await db.Blobs.AsNoTracking().Where(b => b.InFiles != wanted).Select(b => b.Sha256).ToListAsync(ct);
        var there = await db.Blobs.CountAsync(b => b.InFiles == wanted, ct);
        var (moved, bytes) = (0, 0L);
        foreach (var sha in pending)
        {
            var content = await ReadAsync(db, sha, ct) ?? throw new BlobMissingException($"文件 {sha} 在移动时已不存在。");
            if (Archive.Sha256(content) != sha)
            {
                throw new BlobMissingException($"数据库中的文件 {sha} 内容与其 SHA-256 不符，未移动。");
            }

            if (to is not null)
            {
                await to.WriteAsync(sha, content, ct);
                await db.Blobs.Where(b => b.Sha256 == sha).ExecuteUpdateAsync(u => u.SetProperty(b => b.InFiles, true).SetProperty(b => b.Content, Array.Empty<byte>()), ct);
            }
            else
            {
                await db.Blobs.Where(b => b.Sha256 == sha).ExecuteUpdateAsync(u => u.SetProperty(b => b.InFiles, false).SetProperty(b => b.Content, content), ct);
            }

            moved++;
            bytes += content.LongLength;
            if (moved % 100 == 0)
            {
                progress?.Invoke($"已移动 {moved} / {pending.Count} 个文件");
            }
        }

        if (moved > 0)
        {
            db.AuditAction(nameof(Blob), to?.Root ?? "database", to is null ? "moved-to-database" : "moved-to-files", new { files = moved, bytes });
            await db.SaveChangesAsync(ct);
        }

        return new BlobMove(moved, there, bytes);
    }
}
