using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>
/// The open points of rules.md §3 as settings with their defaults: whether counting starts the day after
/// receipt, whether the fee period stops the reply clock, and the outcome → annual-report row mapping.
/// </summary>
public sealed record ApplicationSettings(bool CountFromNextDay, bool FeeStopsClock, IReadOnlyDictionary<string, string> OutcomeRows)
{
    public const string CountFromNextDayKey = "applications.count-from-next-day";
    public const string FeeStopsClockKey = "applications.fee-stops-clock";
    public const string OutcomeRowPrefix = "applications.outcome-row.";

    public static readonly ApplicationSettings Defaults = new(true, true, new Dictionary<string, string>());

    public string RowFor(string outcome) =>
        OutcomeRows.TryGetValue(outcome, out var row) ? row : Outcomes.Find(outcome)?.DefaultRow ?? "6.3";

    public static async Task<ApplicationSettings> LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var rows = await db.Settings.AsNoTracking().Where(s => s.Key.StartsWith("applications.")).ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        return new ApplicationSettings(
            !rows.TryGetValue(CountFromNextDayKey, out var next) || next != "false",
            !rows.TryGetValue(FeeStopsClockKey, out var fee) || fee != "false",
            rows.Where(r => r.Key.StartsWith(OutcomeRowPrefix, StringComparison.Ordinal))
                .ToDictionary(r => r.Key[OutcomeRowPrefix.Length..], r => r.Value, StringComparer.Ordinal));
    }

    /// <summary>Saves every value that differs from what is stored; each change is an audited row.</summary>
    public async Task SaveAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var wanted = new Dictionary<string, string>
        {
            [CountFromNextDayKey] = CountFromNextDay ? "true" : "false",
            [FeeStopsClockKey] = FeeStopsClock ? "true" : "false",
        };
        foreach (var o in Outcomes.All)
        {
            var row = RowFor(o.Code);
            if (Outcomes.Rows.All(r => r.Code != row))
            {
                throw new InvalidOperationException($"未知的年报行 {row}");
            }

            wanted[OutcomeRowPrefix + o.Code] = row;
        }

        var stored = await db.Settings.Where(s => s.Key.StartsWith("applications.")).ToDictionaryAsync(s => s.Key, ct);
        foreach (var (key, value) in wanted)
        {
            if (stored.TryGetValue(key, out var s))
            {
                s.Value = value;
            }
            else
            {
                db.Settings.Add(new Setting { Key = key, Value = value });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
