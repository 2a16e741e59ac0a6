using System.Globalization;
using Gongkai.Calendar;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Calendar;

public sealed class IndexModel(CalendarService calendars, ScheduleImport import, StaffContext staff, TimeProvider time) : PageModel
{
    private const long MaxImportBytes = 256 * 1024;

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    public int Year { get; private set; }

    public int MonthNumber { get; private set; }

    public WorkingCalendar Calendar { get; private set; } = null!;

    public Deadline? Deadline { get; private set; }

    public List<CalendarEntry> Overrides { get; private set; } = [];

    public bool CanManage { get; private set; }

    public IEnumerable<string> YearsRange => Calendar.ScheduledYears.Count == 0
        ? []
        : [$"{Calendar.ScheduledYears.Min()}—{Calendar.ScheduledYears.Max()}"];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (From is not null || Days is not null)
        {
            if (!DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                ModelState.AddModelError("", "起算日格式不正确，应为 YYYY-MM-DD。");
            }
            else if (Days is not { } n || n < 0 || n > 3650)
            {
                ModelState.AddModelError("", "工作日数须在 0 到 3650 之间。");
            }
            else
            {
                Deadline = Calendar.AddWorkingDays(from, n);
            }
        }
    }

    public async Task<IActionResult> OnPostOverrideAsync(string? date, bool offDay, string? name, string? reason)
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageCalendar))
        {
            return Forbid();
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            ModelState.AddModelError("", "请选择要调整的日期。");
        }
        else
        {
            try
            {
                await calendars.SetOverrideAsync(d, offDay, name ?? "", reason ?? "");
                TempData["Notice"] = $"已把 {date} 设为{(offDay ? "休息日" : "工作日")}。";
                return Redirect($"/staff/calendar?month={d:yyyy-MM}");
            }
            catch (CalendarDataException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? date)
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageCalendar))
        {
            return Forbid();
        }

        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && await calendars.RemoveOverrideAsync(d))
        {
            TempData["Notice"] = $"已撤销 {date} 的本地调整。";
        }

        return Redirect("/staff/calendar");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageCalendar))
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", "请选择要导入的安排文件。");
        }
        else if (file.Length > MaxImportBytes)
        {
            ModelState.AddModelError("", "文件过大：一年的节假日安排文件不会超过 256 KB。");
        }
        else
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream());
                var schedule = YearSchedule.Parse(await reader.ReadToEndAsync());
                var result = await import.ImportAsync(schedule);
                TempData["Notice"] = $"已导入 {schedule.Year} 年节假日安排，共 {result.Days} 个日期；{result.Changes.Count} 件办理中申请的期满日随之重新计算。";
                return Redirect($"/staff/calendar?month={schedule.Year}-01");
            }
            catch (CalendarDataException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Calendar = await calendars.LoadAsync();
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var month = DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : today;
        (Year, MonthNumber) = (month.Year, month.Month);
        Month = $"{Year:D4}-{MonthNumber:D2}";
        Overrides = await calendars.OverridesAsync();
        CanManage = await staff.CanAnywhereAsync(Privilege.ManageCalendar);
    }
}
