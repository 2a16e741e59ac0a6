using System.Globalization;
using System.Text;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.ServiceItems;

/// <summary>
/// Keeps <see cref="ServiceCaseMonth"/> equal to what <see cref="CaseStatistics"/> would count from the cases, so a
/// county-year reads a few thousand small rows instead of a million cases (issue 13: p95 &lt; 300 ms on 10M cases).
/// Every change of a case adds its difference to its row in the transaction that changes the case (a new case adds
/// itself; a changed one subtracts what it was and adds what it is). The additions are single INSERT … ON CONFLICT DO
/// UPDATE statements, which commute, so concurrent writers on several nodes need no lock and no reading of other
/// cases; <see cref="RebuildAsync"/> counts months again from the cases, to repair or after a bulk change.
/// </summary>
public static class CaseRollup
{
    public readonly record struct Key(DateOnly Month, int BodyId, int CentreId, ServiceTier Tier, int ItemId);

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    public static Key KeyOf(ServiceCase c) => new(MonthOf(c.ReceivedOn), c.BodyId, c.CentreId ?? 0, c.Tier, c.ItemId);

    /// <summary>What one case adds to its row: the same definitions as the aggregate in <see cref="CaseStatistics"/>.</summary>
    public static CaseStatsRow Of(ServiceCase c) => new(
        c.BodyId, c.CentreId, c.Tier, c.ItemId,
        Received: 1,
        Accepted: c.Acceptance == CaseAcceptance.Accepted ? 1 : 0,
        NotAccepted: c.Acceptance == CaseAcceptance.NotAccepted ? 1 : 0,
        Finished: c.FinishedOn != null ? 1 : 0,
        FinishedOnTime: c.FinishedOn != null && c.OnTime == true ? 1 : 0,
        WorkingDaysSum: c.FinishedOn != null ? c.WorkingDays ?? 0 : 0,
        Evaluated: c.Evaluation != null ? 1 : 0,
        Satisfied: c.Evaluation is CaseEvaluation.VerySatisfied or CaseEvaluation.Satisfied or CaseEvaluation.FairlySatisfied ? 1 : 0,
        Bad: c.Evaluation is { } e && ServiceCase.IsBad(e) ? 1 : 0,
        Rectified: c.RectifiedOn != null ? 1 : 0);

