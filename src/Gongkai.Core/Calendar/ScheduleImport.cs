using System.Globalization;
using Gongkai.Applications;
using Gongkai.Data;

namespace Gongkai.Calendar;

/// <summary>An open application whose stored due date a calendar change moves.</summary>
public sealed record DueDateChange(int ApplicationId, string TrackingNumber, string BodyName, DateOnly? OldDue, bool OldProvisional, DateOnly? NewDue, bool NewProvisional);

/// <summary>What importing a year does (or did): the calendar afterwards and the due dates it moves.</summary>
public sealed record ScheduleImportResult(YearSchedule Schedule, int Days, bool ReplacesOfficial, WorkingCalendar Before, WorkingCalendar After, IReadOnlyList<DueDateChange> Changes);

/// <summary>
/// The one way a year's official schedule gets into the database (file import, CLI, or the notice typed in
/// the back office): the year is stored and the open applications' due dates recomputed in one transaction.
/// </summary>
public sealed class ScheduleImport(GongkaiDb db, CalendarService calendars, ApplicationService applications)
{
    public async Task<ScheduleImportResult> PreviewAsync(YearSchedule schedule, CancellationToken ct = default)
    {
        var before = await calendars.LoadAsync(ct);
        var after = await calendars.LoadWithAsync(schedule, ct);
        var changes = await applications.RecomputeDueDatesAsync(after, FirstAffected(schedule), apply: false, ct);
        return new ScheduleImportResult(schedule, DistinctDays(schedule), before.ScheduledYears.Contains(schedule.Year), before, after, changes);
    }

    public async Task<ScheduleImportResult> ImportAsync(YearSchedule schedule, CancellationToken ct = default)
    {
        var before = await calendars.LoadAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var days = await calendars.StoreYearAsync(schedule, ct);
        var after = await calendars.LoadAsync(ct);
        var changes = await applications.RecomputeDueDatesAsync(after, FirstAffected(schedule), apply: true, ct);
        await tx.CommitAsync(ct);
        return new ScheduleImportResult(schedule, days, before.ScheduledYears.Contains(schedule.Year), before, after, changes);
    }

    /// <summary>A notice can reach back into the previous December, so due dates from then on may move.</summary>
    private static DateOnly FirstAffected(YearSchedule schedule) => new(schedule.Year - 1, 12, 1);

    private static int DistinctDays(YearSchedule schedule) => schedule.Days.Select(d => d.Date).Distinct().Count();
}

/// <summary>One holiday as a State Council notice states it: its name and the first and last day of the rest.</summary>
public sealed record NoticeHoliday(string? Name, string? From, string? To);

/// <summary>Turns a notice as an officer reads it (holiday ranges and adjusted working days) into a year's schedule.</summary>
public static class NoticeSchedule
{
    /// <summary>The holidays of the 放假办法 in the order a notice lists them, to pre-fill the form.</summary>
    public static readonly IReadOnlyList<string> HolidayNames = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

    private const int MaxHolidayDays = 15;

