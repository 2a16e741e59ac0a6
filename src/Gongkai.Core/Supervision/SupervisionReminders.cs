using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Notifications;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>
/// The registers' part of the deadline scanner: key tasks and suggestion replies due within
/// <see cref="WarnWorkingDays"/> working days, and those overdue, remind the lead body's administrators (who answer
/// supervision for it). The deadline is part of the key, so a moved deadline warns again and a repeated scan never does.
/// </summary>
public static class SupervisionReminders
{
    public const int WarnWorkingDays = 5;

    public static async Task<List<(string Key, Notification N)>> CollectAsync(GongkaiDb db, WorkingCalendar calendar, DateOnly today, CancellationToken ct = default)
    {
        var warnFrom = calendar.AddWorkingDays(today, WarnWorkingDays).Due;
        var tasks = await db.KeyTasks.AsNoTracking().Where(t => t.DoneOn == null && t.Deadline <= warnFrom)
            .OrderBy(t => t.Id).Select(t => new { t.Id, t.LeadBodyId, t.Number, t.Text, t.Deadline, t.Plan!.Year }).ToListAsync(ct);
        var suggestions = await db.Suggestions.AsNoTracking().Where(s => s.RepliedOn == null && s.DueOn <= warnFrom)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.LeadBodyId, s.Kind, s.Session, s.Number, s.Subject, s.DueOn }).ToListAsync(ct);
        var keys = new List<(string Key, Notification N)>();
        if (tasks.Count == 0 && suggestions.Count == 0)
        {
            return keys;
        }

        var bodyIds = tasks.Select(t => t.LeadBodyId).Concat(suggestions.Select(s => s.LeadBodyId)).Distinct().ToList();
        var admins = await db.RoleGrants.AsNoTracking().Where(g => bodyIds.Contains(g.BodyId) && g.Role == StaffRole.BodyAdmin)
            .Select(g => new { g.BodyId, g.UserId, g.User!.Email }).ToListAsync(ct);
        void Add(string what, int id, int bodyId, DateOnly due, string subject, string text, string link)
        {
            var overdue = due < today;
            foreach (var a in admins.Where(a => a.BodyId == bodyId).DistinctBy(a => a.UserId))
            {
                var key = $"{what}:{id}:{(overdue ? "overdue" : "due-soon")}:{due.DayNumber}:{a.UserId}";
                keys.Add((key, new Notification
                {
                    Key = key,
                    UserId = a.UserId,
                    BodyId = bodyId,
                    Subject = (overdue ? "【已超期】" : "【即将到期】") + subject,
                    Text = text,
                    Link = link,
                    CreatedAt = db.Time.GetUtcNow(),
                    Email = string.IsNullOrWhiteSpace(a.Email) ? null : a.Email,
                }));
            }
        }

        foreach (var t in tasks)
        {
            var overdue = t.Deadline < today;
            Add("keytask", t.Id, t.LeadBodyId, t.Deadline,
                $"{t.Year}年重点工作任务第 {t.Number} 项{(overdue ? "已超过完成时限" : $"应于 {t.Deadline:yyyy-MM-dd} 前完成")}",
                overdue
                    ? $"您单位牵头的重点工作任务“{Text.Short(t.Text)}”完成时限 {t.Deadline:yyyy-MM-dd} 已过，尚未报告完成，请尽快落实并报送进展。"
                    : $"您单位牵头的重点工作任务“{Text.Short(t.Text)}”应于 {t.Deadline:yyyy-MM-dd}（含）前完成，完成后请报送办结情况。",
                $"/staff/tasks/{t.Id}");
        }

        foreach (var s in suggestions)
        {
            var overdue = s.DueOn < today;
            var title = $"{s.Session}第{s.Number}号{Suggestion.KindLabel(s.Kind)}";
            Add("suggestion", s.Id, s.LeadBodyId, s.DueOn,
                $"{title}{(overdue ? "已超过答复期限" : $"应于 {s.DueOn:yyyy-MM-dd} 前答复")}",
                overdue
                    ? $"您单位承办的{title}（{Text.Short(s.Subject)}）答复期限 {s.DueOn:yyyy-MM-dd} 已过，请尽快答复并登记答复情况。"
                    : $"您单位承办的{title}（{Text.Short(s.Subject)}）应于 {s.DueOn:yyyy-MM-dd}（含）前答复代表（委员），答复后请登记并确定公开方式。",
                $"/staff/suggestions/{s.Id}");
        }

        return keys;
    }
}
