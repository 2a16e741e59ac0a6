using System.Globalization;
using Gongkai.Calendar;

namespace Gongkai.Tests.Unit;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Official = BuiltInSchedules.Calendar();

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // National Day 2015: 1-7 October off, Saturday 10 October worked.
    [InlineData("2015-09-30", 5, "2015-10-13")]
    [InlineData("2015-10-08", 15, "2015-10-28")]
    // Year end: New Year 2015 off 1-3 January, Sunday 4 January worked.
    [InlineData("2014-12-31", 1, "2015-01-04")]
    // Year end whose adjusted Saturday (2018-12-29) sits in the next year's notice.
    [InlineData("2018-12-28", 1, "2018-12-29")]
    [InlineData("2018-12-28", 2, "2019-01-02")]
    [InlineData("2012-12-28", 1, "2012-12-31")]
    [InlineData("2022-12-30", 1, "2023-01-03")]
    [InlineData("2023-12-29", 1, "2024-01-02")]
    [InlineData("2015-12-31", 20, "2016-01-29")]
    [InlineData("2025-12-31", 20, "2026-01-29")]
    // Spring Festival 2015: 18-24 February off, Sunday 15 and Saturday 28 February worked.
    [InlineData("2015-02-13", 1, "2015-02-15")]
    [InlineData("2015-02-13", 4, "2015-02-25")]
    [InlineData("2015-02-13", 20, "2015-03-18")]
    [InlineData("2024-02-08", 7, "2024-02-23")]
    // The 2015-09-03 victory-day holiday (3-5 September off), Sunday 6 September worked.
    [InlineData("2015-09-02", 1, "2015-09-06")]
    // The 2020 Spring Festival extension to 2 February: Saturday 1 February became a rest day.
    [InlineData("2020-01-23", 1, "2020-02-03")]
    [InlineData("2020-01-23", 20, "2020-02-28")]
    // Labour Day 2019 as revised by the second notice: Sunday 28 April and Sunday 5 May worked.
    [InlineData("2019-04-26", 1, "2019-04-28")]
    [InlineData("2019-04-26", 20, "2019-05-27")]
    [InlineData("2019-05-14", 20, "2019-06-12")]
    // Ordinary weeks and National Day 2025.
    [InlineData("2015-03-02", 20, "2015-03-30")]
    [InlineData("2025-09-30", 20, "2025-11-04")]
    // Zero days: the start date itself.
    [InlineData("2015-10-01", 0, "2015-10-01")]
    public void AddWorkingDays_counts_from_the_next_day_across_holidays_and_adjusted_days(string from, int days, string due)
    {
        var deadline = Official.AddWorkingDays(D(from), days);
        Assert.Equal(D(due), deadline.Due);
        Assert.False(deadline.Provisional);
        Assert.Equal(days, deadline.CountedDays.Count());
        Assert.Equal(days, Official.WorkingDaysBetween(D(from), deadline.Due));
    }

    [Theory]
    [InlineData("2015-10-10", true, DayRule.OfficialWorkingDay)]
    [InlineData("2015-10-05", false, DayRule.OfficialRestDay)]
    [InlineData("2015-09-03", false, DayRule.OfficialRestDay)]
    [InlineData("2015-09-06", true, DayRule.OfficialWorkingDay)]
    [InlineData("2020-02-01", false, DayRule.OfficialRestDay)]
    [InlineData("2018-12-29", true, DayRule.OfficialWorkingDay)]
    // A weekend that merely adjoins a holiday is not listed in the data: still a weekend.
    [InlineData("2015-04-04", false, DayRule.Weekend)]
    [InlineData("2015-04-07", true, DayRule.Weekday)]
    public void Describe_uses_the_official_schedule_then_weekdays(string date, bool working, DayRule rule)
    {
        var info = Official.Describe(D(date));
        Assert.Equal(working, info.IsWorkingDay);
        Assert.Equal(rule, info.Rule);
        Assert.Equal(working, Official.IsWorkingDay(D(date)));
    }

    [Fact]
    public void The_deadline_explains_itself_day_by_day()
    {
        var deadline = Official.AddWorkingDays(D("2015-09-30"), 5);
        var lines = deadline.Days.Select(d => $"{d.Date:MM-dd} {(d.IsWorkingDay ? "W" : "-")}").ToList();
        Assert.Equal(
            ["10-01 -", "10-02 -", "10-03 -", "10-04 -", "10-05 -", "10-06 -", "10-07 -", "10-08 W", "10-09 W", "10-10 W", "10-11 -", "10-12 W", "10-13 W"],
            lines);
        Assert.Equal("国庆节", deadline.Days[0].Name);
    }

    [Theory]
    [InlineData("2027-01-04", 1, "2027-01-05")]
    // 2027-01-01 (元旦, a Friday) is a rest day even before the 2027 notice.
    [InlineData("2026-12-30", 5, "2027-01-07")]
    [InlineData("2026-12-31", 1, "2027-01-04")]
    // 春节 2027: 除夕 5 February to 初三 8 February, the weekend made up on 9 and 10 February.
    [InlineData("2027-02-04", 1, "2027-02-11")]
    // 清明 on Monday 5 April; 劳动节 on Saturday and Sunday 1-2 May, made up on 3 and 4 May.
    [InlineData("2027-04-02", 1, "2027-04-06")]
    [InlineData("2027-04-30", 1, "2027-05-05")]
    // 端午 9 June, 中秋 15 September, 国庆 1-3 October (Friday to Sunday) made up on 4 and 5 October.
    [InlineData("2027-06-08", 1, "2027-06-10")]
    [InlineData("2027-09-14", 1, "2027-09-16")]
    [InlineData("2027-09-30", 1, "2027-10-06")]
    [InlineData("2006-12-27", 1, "2006-12-28")]
    public void Years_without_an_official_schedule_keep_the_statutory_holidays_and_are_provisional(string from, int days, string due)
    {
        var deadline = Official.AddWorkingDays(D(from), days);
        Assert.Equal(D(due), deadline.Due);
        Assert.True(deadline.Provisional);
        Assert.Equal(days, Official.WorkingDaysBetween(D(from), deadline.Due));
    }

    [Fact]
    public void A_2027_case_received_before_new_year_is_not_due_on_a_holiday_and_says_why()
    {
        var deadline = Official.AddWorkingDays(D("2026-12-24"), 20);
        // Without 元旦 the twentieth working day would be Thursday 21 January.
        Assert.Equal(D("2027-01-22"), deadline.Due);
        Assert.True(deadline.Provisional);
        var newYear = Assert.Single(deadline.Days, d => d.Date == D("2027-01-01"));
        Assert.False(newYear.IsWorkingDay);
        Assert.Equal(DayRule.StatutoryRestDay, newYear.Rule);
        Assert.Equal("元旦（法定节假日，待国务院公布安排）", newYear.Name);
        Assert.True(newYear.Provisional);

        var makeUp = Official.Describe(D("2027-10-04"));
        Assert.Equal(DayRule.StatutoryMakeUpDay, makeUp.Rule);
        Assert.Equal("国庆节补假（依法补假，待国务院公布安排）", makeUp.Name);
        // Adjusted working weekends are unknown: a Saturday stays a rest day.
        Assert.Equal(DayRule.Weekend, Official.Describe(D("2027-02-20")).Rule);
    }

    [Fact]
    public void An_official_schedule_and_local_overrides_win_over_the_statutory_days()
    {
        var official = BuiltInSchedules.All.SelectMany(y => y.ScheduledDays())
            .Append(new ScheduledDay(D("2027-02-20"), false, "春节"));
        var imported = new WorkingCalendar(Official.ScheduledYears.Append(2027), official, [], "t");
        // A year with a notice has only the notice's days: an unlisted 2027-10-05 is a weekday.
        Assert.Equal(DayRule.Weekday, imported.Describe(D("2027-10-05")).Rule);
        Assert.Equal(DayRule.OfficialWorkingDay, imported.Describe(D("2027-02-20")).Rule);
        Assert.False(imported.IsProvisional(D("2027-01-01")));

        var local = new WorkingCalendar(Official.ScheduledYears, [], [new ScheduledDay(D("2027-01-01"), false, "值班")], "t");
        Assert.Equal(DayRule.LocalWorkingDay, local.Describe(D("2027-01-01")).Rule);
        Assert.True(local.IsWorkingDay(D("2027-01-01")));
    }

    [Fact]
    public void The_calendar_version_names_the_statutory_generator()
    {
        Assert.EndsWith("+" + StatutoryHolidays.Version, Official.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_wholly_inside_scheduled_years_is_not_provisional()
    {
        Assert.False(Official.AddWorkingDays(D("2026-12-01"), 10).Provisional);
        Assert.True(Official.IsProvisional(D("2027-03-01")));
        Assert.False(Official.IsProvisional(D("2007-03-01")));
    }

    [Fact]
    public void Local_overrides_take_precedence_over_the_official_schedule()
    {
        var local = new[]
        {
            new ScheduledDay(D("2015-10-09"), true, "县庆"),
            new ScheduledDay(D("2015-10-11"), false, "补班"),
        };
        var calendar = new WorkingCalendar(Official.ScheduledYears, BuiltInSchedules.All.SelectMany(y => y.ScheduledDays()), local, "t");
        Assert.Equal(DayRule.LocalRestDay, calendar.Describe(D("2015-10-09")).Rule);
        Assert.Equal(DayRule.LocalWorkingDay, calendar.Describe(D("2015-10-11")).Rule);
        // 10-08, 10-10, 10-11, 10-12, 10-13 are the five working days now.
        Assert.Equal(D("2015-10-13"), calendar.AddWorkingDays(D("2015-09-30"), 5).Due);
        Assert.Equal(D("2015-10-12"), calendar.AddWorkingDays(D("2015-09-30"), 4).Due);
    }

    [Fact]
    public void WorkingDaysBetween_is_antisymmetric_and_matches_AddWorkingDays_over_twenty_years()
    {
        for (var d = D("2007-01-01"); d < D("2026-12-01"); d = d.AddDays(13))
        {
            var due = Official.AddWorkingDays(d, 20).Due;
            Assert.Equal(20, Official.WorkingDaysBetween(d, due));
            Assert.Equal(-20, Official.WorkingDaysBetween(due, d));
        }
    }

    [Fact]
    public void Every_year_2007_to_2026_is_scheduled_and_has_its_holidays()
    {
        Assert.Equal(Enumerable.Range(2007, 20), Official.ScheduledYears.Order());
        foreach (var year in Enumerable.Range(2007, 20))
        {
            // Every year has a New Year's Day rest day and at least one rest day in the Spring Festival season.
            Assert.False(Official.IsWorkingDay(new DateOnly(year, 1, 1)));
            Assert.Contains(BuiltInSchedules.All.Single(y => y.Year == year).Days, d => d.Name == "春节" && d.IsOffDay == true);
        }
    }

    [Theory]
    [InlineData("not json", "JSON 格式错误")]
    [InlineData("{\"year\": 2027, \"days\": []}", "没有列出任何日期")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-13-01\", \"isOffDay\": true}]}", "格式不正确")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2025-01-01\", \"isOffDay\": true}]}", "不属于 2027 年")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\"}]}", "缺少 isOffDay")]
    [InlineData("{\"days\": []}", "年份")]
    public void A_bad_schedule_file_is_rejected_with_a_Chinese_reason(string json, string expected)
    {
        var e = Assert.Throws<CalendarDataException>(() => YearSchedule.Parse(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_notice_year_imported_makes_its_dates_official()
    {
        var y2027 = YearSchedule.Parse("""{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, {"name": "春节", "date": "2027-02-08", "isOffDay": true}]}""");
        var calendar = CalendarService.Build(
            y2027.ScheduledDays().Select(d => new CalendarEntry { Kind = CalendarEntryKind.Official, ScheduleYear = 2027, Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name }).ToList(),
            [2027]);
        Assert.False(calendar.IsProvisional(D("2027-02-08")));
        Assert.False(calendar.IsWorkingDay(D("2027-02-08")));
        Assert.NotEqual(Official.Version, calendar.Version);
    }

    // The statutory holidays that stand in for a year without a notice, checked against the notices.
    [Theory]
    // 2007-2019: the days the State Council's notices name as 清明 (weekday terms are listed themselves).
    [InlineData(2007, "2007-04-05")]
    [InlineData(2008, "2008-04-04")]
    [InlineData(2009, "2009-04-04")]
    [InlineData(2010, "2010-04-05")]
    [InlineData(2011, "2011-04-05")]
    [InlineData(2012, "2012-04-04")]
    [InlineData(2013, "2013-04-04")]
    [InlineData(2014, "2014-04-05")]
    [InlineData(2015, "2015-04-05")]
    [InlineData(2016, "2016-04-04")]
    [InlineData(2017, "2017-04-04")]
    [InlineData(2018, "2018-04-05")]
    [InlineData(2019, "2019-04-05")]
    // 2020-2030: the table of 清明 dates on rili.com.cn (万年历); 2031-2032: the lead's list.
    [InlineData(2020, "2020-04-04")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-05")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    [InlineData(2025, "2025-04-04")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-04-05")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-04")]
    [InlineData(2030, "2030-04-05")]
    [InlineData(2031, "2031-04-05")]
    [InlineData(2032, "2032-04-04")]
    public void Qingming_is_the_day_the_sun_reaches_fifteen_degrees_in_Beijing_time(int year, string expected) =>
        Assert.Equal(D(expected), StatutoryHolidays.Qingming(year));

    [Theory]
    // 正月初一, 五月初五 and 八月十五, including years with a leap month before the fifth
    // (2020: leap fourth month; 2023: leap second month) and before the eighth (2025: leap sixth month).
    [InlineData(2020, "2020-01-25", "2020-06-25", "2020-10-01")]
    [InlineData(2023, "2023-01-22", "2023-06-22", "2023-09-29")]
    [InlineData(2025, "2025-01-29", "2025-05-31", "2025-10-06")]
    [InlineData(2027, "2027-02-06", "2027-06-09", "2027-09-15")]
    [InlineData(2028, "2028-01-26", "2028-05-28", "2028-10-03")]
    public void Lunar_dates_skip_the_leap_month(int year, string newYear, string dragonBoat, string midAutumn)
    {
        Assert.Equal(D(newYear), StatutoryHolidays.LunarDate(year, 1, 1));
        Assert.Equal(D(dragonBoat), StatutoryHolidays.LunarDate(year, 5, 5));
        Assert.Equal(D(midAutumn), StatutoryHolidays.LunarDate(year, 8, 15));
    }

    /// <summary>Every date the 办法 in force that year gives is a rest day in the State Council's notice of that year.</summary>
    [Fact]
    public void Every_statutory_date_of_2007_to_2026_is_an_official_rest_day()
    {
        var checkedDates = 0;
        foreach (var year in Enumerable.Range(2007, 20))
        {
            foreach (var holiday in StatutoryHolidays.For(year))
            {
                foreach (var date in holiday.Dates)
                {
                    Assert.True(date.Year == year, $"{holiday.Name} {date} is outside {year}");
                    var day = Official.Describe(date);
                    Assert.False(day.IsWorkingDay, $"{year} {holiday.Name}: {date} is a working day in the official schedule");
                    checkedDates++;
                }
            }
        }

        // 2007: 10 days (1999 text, no 清明/端午/中秋); 2008-2024: 11 a year; 2025-2026: 13 a year.
        Assert.Equal(10 + (17 * 11) + (2 * 13), checkedDates);
    }

    /// <summary>
    /// The notices move weekends around, but the weekdays a year loses net of worked weekends are what the
    /// 办法 and its make-up rule give: a check of the 补假 reading against every ordinary official year.
    /// </summary>
    [Fact]
    public void Make_up_days_give_as_many_weekdays_off_as_the_notices_did()
    {
        static bool Weekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        static int Notices(IEnumerable<int> years) => years.Sum(y => Enumerable.Range(0, DateTime.IsLeapYear(y) ? 366 : 365)
            .Select(n => new DateOnly(y, 1, 1).AddDays(n))
            .Sum(d => (!Weekend(d) && !Official.IsWorkingDay(d) ? 1 : 0) - (Weekend(d) && Official.IsWorkingDay(d) ? 1 : 0)));
        static int Generated(IEnumerable<int> years) => years.Sum(y => StatutoryHolidays.ProvisionalDays(y).Count(d => !Weekend(d.Date)));

        // 2015 had the extra 抗战胜利70周年 holiday and 2020 the COVID extension of 春节; the 2012 notice
        // worked Saturday 2011-12-31, so 2011 and 2012 are compared together.
        int[][] groups = [.. Enumerable.Range(2008, 19).Except([2011, 2012, 2015, 2020]).Select(y => new[] { y }), [2011, 2012]];
        foreach (var years in groups)
        {
            Assert.True(Notices(years) == Generated(years), $"{string.Join("+", years)}: notices {Notices(years)}, generated {Generated(years)}");
        }

        Assert.Equal(16, groups.Length);
    }

    [Fact]
    public void The_law_version_follows_the_year()
    {
        string Spring(int year) => string.Join(",", StatutoryHolidays.For(year).Single(h => h.Name == "春节").Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        // 2013: 除夕 to 初二 (2007 amendment); 2014: 初一 to 初三 (2013 amendment); 2025: 除夕 to 初三 (2024 amendment).
        Assert.Equal("2013-02-09,2013-02-10,2013-02-11", Spring(2013));
        Assert.Equal("2014-01-31,2014-02-01,2014-02-02", Spring(2014));
        Assert.Equal("2025-01-28,2025-01-29,2025-01-30,2025-01-31", Spring(2025));
        Assert.Single(StatutoryHolidays.For(2024).Single(h => h.Name == "劳动节").Dates);
        Assert.Equal(2, StatutoryHolidays.For(2025).Single(h => h.Name == "劳动节").Dates.Count);
        Assert.DoesNotContain(StatutoryHolidays.For(2007), h => h.Name == "清明节");
        // 除夕 was a working day under the 2013 amendment: the official 2014 notice worked on 2014-01-30.
        Assert.True(Official.IsWorkingDay(D("2014-01-30")));
    }

    [Fact]
    public void Make_up_days_follow_a_weekend_holiday_and_never_land_on_another_holiday()
    {
        // 2028: 元旦 on a Saturday → Monday 3 January; 国庆 1-3 October are Sunday to Tuesday, and
        // 中秋 (3 October) coincides with 国庆: the Sunday and the day lost to the coincidence are made up on 4 and 5 October.
        var days = StatutoryHolidays.ProvisionalDays(2028).ToDictionary(d => d.Date, d => d.Name);
        Assert.Equal("元旦补假", days[D("2028-01-03")]);
        Assert.Equal("国庆节", days[D("2028-10-01")]);
        Assert.Equal("国庆节补假", days[D("2028-10-04")]);
        Assert.Equal("国庆节补假", days[D("2028-10-05")]);
        Assert.Equal("中秋节", days[D("2028-10-03")]);
        Assert.False(days.ContainsKey(D("2028-10-06")));
        foreach (var year in Enumerable.Range(2027, 74))
        {
            var all = StatutoryHolidays.ProvisionalDays(year);
            var makeUps = all.Where(d => d.Name.EndsWith("补假", StringComparison.Ordinal)).ToList();
            var lost = StatutoryHolidays.For(year).SelectMany(h => h.Dates).GroupBy(d => d)
                .Sum(g => g.Count() - 1 + (g.Key.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1 : 0));
            Assert.Equal(lost, makeUps.Count);
            Assert.All(makeUps, m => Assert.True(m.Date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday, $"{m.Date} {m.Name}"));
            Assert.Equal(all.Count, all.Select(d => d.Date).Distinct().Count());
        }
    }
}