    /// <summary>The tracked cases about to be saved, as they were (null when new) and as they will be (null when deleted).</summary>
    public static List<(ServiceCase? Before, ServiceCase? After)> Changes(ChangeTracker tracker) =>
        tracker.Entries<ServiceCase>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (
                e.State == EntityState.Added ? null : (ServiceCase)e.OriginalValues.ToObject(),
                e.State == EntityState.Deleted ? null : e.Entity))
            .ToList();

    /// <summary>
    /// Adds the cases as they are now and subtracts them as they were. <see cref="GongkaiDb"/> calls it in the
    /// transaction of every save of tracked cases; a bulk writer calls it for what it wrote. Nothing is written when
    /// nothing counted changed.
    /// </summary>
    public static async Task ApplyAsync(GongkaiDb db, IEnumerable<(ServiceCase? Before, ServiceCase? After)> changes, CancellationToken ct)
    {
        var deltas = new Dictionary<Key, CaseStatsRow>();
        void Add(Key key, CaseStatsRow row) => deltas[key] = deltas.TryGetValue(key, out var had) ? had + row : row;
        foreach (var (before, after) in changes)
        {
            if (before is not null)
            {
                Add(KeyOf(before), Of(before).Negated());
            }

            if (after is not null)
            {
                Add(KeyOf(after), Of(after));
            }
        }

        await UpsertAsync(db, deltas.Where(d => !d.Value.IsZero).Select(d => (d.Key, d.Value)).ToList(), add: true, ct);
    }

    /// <summary>
    /// Counts whole months again (all months when none are given), each in its own transaction: after cases were
    /// written without <see cref="ApplyAsync"/>, or to repair the table. A writer adding to a month meanwhile either
    /// committed before the count (and is counted) or adds its difference after it.
    /// </summary>
    public static async Task<int> RebuildAsync(GongkaiDb db, IReadOnlyCollection<DateOnly>? months = null, CancellationToken ct = default)
    {
        months ??= (await db.ServiceCases.AsNoTracking().Select(c => new { c.ReceivedOn.Year, c.ReceivedOn.Month }).Distinct().ToListAsync(ct))
            .Select(m => new DateOnly(m.Year, m.Month, 1))
            .Concat(await db.ServiceCaseMonths.AsNoTracking().Select(m => m.Month).Distinct().ToListAsync(ct))
            .ToList();
        foreach (var month in months.Distinct().Order())
        {
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await db.ServiceCaseMonths.Where(m => m.Month == month).ExecuteDeleteAsync(ct);
            await UpsertAsync(db, await CountAsync(db, month, null, ct), add: false, ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
        }

        return months.Distinct().Count();
    }

    private static async Task<List<(Key Key, CaseStatsRow Row)>> CountAsync(GongkaiDb db, DateOnly month, List<int>? items, CancellationToken ct)
    {
        var last = month.AddMonths(1).AddDays(-1);
        var cases = db.ServiceCases.AsNoTracking().Where(c => c.ReceivedOn >= month && c.ReceivedOn <= last);
        if (items is not null)
        {
            cases = cases.Where(c => items.Contains(c.ItemId));
        }

        return (await CaseStatistics.AggregateAsync(cases, ct)).ConvertAll(r => (new Key(month, r.BodyId!.Value, r.CentreId ?? 0, r.Tier!.Value, r.ItemId!.Value), r));
    }

    private static readonly string[] Figures =
        ["Received", "Accepted", "NotAccepted", "Finished", "FinishedOnTime", "WorkingDaysSum", "Evaluated", "Satisfied", "Bad", "Rectified"];

    private static readonly string[] KeyColumns = ["Month", "BodyId", "CentreId", "Tier", "ItemId"];

    private static string OnConflict(bool add) =>
        " ON CONFLICT (\"Month\", \"BodyId\", \"CentreId\", \"Tier\", \"ItemId\") DO UPDATE SET "
        + string.Join(", ", Figures.Select(f => add ? $"\"{f}\" = service_case_months.\"{f}\" + excluded.\"{f}\"" : $"\"{f}\" = excluded.\"{f}\""));

    private static object[] Values(Key k, CaseStatsRow r) =>
        [k.Month, k.BodyId, k.CentreId, k.Tier.ToString(), k.ItemId, r.Received, r.Accepted, r.NotAccepted, r.Finished, r.FinishedOnTime, r.WorkingDaysSum, r.Evaluated, r.Satisfied, r.Bad, r.Rectified];

    /// <summary>
    /// The same SQL on both providers (INSERT … ON CONFLICT DO UPDATE). PostgreSQL takes 200 rows a statement (one
    /// round trip each); SQLite, in process, runs one prepared single-row statement again and again, since compiling
    /// and binding a statement of 3,000 parameters cost it more than all the rows (a 1M import spent 3/4 of its time there).
    /// </summary>
    private static async Task UpsertAsync(GongkaiDb db, List<(Key Key, CaseStatsRow Row)> rows, bool add, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var cmd = db.Database.GetDbConnection().CreateCommand();
                cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var names = KeyColumns.Concat(Figures).ToArray();
                cmd.CommandText = $"INSERT INTO service_case_months ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"@v{i}"))}){OnConflict(add)}";
                var parameters = names.Select((_, i) =>
                {
                    var p = cmd.CreateParameter();
                    p.ParameterName = $"@v{i}";
                    cmd.Parameters.Add(p);
                    return p;
                }).ToArray();
                foreach (var (k, r) in rows)
                {
                    var values = Values(k, r);
                    for (var i = 0; i < values.Length; i++)
                    {
                        parameters[i].Value = values[i];
                    }

                    await cmd.ExecuteNonQueryAsync(ct);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        foreach (var chunk in rows.Chunk(200))
        {
            var sql = new StringBuilder("INSERT INTO service_case_months (")
                .AppendJoin(", ", KeyColumns.Concat(Figures).Select(f => $"\"{f}\"")).Append(") VALUES ");
            var values = new List<object>(chunk.Length * 15);
            foreach (var (k, r) in chunk)
            {
                sql.Append(values.Count == 0 ? "(" : ", (");
                var row = Values(k, r);
                sql.AppendJoin(", ", row.Select((_, i) => "{" + (values.Count + i).ToString(CultureInfo.InvariantCulture) + "}")).Append(')');
                values.AddRange(row);
            }

            sql.Append(OnConflict(add));
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
        }
    }
}
