using Gongkai.Calendar;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Calendar;

/// <summary>The State Council's holiday notice typed in as read: preview what it changes, then save it as the year's official schedule.</summary>
public sealed class NoticeModel(ScheduleImport import, StaffContext staff, TimeProvider time) : PageModel
{
    public const int HolidayRows = 7;
    public const int WorkingDayRows = 8;
    private const int MaxListedChanges = 20;

    public sealed class HolidayRow
    {
        public string? Name { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }
    }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Papers { get; set; }

    [BindProperty]
    public List<HolidayRow> Holidays { get; set; } = [];

    [BindProperty]
    public List<string?> WorkingDays { get; set; } = [];

    [BindProperty]
    public bool Replace { get; set; }

    public ScheduleImportResult? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageCalendar))
        {
            return Forbid();
        }

        Year = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).Year + 1;
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageCalendar))
        {
            return Forbid();
        }

        Pad();
        if (Schedule() is { } schedule)
        {
            Preview = await import.PreviewAsync(schedule);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await staff.CanAnywhereAsync(Privilege.ManageCalendar))
        {
            return Forbid();
        }

        Pad();
        if (Schedule() is not { } schedule)
        {
            return Page();
        }

        var preview = await import.PreviewAsync(schedule);
        if (preview.ReplacesOfficial && !Replace)
        {
            Preview = preview;
            ModelState.AddModelError("", $"{schedule.Year} 年已有国务院节假日安排。如确认用本次录入的通知替换，请勾选“确认替换 {schedule.Year} 年已有安排”后再保存。");
            return Page();
        }

        var result = await import.ImportAsync(schedule);
        // The message travels in a cookie: a long list is cut, the preview having shown it whole.
        TempData["Notice"] = $"已保存 {schedule.Year} 年节假日安排，共 {result.Days} 个日期；{result.Changes.Count} 件办理中申请的期满日已重新计算"
            + (result.Changes.Count == 0 ? "。" : "：" + string.Join("；", result.Changes.Take(MaxListedChanges).Select(c => $"{c.TrackingNumber} {Cli.DueText(c.OldDue, c.OldProvisional)} → {Cli.DueText(c.NewDue, c.NewProvisional)}"))
                + (result.Changes.Count > MaxListedChanges ? $" 等（其余 {result.Changes.Count - MaxListedChanges} 件见审计日志）。" : "。"));
        return Redirect($"/staff/calendar?month={schedule.Year}-01");
    }

    private YearSchedule? Schedule()
    {
        try
        {
            return NoticeSchedule.Build(Year, Papers, Holidays.Select(h => new NoticeHoliday(h.Name, h.From, h.To)), WorkingDays);
        }
        catch (CalendarDataException e)
        {
            foreach (var line in e.Message.Split('\n'))
            {
                ModelState.AddModelError("", line);
            }

            return null;
        }
    }

    /// <summary>A fixed number of rows, so that the form works without JavaScript; empty ones carry the statutory holiday names.</summary>
    private void Pad()
    {
        Holidays = [.. Holidays.Take(HolidayRows)];
        while (Holidays.Count < HolidayRows)
        {
            Holidays.Add(new HolidayRow { Name = NoticeSchedule.HolidayNames.ElementAtOrDefault(Holidays.Count) });
        }

        WorkingDays = [.. WorkingDays.Take(WorkingDayRows)];
        while (WorkingDays.Count < WorkingDayRows)
        {
            WorkingDays.Add(null);
        }
    }
}
