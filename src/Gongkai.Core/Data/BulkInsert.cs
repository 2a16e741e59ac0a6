using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Gongkai.Data;

/// <summary>
/// Inserts many rows of one entity type without the change tracker: binary COPY on PostgreSQL,
/// one prepared statement on SQLite. Columns and value conversions come from the EF model, so the
/// SQL cannot drift from the schema. Keys are reserved up front and written explicitly, so the
/// caller knows them; run it inside the caller's transaction.
/// </summary>
public static class BulkInsert
{
    /// <summary>Reserves <paramref name="count"/> consecutive-or-not key values for <typeparamref name="T"/>'s generated key.</summary>
    public static async Task<List<long>> ReserveKeysAsync<T>(GongkaiDb db, int count, CancellationToken ct)
    {
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
        var conn = db.Database.GetDbConnection();
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var keys = new List<long>(count);
        if (db.Database.IsNpgsql())
        {
            cmd.CommandText = $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) FROM generate_series(1, {count})";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                keys.Add(r.GetInt64(0));
            }

            return keys;
        }

        // The caller's transaction already holds SQLite's single write lock, so nobody else can take these.
        // AUTOINCREMENT never hands out a key used before, even a deleted one: start above both.
        cmd.CommandText = $"SELECT MAX(COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0))";
        var max = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 1; i <= count; i++)
        {
            keys.Add(max + i);
        }

        return keys;
    }

    public static async Task WriteAsync<T>(GongkaiDb db, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.GetColumnName(store) is not null).ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(store)}\""));
        var conn = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction?.GetDbTransaction();

        if (conn is NpgsqlConnection pg)
        {
            await using var copy = await pg.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var c in columns)
                {
                    var value = Value(c, row);
                    if (value is null)
                    {
                        await copy.WriteNullAsync(ct);
                    }
                    else
                    {
                        await copy.WriteAsync(value, ct);
                    }
                }
            }

            await copy.CompleteAsync(ct);
            return;
        }

        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@p" + i;
            cmd.Parameters.Add(p);
            return p;
        }).ToList();
        cmd.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = Value(columns[i], row) ?? DBNull.Value;
            }

            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static object? Value(IProperty p, object row)
    {
        var value = p.GetGetter().GetClrValue(row);
        var converter = p.GetTypeMapping().Converter;
        return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
    }
}
