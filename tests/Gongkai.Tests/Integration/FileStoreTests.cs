using System.IO.Compression;
using System.Net;
using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// Issue 17: attachments in a content-addressed directory shared by the nodes instead of the database, and the move
/// between the two while the platform serves.
/// </summary>
public sealed class FileStoreTests
{
    private static Task<TestHost> NodeAsync(string provider, string? files, DatabaseSettings? database = null) =>
        TestHost.StartAsync(provider, demo: database is null, database: database, configure: o => o with { Database = o.Database with { FilesDirectory = files } });

    private static string[] Location(TestHost host) => host.Database.Provider == DatabaseProvider.Sqlite
        ? ["--data", host.DataDirectory, "--key-file", host.KeyFile]
        : ["--postgres", host.Database.ConnectionString, "--key-file", host.KeyFile];

    /// <summary>A published item with one PDF attached through the catalog service: (item id, the PDF, its SHA-256).</summary>
    private static Task<(int Id, byte[] Pdf, string Sha)> PublishWithFileAsync(TestHost host, string words) => host.WithDbAsync(async (db, sp) =>
    {
        var catalog = sp.GetRequiredService<CatalogService>();
        var bodyId = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
        var item = await catalog.CreateAsync(bodyId, new ItemInput("县财政局关于文件存储的公告", "附件存储测试。", null, new DateOnly(2026, 11, 20), null, "03", "a20-07", "czys-bm", null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>正文见附件。</p>"), null);
        var pdf = Samples.Pdf(words);
        await catalog.AttachAsync(item, "附件.pdf", pdf);
        await db.SaveChangesAsync();
        foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            if (Workflow.Find(item.State, action) is not null)
            {
                var review = action == ReviewAction.ClearConfidentiality ? await catalog.NothingToDeclareAsync("测试") : null;
                await catalog.ApplyAsync(item, action, null, item.Revision, review);
            }
        }

        return (item.Id, pdf, Archive.Sha256(pdf));
    });

    private static Task<(bool InFiles, int Bytes)> RowAsync(TestHost host, string sha) =>
        host.WithDbAsync(async (db, _) =>
        {
            var row = await db.Blobs.AsNoTracking().SingleAsync(b => b.Sha256 == sha);
            return (row.InFiles, row.Content.Length);
        });

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Attachments_kept_in_a_shared_directory_are_served_by_every_node_and_move_back_and_forth(string provider)
    {
        var files = Path.Combine(TestDatabases.NewDataDirectory(), "files");
        await using var a = await NodeAsync(provider, files);
        var (id, pdf, sha) = await PublishWithFileAsync(a, "stored in the shared directory");

        // Written under its hash, and only a marker in the row.
        var path = Path.Combine(files, sha[..2], sha[2..4], sha);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(path));
        Assert.Equal((true, 0), await RowAsync(a, sha));
        Assert.Empty(Directory.GetFiles(files, "*.tmp", SearchOption.AllDirectories));
        using var citizen = a.NewClient();
        Assert.Equal(pdf, await citizen.GetByteArrayAsync($"/items/{id}/files/1"));

        // Another node on the same database and directory serves it; one started without the directory says why it cannot.
        await using (var b = await NodeAsync(provider, files, a.Database))
        {
            using var other = b.NewClient();
            Assert.Equal(pdf, await other.GetByteArrayAsync($"/items/{id}/files/1"));
        }

        await using (var c = await NodeAsync(provider, null, a.Database))
        {
            using var unmounted = c.NewClient();
            var refused = await unmounted.GetAsync($"/items/{id}/files/1");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains("暂时无法提供", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A file changed on disk is never served, and the archive check names it.
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^3] ^= 0x20;
        await File.WriteAllBytesAsync(path, bytes);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await citizen.GetAsync($"/items/{id}/files/1")).StatusCode);
        var verify = await GongkaiProcess.RunAsync(["archive", "verify", "--files", files, .. Location(a)]);
        Assert.NotEqual(0, verify.ExitCode);
        Assert.Contains("附件“附件.pdf”", verify.Out + verify.Error, StringComparison.Ordinal);
        await File.WriteAllBytesAsync(path, pdf);

