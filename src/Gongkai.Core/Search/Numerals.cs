using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Search;

/// <summary>
/// A count or a year written another way than the query has it: 第3批 / 第三批, 四级 / 4级 / Ⅳ级 (Roman numerals are
/// digits after normalisation), 第二十一次 / 第21次, 2012年 / 二〇一二年. Only before a counter word (级, 类, 批, 期,
/// 次, 号, 届, 条) or 年, where the number counts something: elsewhere 一 is a word's character, not a number.
/// </summary>
public static partial class Numerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The text with its counts (and, separately, its years) in the other form; none when it has neither.</summary>
    public static List<string> Variants(string text)
    {
        var variants = new List<string>();
        var counts = Count().Replace(text, m => Other(m.Groups["n"].Value) ?? m.Value);
        if (counts != text)
        {
            variants.Add(counts);
        }

        var years = Year().Replace(text, m => YearOther(m.Groups["y"].Value));
        if (years != text)
        {
            variants.Add(years);
        }

        return variants;
    }

    private static string? Other(string n) => char.IsAsciiDigit(n[0])
        ? int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is > 0 and < 1000 ? ToChinese(v) : null
        : FromChinese(n)?.ToString(CultureInfo.InvariantCulture);

    private static string YearOther(string y) => char.IsAsciiDigit(y[0])
        ? string.Concat(y.Select(c => Digits[c - '0']))
        : string.Concat(y.Select(c => (char)('0' + Digits.IndexOf(c == '零' ? '〇' : c, StringComparison.Ordinal))));

    /// <summary>1 … 999 as written in a title: 十三, 二十一, 一百零五.</summary>
    public static string ToChinese(int v)
    {
        var sb = new StringBuilder();
        var (hundreds, tens, ones) = (v / 100, v / 10 % 10, v % 10);
        if (hundreds > 0)
        {
            sb.Append(Digits[hundreds]).Append('百');
        }

        if (tens > 0)
        {
            sb.Append(tens == 1 && hundreds == 0 ? "" : Digits[tens].ToString()).Append('十');
        }
        else if (hundreds > 0 && ones > 0)
        {
            sb.Append('零');
        }

        if (ones > 0)
        {
            sb.Append(Digits[ones]);
        }

        return sb.ToString();
    }

    /// <summary>十三 → 13, 二十一 → 21, 一百零五 → 105, 两 → 2; null for what is not a number below 1000.</summary>
    public static int? FromChinese(string s)
    {
        int total = 0, current = 0;
        foreach (var c in s)
        {
            var d = c == '两' ? 2 : c == '零' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                current = d;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        total += current;
        return total is > 0 and < 1000 ? total : null;
    }

    [GeneratedRegex("(?<n>[0-9]{1,3}|[零一二两三四五六七八九十百]{1,5})(?=[级类批期次号届条])")]
    private static partial Regex Count();

    [GeneratedRegex("(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})(?=年)")]
    private static partial Regex Year();
}
