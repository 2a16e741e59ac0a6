using System.Text.Json;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// The county's own finer counts for the narrative report (细分统计口径): items of a key area whose title
/// contains a word, such as 工程建设招标投标 split into 招标公告 / 评标结果公示 / 中标结果公示. A setting, audited.
/// </summary>
public sealed record Breakdown(string Label, string Area, string Marker)
{
    public const string SettingKey = "reports.breakdowns";

    public static async Task<List<Breakdown>> LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == SettingKey, ct);
        return row is null ? [] : JsonSerializer.Deserialize<List<Breakdown>>(row.Value, ReportService.Json) ?? [];
    }

    /// <summary>Reads one line per breakdown: label, key-area code, title word, separated by spaces.</summary>
    public static List<Breakdown> Parse(string? text, out List<string> problems)
    {
        problems = [];
        var list = new List<Breakdown>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([' ', '\t', '　'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || Catalog.Taxonomy.Label(parts[1]) is null || parts[0].Length > 60 || parts[2].Length > 30)
            {
                problems.Add($"“{line}”应写成“名称 重点领域代码 标题关键词”，重点领域代码如 ggzy-gc。");
                continue;
            }

            list.Add(new Breakdown(parts[0], parts[1], parts[2]));
        }

        return list;
    }

    public static async Task SaveAsync(GongkaiDb db, IReadOnlyList<Breakdown> lines, CancellationToken ct = default)
    {
        var json = JsonSerializer.Serialize(lines, ReportService.Json);
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == SettingKey, ct);
        if (row is null)
        {
            db.Settings.Add(new Setting { Key = SettingKey, Value = json });
        }
        else
        {
            row.Value = json;
        }

        await db.SaveChangesAsync(ct);
    }

    public static string Format(IEnumerable<Breakdown> lines) => string.Join("\n", lines.Select(l => $"{l.Label} {l.Area} {l.Marker}"));
}
