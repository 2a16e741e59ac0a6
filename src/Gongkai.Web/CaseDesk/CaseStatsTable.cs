using System.Globalization;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Documents;
using Gongkai.ServiceItems;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.CaseDesk;

/// <summary>
/// The 办件 statistics of a period as the pages and the XLSX show them: one row per body, centre, tier or item under
/// its name, and the total. The staff page, its export and the portal's summary read the same rows, so they cannot
/// disagree.
/// </summary>
public sealed record CaseStatsTable(DateOnly From, DateOnly To, CaseStatsBy By, IReadOnlyList<(string Label, CaseStatsRow Row)> Rows, CaseStatsRow Total)
{
    public static readonly IReadOnlyList<(CaseStatsBy By, string Label)> Splits =
        [(CaseStatsBy.Body, "实施主体"), (CaseStatsBy.Centre, "服务中心"), (CaseStatsBy.Tier, "层级"), (CaseStatsBy.Item, "事项")];

    public static readonly string[] Headers = ["收件", "受理", "不予受理", "办结", "按时办结", "按时办结率", "平均办理时长（工作日）", "评价", "满意率", "差评", "差评已整改"];

    public string SplitLabel => Splits.Single(s => s.By == By).Label;

    /// <summary>Why a period cannot be counted, or null: the staff page and the API refuse the same periods.</summary>
    public static string? PeriodProblem(DateOnly from, DateOnly to) =>
        to < from ? "统计期间的结束日期不能早于开始日期"
        : to.DayNumber - from.DayNumber > 366 * 20 ? "统计期间不能超过 20 年"
        : null;

    public static string? YearProblem(int year) => year is < 1990 or > 2100 ? "年度应在 1990 至 2100 之间" : null;

    public static async Task<CaseStatsTable> LoadAsync(GongkaiDb db, DateOnly from, DateOnly to, CaseStatsBy by, CancellationToken ct = default)
    {
        // Named: main's signature gains an optional body filter before the token.
        var rows = await CaseStatistics.ForPeriodAsync(db, from, to, by, ct: ct);
        var names = await NamesAsync(db, rows, by, ct);
        var labelled = rows.Select(r => (names(r), r)).ToList();
        if (by == CaseStatsBy.Body)
        {
            // The county's own order of bodies, as everywhere else.
            var order = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
            labelled = labelled.OrderBy(x => order.IndexOf(x.r.BodyId ?? 0)).ToList();
        }

        var zero = new CaseStatsRow(null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        return new CaseStatsTable(from, to, by, labelled, rows.Aggregate(zero, (a, b) => a + b));
    }

    private static async Task<Func<CaseStatsRow, string>> NamesAsync(GongkaiDb db, List<CaseStatsRow> rows, CaseStatsBy by, CancellationToken ct)
    {
        switch (by)
        {
            case CaseStatsBy.Body:
                var bodyIds = rows.Select(r => r.BodyId ?? 0).ToList();
                var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
                return r => bodies.GetValueOrDefault(r.BodyId ?? 0, "（单位已删除）");
            case CaseStatsBy.Centre:
                var centreIds = rows.Select(r => r.CentreId ?? 0).ToList();
                var centres = await db.ServiceCentres.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
                return r => r.CentreId is { } c ? centres.GetValueOrDefault(c, "（中心已删除）") : "未经服务中心（网上办理等）";
            case CaseStatsBy.Tier:
                return r => r.Tier is { } t ? ServiceItem.TierLabel(t) : "—";
            default:
                var itemIds = rows.Select(r => r.ItemId ?? 0).ToList();
                var items = await db.ServiceItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => $"{i.Name}（{i.Code}）", ct);
                return r => items.GetValueOrDefault(r.ItemId ?? 0, "（事项已删除）");
        }
    }

    /// <summary>The cells of a row as the page prints them: counts, rates in per cent, average days.</summary>
    public static string[] Cells(CaseStatsRow r) =>
    [
        Count(r.Received), Count(r.Accepted), Count(r.NotAccepted), Count(r.Finished), Count(r.FinishedOnTime),
        Percent(r.OnTimeRate), Days(r.AverageWorkingDays), Count(r.Evaluated), Percent(r.SatisfactionRate), Count(r.Bad), Count(r.Rectified),
    ];

    public static string Percent(decimal? rate) => rate is { } v ? (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Days(decimal? days) => days is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    public string PeriodLabel => From.Month == 1 && From.Day == 1 && To == new DateOnly(From.Year, 12, 31)
        ? $"{From.Year}年"
        : $"{From:yyyy年M月d日}至{To:yyyy年M月d日}";

    /// <summary>The same table as a workbook: numbers as numbers, rates in per cent with two decimals, empty where there is nothing to divide.</summary>
    public byte[] Xlsx()
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { SplitLabel, "收件", "受理", "不予受理", "办结", "按时办结", "按时办结率（%）", "平均办理时长（工作日）", "评价", "满意率（%）", "差评", "差评已整改" },
        };
        rows.AddRange(Rows.Select(r => Line(r.Label, r.Row)));
        rows.Add(Line("合计", Total));
        return Documents.Xlsx.Write([new Sheet("办件统计", rows)]);

        static object?[] Line(string label, CaseStatsRow r) =>
        [
            label, r.Received, r.Accepted, r.NotAccepted, r.Finished, r.FinishedOnTime,
            r.OnTimeRate is { } o ? Math.Round(o * 100, 2) : null, r.AverageWorkingDays, r.Evaluated,
            r.SatisfactionRate is { } s ? Math.Round(s * 100, 2) : null, r.Bad, r.Rectified,
        ];
    }

    /// <summary>The series report-charts.js draws: the cases received under each name.</summary>
    public string ChartJson() =>
        JsonSerializer.Serialize(new { label = "收件", labels = Rows.Select(r => r.Label), values = Rows.Select(r => r.Row.Received) });
}
