using System.Data;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Operations;

/// <summary>A backup that cannot be made or restored; the message is the one line the operator sees.</summary>
public sealed class BackupException(string message, bool damaged = false) : Exception(message)
{
    /// <summary>The archive itself is damaged or altered (as opposed to a refused target or a missing tool).</summary>
    public bool Damaged { get; } = damaged;
}

/// <summary>What a backup says about itself: read first on restore, and checked against every file it lists.</summary>
public sealed record BackupManifest
{
    public const string CurrentFormat = "gongkai-backup-1";

    public string Format { get; init; } = CurrentFormat;

    /// <summary>The version of the program that made it.</summary>
    public string Version { get; init; } = "";

    public string Provider { get; init; } = "";

    /// <summary>The last schema migration applied to the backed-up database.</summary>
    public string Migration { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where it came from, without a password.</summary>
    public string Source { get; init; } = "";

    /// <summary>Names the master key the key ring was sealed under (not the key: it is never in a backup).</summary>
    public string? MasterKeyId { get; init; }

    public BackupCounts Counts { get; init; } = new(0, 0, 0, 0);

    public List<BackupFile> Files { get; init; } = [];
}

public sealed record BackupCounts(long Items, long Applications, long Reports, long ArchiveEntries);

public sealed record BackupFile(string Name, long Bytes, string Sha256);

/// <summary>
/// <c>gongkai backup</c> and <c>gongkai restore</c>: one zip file holding the database (an SQLite copy taken with
/// the online backup API, or a pg_dump in custom format taken in one snapshot), <c>manifest.json</c> and
/// <c>SHA256SUMS</c>. The counts in the manifest are read from the same snapshot as the data, so a restore can be
/// checked against them. The master key file is never included: it is backed up separately (gongkai keys backup).
/// </summary>
public static class Backup
{
    public const string ManifestName = "manifest.json";
    public const string ChecksumsName = "SHA256SUMS";
    public const string SqliteEntry = "gongkai.db";
    public const string PostgresEntry = "gongkai.pgdump";

    /// <summary>Where the file store's contents go in the archive, each under its SHA-256.</summary>
    public const string FilesPrefix = "files/";

    private static readonly JsonSerializerOptions Json = new(GongkaiDb.JsonOptions)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes the archive to <paramref name="file"/> (through a temporary name, so a failed backup leaves no file that looks whole).</summary>
    public static async Task<BackupManifest> CreateAsync(DatabaseSettings database, string file, string? masterKeyId, string version, TimeProvider time, CancellationToken ct = default)
    {
        file = Path.GetFullPath(file);
        if (File.Exists(file))
        {
            throw new BackupException($"{file} 已存在，不会覆盖。");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var work = Directory.CreateTempSubdirectory("gongkai-backup-");
        var partial = file + ".partial";
        try
        {
            var (entry, counts, migration, stored) = database.Provider == DatabaseProvider.Sqlite
                ? await CopySqliteAsync(database, work.FullName, time, ct)
                : await DumpPostgresAsync(database, work.FullName, ct);
            var data = Path.Combine(work.FullName, entry);
            if (stored.Count > 0 && database.FilesDirectory is null)
            {
                throw new BackupException($"数据库中有 {stored.Count} 个文件保存在文件目录中：请用 --files 给出该目录，它们才能一起备份。");
            }

            // Files in the store are never changed or deleted, so those the snapshot names are all there to copy.
            var store = database.FilesDirectory is null ? null : new FileStore(database.FilesDirectory);
            var files = new List<BackupFile>();
            foreach (var sha in stored)
            {
                files.Add(new BackupFile(FilesPrefix + sha, new FileInfo(store!.PathOf(sha)).Length, sha));
            }

            var manifest = new BackupManifest
            {
                Version = version,
                Provider = ProviderName(database.Provider),
                Migration = migration,
                CreatedAt = time.GetUtcNow(),
                Source = database.Describe(),
                MasterKeyId = masterKeyId,
                Counts = counts,
                Files = [new BackupFile(entry, new FileInfo(data).Length, await Sha256Async(data, ct)), .. files],
            };

            File.Delete(partial);
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                await using (var target = zip.CreateEntry(entry, CompressionLevel.Fastest).Open())
                await using (var source = File.OpenRead(data))
                {
                    await source.CopyToAsync(target, ct);
                }

                foreach (var f in files)
                {
                    // Read through the store, so a file changed on disk stops the backup instead of entering it.
                    var bytes = await store!.ReadAsync(f.Sha256, ct);
                    await using var target = zip.CreateEntry(f.Name, CompressionLevel.Fastest).Open();
                    await target.WriteAsync(bytes, ct);
                }

                await WriteTextAsync(zip, ManifestName, JsonSerializer.Serialize(manifest, Json), ct);
                await WriteTextAsync(zip, ChecksumsName, string.Concat(manifest.Files.Select(f => $"{f.Sha256}  {f.Name}\n")), ct);
            }

            await SealAsync(partial, ct);
            File.Move(partial, file);
            return manifest;
        }
        finally
        {
            File.Delete(partial);
            work.Delete(recursive: true);
        }
    }

