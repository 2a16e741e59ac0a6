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
    [InlineData("2026-12-30", 5, "2027-01-06")]
    [InlineData("2006-12-27", 1, "2006-12-28")]
    public void Years_without_an_official_schedule_are_weekdays_only_and_provisional(string from, int days, string due)
    {
        var deadline = Official.AddWorkingDays(D(from), days);
        Assert.Equal(D(due), deadline.Due);
        Assert.True(deadline.Provisional);
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
}