    /// <summary>Checks the entries and builds the schedule; every problem is listed in Chinese in the exception.</summary>
    public static YearSchedule Build(int? year, string? papers, IEnumerable<NoticeHoliday> holidays, IEnumerable<string?> workingDays)
    {
        if (year is not { } y || y < 2000 || y > 2200)
        {
            throw new CalendarDataException("请填写年份（2000 到 2200 之间）。");
        }

        var problems = new List<string>();
        var source = (papers ?? "").Trim();
        if (source.Length == 0)
        {
            problems.Add("请填写通知的名称、文号或网址，以便日后核对。");
        }
        else if (source.Length > 500)
        {
            problems.Add("通知的名称、文号或网址不能超过 500 字。");
        }

        var ranges = new List<(string Name, DateOnly From, DateOnly To)>();
        foreach (var (h, i) in holidays.Select((h, i) => (h, i + 1)))
        {
            var name = (h.Name ?? "").Trim();
            var from = (h.From ?? "").Trim();
            var to = (h.To ?? "").Trim();
            if (from.Length == 0 && to.Length == 0)
            {
                // Rows come pre-filled with the seven names; a name without dates is a row not used.
                continue;
            }

            var label = name.Length == 0 ? $"第 {i} 个节日" : $"“{name}”";
            if (name.Length == 0 || name.Length > 20)
            {
                problems.Add(name.Length == 0 ? $"第 {i} 个节日：请填写节日名称。" : $"第 {i} 个节日的名称不能超过 20 字。");
                continue;
            }

            var start = Date(from.Length == 0 ? to : from, y, $"{label}的开始日期", problems);
            var end = Date(to.Length == 0 ? from : to, y, $"{label}的结束日期", problems);
            if (start is not { } a || end is not { } b)
            {
                continue;
            }

            if (b < a)
            {
                problems.Add($"{label}的结束日期 {Iso(b)} 早于开始日期 {Iso(a)}。");
            }
            else if (b.DayNumber - a.DayNumber + 1 > MaxHolidayDays)
            {
                problems.Add($"{label}从 {Iso(a)} 至 {Iso(b)} 共 {b.DayNumber - a.DayNumber + 1} 天，超过 {MaxHolidayDays} 天，请核对日期。");
            }
            else
            {
                ranges.Add((name, a, b));
            }
        }

        foreach (var (x, i) in ranges.Select((r, i) => (r, i)))
        {
            foreach (var other in ranges.Skip(i + 1).Where(o => o.From <= x.To && x.From <= o.To))
            {
                problems.Add($"“{x.Name}”（{Iso(x.From)} 至 {Iso(x.To)}）与“{other.Name}”（{Iso(other.From)} 至 {Iso(other.To)}）日期重叠；同一天放假的两个节日请合并填写为一行（如“国庆节、中秋节”）。");
            }
        }

        var worked = new List<DateOnly>();
        foreach (var (text, i) in workingDays.Select((w, i) => ((w ?? "").Trim(), i + 1)).Where(w => w.Item1.Length > 0))
        {
            if (Date(text, y, $"第 {i} 个调休上班日", problems) is not { } d)
            {
                continue;
            }

            if (worked.Contains(d))
            {
                problems.Add($"调休上班日 {Iso(d)} 重复填写。");
            }
            else if (ranges.FirstOrDefault(r => r.From <= d && d <= r.To) is { Name: { } holiday })
            {
                problems.Add($"调休上班日 {Iso(d)} 落在“{holiday}”放假期间，不能既放假又上班。");
            }
            else
            {
                worked.Add(d);
            }
        }

        if (ranges.Count == 0 && problems.Count == 0)
        {
            problems.Add("请至少填写一个节日的放假起止日期。");
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(string.Join("\n", problems));
        }

        var days = ranges.SelectMany(r => Enumerable.Range(0, r.To.DayNumber - r.From.DayNumber + 1)
                .Select(n => new YearScheduleDay { Name = r.Name, Date = Iso(r.From.AddDays(n)), IsOffDay = true }))
            .Concat(worked.Select(d => new YearScheduleDay
            {
                // holiday-cn names an adjusted working day after the holiday it serves: the nearest one.
                Name = ranges.MinBy(r => Math.Min(Math.Abs(r.From.DayNumber - d.DayNumber), Math.Abs(r.To.DayNumber - d.DayNumber))).Name,
                Date = Iso(d),
                IsOffDay = false,
            }))
            .OrderBy(d => d.Date, StringComparer.Ordinal)
            .ToList();
        return new YearSchedule { Year = y, Papers = [source], Days = days };
    }

    private static DateOnly? Date(string text, int year, string what, List<string> problems)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            problems.Add($"{what}“{text}”格式不正确，应为 YYYY-MM-DD（如 {year}-01-01）。");
            return null;
        }

        // As in the JSON import: a notice covers its year and may reach back into the previous December.
        if (d.Year != year && !(d.Year == year - 1 && d.Month == 12))
        {
            problems.Add($"{what} {Iso(d)} 不在 {year} 年内（只能是 {year} 年的日期，或 {year - 1} 年 12 月的日期）。");
            return null;
        }

        return d;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