    /// <summary>Reads the manifest and checks every listed file against its size and SHA-256; throws a damaged <see cref="BackupException"/> otherwise.</summary>
    public static async Task<BackupManifest> VerifyAsync(string file, CancellationToken ct = default)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"找不到备份文件 {file}。");
        }

        try
        {
            await CheckSealAsync(file, ct);
            using var zip = ZipFile.OpenRead(file);
            var manifest = await ReadManifestAsync(zip, file, ct);
            var sums = zip.GetEntry(ChecksumsName) is { } s ? await ReadTextAsync(s, ct) : "";
            foreach (var f in manifest.Files)
            {
                var entry = zip.GetEntry(f.Name) ?? throw Damaged(file, $"缺少 {f.Name}");
                if (!sums.Contains($"{f.Sha256}  {f.Name}", StringComparison.Ordinal))
                {
                    throw Damaged(file, $"{ChecksumsName} 与清单不符");
                }

                await using var stream = entry.Open();
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[1 << 16];
                long bytes = 0;
                int n;
                while ((n = await stream.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    bytes += n;
                }

                if (bytes != f.Bytes || Convert.ToHexStringLower(hash.GetHashAndReset()) != f.Sha256)
                {
                    throw Damaged(file, $"{f.Name} 的 SHA-256 校验值与清单不符");
                }
            }

            return manifest;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or NotSupportedException or EndOfStreamException)
        {
            // A changed byte in compressed data or in the zip directory surfaces here, before any checksum is reached.
            throw Damaged(file, "压缩数据无法读出");
        }
    }

    /// <summary>
    /// Restores a verified archive into an empty data directory (SQLite) or an empty or missing database
    /// (PostgreSQL). Refuses anything else before writing a byte.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(string file, DatabaseSettings target, string dataDirectory, IReadOnlyCollection<string> knownMigrations, CancellationToken ct = default)
    {
        var manifest = await VerifyAsync(file, ct);
        if (manifest.Provider != ProviderName(target.Provider))
        {
            throw new BackupException(manifest.Provider == "sqlite"
                ? "这是 SQLite 数据库的备份，只能恢复到数据目录（--data），不能恢复到 PostgreSQL。"
                : "这是 PostgreSQL 数据库的备份，只能恢复到 PostgreSQL 数据库（--postgres）。");
        }

        if (!knownMigrations.Contains(manifest.Migration))
        {
            throw new BackupException($"备份中的数据库结构（{manifest.Migration}）比本程序新或不属于本程序：请用版本 {manifest.Version} 或更新的 gongkai 恢复。");
        }

        using var zip = ZipFile.OpenRead(file);
        var entry = zip.GetEntry(manifest.Files[0].Name)!;
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
            {
                throw new BackupException($"数据目录 {dataDirectory} 不是空的：恢复只写入空目录，以免覆盖现有数据。请换一个新目录（--data），或先把该目录移走。");
            }

            Directory.CreateDirectory(dataDirectory);
            var path = Path.Combine(dataDirectory, DatabaseSettings.SqliteFileName);
            try
            {
                await using var source = entry.Open();
                await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                await source.CopyToAsync(output, ct);
                output.Flush(flushToDisk: true);
            }
            catch
            {
                // A half-written database would make the directory "not empty" and block the next attempt.
                File.Delete(path);
                throw;
            }

            return manifest;
        }

        await EnsureEmptyPostgresAsync(target, ct);
        var dump = Path.Combine(Directory.CreateTempSubdirectory("gongkai-restore-").FullName, PostgresEntry);
        try
        {
            await using (var source = entry.Open())
            await using (var output = File.Create(dump))
            {
                await source.CopyToAsync(output, ct);
            }

            var b = new NpgsqlConnectionStringBuilder(target.ConnectionString);
            await RunToolAsync("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", .. ConnectionArgs(b), "--dbname", b.Database!, dump], b, ct);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dump)!, recursive: true);
        }

        return manifest;
    }

    public static async Task<BackupCounts> CountAsync(GongkaiDb db, CancellationToken ct) => new(
        await db.CatalogItems.LongCountAsync(ct),
        await db.Applications.LongCountAsync(ct),
        await db.AnnualReports.LongCountAsync(ct),
        await db.ArchiveEntries.LongCountAsync(ct));

    /// <summary>The files the snapshot keeps in the file store (none in a database that has never had one).</summary>
    private static async Task<List<string>> StoredAsync(GongkaiDb db, CancellationToken ct) =>
        await db.Blobs.AsNoTracking().Where(b => b.InFiles).OrderBy(b => b.Sha256).Select(b => b.Sha256).ToListAsync(ct);

    /// <summary>
    /// After <see cref="RestoreAsync"/>: the backup's file-store contents go into the restored platform's file store,
    /// or, when it has none, into the database itself.
    /// </summary>
    public static async Task<int> RestoreFilesAsync(string file, BackupManifest manifest, GongkaiDb db, CancellationToken ct = default)
    {
        using var zip = ZipFile.OpenRead(file);
        var restored = 0;
        foreach (var f in manifest.Files.Where(f => f.Name.StartsWith(FilesPrefix, StringComparison.Ordinal)))
        {
            await using var source = zip.GetEntry(f.Name)!.Open();
            using var buffer = new MemoryStream();
            await source.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            if (db.FileStore is { } store)
            {
                await store.WriteAsync(f.Sha256, bytes, ct);
            }
            else
            {
                await db.Blobs.Where(b => b.Sha256 == f.Sha256).ExecuteUpdateAsync(u => u.SetProperty(b => b.InFiles, false).SetProperty(b => b.Content, bytes), ct);
            }

            restored++;
        }

        return restored;
    }

    public static string ProviderName(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres";

    private static async Task<(string Entry, BackupCounts Counts, string Migration, List<string> Stored)> CopySqliteAsync(DatabaseSettings database, string work, TimeProvider time, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        if (!File.Exists(source) || new FileInfo(source).Length == 0)
        {
            throw new BackupException($"{source} 不存在：数据目录中没有数据库，无可备份（是否给错了 --data？）。");
        }

        var copy = DatabaseSettings.ForDataDirectory(work);
        var copyPath = new SqliteConnectionStringBuilder(copy.ConnectionString).DataSource;
        // The online backup API reads one consistent snapshot while the node goes on writing (WAL mode).
        await using (var from = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString()))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copyPath, Pooling = false }.ToString()))
        {
            await from.OpenAsync(ct);
            await to.OpenAsync(ct);
            from.BackupDatabase(to);
            // One self-contained file: the copy's own WAL is folded in and switched off.
            await using var cmd = to.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=DELETE;";
            await cmd.ExecuteNonQueryAsync(ct);
        }

        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder(copy.ConnectionString) { Pooling = false }.ToString());
        await using var db = settings.CreateContext(time, new AuditActor { Name = "gongkai backup" });
        var counts = await CountAsync(db, ct);
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault() ?? "";
        return (SqliteEntry, counts, migration, await StoredAsync(db, ct));
    }

    /// <summary>
    /// pg_dump in one exported snapshot, and the counts read in the same snapshot: what the manifest says is
    /// exactly what the dump holds, though staff go on publishing meanwhile.
    /// </summary>
    private static async Task<(string Entry, BackupCounts Counts, string Migration, List<string> Stored)> DumpPostgresAsync(DatabaseSettings database, string work, CancellationToken ct)
    {
        var b = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var db = database.CreateContext(TimeProvider.System, new AuditActor { Name = "gongkai backup" });
        try
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        catch (NpgsqlException e)
        {
            throw new BackupException($"无法连接数据库 {database.Describe()}：{e.Message}");
        }

        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var snapshot = await db.Database.SqlQueryRaw<string>("SELECT pg_export_snapshot() AS \"Value\"").SingleAsync(ct);
        var counts = await CountAsync(db, ct);
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault() ?? "";
        var stored = await StoredAsync(db, ct);
        var dump = Path.Combine(work, PostgresEntry);
        await RunToolAsync("pg_dump", ["--format=custom", $"--snapshot={snapshot}", "--file", dump, .. ConnectionArgs(b), b.Database!], b, ct);
        await tx.CommitAsync(ct);
        return (PostgresEntry, counts, migration, stored);
    }

    private static async Task EnsureEmptyPostgresAsync(DatabaseSettings target, CancellationToken ct)
    {
        var b = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var admin = new NpgsqlConnectionStringBuilder(b.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var conn = new NpgsqlConnection(admin.ConnectionString);
            await conn.OpenAsync(ct);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", conn);
            exists.Parameters.AddWithValue("n", b.Database!);
            if (await exists.ExecuteScalarAsync(ct) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{b.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", conn);
                await create.ExecuteNonQueryAsync(ct);
                return;
            }

            await using var target2 = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(b.ConnectionString) { Pooling = false }.ConnectionString);
            await target2.OpenAsync(ct);
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", target2);
            if ((long)(await tables.ExecuteScalarAsync(ct))! > 0)
            {
                throw new BackupException($"数据库 {target.Describe()} 不是空的：恢复只写入空数据库（或尚不存在的数据库，由恢复创建），以免覆盖现有数据。请换一个数据库名。");
            }
        }
        catch (NpgsqlException e)
        {
            throw new BackupException($"无法连接数据库 {target.Describe()}：{e.Message}");
        }
    }

    private static string[] ConnectionArgs(NpgsqlConnectionStringBuilder b) =>
        ["--host", b.Host!, "--port", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. b.Username is { Length: > 0 } u ? new[] { "--username", u } : [], "--no-password"];

    /// <summary>The newest PostgreSQL client tool of that name: a server is dumped by a pg_dump at least as new as itself.</summary>
    public static string? FindTool(string name)
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Path: Path.Combine(d, "bin", name)))
                .Where(x => File.Exists(x.Path)).OrderByDescending(x => x.Version).Select(x => x.Path).FirstOrDefault()
            : null;
        return installed ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }

    private static async Task RunToolAsync(string name, string[] args, NpgsqlConnectionStringBuilder b, CancellationToken ct)
    {
        var tool = FindTool(name) ?? throw new BackupException($"找不到 {name}：PostgreSQL 的备份和恢复需要 PostgreSQL 客户端程序（Debian/Ubuntu 上为 postgresql-client 软件包）。");
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The password goes through the environment, never on a command line that ps shows.
        if (!string.IsNullOrEmpty(b.Password))
        {
            start.Environment["PGPASSWORD"] = b.Password;
        }

        using var process = Process.Start(start) ?? throw new BackupException($"无法启动 {tool}。");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await stdout;
        var error = (await stderr).Trim();
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{name} 失败（退出码 {process.ExitCode}）：{error.Split('\n').FirstOrDefault()}");
        }
    }

    /// <summary>
    /// Puts the SHA-256 of every byte before it into the zip comment (the very end of the file). Deflate can
    /// decode a changed byte to the same content, and zip header fields are outside every entry: only a checksum
    /// of the whole file refuses every change.
    /// </summary>
    private static async Task SealAsync(string path, CancellationToken ct)
    {
        await using var f = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var end = new byte[EndRecord];
        f.Seek(-EndRecord, SeekOrigin.End);
        await f.ReadExactlyAsync(end, ct);
        if (BitConverter.ToUInt32(end, 0) != EndSignature || BitConverter.ToUInt16(end, EndRecord - 2) != 0)
        {
            throw new InvalidOperationException("zip end record not where expected");
        }

        var comment = Encoding.ASCII.GetBytes(SealPrefix + await HashPrefixAsync(f, f.Length - 2, ct));
        f.Seek(-2, SeekOrigin.End);
        await f.WriteAsync(BitConverter.GetBytes((ushort)comment.Length), ct);
        await f.WriteAsync(comment, ct);
        f.Flush(flushToDisk: true);
    }

    private static async Task CheckSealAsync(string file, CancellationToken ct)
    {
        await using var f = File.OpenRead(file);
        var length = SealPrefix.Length + 64;
        var tail = new byte[EndRecord + length];
        if (f.Length < tail.Length)
        {
            throw new BackupException($"{file} 不是 gongkai backup 生成的备份文件。");
        }

        f.Seek(-tail.Length, SeekOrigin.End);
        await f.ReadExactlyAsync(tail, ct);
        var comment = Encoding.ASCII.GetString(tail, EndRecord, length);
        if (BitConverter.ToUInt32(tail, 0) != EndSignature || BitConverter.ToUInt16(tail, EndRecord - 2) != length || !comment.StartsWith(SealPrefix, StringComparison.Ordinal))
        {
            throw new BackupException($"{file} 不是 gongkai backup 生成的备份文件，或其末尾已损坏。", damaged: true);
        }

        if (await HashPrefixAsync(f, f.Length - length - 2, ct) != comment[SealPrefix.Length..])
        {
            throw Damaged(file, "整个文件的 SHA-256 校验值不符");
        }
    }

    private const int EndRecord = 22;
    private const uint EndSignature = 0x06054b50;
    private const string SealPrefix = "gongkai-backup sha256:";

    private static async Task<string> HashPrefixAsync(FileStream f, long count, CancellationToken ct)
    {
        f.Seek(0, SeekOrigin.Begin);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        while (count > 0)
        {
            var n = await f.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), ct);
            if (n == 0)
            {
                throw new EndOfStreamException();
            }

            hash.AppendData(buffer, 0, n);
            count -= n;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static BackupException Damaged(string file, string what) =>
        new($"备份文件 {file} 已损坏或被改动（{what}），不能用来恢复：请用另一份备份。", damaged: true);

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, string file, CancellationToken ct)
    {
        var entry = zip.GetEntry(ManifestName) ?? throw new BackupException($"{file} 不是 gongkai backup 生成的备份文件（缺少 {ManifestName}）。");
        var manifest = JsonSerializer.Deserialize<BackupManifest>(await ReadTextAsync(entry, ct), Json);
        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat || manifest.Files.Count < 1 || manifest.Files.Skip(1).Any(f => !f.Name.StartsWith(FilesPrefix, StringComparison.Ordinal) || f.Name.Length != FilesPrefix.Length + 64))
        {
            throw new BackupException($"{file} 的清单格式不是本程序能读的（{manifest?.Format}）。");
        }

        return manifest;
    }

    private static async Task<string> ReadTextAsync(ZipArchiveEntry entry, CancellationToken ct)
    {
        await using var stream = entry.Open();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    private static async Task WriteTextAsync(ZipArchive zip, string name, string text, CancellationToken ct)
    {
        await using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        await stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), ct);
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
