using System.Globalization;
using Gongkai.Calendar;

namespace Gongkai.Web.Api;

public static class CalendarApi
{
    public sealed record DayJson(string Date, bool Working, string Rule, string? Name);

    public sealed record AddWorkingDaysJson(string From, int Days, string Due, bool Provisional, string CalendarVersion, IReadOnlyList<DayJson>? Explanation);

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calendar/add-working-days", async (string? from, string? days, bool? explain, CalendarService calendars, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                errors["from"] = ["起算日期 from 须为 YYYY-MM-DD 格式的有效日期。"];
            }

            if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 3650)
            {
                errors["days"] = ["工作日数 days 须为 0 至 3650 之间的整数。"];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "请求参数有误", detail: "请检查起算日期和工作日数。");
            }

            var deadline = (await calendars.LoadAsync(ct)).AddWorkingDays(start, n);
            return Results.Ok(new AddWorkingDaysJson(
                Iso(deadline.From),
                deadline.WorkingDays,
                Iso(deadline.Due),
                deadline.Provisional,
                deadline.CalendarVersion,
                explain == true ? deadline.Days.Select(d => new DayJson(Iso(d.Date), d.IsWorkingDay, d.Rule.ToString(), d.Name)).ToList() : null));
        }).WithName("AddWorkingDays");
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
