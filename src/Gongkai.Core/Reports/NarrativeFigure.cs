using System.Globalization;

namespace Gongkai.Reports;

/// <summary>
/// A figure of the narrative report that the platform does not hold, entered by staff as "名称 数值 单位"
/// (取消行政审批事项 118 项); stored as a <see cref="ReportFigure"/> whose key carries the label and unit.
/// </summary>
public static class NarrativeFigure
{
    public const string Prefix = "narrative|";

    public static string Key(string label, string unit) => $"{Prefix}{label}|{unit}";

    public static (string Label, string Unit) Split(string key)
    {
        var parts = key[Prefix.Length..].Split('|');
        return (parts[0], parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>One line per figure; the value may be a decimal (13.5 万件) or a percentage (100 %).</summary>
    public static Dictionary<string, decimal> Parse(string? text, out List<string> problems)
    {
        problems = [];
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([' ', '\t', '　'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > 3 || !decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || parts[0].Length > 80 || parts[0].Contains('|', StringComparison.Ordinal) || (parts.Length == 3 && (parts[2].Length > 10 || parts[2].Contains('|', StringComparison.Ordinal))))
            {
                problems.Add($"“{line}”应写成“名称 数值 单位”，数值为非负数，如“取消行政审批事项 118 项”。");
                continue;
            }

            figures[Key(parts[0], parts.Length == 3 ? parts[2] : "")] = value;
        }

        return figures;
    }

    public static string Format(IEnumerable<ProactiveFigure> figures) =>
        string.Join("\n", figures.Select(f => $"{f.Row} {f.Value?.ToString("0.####", CultureInfo.InvariantCulture)} {f.Column}".TrimEnd()));
}
