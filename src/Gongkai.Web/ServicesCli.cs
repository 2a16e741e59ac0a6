using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.ServiceItems;

namespace Gongkai.Web;

/// <summary>`gongkai services import|counts`: the county's catalog of 政务服务事项 and its dynamic management.</summary>
public static partial class Cli
{
    private static Command ServicesCommand()
    {
        var services = new Command("services", "政务服务事项目录：导入现有事项清单及其动态调整记录，按日期统计取消、承接、保留");

        var file = new Argument<FileInfo>("文件") { Description = "CSV（UTF-8 或 Excel/WPS 保存的 GBK）或 .xlsx；" + ServiceItemImporter.HeaderHelp };
        var import = new Command("import", "导入事项清单：编码已有的更新，相同的跳过，同一变更不重复记录，可重复执行；被拒绝的行及原因写入 文件名.rejects.csv") { file };
        import.SetAction((r, ct) => Guarded(async () =>
        {
            var f = ExistingFile(r.GetValue(file)!);
            await using var scope = await ScopeAsync(Options(r), "gongkai services import", ct);
            var result = await new ServiceItemImporter(scope.ServiceProvider.GetRequiredService<GongkaiDb>()).ImportAsync(ServiceItemImporter.ReadFile(f.FullName), ct);
            var report = f.FullName + ".rejects.csv";
            await WriteRejectsAsync(report, ["行号", "原因", "事项编码", "事项名称"], result.Rejected.Select(x => new[] { x.Line.ToString(CultureInfo.InvariantCulture), x.Reason, x.Code, x.Name }), ct);
            Console.WriteLine($"新增 {result.Added} 个事项，更新 {result.Updated} 个，未变 {result.Unchanged} 个，记录变更 {result.Events} 条，拒绝 {result.Rejected.Count} 行" + (result.Rejected.Count > 0 ? $"（原因见 {report}）" : "") + "。");
            // The import runs outside the web nodes, so it cannot drop their page caches: they expire on their own.
            Console.WriteLine($"门户网站的办事指南在 {(int)Portal.PortalCache.Lifetime.TotalSeconds} 秒内显示本次导入的结果。");
            return 0;
        }));
        services.Subcommands.Add(import);

        var to = new Option<string>("--to") { Description = "统计截止日期，如 2015-12-31", Required = true };
        var from = new Option<string?>("--from") { Description = "变更的起算日期；不给则从有记录起累计" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var counts = new Command("counts", "某一日期的事项目录：期间取消、承接、下放、新增、调整各多少项，截止日保留多少项（按层级、类型）") { to, from, json };
        counts.SetAction((r, ct) => Guarded(async () =>
        {
            var end = ParseDate(r.GetValue(to)!);
            var start = r.GetValue(from) is { } text ? ParseDate(text) : (DateOnly?)null;
            await using var scope = await ScopeAsync(Options(r), "gongkai services counts", ct);
            var c = await ItemLedger.CountAsync(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), start, end, ct: ct);
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    from = c.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    to = c.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    events = Enum.GetValues<ItemEventKind>().ToDictionary(k => k.ToString(), c.Count),
                    inForce = c.InForce,
                    inForceByTier = c.InForceByTier.ToDictionary(x => x.Key.ToString(), x => x.Value),
                    inForceByType = c.InForceByType.ToDictionary(x => x.Key.ToString(), x => x.Value),
                }, ListJson));
                return 0;
            }

            var period = c.From is { } f ? $"{f:yyyy年M月d日}至{c.To:yyyy年M月d日}" : $"截至{c.To:yyyy年M月d日}";
            Console.WriteLine($"{period}：" + string.Join("，", Enum.GetValues<ItemEventKind>().Select(k => $"{ServiceItem.EventLabel(k)} {c.Count(k)} 项")) + $"；{c.To:yyyy年M月d日}保留 {c.InForce} 项。");
            foreach (var (tier, n) in c.InForceByTier.OrderBy(x => x.Key))
            {
                Console.WriteLine($"  {ServiceItem.TierLabel(tier)}：{n} 项");
            }

            foreach (var (type, n) in c.InForceByType.OrderBy(x => x.Key))
            {
                Console.WriteLine($"  {ServiceItem.TypeLabel(type)}：{n} 项");
            }

            return 0;
        }));
        services.Subcommands.Add(counts);
        return services;
    }
}
