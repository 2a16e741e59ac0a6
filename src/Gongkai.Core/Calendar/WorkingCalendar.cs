using System.Collections.Frozen;

namespace Gongkai.Calendar;

/// <summary>How one date is classified, and on whose authority.</summary>
public enum DayRule
{
    Weekday,
    Weekend,
    OfficialRestDay,
    OfficialWorkingDay,
    LocalRestDay,
    LocalWorkingDay,

    /// <summary>A holiday the 放假办法 fixes, in a year whose notice is not yet known (provisional).</summary>
    StatutoryRestDay,

    /// <summary>The make-up day (补假, Art. 6) for a statutory holiday on a weekend, in a year whose notice is not yet known.</summary>
    StatutoryMakeUpDay,
}

public sealed record DayInfo(DateOnly Date, bool IsWorkingDay, DayRule Rule, string? Name, bool Provisional);

/// <summary>A deadline together with the days it counted, so it can explain itself.</summary>
public sealed record Deadline(DateOnly From, int WorkingDays, DateOnly Due, bool Provisional, string CalendarVersion, IReadOnlyList<DayInfo> Days)
{
    public IEnumerable<DayInfo> CountedDays => Days.Where(d => d.IsWorkingDay);
}

/// <summary>One listed date of a schedule: a rest day or an adjusted working day.</summary>
public sealed record ScheduledDay(DateOnly Date, bool IsOffDay, string Name);

/// <summary>
/// The statutory working-day calendar. Pure and immutable: built once from the official schedules
/// (State Council notices), the years imported later, and local overrides; every deadline computed
/// from it records <see cref="Version"/>.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly FrozenDictionary<DateOnly, ScheduledDay> _official;
    private readonly FrozenDictionary<DateOnly, ScheduledDay> _local;
    private readonly FrozenSet<int> _scheduledYears;

    public WorkingCalendar(IEnumerable<int> scheduledYears, IEnumerable<ScheduledDay> official, IEnumerable<ScheduledDay> local, string version)
    {
        _scheduledYears = scheduledYears.ToFrozenSet();
        // A notice's file can hold dates of the previous December; later entries win so that a
        // year imported afresh replaces what an older notice said about the same date.
        _official = official.GroupBy(d => d.Date).ToFrozenDictionary(g => g.Key, g => g.Last());
        _local = local.GroupBy(d => d.Date).ToFrozenDictionary(g => g.Key, g => g.Last());
        Version = version;
    }

    public string Version { get; }

    public IReadOnlySet<int> ScheduledYears => _scheduledYears;

    /// <summary>True when no official schedule is known for the date's year, so the statutory holidays and weekdays stand in for it.</summary>
    public bool IsProvisional(DateOnly date) => !_scheduledYears.Contains(date.Year);

    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    public DayInfo Describe(DateOnly date)
    {
        var provisional = IsProvisional(date);
        if (_local.TryGetValue(date, out var local))
        {
            return new DayInfo(date, !local.IsOffDay, local.IsOffDay ? DayRule.LocalRestDay : DayRule.LocalWorkingDay, local.Name, provisional);
        }

        if (_official.TryGetValue(date, out var official))
        {
            return new DayInfo(date, !official.IsOffDay, official.IsOffDay ? DayRule.OfficialRestDay : DayRule.OfficialWorkingDay, official.Name, provisional);
        }

        if (provisional && StatutoryDay(date) is { } statutory)
        {
            var makeUp = statutory.Name.EndsWith(StatutoryHolidays.MakeUpSuffix, StringComparison.Ordinal);
            return new DayInfo(date, false, makeUp ? DayRule.StatutoryMakeUpDay : DayRule.StatutoryRestDay, statutory.Name + (makeUp ? "（依法补假，待国务院公布安排）" : "（法定节假日，待国务院公布安排）"), true);
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return new DayInfo(date, !weekend, weekend ? DayRule.Weekend : DayRule.Weekday, null, provisional);
    }

    private static ScheduledDay? StatutoryDay(DateOnly date)
    {
        // A handful of dates a year: a linear look-up is cheaper than a dictionary per year.
        foreach (var day in StatutoryHolidays.ProvisionalDays(date.Year))
        {
            if (day.Date == date)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// The date on which <paramref name="workingDays"/> working days after <paramref name="from"/> are
    /// complete. Counting starts the day after <paramref name="from"/> (次日起算); with zero days the
    /// answer is <paramref name="from"/> itself.
    /// </summary>
    public Deadline AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var days = new List<DayInfo>();
        var provisional = false;
        var date = from;
        var counted = 0;
        while (counted < workingDays)
        {
            date = date.AddDays(1);
            var info = Describe(date);
            days.Add(info);
            provisional |= info.Provisional;
            if (info.IsWorkingDay)
            {
                counted++;
            }
        }

        return new Deadline(from, workingDays, date, provisional || (workingDays == 0 && IsProvisional(from)), Version, days);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    public IEnumerable<DayInfo> Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        for (var d = first; d.Month == month; d = d.AddDays(1))
        {
            yield return Describe(d);
        }
    }
}
