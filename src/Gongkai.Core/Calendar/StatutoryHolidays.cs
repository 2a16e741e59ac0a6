using System.Collections.Concurrent;
using System.Globalization;

namespace Gongkai.Calendar;

/// <summary>One statutory holiday of a year under the 全国年节及纪念日放假办法 in force that year.</summary>
public sealed record StatutoryHoliday(string Name, IReadOnlyList<DateOnly> Dates);

/// <summary>
/// The holidays the 全国年节及纪念日放假办法 itself fixes, for a year the State Council has not yet
/// scheduled: the days of each holiday, and the make-up days (补假) Art. 6 gives for those that fall
/// on a weekend. Adjusted working weekends (调休) are the notice's choice, so they are never guessed.
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>Changes whenever the generator's output could change, so that stored deadlines say which rules made them.</summary>
    public const string Version = "S1";

    public const string MakeUpSuffix = "补假";

    private static readonly ChineseLunisolarCalendar Lunar = new();
    private static readonly ConcurrentDictionary<int, IReadOnlyList<ScheduledDay>> Cache = new();

    /// <summary>
    /// The holidays of <paramref name="year"/> under the version of the 办法 in force that year: the 1999
    /// text until 2007, the 2007 amendment (国务院令第513号) for 2008-2013, the 2013 amendment (第644号)
    /// for 2014-2024 and the 2024 amendment (第798号) from 2025.
    /// </summary>
    public static IReadOnlyList<StatutoryHoliday> For(int year)
    {
        if (year < Lunar.MinSupportedDateTime.Year + 1 || year > Lunar.MaxSupportedDateTime.Year - 1)
        {
            return [];
        }

        var newYear = LunarDate(year, 1, 1);
        var eve = newYear.AddDays(-1);
        var list = new List<StatutoryHoliday> { new("元旦", [new DateOnly(year, 1, 1)]) };
        list.Add(new("春节", year switch
        {
            < 2008 => Range(newYear, 3),
            < 2014 => Range(eve, 3),
            < 2025 => Range(newYear, 3),
            _ => Range(eve, 4),
        }));
        if (year >= 2008)
        {
            list.Add(new("清明节", [Qingming(year)]));
        }

        list.Add(new("劳动节", Range(new DateOnly(year, 5, 1), year switch { < 2008 => 3, < 2025 => 1, _ => 2 })));
        if (year >= 2008)
        {
            list.Add(new("端午节", [LunarDate(year, 5, 5)]));
            list.Add(new("中秋节", [LunarDate(year, 8, 15)]));
        }

        list.Add(new("国庆节", Range(new DateOnly(year, 10, 1), 3)));
        return list;
    }

    /// <summary>
    /// The rest days of a year without a notice: every statutory holiday date, then one make-up day (补假)
    /// for each holiday date that falls on a Saturday or Sunday or that coincides with another holiday
    /// (中秋 on 1 October), each on the first later weekday that is neither a holiday nor already a make-up day.
    /// </summary>
    public static IReadOnlyList<ScheduledDay> ProvisionalDays(int year) => Cache.GetOrAdd(year, Generate);

    private static List<ScheduledDay> Generate(int year)
    {
        var days = new SortedDictionary<DateOnly, ScheduledDay>();
        var lost = new List<(DateOnly Date, string Name)>();
        foreach (var holiday in For(year))
        {
            foreach (var date in holiday.Dates)
            {
                if (days.ContainsKey(date) || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    lost.Add((date, holiday.Name));
                }

                days.TryAdd(date, new ScheduledDay(date, true, holiday.Name));
            }
        }

        foreach (var (date, name) in lost.OrderBy(l => l.Date))
        {
            var makeUp = date.AddDays(1);
            while (makeUp.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || days.ContainsKey(makeUp))
            {
                makeUp = makeUp.AddDays(1);
            }

            days.Add(makeUp, new ScheduledDay(makeUp, true, name + MakeUpSuffix));
        }

        return [.. days.Values];
    }

    private static List<DateOnly> Range(DateOnly first, int count) => [.. Enumerable.Range(0, count).Select(first.AddDays)];

    /// <summary>The Gregorian date of a lunar month and day in the lunar year that starts in <paramref name="year"/>; a leap month is never meant.</summary>
    public static DateOnly LunarDate(int year, int month, int day)
    {
        // In a year with a leap month GetLeapMonth gives its 1-based position, and every month from
        // that position on is numbered one higher (a leap fourth month makes the fifth month number 6).
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>The Beijing date on which the sun's apparent longitude reaches 15°, the 清明 solar term.</summary>
    public static DateOnly Qingming(int year) => SolarTermDate(year, 4, 15.0);

    private static DateOnly SolarTermDate(int year, int month, double longitude)
    {
        var jde = JulianDay(new DateOnly(year, month, 5));
        for (var i = 0; i < 20; i++)
        {
            var delta = Math.IEEERemainder(longitude - ApparentSolarLongitude(jde), 360.0);
            jde += delta / 0.98564736;
            if (Math.Abs(delta) < 1e-7)
            {
                break;
            }
        }

        // Terrestrial time to universal time (Espenak-Meeus ΔT for 2005-2050; a minute's error is
        // harmless unless the term falls within a minute of midnight), then Beijing time (UTC+8).
        var t = year - 2000.0;
        var deltaT = 62.92 + 0.32217 * t + 0.005589 * t * t;
        var beijing = jde - deltaT / 86400.0 + 8.0 / 24.0;
        return DateOnly.FromDayNumber((int)Math.Floor(beijing - 1721425.5));
    }

    private static double JulianDay(DateOnly date) => date.DayNumber + 1721425.5;

    /// <summary>Meeus, Astronomical Algorithms ch. 25, low accuracy (about 0.01°, a quarter of an hour of solar motion).</summary>
    private static double ApparentSolarLongitude(double jde)
    {
        var t = (jde - 2451545.0) / 36525.0;
        var l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var m = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(m)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * m)
            + 0.000289 * Math.Sin(3 * m);
        var omega = Radians(125.04 - 1934.136 * t);
        return l0 + c - 0.00569 - 0.00478 * Math.Sin(omega);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
