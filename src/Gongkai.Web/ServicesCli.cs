using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>`gongkai services import|counts|cases import|stats`: the catalog of 政务服务事项, its dynamic management, and the centres' 办件.</summary>
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
        services.Subcommands.Add(CasesCommand());
        services.Subcommands.Add(CaseStatsCommand());
        return services;
    }

    private static Command CasesCommand()
    {
        var file = new Argument<FileInfo>("文件") { Description = "省一体化平台导出的办件 CSV 或 .xlsx；" + ServiceCaseImporter.HeaderHelp };
        var import = new Command("import", "导入办件：按办件编号，已有且相同的跳过，有变化的更新，可重复执行；被拒绝的行及原因写入 文件名.rejects.csv") { file };
        import.SetAction((r, ct) => Guarded(async () =>
        {
            var f = ExistingFile(r.GetValue(file)!);
            await using var scope = await ScopeAsync(Options(r), "gongkai services cases import", ct);
            var result = await new ServiceCaseImporter(scope.ServiceProvider.GetRequiredService<GongkaiDb>()).ImportAsync(ServiceCaseImporter.ReadFile(f.FullName), ct: ct);
            var report = f.FullName + ".rejects.csv";
            await WriteRejectsAsync(report, ["行号", "原因", "办件编号"], result.Rejected.Select(x => new[] { x.Line.ToString(CultureInfo.InvariantCulture), x.Reason, x.Number }), ct);
            Console.WriteLine($"新增 {result.Added} 件，更新 {result.Updated} 件，未变 {result.Unchanged} 件，拒绝 {result.Rejected.Count} 行" + (result.Rejected.Count > 0 ? $"（原因见 {report}）" : "") + "。");
            return 0;
        }));
        var recount = new Command("recount", "按办件重新计算月度汇总（统计页所读）：修复或核对用，可随时执行");
        recount.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai services cases recount", ct);
            var months = await CaseRollup.RebuildAsync(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), ct: ct);
            Console.WriteLine($"已重新计算 {months} 个月的办件汇总。");
            return 0;
        }));
        return new Command("cases", "服务中心办件") { import, recount };
    }

    private static Command CaseStatsCommand()
    {
        var year = new Option<int>("--year") { Description = "统计年度（按收件日期）", Required = true };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var stats = new Command("stats", "办件统计：按单位、服务中心、层级、事项分列收件、受理、办结、按时办结率、平均办理工作日、满意率、差评及整改") { year, json };
        stats.SetAction((r, ct) => Guarded(async () =>
        {
            var y = r.GetValue(year);
            if (y is < 1990 or > 2100)
            {
                await Console.Error.WriteLineAsync("gongkai: 统计年度应在 1990 至 2100 之间");
                return 2;
            }

            await using var scope = await ScopeAsync(Options(r), "gongkai services stats", ct);
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
            var centres = await db.ServiceCentres.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var items = await db.ServiceItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
            var finest = await CaseStatistics.FinestAsync(db, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), ct: ct);
            var splits = Enum.GetValues<CaseStatsBy>().Select(by => (By: by, Rows: CaseStatistics.Split(finest, by))).ToList();

            string Name(CaseStatsRow row) =>
                row.BodyId is { } b ? bodies.GetValueOrDefault(b, "?") :
                row.CentreId is { } c ? centres.GetValueOrDefault(c, "?") :
                row.Tier is { } t ? ServiceItem.TierLabel(t) :
                row.ItemId is { } i ? items.GetValueOrDefault(i, "?") : "未经服务中心";
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(splits.ToDictionary(s => s.By.ToString(), s => s.Rows.Select(x => new
                {
                    name = Name(x),
                    x.BodyId,
                    x.CentreId,
                    tier = x.Tier?.ToString(),
                    x.ItemId,
                    x.Received,
                    x.Accepted,
                    x.NotAccepted,
                    x.Finished,
                    x.FinishedOnTime,
                    x.OnTimeRate,
                    x.AverageWorkingDays,
                    x.Evaluated,
                    x.SatisfactionRate,
                    x.Bad,
                    x.Rectified,
                })), ListJson));
                return 0;
            }

            static string Rate(decimal? r) => r is { } v ? (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";
            foreach (var (by, rows) in splits)
            {
                Console.WriteLine($"{y}年办件统计（按{by switch { CaseStatsBy.Body => "实施主体", CaseStatsBy.Centre => "服务中心", CaseStatsBy.Tier => "层级", _ => "事项" }}）：");
                foreach (var x in rows)
                {
                    Console.WriteLine($"  {Name(x)}：收件 {x.Received}，受理 {x.Accepted}，不予受理 {x.NotAccepted}，办结 {x.Finished}，按时办结率 {Rate(x.OnTimeRate)}，平均办理 {x.AverageWorkingDays?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—"} 个工作日，评价 {x.Evaluated}，满意率 {Rate(x.SatisfactionRate)}，差评 {x.Bad}，已整改 {x.Rectified}");
                }
            }

            return 0;
        }));
        return stats;
    }
}
