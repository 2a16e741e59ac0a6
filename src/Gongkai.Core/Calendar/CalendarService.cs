using System.Security.Cryptography;
using System.Text;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Calendar;

/// <summary>Builds the working calendar from the built-in schedules plus what administrators imported or entered.</summary>
public sealed class CalendarService(GongkaiDb db)
{
    public async Task<WorkingCalendar> LoadAsync(CancellationToken ct = default)
    {
        var entries = await db.CalendarEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);
        var importedYears = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        return Build(entries, importedYears);
    }

    /// <summary>The calendar as it would be once <paramref name="schedule"/> is imported, without storing anything.</summary>
    public async Task<WorkingCalendar> LoadWithAsync(YearSchedule schedule, CancellationToken ct = default)
    {
        var entries = await db.CalendarEntries.AsNoTracking()
            .Where(e => !(e.Kind == CalendarEntryKind.Official && e.ScheduleYear == schedule.Year)).OrderBy(e => e.Id).ToListAsync(ct);
        var importedYears = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        entries.AddRange(Entries(schedule));
        return Build(entries, [.. importedYears.Append(schedule.Year).Distinct()]);
    }

    internal static WorkingCalendar Build(IReadOnlyList<CalendarEntry> entries, IReadOnlyCollection<int> importedYears)
    {
        // An imported year replaces the built-in schedule of the same year as a whole.
        var builtIn = BuiltInSchedules.All.Where(y => !importedYears.Contains(y.Year)).ToList();
        var official = builtIn.SelectMany(y => y.ScheduledDays())
            .Concat(entries.Where(e => e.Kind == CalendarEntryKind.Official).OrderBy(e => e.ScheduleYear).ThenBy(e => e.Date)
                .Select(e => new ScheduledDay(e.Date, e.IsOffDay, e.Name)))
            .ToList();
        var local = entries.Where(e => e.Kind == CalendarEntryKind.Local).OrderBy(e => e.Date)
            .Select(e => new ScheduledDay(e.Date, e.IsOffDay, e.Name)).ToList();
        var years = builtIn.Select(y => y.Year).Concat(importedYears).Distinct().Order().ToList();
        return new WorkingCalendar(years, official, local, Version(years, official, local));
    }

    /// <summary>A short fingerprint of everything the calendar was built from, stored beside every deadline.</summary>
    private static string Version(List<int> years, List<ScheduledDay> official, List<ScheduledDay> local)
    {
        var text = new StringBuilder();
        // The statutory generator's version stands for the provisional days of every unscheduled year.
        text.Append(StatutoryHolidays.Version).Append('|').Append(string.Join(',', years)).Append('|');
        foreach (var d in official.Concat([new ScheduledDay(DateOnly.MinValue, false, "|")]).Concat(local))
        {
            text.Append(d.Date.DayNumber).Append(d.IsOffDay ? 'R' : 'W').Append(';');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..10];
        return $"{years.Min()}-{years.Max()}+{local.Count}L+{StatutoryHolidays.Version}-{hash}";
    }

    /// <summary>
    /// Stores (or replaces) one year's official schedule in the holiday-cn format. Only <see cref="ScheduleImport"/>
    /// calls it, inside its transaction, so that open applications' due dates follow in the same commit.
    /// </summary>
    internal async Task<int> StoreYearAsync(YearSchedule schedule, CancellationToken ct)
    {
        var old = await db.CalendarEntries.Where(e => e.Kind == CalendarEntryKind.Official && e.ScheduleYear == schedule.Year).ToListAsync(ct);
        db.CalendarEntries.RemoveRange(old);
        var year = await db.CalendarYears.FindAsync([schedule.Year], ct);
        if (year is null)
        {
            year = new CalendarYear { Year = schedule.Year };
            db.CalendarYears.Add(year);
        }

        year.Papers = string.Join('\n', schedule.Papers);
        year.ImportedAt = db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var days = Entries(schedule);
        db.CalendarEntries.AddRange(days);
        await db.SaveChangesAsync(ct);
        return days.Count;
    }

    private static List<CalendarEntry> Entries(YearSchedule schedule) =>
        [.. schedule.ScheduledDays().GroupBy(d => d.Date).Select(g => g.Last()).Select(d => new CalendarEntry
        {
            Kind = CalendarEntryKind.Official,
            ScheduleYear = schedule.Year,
            Date = d.Date,
            IsOffDay = d.IsOffDay,
            Name = d.Name,
        })];

    /// <summary>Sets a local override for one date, replacing any earlier override of that date.</summary>
    public async Task SetOverrideAsync(DateOnly date, bool isOffDay, string name, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CalendarDataException("请填写调整理由（依据的文件或决定）。");
        }

        var existing = await db.CalendarEntries.SingleOrDefaultAsync(e => e.Kind == CalendarEntryKind.Local && e.Date == date, ct);
        if (existing is null)
        {
            // Year 0 marks local entries so that the unique index also covers them (NULLs never collide).
            existing = new CalendarEntry { Kind = CalendarEntryKind.Local, ScheduleYear = 0, Date = date };
            db.CalendarEntries.Add(existing);
        }

        existing.IsOffDay = isOffDay;
        existing.Name = string.IsNullOrWhiteSpace(name) ? (isOffDay ? "本地调整休息日" : "本地调整工作日") : name.Trim();
        existing.Reason = reason.Trim();
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveOverrideAsync(DateOnly date, CancellationToken ct = default)
    {
        var existing = await db.CalendarEntries.SingleOrDefaultAsync(e => e.Kind == CalendarEntryKind.Local && e.Date == date, ct);
        if (existing is null)
        {
            return false;
        }

        db.CalendarEntries.Remove(existing);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<List<CalendarEntry>> OverridesAsync(CancellationToken ct = default) =>
        db.CalendarEntries.AsNoTracking().Where(e => e.Kind == CalendarEntryKind.Local).OrderBy(e => e.Date).ToListAsync(ct);
}
