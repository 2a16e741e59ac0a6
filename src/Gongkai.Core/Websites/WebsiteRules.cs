using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Websites;

/// <summary>What one watched column looked like at a check.</summary>
public sealed record ColumnState(ColumnKind Kind, DateOnly? LastUpdate, int Entries);

/// <summary>Probes of the last week: whether enough were taken, and the share that failed.</summary>
public sealed record ReachabilityVerdict(bool Measured, int Probes, int Failed, bool Veto)
{
    public double FailedShare => Probes == 0 ? 0 : (double)Failed / Probes;
}

/// <summary>The columns' veto (栏目不更新): which of the three conditions holds.</summary>
public sealed record ColumnsVerdict(int StaleNewsAndNotices, int LongStale, int Empty)
{
    public bool Veto => StaleNewsAndNotices >= WebsiteRules.StaleCombinationLimit || LongStale >= WebsiteRules.LongStaleLimit || Empty >= WebsiteRules.EmptyLimit;
}

/// <summary>
/// The veto items (单项否决) of rules §6 as pure functions of what the checks saw, so that each threshold is
/// tested at its boundary apart from any crawling.
/// </summary>
public static partial class WebsiteRules
{
    /// <summary>The window over which reachability is judged.</summary>
    public static readonly TimeSpan ReachabilityWindow = TimeSpan.FromDays(7);

    /// <summary>Probes a day needed for the week to count.</summary>
    public const int ProbesPerDay = 20;

    /// <summary>The home page must load within this time, or the probe failed.</summary>
    public static readonly TimeSpan HomeTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Failed probes at or above this share fail the site (5 %).</summary>
    public const int FailedPercent = 5;

    public const int NewsStaleDays = 14;

    public const int NoticeStaleMonths = 6;

    public const int StaleCombinationLimit = 5;

    public const int LongStaleLimit = 10;

    public const int EmptyLimit = 5;

    /// <summary>
    /// 站点无法访问: over the week before <paramref name="now"/>, with at least 20 probes in each of its seven days,
    /// the probes that failed (no answer within 15 s) are 5 % or more. A week not covered is not judged.
    /// </summary>
    public static ReachabilityVerdict Reachability(IEnumerable<(DateTimeOffset At, bool Ok)> probes, DateTimeOffset now)
    {
        var from = now - ReachabilityWindow;
        var window = probes.Where(p => p.At > from && p.At <= now).ToList();
        var perDay = new int[7];
        foreach (var p in window)
        {
            var day = (int)((now - p.At).Ticks / TimeSpan.TicksPerDay);
            perDay[Math.Min(day, 6)]++;
        }

        var measured = perDay.All(n => n >= ProbesPerDay);
        var failed = window.Count(p => !p.Ok);
        // Integer arithmetic: 5 % exactly is a failure, with no rounding in between.
        var veto = measured && failed * 100 >= FailedPercent * window.Count;
        return new ReachabilityVerdict(measured, window.Count, failed, veto);
    }

    /// <summary>Whether one column counts as not updated on <paramref name="today"/>; an empty column is counted as empty instead, undated entries as not updated.</summary>
    public static bool IsStale(ColumnKind kind, DateOnly? lastUpdate, DateOnly today) => kind switch
    {
        ColumnKind.Home or ColumnKind.News => lastUpdate is not { } d || d.AddDays(NewsStaleDays) < today,
        ColumnKind.Notice or ColumnKind.Other => lastUpdate is not { } d || d.AddMonths(NoticeStaleMonths) < today,
        _ => false,
    };

    /// <summary>Not updated "for a long time": over six months, whatever the kind of column.</summary>
    public static bool IsLongStale(DateOnly? lastUpdate, DateOnly today) => lastUpdate is not { } d || d.AddMonths(NoticeStaleMonths) < today;

    /// <summary>
    /// 首页不更新: the home page's columns together show nothing newer than two weeks (undated entries count as
    /// not updated). No home column seen is not updated either.
    /// </summary>
    public static bool HomeNotUpdated(IEnumerable<ColumnState> homeColumns, DateOnly today)
    {
        var newest = homeColumns.Where(c => c.Entries > 0).Select(c => c.LastUpdate).Where(d => d is not null).Max();
        return IsStale(ColumnKind.Home, newest, today);
    }

    /// <summary>
    /// 栏目不更新: stale news/动态/要闻 (over 2 weeks) and first-level 通知公告/政策文件 (over 6 months) columns together
    /// 5 or more; or 10 or more columns that should be updated and have not been for over 6 months; or 5 or more empty columns.
    /// </summary>
    public static ColumnsVerdict Columns(IEnumerable<ColumnState> columns, DateOnly today)
    {
        var watched = columns.Where(c => c.Kind is ColumnKind.News or ColumnKind.Notice or ColumnKind.Other).ToList();
        var filled = watched.Where(c => c.Entries > 0).ToList();
        return new ColumnsVerdict(
            filled.Count(c => c.Kind is ColumnKind.News or ColumnKind.Notice && IsStale(c.Kind, c.LastUpdate, today)),
            filled.Count(c => IsLongStale(c.LastUpdate, today)),
            watched.Count(c => c.Entries == 0));
    }

    /// <summary>互动回应差 (the channel part): channels are registered and none of them answers with a form.</summary>
    public static bool NoWorkingChannel(IReadOnlyCollection<bool> channelsWorking) => channelsWorking.Count > 0 && !channelsWorking.Any(w => w);

    /// <summary>
    /// Dates written in the text of a list entry: 2015-08-12, 2015/8/12, 2015.08.12, 2015年8月12日, and a bare [08-12]
    /// or 08-12 whose year is this year unless that would be in the future. Reads extracted text, never HTML.
    /// </summary>
    public static IEnumerable<DateOnly> DatesIn(string text, DateOnly today)
    {
        var full = new List<(int Index, int Length)>();
        foreach (Match m in FullDate().Matches(text))
        {
            full.Add((m.Index, m.Length));
            if (Make(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"])) is { } d)
            {
                yield return d;
            }
        }

        foreach (Match m in ShortDate().Matches(text))
        {
            if (full.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length))
            {
                continue;
            }

            var month = Int(m.Groups["m"]);
            var day = Int(m.Groups["d"]);
            if (Make(today.Year, month, day) is { } d)
            {
                yield return d > today ? Make(today.Year - 1, month, day) ?? d : d;
            }
        }
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int y, int m, int d) =>
        y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*(?:[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})|年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\d\-/.])(?<m>[01]?\d)-(?<d>[0-3]?\d)(?![\d\-/.])")]
    private static partial Regex ShortDate();
}
