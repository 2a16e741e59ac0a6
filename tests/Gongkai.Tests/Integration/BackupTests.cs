using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 17: gongkai backup while staff publish, gongkai restore elsewhere, and nothing lost or altered on the way.</summary>
public sealed class BackupTests
{
    private sealed record Ids(HashSet<int> Items, HashSet<int> Applications, HashSet<int> Reports);

    private static async Task<Ids> IdsAsync(GongkaiDb db) => new(
        [.. await db.CatalogItems.Select(i => i.Id).ToListAsync()],
        [.. await db.Applications.Select(a => a.Id).ToListAsync()],
        [.. await db.AnnualReports.Select(r => r.Id).ToListAsync()]);

    private static Task<int> PublishAsync(TestHost host, string title) => host.WithDbAsync(async (db, sp) =>
    {
        var catalog = sp.GetRequiredService<CatalogService>();
        var bodyId = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
        var item = await catalog.CreateAsync(bodyId, new ItemInput(title, "备份测试。", null, new DateOnly(2026, 11, 20), null, "03", "a20-07", "czys-bm", null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>正文。</p>"), null);
        foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            if (Workflow.Find(item.State, action) is not null)
            {
                var review = action == ReviewAction.ClearConfidentiality ? await catalog.NothingToDeclareAsync("测试") : null;
                await catalog.ApplyAsync(item, action, null, item.Revision, review);
            }
        }

        return item.Id;
    });

    private static string[] Location(DatabaseSettings database, string dataDirectory, string keyFile) => database.Provider == DatabaseProvider.Sqlite
        ? ["--data", dataDirectory, "--key-file", keyFile]
        : ["--postgres", database.ConnectionString, "--key-file", keyFile];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_backup_taken_while_publishing_restores_elsewhere_whole(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        for (var i = 0; i < 3; i++)
        {
            await PublishAsync(host, $"备份前公开的信息{i}");
        }

        await host.WithDbAsync(async (db, sp) =>
        {
            await ApplicationTests.RegisterInPersonAsync(db, sp, "备份申请人甲", 51, "请公开专项资金的分配结果。");
            await ApplicationTests.RegisterInPersonAsync(db, sp, "备份申请人乙", 52, "请公开专项资金的使用情况。");
            var bodyId = await db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync();
            return await sp.GetRequiredService<ReportService>().OpenAsync(bodyId, 2025, countyWide: false);
        });
        var before = await host.WithDbAsync((db, _) => IdsAsync(db));

        // Staff go on publishing for as long as the backup runs.
        using var stop = new CancellationTokenSource();
        var published = 0;
        var publishing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await PublishAsync(host, $"备份期间公开的信息{published}");
                published++;
            }
        });
        var work = TestDatabases.NewDataDirectory();
        var file = Path.Combine(work, "gongkai-backup.zip");
        GongkaiProcess.Result backup;
        try
        {
            backup = await GongkaiProcess.RunAsync(["backup", "--out", file, .. Location(host.Database, host.DataDirectory, host.KeyFile)]);
        }
        finally
        {
            await stop.CancelAsync();
            await publishing;
        }

        var after = await host.WithDbAsync((db, _) => IdsAsync(db));
        Assert.True(backup.ExitCode == 0, backup.Out + backup.Error);
        Assert.Contains("已备份", backup.Out, StringComparison.Ordinal);
        Assert.Contains("gongkai keys backup", backup.Out, StringComparison.Ordinal);
        Assert.True(published > 0, "nothing was published while the backup ran");
        Assert.True(File.Exists(file));
        Assert.False(File.Exists(file + ".partial"));
        // The master key never travels with the data.
        var key = await File.ReadAllTextAsync(host.KeyFile);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(file))
        {
            Assert.Equal(new[] { provider == "sqlite" ? "gongkai.db" : "gongkai.pgdump", "SHA256SUMS", "manifest.json" }.Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var manifest = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var text = await manifest.ReadToEndAsync();
            Assert.Contains($"\"provider\": \"{provider}\"", text, StringComparison.Ordinal);
            Assert.Contains("\"migration\": \"2026", text, StringComparison.Ordinal);
            Assert.Contains("\"sha256\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain(key.Split('\n')[2].Trim(), text, StringComparison.Ordinal);
        }

        // Elsewhere: a new data directory or a database that does not exist yet, and no master key there at first.
        var target = provider == "sqlite" ? DatabaseSettings.ForDataDirectory(Path.Combine(work, "restored")) : DatabaseSettings.ForPostgres(TestDatabases.NewPostgresDatabase());
        var targetDir = Path.Combine(work, "restored");
        var targetKey = Path.Combine(work, "restored-master.key");
        var restore = await GongkaiProcess.RunAsync(["restore", file, .. Location(target, targetDir, targetKey)]);
        Assert.True(restore.ExitCode == 3, restore.Out + restore.Error);
        Assert.Contains("备份文件校验通过", restore.Out, StringComparison.Ordinal);
        Assert.Contains("与备份清单一致", restore.Out, StringComparison.Ordinal);
        Assert.Contains("数据已恢复，但主密钥不可用", restore.Error, StringComparison.Ordinal);
        Assert.Contains(Gongkai.Keys.MasterKey.IdOf(Gongkai.Keys.MasterKey.Read(host.KeyFile)), restore.Error, StringComparison.Ordinal);

        // A second restore onto what is now there is refused, and changes nothing.
        var again = await GongkaiProcess.RunAsync(["restore", file, .. Location(target, targetDir, targetKey)]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("不是空的", again.Error, StringComparison.Ordinal);

        File.Copy(host.KeyFile, targetKey);
        var verify = await GongkaiProcess.RunAsync(["archive", "verify", .. Location(target, targetDir, targetKey)]);
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Error);
        Assert.Contains("档案完好", verify.Out, StringComparison.Ordinal);

        await using var restored = target.CreateContext(TimeProvider.System, new AuditActor { Name = "test" });
        var got = await IdsAsync(restored);
        // One moment between the start and the end of the backup: everything from before, nothing from after.
        Assert.Subset(got.Items, before.Items);
        Assert.Subset(after.Items, got.Items);
        Assert.Equal(before.Applications, got.Applications);
        Assert.Equal(before.Reports, got.Reports);
        Assert.Contains($"信息 {got.Items.Count} 条", backup.Out, StringComparison.Ordinal);
        // Every published item came back with its archive entry (archive verify checked their hashes above).
        Assert.Equal(await restored.CatalogItems.CountAsync(i => i.PublishedVersion > 0), await restored.ArchiveEntries.Select(e => e.ItemId).Distinct().CountAsync());
        Assert.Equal(2, await restored.Applications.CountAsync(a => a.IdNumberProtected != null));
    }

    [Fact]
    public async Task A_backup_with_one_byte_changed_is_refused_before_anything_is_written()
    {
        await using var host = await TestHost.StartAsync("sqlite");
        await PublishAsync(host, "将被损坏的备份中的信息");
        var work = TestDatabases.NewDataDirectory();
        var file = Path.Combine(work, "backup.zip");
        var backup = await GongkaiProcess.RunAsync("backup", "--out", file, "--data", host.DataDirectory, "--key-file", host.KeyFile);
        Assert.True(backup.ExitCode == 0, backup.Out + backup.Error);

        // A backup is never overwritten.
        var twice = await GongkaiProcess.RunAsync("backup", "--out", file, "--data", host.DataDirectory, "--key-file", host.KeyFile);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("已存在，不会覆盖", twice.Error, StringComparison.Ordinal);

        // Somewhere that cannot be written: one line, no stack trace.
        var nowhere = await GongkaiProcess.RunAsync("backup", "--out", Path.Combine(host.KeyFile, "backup.zip"), "--data", host.DataDirectory, "--key-file", host.KeyFile);
        Assert.Equal(2, nowhere.ExitCode);
        Assert.StartsWith("gongkai: ", Assert.Single(nowhere.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        // One byte changed anywhere: in the compressed database, in the zip directory, in the checksum at the end.
        var original = await File.ReadAllBytesAsync(file);
        var target = Path.Combine(work, "restored");
        foreach (var at in new[] { original.Length / 3, original.Length - 150, original.Length - 1 })
        {
            var bytes = original.ToArray();
            bytes[at] ^= 0x01;
            var damaged = Path.Combine(work, $"damaged-{at}.zip");
            await File.WriteAllBytesAsync(damaged, bytes);
            var restore = await GongkaiProcess.RunAsync("restore", damaged, "--data", target, "--key-file", host.KeyFile);
            Assert.True(restore.ExitCode == 1, $"byte {at}: {restore.Out}{restore.Error}");
            var line = Assert.Single(restore.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("已损坏", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", restore.Out + restore.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(target));
        }

        // Not a backup at all, and a backup of the other database kind.
        var notBackup = await GongkaiProcess.RunAsync("restore", host.KeyFile, "--data", target);
        Assert.NotEqual(0, notBackup.ExitCode);
        Assert.StartsWith("gongkai: ", notBackup.Error, StringComparison.Ordinal);
        var wrongKind = await GongkaiProcess.RunAsync("restore", file, "--postgres", "Host=127.0.0.1;Port=1;Database=gk_never_created", "--key-file", host.KeyFile);
        Assert.Equal(2, wrongKind.ExitCode);
        Assert.Contains("只能恢复到数据目录", wrongKind.Error, StringComparison.Ordinal);

        // The untouched backup still restores.
        var good = await GongkaiProcess.RunAsync("restore", file, "--data", target, "--key-file", host.KeyFile);
        Assert.True(good.ExitCode == 0, good.Out + good.Error);
        Assert.Contains("信息 1 条", good.Out, StringComparison.Ordinal);
    }
}