        // Into the database (the directory is read one last time), then out again to a new directory.
        var missing = await GongkaiProcess.RunAsync(["files", "move", "--to", "files", .. Location(a)]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--files", missing.Error, StringComparison.Ordinal);
        var back = await GongkaiProcess.RunAsync(["files", "move", "--to", "database", "--files", files, .. Location(a)]);
        Assert.True(back.ExitCode == 0, back.Out + back.Error);
        Assert.Contains("已把 1 个文件", back.Out, StringComparison.Ordinal);
        Assert.Equal((false, pdf.Length), await RowAsync(a, sha));
        await using (var c = await NodeAsync(provider, null, a.Database))
        {
            using var plain = c.NewClient();
            Assert.Equal(pdf, await plain.GetByteArrayAsync($"/items/{id}/files/1"));
        }

        var twice = await GongkaiProcess.RunAsync(["files", "move", "--to", "database", "--files", files, .. Location(a)]);
        Assert.Contains("已把 0 个文件", twice.Out, StringComparison.Ordinal);
        var files2 = Path.Combine(TestDatabases.NewDataDirectory(), "files2");
        var outAgain = await GongkaiProcess.RunAsync(["files", "move", "--to", "files", "--files", files2, .. Location(a)]);
        Assert.True(outAgain.ExitCode == 0, outAgain.Out + outAgain.Error);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(files2, sha[..2], sha[2..4], sha)));
        Assert.Equal((true, 0), await RowAsync(a, sha));
        var moves = await a.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == nameof(Blob)).OrderBy(e => e.Id).Select(e => e.Action + " " + e.ActorName).ToListAsync());
        Assert.Equal(["moved-to-database gongkai files move", "moved-to-files gongkai files move"], moves);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_backup_carries_the_stored_files_and_restores_them_into_a_platform_without_a_directory(string provider)
    {
        var files = Path.Combine(TestDatabases.NewDataDirectory(), "files");
        await using var host = await NodeAsync(provider, files);
        var (id, pdf, sha) = await PublishWithFileAsync(host, "carried by the backup");
        var work = TestDatabases.NewDataDirectory();
        var file = Path.Combine(work, "backup.zip");

        var without = await GongkaiProcess.RunAsync(["backup", "--out", file, .. Location(host)]);
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("1 个文件保存在文件目录中", without.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));

        // A stored file changed on disk stops the backup, with one line naming it, and leaves no archive.
        var path = Path.Combine(files, sha[..2], sha[2..4], sha);
        var changed = pdf.ToArray();
        changed[^3] ^= 0x20;
        await File.WriteAllBytesAsync(path, changed);
        var refused = await GongkaiProcess.RunAsync(["backup", "--out", file, "--files", files, .. Location(host)]);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("已被改动或损坏", Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        await File.WriteAllBytesAsync(path, pdf);

        var backup = await GongkaiProcess.RunAsync(["backup", "--out", file, "--files", files, .. Location(host)]);
        Assert.True(backup.ExitCode == 0, backup.Out + backup.Error);
        using (var zip = ZipFile.OpenRead(file))
        {
            await using var entry = zip.GetEntry("files/" + sha)!.Open();
            using var copy = new MemoryStream();
            await entry.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }

        var target = provider == "sqlite" ? DatabaseSettings.ForDataDirectory(Path.Combine(work, "restored")) : DatabaseSettings.ForPostgres(TestDatabases.NewPostgresDatabase());
        string[] at = provider == "sqlite" ? ["--data", Path.Combine(work, "restored")] : ["--postgres", target.ConnectionString];
        var targetKey = Path.Combine(work, "restored.key");
        File.Copy(host.KeyFile, targetKey);
        var restore = await GongkaiProcess.RunAsync(["restore", file, .. at, "--key-file", targetKey]);
        Assert.True(restore.ExitCode == 0, restore.Out + restore.Error);
        Assert.Contains("1 个文件已存入数据库", restore.Out, StringComparison.Ordinal);
        var verify = await GongkaiProcess.RunAsync(["archive", "verify", .. at, "--key-file", targetKey]);
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Error);

        await using var restored = target.CreateContext(TimeProvider.System, new AuditActor { Name = "test" });
        Assert.Equal(pdf, await Blobs.ReadAsync(restored, sha, CancellationToken.None));
        Assert.False(await restored.Blobs.Where(b => b.Sha256 == sha).Select(b => b.InFiles).SingleAsync());
        Assert.True(await restored.Attachments.AnyAsync(x => x.ItemId == id && x.Sha256 == sha));
    }
}
