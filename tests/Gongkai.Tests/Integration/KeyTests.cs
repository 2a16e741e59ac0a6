using System.Security.Cryptography;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Keys;
using Gongkai.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 12, finding 3: the Data Protection key ring in the database is sealed by a master key kept outside it.</summary>
public class KeyTests
{
    private const string Purpose = "Gongkai.Applications.IdNumber";
    private const string IdNumber = "500238199001011234";

    /// <summary>What someone holding only the database gets: Data Protection over its key table, no key file.</summary>
    private static IDataProtector DatabaseOnly(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        settings.Register(services);
        services.AddDataProtection().SetApplicationName("gongkai").PersistKeysToDbContext<GongkaiDb>();
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
    }

    private static Task<string> ProtectAsync(TestHost host) =>
        host.WithDbAsync((_, sp) => Task.FromResult(sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect(IdNumber)));

    private static Task<string> UnprotectAsync(TestHost host, string cipher) =>
        host.WithDbAsync((_, sp) => Task.FromResult(sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(cipher)));

    private static Task<List<string>> RingAsync(TestHost host) => host.WithDbAsync((db, _) => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());

    private static async Task<List<string>> RingAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext(TimeProvider.System, new AuditActor());
        return await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync();
    }

    private static void AssertOwnerOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    private static string OneLine(GongkaiProcess.Result r)
    {
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Out + r.Error, StringComparison.Ordinal);
        var line = Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("gongkai: ", line, StringComparison.Ordinal);
        return line;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_copied_database_without_the_key_file_cannot_decrypt_ID_numbers(string provider)
    {
        await using var host = await TestHost.StartAsync(provider, demo: false);
        var cipher = await ProtectAsync(host);

        var ring = await RingAsync(host);
        Assert.NotEmpty(ring);
        Assert.All(ring, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("gongkaiEncrypted", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        var copy = host.Database;
        if (provider == "sqlite")
        {
            var dir = TestDatabases.NewDataDirectory();
            var file = Path.Combine(dir, DatabaseSettings.SqliteFileName);
            await host.WithDbAsync((db, _) => db.Database.ExecuteSqlAsync($"VACUUM INTO {file}"));
            copy = DatabaseSettings.ForDataDirectory(dir);
        }

        // PostgreSQL: the same database read by a program without the key file is what a restored dump gives.
        Assert.ThrowsAny<CryptographicException>(() => DatabaseOnly(copy).Unprotect(cipher));
        Assert.Equal(IdNumber, await UnprotectAsync(host, cipher));
    }

    [Fact]
    public async Task Start_without_the_key_when_encrypted_data_exists_stops_with_one_line()
    {
        string data, keyFile;
        await using (var host = await TestHost.StartAsync("sqlite", demo: false))
        {
            await ProtectAsync(host);
            data = host.DataDirectory;
            keyFile = host.KeyFile;
        }

        File.Move(keyFile, keyFile + ".away");
        var missing = OneLine(await GongkaiProcess.RunAsync("serve", "--data", data, "--urls", "http://127.0.0.1:0"));
        Assert.Contains($"数据库中有加密数据，但主密钥文件 {keyFile} 不存在", missing, StringComparison.Ordinal);
        Assert.False(File.Exists(keyFile), "a node must not make a new key over encrypted data");
        Assert.Contains("主密钥文件", OneLine(await GongkaiProcess.RunAsync("bodies", "list", "--data", data)), StringComparison.Ordinal);

        var other = Path.Combine(TestDatabases.NewDataDirectory(), "other.key");
        MasterKey.Write(other, MasterKey.NewKey());
        var wrong = OneLine(await GongkaiProcess.RunAsync("serve", "--data", data, "--key-file", other, "--urls", "http://127.0.0.1:0"));
        Assert.Contains($"主密钥文件 {other} 与数据库不符", wrong, StringComparison.Ordinal);
        Assert.Contains("请从备份恢复该文件", OneLine(await GongkaiProcess.RunAsync("keys", "create", "--data", data)), StringComparison.Ordinal);
        Assert.False(File.Exists(keyFile), "keys create must not make a second key for a sealed ring");
    }

    [Fact]
    public async Task PostgreSQL_nodes_must_name_the_shared_key_file()
    {
        var postgres = TestDatabases.NewPostgresDatabase();
        Assert.Equal(0, (await GongkaiProcess.RunAsync("migrate", "--postgres", postgres)).ExitCode);
        var line = OneLine(await GongkaiProcess.RunAsync("serve", "--postgres", postgres, "--data", TestDatabases.NewDataDirectory(), "--urls", "http://127.0.0.1:0"));
        Assert.Contains("未配置主密钥文件", line, StringComparison.Ordinal);
        var keyFile = Path.Combine(TestDatabases.NewDataDirectory(), "gongkai.key");
        var absent = OneLine(await GongkaiProcess.RunAsync("serve", "--postgres", postgres, "--key-file", keyFile, "--data", TestDatabases.NewDataDirectory(), "--urls", "http://127.0.0.1:0"));
        Assert.Contains($"gongkai keys create --key-file {keyFile}", absent, StringComparison.Ordinal);
        Assert.False(File.Exists(keyFile));
    }

    [Fact]
    public async Task The_keys_verbs_create_back_up_and_rotate_the_master_key()
    {
        var data = TestDatabases.NewDataDirectory();
        var keyFile = Path.Combine(TestDatabases.NewDataDirectory(), "secret", "gongkai.key");
        var create = await GongkaiProcess.RunAsync("keys", "create", "--data", data, "--key-file", keyFile);
        Assert.True(create.ExitCode == 0, create.Error);
        Assert.Contains($"已生成主密钥文件 {keyFile}", create.Out, StringComparison.Ordinal);
        AssertOwnerOnly(keyFile);
        Assert.Contains("已存在，不会覆盖", OneLine(await GongkaiProcess.RunAsync("keys", "create", "--data", data, "--key-file", keyFile)), StringComparison.Ordinal);

        var settings = DatabaseSettings.ForDataDirectory(data);
        string cipher;
        await using (var host = await TestHost.StartAsync("sqlite", demo: false, database: settings, configure: o => o with { KeyFile = keyFile }))
        {
            cipher = await ProtectAsync(host);
        }

        var original = await File.ReadAllTextAsync(keyFile);
        var backupDir = TestDatabases.NewDataDirectory();
        var backup = await GongkaiProcess.RunAsync("keys", "backup", "--data", data, "--key-file", keyFile, "--to", backupDir);
        Assert.True(backup.ExitCode == 0, backup.Error);
        var copy = Assert.Single(Directory.GetFiles(backupDir));
        Assert.Contains($"备份到 {copy}", backup.Out, StringComparison.Ordinal);
        Assert.Equal(MasterKey.Read(keyFile), MasterKey.Read(copy));
        AssertOwnerOnly(copy);

        var dpKeysBefore = (await RingAsync(settings)).Count;
        var rotate = await GongkaiProcess.RunAsync("keys", "rotate", "--data", data, "--key-file", keyFile);
        Assert.True(rotate.ExitCode == 0, rotate.Error);
        Assert.Contains($"重新加密了 {dpKeysBefore} 个数据保护密钥", rotate.Out, StringComparison.Ordinal);
        Assert.NotEqual(original, await File.ReadAllTextAsync(keyFile));
        var previous = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(keyFile)!, "gongkai.key.previous-*"));
        Assert.Equal(original, await File.ReadAllTextAsync(previous));
        var ring = await RingAsync(settings);
        Assert.Equal(dpKeysBefore + 1, ring.Count);
        var newId = MasterKey.IdOf(MasterKey.Read(keyFile));
        Assert.All(ring, xml => Assert.Contains($"key=\"{newId}\"", xml, StringComparison.Ordinal));

        // The old key no longer opens the ring; the new one reads what was written before the rotation.
        Assert.Contains("与数据库不符", OneLine(await GongkaiProcess.RunAsync("serve", "--data", data, "--key-file", copy, "--urls", "http://127.0.0.1:0")), StringComparison.Ordinal);
        await using (var host = await TestHost.StartAsync("sqlite", demo: false, database: settings, configure: o => o with { KeyFile = keyFile }))
        {
            Assert.Equal(IdNumber, await UnprotectAsync(host, cipher));
            var actions = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "DataProtectionKeyRing").Select(e => e.Action).ToListAsync());
            Assert.Contains("master-key-rotated", actions);
            Assert.Contains("master-key-backed-up", actions);
        }
    }

    [Fact]
    public async Task An_installation_from_before_the_master_key_has_its_clear_keys_sealed_and_keeps_its_data()
    {
        var data = TestDatabases.NewDataDirectory();
        var settings = DatabaseSettings.ForDataDirectory(data);
        await using (var db = settings.CreateContext(TimeProvider.System, new AuditActor()))
        {
            await Migrator.MigrateAsync(db);
        }

        var cipher = DatabaseOnly(settings).Protect(IdNumber);
        Assert.Contains(await RingAsync(settings), xml => xml.Contains("<masterKey", StringComparison.Ordinal));

        var create = await GongkaiProcess.RunAsync("keys", "create", "--data", data);
        Assert.True(create.ExitCode == 0, create.Error);
        Assert.Contains($"已生成主密钥文件 {data}.key", create.Out, StringComparison.Ordinal);
        Assert.Contains("已用它加密数据库中 1 个原未加密的数据保护密钥", create.Out, StringComparison.Ordinal);
        Assert.All(await RingAsync(settings), xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
        Assert.ThrowsAny<CryptographicException>(() => DatabaseOnly(settings).Unprotect(cipher));

        await using var host = await TestHost.StartAsync("sqlite", demo: false, database: settings);
        Assert.Equal(IdNumber, await UnprotectAsync(host, cipher));
    }
}
