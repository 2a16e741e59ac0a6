using System.Text.RegularExpressions;

namespace Gongkai.Reports;

/// <summary>A piece of a paragraph; <see cref="Stale"/> says why it may no longer be true, or null.</summary>
public sealed record MarkedText(string Text, string? Stale);

/// <summary>A paragraph of a draft section; <see cref="TakenOver"/> when it is word for word last year's.</summary>
public sealed record MarkedParagraph(bool TakenOver, IReadOnlyList<MarkedText> Parts);

/// <summary>
/// Marks what a report draft took over from last year's report: each paragraph still word for word as last year's,
/// and in it every year before the report's own and every figure, which were true of last year and may be stale.
/// Only the staff's editing view shows the marks; the published report is rendered from the texts alone.
/// </summary>
public static partial class CarryOver
{
    // A year (2015年, 2015-2016), or a figure: digits with a decimal part, Chinese-style grouping, or a per cent.
    [GeneratedRegex(@"(?<year>(?<![0-9.])(?:19|20)[0-9]{2}(?=年|[-—至到]|\s*年度))|(?<num>(?<![0-9.])[0-9][0-9,，]*(?:\.[0-9]+)?\s*[%％]?)", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    public static IReadOnlyList<MarkedParagraph> Mark(string? draft, string? lastYear, int year)
    {
        var previous = Paragraphs(lastYear).ToHashSet(StringComparer.Ordinal);
        var result = new List<MarkedParagraph>();
        foreach (var p in Paragraphs(draft))
        {
            if (!previous.Contains(p))
            {
                result.Add(new MarkedParagraph(false, [new MarkedText(p, null)]));
                continue;
            }

            var parts = new List<MarkedText>();
            var at = 0;
            foreach (Match m in Tokens().Matches(p))
            {
                string? why = null;
                if (m.Groups["year"].Success)
                {
                    why = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) < year ? $"年份早于 {year} 年，可能沿用自上年" : null;
                }
                else if (m.Value.Trim().Length > 0)
                {
                    why = "数字沿用自上年报告，请核对";
                }

                if (why is null)
                {
                    continue;
                }

                if (m.Index > at)
                {
                    parts.Add(new MarkedText(p[at..m.Index], null));
                }

                parts.Add(new MarkedText(m.Value, why));
                at = m.Index + m.Length;
            }

            if (at < p.Length)
            {
                parts.Add(new MarkedText(p[at..], null));
            }

            result.Add(new MarkedParagraph(true, parts));
        }

        return result;
    }

    private static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
