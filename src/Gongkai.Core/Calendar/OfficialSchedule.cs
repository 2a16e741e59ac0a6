using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Calendar;

/// <summary>A year's schedule in the holiday-cn file format: the shape of the built-in data and of an imported year.</summary>
public sealed class YearSchedule
{
    [JsonPropertyName("year")]
    public int Year { get; set; }

    [JsonPropertyName("papers")]
    public List<string> Papers { get; set; } = [];

    [JsonPropertyName("days")]
    public List<YearScheduleDay> Days { get; set; } = [];

    /// <summary>Parses and checks one year's file; the message says in Chinese what is wrong.</summary>
    public static YearSchedule Parse(string json)
    {
        YearSchedule? schedule;
        try
        {
            schedule = JsonSerializer.Deserialize<YearSchedule>(json);
        }
        catch (JsonException e)
        {
            throw new CalendarDataException($"不是有效的节假日安排文件（JSON 格式错误，第 {e.LineNumber + 1} 行）。");
        }

        if (schedule is null || schedule.Year < 2000 || schedule.Year > 2200)
        {
            throw new CalendarDataException("节假日安排文件缺少有效的年份（year）。");
        }

        if (schedule.Days.Count == 0)
        {
            throw new CalendarDataException($"{schedule.Year} 年的节假日安排文件没有列出任何日期（days）。");
        }

        foreach (var day in schedule.Days)
        {
            if (!DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new CalendarDataException($"日期“{day.Date}”格式不正确，应为 YYYY-MM-DD。");
            }

            // A notice may reach back into the previous December, never further.
            if (date.Year != schedule.Year && !(date.Year == schedule.Year - 1 && date.Month == 12))
            {
                throw new CalendarDataException($"日期 {day.Date} 不属于 {schedule.Year} 年的节假日安排。");
            }

            if (day.IsOffDay is null)
            {
                throw new CalendarDataException($"日期 {day.Date} 缺少 isOffDay（是否放假）。");
            }
        }

        return schedule;
    }

    public IEnumerable<ScheduledDay> ScheduledDays() =>
        Days.Select(d => new ScheduledDay(DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), d.IsOffDay!.Value, d.Name ?? ""));
}

public sealed class YearScheduleDay
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("date")]
    public string Date { get; set; } = "";

    [JsonPropertyName("isOffDay")]
    public bool? IsOffDay { get; set; }
}

public sealed class CalendarDataException(string message) : Exception(message);

/// <summary>The official schedules of 2007-2026 shipped inside the program (holiday-cn, MIT).</summary>
public static class BuiltInSchedules
{
    private sealed class Bundle
    {
        [JsonPropertyName("years")]
        public List<YearSchedule> Years { get; set; } = [];
    }

    private static readonly Lazy<IReadOnlyList<YearSchedule>> Years = new(Load);

    public static IReadOnlyList<YearSchedule> All => Years.Value;

    private static List<YearSchedule> Load()
    {
        using var stream = typeof(BuiltInSchedules).Assembly.GetManifestResourceStream("Gongkai.Calendar.holidays.json")
            ?? throw new InvalidOperationException("built-in holiday data is missing from the assembly");
        return JsonSerializer.Deserialize<Bundle>(stream)!.Years;
    }

    /// <summary>The calendar from the built-in schedules alone, for use without a database.</summary>
    public static WorkingCalendar Calendar() =>
        new(All.Select(y => y.Year), All.SelectMany(y => y.ScheduledDays()), [], "builtin-2026+" + StatutoryHolidays.Version);
}
