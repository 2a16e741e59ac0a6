using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Keys;
using Gongkai.Operations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

public static partial class Cli
{
    private static Command BackupCommand()
    {
        var output = new Option<string?>("--out") { Description = "备份文件（.zip），默认当前目录下的 gongkai-backup-日期时间.zip；不会覆盖已有文件" };
        var backup = new Command("backup", "备份数据库（节点运行时也可执行，得到同一时刻的一致副本）：SQLite 用在线备份，PostgreSQL 用 pg_dump；附清单和 SHA-256 校验值。主密钥文件不在其中，须用 gongkai keys backup 另行备份") { output };
        backup.SetAction((r, ct) => BackupGuarded(async () =>
        {
            var options = Options(r);
            var file = Path.GetFullPath(r.GetValue(output) ?? $"gongkai-backup-{TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.zip");
            var keyId = options.KeyFilePath is { } k && File.Exists(k) ? MasterKey.IdOf(MasterKey.Read(k)) : null;
            var m = await Backup.CreateAsync(options.Database, file, keyId, ProgramVersion(), TimeProvider.System, ct);
            Console.WriteLine($"已备份 {m.Source} 到 {file}（{new FileInfo(file).Length / 1048576.0:F1} MB）：{CountsText(m.Counts)}，数据库结构 {m.Migration}。");
            Console.WriteLine(keyId is null
                ? "数据库的主密钥文件未找到：恢复时需要原来的主密钥文件才能解密申请人的身份证号等加密数据。"
                : $"主密钥（编号 {keyId}）不在备份中：请确认已用 gongkai keys backup 另行备份，并与本备份分开存放。");
            return 0;
        }));
        return backup;
    }

    private static Command RestoreCommand()
    {
        var fileArg = new Argument<FileInfo>("备份文件") { Description = "gongkai backup 生成的 .zip 文件" };
        var restore = new Command("restore", "从备份恢复到空的数据目录（--data）或空的 PostgreSQL 数据库（--postgres，不存在则创建）；先核对全部校验值，目标不空则拒绝") { fileArg };
        restore.SetAction((r, ct) => BackupGuarded(async () =>
        {
            var options = Options(r);
            var file = r.GetValue(fileArg)!.FullName;
            List<string> known;
            await using (var program = options.Database.CreateContext(TimeProvider.System, new AuditActor()))
            {
                known = [.. Migrator.Known(program)];
            }

            var m = await Backup.RestoreAsync(file, options.Database, options.DataDirectory, known, ct);
            Console.WriteLine($"备份文件校验通过（{m.CreatedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} 由版本 {m.Version} 备份自 {m.Source}），已恢复到 {options.Database.Describe()}。");

            await using var db = options.Database.CreateContext(TimeProvider.System, new AuditActor { Name = "gongkai restore" });
            if (await Backup.RestoreFilesAsync(file, m, db, ct) is > 0 and var files)
            {
                Console.WriteLine(db.FileStore is { } store
                    ? $"备份中文件目录里的 {files} 个文件已写入 {store.Root}。"
                    : $"备份中文件目录里的 {files} 个文件已存入数据库（未给 --files）。");
            }

            var counts = await Backup.CountAsync(db, ct);
            if (counts != m.Counts)
            {
                await Console.Error.WriteLineAsync($"gongkai: 恢复后的数据与备份清单不符：清单 {CountsText(m.Counts)}，恢复后 {CountsText(counts)}。");
                return 1;
            }

            Console.WriteLine($"已核对：{CountsText(counts)}，与备份清单一致。");
            if ((await Migrator.PendingAsync(db, ct)).Count > 0)
            {
                Console.WriteLine(options.Database.Provider == DatabaseProvider.Sqlite
                    ? "备份来自较早的版本：节点启动时会自动升级数据库结构。"
                    : "备份来自较早的版本：启动节点前请先运行 gongkai migrate。");
            }

            try
            {
                await new KeyRing(db, new MasterKey(options.KeyFilePath)).CheckAsync(serving: false, mayCreateKey: false, ct);
            }
            catch (SettingsException e)
            {
                // The data is back; what is missing is the one thing a backup deliberately leaves out.
                await Console.Error.WriteLineAsync($"gongkai: 数据已恢复，但主密钥不可用：{e.Message}");
                await Console.Error.WriteLineAsync($"gongkai: 请把备份时的主密钥文件（编号 {m.MasterKeyId ?? "未知"}，gongkai keys backup 保存的那份）复制到 {options.KeyFilePath ?? "--key-file 指定的位置"}，否则申请人的身份证号等加密数据无法解密，节点也不会启动。");
                return 3;
            }

            Console.WriteLine(options.Database.Provider == DatabaseProvider.Sqlite
                ? "检索索引不在备份中：节点启动后会从数据库重建。"
                : "检索索引不在备份中：各节点启动后会从数据库重建。");
            return 0;
        }));
        return restore;
    }

    private static Task<int> BackupGuarded(Func<Task<int>> action) => Guarded(async () =>
    {
        try
        {
            return await action();
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync($"gongkai: {e.Message}");
            return e.Damaged ? 1 : 2;
        }
        catch (Gongkai.Catalog.BlobMissingException e)
        {
            // A file in the shared directory gone or changed: nothing is written, and the operator is told which.
            await Console.Error.WriteLineAsync($"gongkai: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"gongkai: 无法读写文件：{e.Message}");
            return 2;
        }
    });

    private static string CountsText(BackupCounts c) =>
        $"信息 {c.Items} 条、依申请公开 {c.Applications} 件、年度报告 {c.Reports} 份、档案条目 {c.ArchiveEntries} 个";

    private static string ProgramVersion() =>
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}
