namespace Gongkai.Web;

/// <summary>How instants and codes are shown to people.</summary>
public static class Format
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Instants are stored in UTC; the county works in Beijing time (UTC+8, no daylight saving).</summary>
    public static string BeijingTime(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly d) => "周" + "日一二三四五六"[(int)d.DayOfWeek];

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} 字节",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
