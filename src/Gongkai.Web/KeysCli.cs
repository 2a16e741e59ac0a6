using System.CommandLine;
using System.Globalization;
using Gongkai.Data;
using Gongkai.Keys;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Gongkai.Web;

public static partial class Cli
{
    private static Command KeysCommand()
    {
        var keys = new Command("keys", "主密钥文件：生成、更换、备份（它加密数据库中的数据保护密钥，须与数据库分开保管）");

        var create = new Command("create", "生成主密钥文件（权限 0600，不覆盖已有文件），并加密数据库中尚未加密的数据保护密钥");
        create.SetAction((r, ct) => Guarded(async () =>
        {
            var options = Options(r);
            var path = options.KeyFilePath ?? throw new SettingsException("PostgreSQL 部署请用 --key-file 或 GONGKAI_KEY_FILE 指定主密钥文件的位置。");
            if (File.Exists(path))
            {
                throw new SettingsException($"主密钥文件 {path} 已存在，不会覆盖（更换请用 gongkai keys rotate）。");
            }

            // Opening the database refuses a ring already sealed under a key that is not there: restore it, never replace it.
            await using var scope = await ScopeAsync(options, "gongkai keys create", ct);
            var ring = scope.ServiceProvider.GetRequiredService<KeyRing>();

            var key = MasterKey.NewKey();
            MasterKey.Write(path, key);
            var sealedNow = await ring.SealClearAsync(key, ct);
            Console.WriteLine($"已生成主密钥文件 {path}（仅所有者可读，编号 {MasterKey.IdOf(key)}）。");
            Console.WriteLine(sealedNow > 0 ? $"已用它加密数据库中 {sealedNow} 个原未加密的数据保护密钥；此前的数据库备份中它们仍未加密，请妥善处置旧备份。" : "数据库中没有未加密的数据保护密钥。");
            Console.WriteLine("请立即备份该文件（gongkai keys backup），与数据库备份分开存放；多节点部署须把它复制到每个节点的同一位置。");
            return 0;
        }));
        keys.Subcommands.Add(create);

        var rotate = new Command("rotate", "更换主密钥：用新主密钥重新加密全部数据保护密钥，并启用一个新的数据保护密钥；旧主密钥文件改名保留");
        rotate.SetAction((r, ct) => Guarded(async () =>
        {
            var options = Options(r);
            await using var scope = await ScopeAsync(options, "gongkai keys rotate", ct);
            var master = scope.ServiceProvider.GetRequiredService<MasterKey>();
            if (!master.Exists)
            {
                throw new SettingsException($"主密钥文件 {master.Path ?? "（未指定）"} 不存在：请先运行 gongkai keys create。");
            }

            var oldKey = master.Key;
            var path = master.Path!;
            var ring = scope.ServiceProvider.GetRequiredService<KeyRing>();
            await ring.EnsureOpensAsync(oldKey, ct);
            var newKey = MasterKey.NewKey();
            var next = path + ".new";
            File.Delete(next);
            var previous = $"{path}.previous-{TimeProvider.System.GetUtcNow():yyyyMMddHHmmss}";
            // The new file is on disk before the database commits; the old one is renamed only after.
            var count = await ring.ResealAsync(oldKey, newKey, () => MasterKey.Write(next, newKey), ct);
            File.Move(path, previous);
            File.Move(next, path);
            var now = TimeProvider.System.GetUtcNow();
            scope.ServiceProvider.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
            Console.WriteLine($"已更换主密钥（{MasterKey.IdOf(oldKey)} → {MasterKey.IdOf(newKey)}），重新加密了 {count} 个数据保护密钥，并启用了一个新的数据保护密钥。");
            Console.WriteLine($"旧主密钥文件改名为 {previous}：恢复更换前的数据库备份时仍需要它；不再需要时删除。");
            Console.WriteLine($"请备份新的 {path}（gongkai keys backup）；多节点部署须把它复制到每个节点并重启各节点。");
            return 0;
        }));
        keys.Subcommands.Add(rotate);

        var to = new Option<string?>("--to") { Description = "备份到的文件或目录（默认当前目录下的 gongkai-master-key-日期.key）；不会覆盖已有文件" };
        var backup = new Command("backup", "把主密钥文件复制一份（权限 0600），先核对它能解密数据库中的数据保护密钥") { to };
        backup.SetAction((r, ct) => Guarded(async () =>
        {
            var options = Options(r);
            await using var scope = await ScopeAsync(options, "gongkai keys backup", ct);
            var master = scope.ServiceProvider.GetRequiredService<MasterKey>();
            if (!master.Exists)
            {
                throw new SettingsException($"主密钥文件 {master.Path ?? "（未指定）"} 不存在，无可备份。");
            }

            var key = master.Key;
            await scope.ServiceProvider.GetRequiredService<KeyRing>().EnsureOpensAsync(key, ct);
            var name = $"gongkai-master-key-{TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.key";
            var target = r.GetValue(to) is { Length: > 0 } given ? (Directory.Exists(given) ? Path.Combine(given, name) : given) : name;
            target = Path.GetFullPath(target);
            try
            {
                MasterKey.Write(target, key);
            }
            catch (IOException) when (File.Exists(target))
            {
                throw new SettingsException($"{target} 已存在，不会覆盖。");
            }

            await scope.ServiceProvider.GetRequiredService<KeyRing>().AuditAsync("master-key-backed-up", new { masterKey = MasterKey.IdOf(key), to = target }, ct);
            Console.WriteLine($"已把主密钥（编号 {MasterKey.IdOf(key)}）备份到 {target}（仅所有者可读）。");
            Console.WriteLine("请把它存放在数据库备份之外的地方（如离线介质、保密柜）：数据库备份与主密钥放在一起，等于没有加密。");
            return 0;
        }));
        keys.Subcommands.Add(backup);
        return keys;
    }
}
