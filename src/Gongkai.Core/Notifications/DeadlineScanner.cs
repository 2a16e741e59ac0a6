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
        var today = DateOnly.FromDateTime(db.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var warnFrom = calendar.AddWorkingDays(today, WarnWorkingDays).Due;
        var items = await db.CatalogItems.AsNoTracking()
            .Where(i => i.PublishedVersion == 0 && i.State != ItemState.Published && i.State != ItemState.Withdrawn && i.DueOn <= warnFrom)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.BodyId, i.Title, i.IndexNumber, i.DueOn })
            .ToListAsync(ct);
        if (items.Count == 0)
        {
            return 0;
        }

        var bodyIds = items.Select(i => i.BodyId).Distinct().ToList();
        var staff = await db.RoleGrants.AsNoTracking()
            .Where(g => bodyIds.Contains(g.BodyId) && (g.Role == StaffRole.Editor || g.Role == StaffRole.Reviewer || g.Role == StaffRole.BodyAdmin))
            .Select(g => new { g.BodyId, g.UserId, g.User!.Email })
            .Distinct()
            .ToListAsync(ct);
        var keys = new List<(string Key, Notification N)>();
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
