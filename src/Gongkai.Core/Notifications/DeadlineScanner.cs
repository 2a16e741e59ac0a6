using Gongkai.Applications;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Notifications;

/// <summary>
/// The one timer job: finds catalog items whose 20-working-day publication deadline (Art. 26) is
/// near or past and reminds the body's editors and reviewers. One node works at a time (a database
/// lock); the unique reminder key makes a second run harmless.
/// </summary>
public sealed class DeadlineScanner(GongkaiDb db, CalendarService calendars)
{
    /// <summary>Reminders go out this many working days before the deadline.</summary>
    public const int WarnWorkingDays = 3;

    private const long PostgresKey = 0x676B7363616E0001;
    private static readonly SemaphoreSlim SqliteGate = new(1, 1);

    /// <summary>Runs one scan; returns the number of reminders created, or null when another node holds the lock.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            var got = await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({PostgresKey}) AS \"Value\"").SingleAsync(ct);
            if (!got)
            {
                return null;
            }
        }
        else if (!await SqliteGate.WaitAsync(0, ct))
        {
            return null;
        }

        try
        {
            var created = await ScanAsync(ct);
            await tx.CommitAsync(ct);
            return created;
        }
        finally
        {
            if (!db.Database.IsNpgsql())
            {
                SqliteGate.Release();
            }
        }
    }

    private async Task<int> ScanAsync(CancellationToken ct)
    {
        var calendar = await calendars.LoadAsync(ct);
        var today = db.Today();
        var warnFrom = calendar.AddWorkingDays(today, WarnWorkingDays).Due;
        var items = await db.CatalogItems.AsNoTracking()
            .Where(i => i.PublishedVersion == 0 && i.State != ItemState.Published && i.State != ItemState.Withdrawn && i.DueOn <= warnFrom)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.BodyId, i.Title, i.IndexNumber, i.DueOn })
            .ToListAsync(ct);
        var keys = await ApplicationRemindersAsync(today, warnFrom, ct);
        keys.AddRange(await Supervision.SupervisionReminders.CollectAsync(db, calendar, today, ct));
        if (items.Count == 0)
        {
            return await SaveNewAsync(keys, ct);
        }

        var bodyIds = items.Select(i => i.BodyId).Distinct().ToList();
        var staff = await db.RoleGrants.AsNoTracking()
            .Where(g => bodyIds.Contains(g.BodyId) && (g.Role == StaffRole.Editor || g.Role == StaffRole.Reviewer || g.Role == StaffRole.BodyAdmin))
            .Select(g => new { g.BodyId, g.UserId, g.User!.Email })
            .Distinct()
            .ToListAsync(ct);
        foreach (var item in items)
        {
            var overdue = item.DueOn < today;
            var kind = overdue ? "overdue" : "due-soon";
            foreach (var s in staff.Where(s => s.BodyId == item.BodyId).DistinctBy(s => s.UserId))
            {
                var key = $"catalog:{item.Id}:{kind}:{s.UserId}";
                keys.Add((key, new Notification
                {
                    Key = key,
                    UserId = s.UserId,
                    BodyId = item.BodyId,
                    Subject = overdue ? $"【已超期】信息“{Short(item.Title)}”未在法定期限内公开" : $"【即将到期】信息“{Short(item.Title)}”应于 {item.DueOn:yyyy-MM-dd} 前公开",
                    Text = overdue
                        ? $"索引号 {item.IndexNumber}：按《政府信息公开条例》第二十六条，应自形成之日起 20 个工作日内公开，期限 {item.DueOn:yyyy-MM-dd} 已过，请尽快完成审核并公开。"
                        : $"索引号 {item.IndexNumber}：按《政府信息公开条例》第二十六条，应于 {item.DueOn:yyyy-MM-dd}（含）前公开，请及时提交审核。",
                    Link = $"/staff/catalog/{item.Id}",
                    CreatedAt = db.Time.GetUtcNow(),
                    Email = string.IsNullOrWhiteSpace(s.Email) ? null : s.Email,
                }));
            }
        }

        return await SaveNewAsync(keys, ct);
    }

    /// <summary>Applications whose reply is due within the warning period or overdue: the officer handling it, or else the body's officers.</summary>
    private async Task<List<(string Key, Notification N)>> ApplicationRemindersAsync(DateOnly today, DateOnly warnFrom, CancellationToken ct)
    {
        var open = new[] { ApplicationState.Received, ApplicationState.InProgress, ApplicationState.Consulting, ApplicationState.AwaitingFee };
        var apps = await db.Applications.AsNoTracking()
            .Where(a => open.Contains(a.State) && a.DueOn != null && a.DueOn <= warnFrom)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.BodyId, a.TrackingNumber, a.OfficerId, DueOn = a.DueOn!.Value })
            .ToListAsync(ct);
        // Online and fax applications count from the day both sides confirm: one left unconfirmed overnight is flagged.
        var todayStart = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        var unconfirmed = await db.Applications.AsNoTracking()
            .Where(a => a.State == ApplicationState.Received && a.ReceivedOn == null && a.ArrivedAt < todayStart)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.BodyId, a.TrackingNumber })
            .ToListAsync(ct);
        var keys = new List<(string Key, Notification N)>();
        if (apps.Count == 0 && unconfirmed.Count == 0)
        {
            return keys;
        }

        var bodyIds = apps.Select(a => a.BodyId).Concat(unconfirmed.Select(a => a.BodyId)).Distinct().ToList();
        var officers = await db.RoleGrants.AsNoTracking()
            .Where(g => bodyIds.Contains(g.BodyId) && g.Role == StaffRole.DisclosureOfficer)
            .Select(g => new { g.BodyId, g.UserId, g.User!.Email })
            .ToListAsync(ct);
        var assignedIds = apps.Where(a => a.OfficerId != null).Select(a => a.OfficerId!).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => assignedIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        foreach (var a in apps)
        {
            var overdue = a.DueOn < today;
            var kind = overdue ? "overdue" : "due-soon";
            var to = a.OfficerId is { } officer
                ? new List<(string UserId, string? Email)> { (officer, emails.GetValueOrDefault(officer)) }
                : officers.Where(o => o.BodyId == a.BodyId).Select(o => (o.UserId, (string?)o.Email)).DistinctBy(o => o.UserId).ToList();
            foreach (var (userId, email) in to)
            {
                // The due date is part of the key: an approved extension or a restarted clock warns again.
                var key = $"application:{a.Id}:{kind}:{a.DueOn.DayNumber}:{userId}";
                keys.Add((key, new Notification
                {
                    Key = key,
                    UserId = userId,
                    BodyId = a.BodyId,
                    Subject = overdue ? $"【已超期】政府信息公开申请 {a.TrackingNumber} 已超过答复期限" : $"【即将到期】政府信息公开申请 {a.TrackingNumber} 应于 {a.DueOn:yyyy-MM-dd} 前答复",
                    Text = overdue
                        ? $"申请 {a.TrackingNumber} 的答复期限 {a.DueOn:yyyy-MM-dd} 已过（《政府信息公开条例》第三十三条），请尽快答复。"
                        : $"申请 {a.TrackingNumber} 应于 {a.DueOn:yyyy-MM-dd}（含）前答复；确需延期的，应在期限内报政府信息公开工作机构负责人批准。",
                    Link = $"/staff/applications/{a.Id}",
                    CreatedAt = db.Time.GetUtcNow(),
                    Email = string.IsNullOrWhiteSpace(email) ? null : email,
                }));
            }
        }

        foreach (var a in unconfirmed)
        {
            foreach (var o in officers.Where(o => o.BodyId == a.BodyId).DistinctBy(o => o.UserId))
            {
                var key = $"application:{a.Id}:unconfirmed:{o.UserId}";
                keys.Add((key, new Notification
                {
                    Key = key,
                    UserId = o.UserId,
                    BodyId = a.BodyId,
                    Subject = $"【待确认】政府信息公开申请 {a.TrackingNumber} 尚未确认受理",
                    Text = $"申请 {a.TrackingNumber} 已提交，尚未与申请人确认收到（《政府信息公开条例》第三十一条以双方确认之日为收到申请之日），请尽快确认受理或转交。",
                    Link = $"/staff/applications/{a.Id}",
                    CreatedAt = db.Time.GetUtcNow(),
                    Email = string.IsNullOrWhiteSpace(o.Email) ? null : o.Email,
                }));
            }
        }

        return keys;
    }

    private async Task<int> SaveNewAsync(List<(string Key, Notification N)> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        var wanted = keys.Select(k => k.Key).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(500))
        {
            existing.UnionWith(await db.Notifications.AsNoTracking().Where(n => chunk.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct));
        }

        var fresh = keys.Where(k => !existing.Contains(k.Key)).Select(k => k.N).ToList();
        db.Notifications.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return fresh.Count;
    }

    private static string Short(string s) => s.Length > 30 ? s[..30] + "…" : s;
}
