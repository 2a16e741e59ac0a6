using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Bodies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>索引号 patterns: {机构代码} (or {code}), {YYYY}, {MM}, and a run of N inside braces for the zero-padded serial.</summary>
public static partial class IndexNumbers
{
    public const string DefaultPattern = "{机构代码}/{YYYY}-{NNNNN}";

    public static string Format(string pattern, Body body, int year, int month, int serial)
    {
        var code = body.OrganizationCode ?? body.CreditCode ?? body.Code;
        return Token().Replace(pattern, m => m.Groups[1].Value switch
        {
            "机构代码" or "code" => code,
            "YYYY" => year.ToString("D4", CultureInfo.InvariantCulture),
            "YYYYMM" => year.ToString("D4", CultureInfo.InvariantCulture) + month.ToString("D2", CultureInfo.InvariantCulture),
            "MM" => month.ToString("D2", CultureInfo.InvariantCulture),
            var n when n.All(c => c == 'N') => serial.ToString("D" + n.Length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            _ => m.Value,
        });
    }

    /// <summary>Why a pattern cannot be used, or null when it can.</summary>
    public static string? Problem(string pattern)
    {
        var tokens = Token().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        if (!tokens.Any(t => t.Length > 0 && t.All(c => c == 'N')))
        {
            return "索引号规则须包含流水号，如 {NNNNN}。";
        }

        if (!tokens.Any(t => t is "YYYY" or "YYYYMM"))
        {
            return "索引号规则须包含年份 {YYYY}（流水号按年编排）。";
        }

        if (!tokens.Any(t => t is "机构代码" or "code"))
        {
            // Without the body's own code, one body's numbers can take another's (a literal copy of its prefix) and
            // block every new item there.
            return "索引号规则须包含本单位的机构代码 {机构代码}，以免与其他单位的索引号重复。";
        }

        var unknown = tokens.FirstOrDefault(t => t is not ("机构代码" or "code" or "YYYY" or "YYYYMM" or "MM") && !t.All(c => c == 'N'));
        return unknown is null ? null : $"索引号规则中的“{{{unknown}}}”无法识别。";
    }

    /// <summary>
    /// Reserves <paramref name="count"/> serials of a body and year and returns the first; the counter only
    /// goes up. The caller saves, in the same transaction as the items that use the serials.
    /// </summary>
    public static Task<int> ReserveAsync(Data.GongkaiDb db, int bodyId, int year, int count, CancellationToken ct) =>
        ReserveAsync(db, bodyId, year, count, false, ct);

    /// <summary>As above; <paramref name="locked"/> says the caller has already taken <see cref="LockAsync"/> for this key.</summary>
    public static async Task<int> ReserveAsync(Data.GongkaiDb db, int bodyId, int year, int count, bool locked, CancellationToken ct)
    {
        if (!locked)
        {
            await LockAsync(db, [(bodyId, year)], ct);
        }

        var counter = await db.IndexCounters.SingleOrDefaultAsync(c => c.BodyId == bodyId && c.Year == year, ct);
        if (counter is null)
        {
            counter = new IndexCounter { BodyId = bodyId, Year = year, Next = 1 };
            db.IndexCounters.Add(counter);
        }

        var first = counter.Next;
        counter.Next += count;
        counter.Revision++;
        return first;
    }

    /// <summary>
    /// On PostgreSQL, queues this transaction behind any other taking serials of the same body and year
    /// (held to commit), instead of all but one failing on the counter's revision. Keys are taken in
    /// order, in one statement, so two bulk imports cannot deadlock.
    /// </summary>
    public static async Task LockAsync(Data.GongkaiDb db, IEnumerable<(int BodyId, int Year)> keys, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is null)
        {
            return;
        }

        var values = keys.Select(k => (k.BodyId * 10_000) + k.Year).Distinct().Order().ToArray();
        if (values.Length > 0)
        {
            // 4801624 ("IDX") names these locks among the platform's advisory locks.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4801624, k) FROM unnest({0}) AS k ORDER BY k", [values], ct);
        }
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Token();
}
