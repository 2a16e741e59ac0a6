using System.CommandLine;
using Gongkai.Audit;
using Gongkai.Catalog;

namespace Gongkai.Web;

public static partial class Cli
{
    private static Command FilesCommand()
    {
        var to = new Option<string>("--to") { Description = "files：移到 --files 指定的目录；database：移回数据库", Required = true };
        to.AcceptOnlyFromAmong("files", "database");
        var move = new Command("move", "把附件等文件内容在数据库和文件目录（--files）之间迁移；逐个校验 SHA-256、逐个提交，可中断后重跑，迁移时节点照常服务") { to };
        move.SetAction((r, ct) => BackupGuarded(async () =>
        {
            var options = Options(r);
            var toFiles = r.GetValue(to) == "files";
            await using var db = options.Database.CreateContext(TimeProvider.System, new AuditActor { Name = "gongkai files move" });
            if (db.FileStore is null)
            {
                await Console.Error.WriteLineAsync(toFiles
                    ? $"gongkai: 请用 --files 或环境变量 {HostOptions.FilesVariable} 给出文件目录（各节点共用的目录）。"
                    : $"gongkai: 移回数据库要从文件目录读取：请用 --files 或环境变量 {HostOptions.FilesVariable} 给出现在的文件目录。");
                return 2;
            }

            try
            {
                var m = await Blobs.MoveAsync(db, toFiles ? db.FileStore : null, Console.WriteLine, ct);
                Console.WriteLine(toFiles
                    ? $"已把 {m.Moved} 个文件（{m.Bytes / 1048576.0:F1} MB）移到 {db.FileStore.Root}，{m.AlreadyThere} 个原已在该目录。各节点须以 --files {db.FileStore.Root} 启动。"
                    : $"已把 {m.Moved} 个文件（{m.Bytes / 1048576.0:F1} MB）移回数据库，{m.AlreadyThere} 个原已在数据库中。目录 {db.FileStore.Root} 中的文件未删除，节点不再需要 --files。");
                return 0;
            }
            catch (BlobMissingException e)
            {
                await Console.Error.WriteLineAsync($"gongkai: {e.Message} 已移动的文件保持移动后的状态，修复后可重新运行。");
                return 1;
            }
        }));
        return new Command("files", "附件等文件内容的存放位置") { move };
    }
}
