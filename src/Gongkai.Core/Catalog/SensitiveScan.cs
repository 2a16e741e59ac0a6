using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Applications;

namespace Gongkai.Catalog;

/// <summary>Stored as its member name in review checks: never rename one.</summary>
public enum HitKind
{
    IdNumber,
    Mobile,
    BankCard,
    SecrecyMark,
    Phrase,
    CountyWord,
}

/// <summary>One place where an item carries something that must not be published unseen.</summary>
public sealed record ScanHit(HitKind Kind, string Where, int Start, string Matched, string Before, string After)
{
    /// <summary>What may be stored and shown outside the item: numbers are masked, words are not.</summary>
    public string Masked => SensitiveScan.Mask(Kind, Matched);

    /// <summary>
    /// Identifies the hit in a form and in a stored acknowledgement. Two numbers that mask alike in the
    /// same place share a key; one acknowledgement then covers both, which the reviewer sees in context.
    /// </summary>
    public string Key => $"{Kind}|{Where}|{Masked}";

    public string KindLabel => SensitiveScan.Label(Kind);
}

/// <summary>
/// The sensitive-data scan of review (S2): resident ID numbers with a valid check digit, mobile numbers,
/// bank card numbers passing Luhn, 密级 markings and warning phrases, plus the county's own words. Tuned
/// on real published pages (tests/Gongkai.Tests/Catalog/ReviewSamples): legal text that names 国家秘密
/// or quotes a marking (标注为“秘密★1年”) is a mention, not a hit, and fixed-line numbers are not mobiles.
/// </summary>
public static partial class SensitiveScan
{
    public const int ContextChars = 12;

    /// <summary>Phrases that mark a document as not for the public; a county adds its own words in the back office.</summary>
    public static readonly IReadOnlyList<string> Phrases =
        ["内部资料", "注意保密", "内部使用", "内部文件", "不得外传", "严禁外传", "请勿外传", "内部传阅", "内部参考", "仅供内部"];

    public static string Label(HitKind kind) => kind switch
    {
        HitKind.IdNumber => "身份证号码",
        HitKind.Mobile => "手机号码",
        HitKind.BankCard => "银行卡号",
        HitKind.SecrecyMark => "密级标志",
        HitKind.Phrase => "内部或保密字样",
        HitKind.CountyWord => "本县敏感词",
        _ => kind.ToString(),
    };

    /// <summary>Scans one text; <paramref name="where"/> names it for the reviewer (标题, 正文, 附件“…”).</summary>
    public static List<ScanHit> Scan(string text, string where, IReadOnlyCollection<string> countyWords)
    {
        var hits = new List<ScanHit>();
        if (string.IsNullOrEmpty(text))
        {
            return hits;
        }

        foreach (Match m in DigitRun().Matches(text))
        {
            var digits = m.Value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            var kind = Classify(digits, m.Value);
            if (kind is { } k)
            {
                hits.Add(Hit(text, where, k, m.Index, m.Length));
            }
        }

        foreach (var m in Markings().Matches(text).Concat(PrefixMarkings().Matches(text)))
        {
            if (!Quoted(text, m.Index))
            {
                hits.Add(Hit(text, where, HitKind.SecrecyMark, m.Index, m.Length));
            }
        }

        AddWords(text, where, Phrases, HitKind.Phrase, hits);
        AddWords(text, where, countyWords.Where(w => !Phrases.Contains(w)), HitKind.CountyWord, hits);
        return [.. hits.OrderBy(h => h.Start)];
    }

    private static HitKind? Classify(string digits, string written)
    {
        var grouped = written.Length != digits.Length;
        if (digits.Length == 18 && !grouped && IsResidentId(digits))
        {
            return HitKind.IdNumber;
        }

        // A mobile is 11 digits, written whole or as 3-4-4; a longer run (a record number, a licence) is not one.
        if (digits.Length == 11 && MobilePrefix().IsMatch(digits) && (!grouped || written.Length == 13))
        {
            return HitKind.Mobile;
        }

        if (digits.Length is >= 16 and <= 19 && char.IsAsciiDigit(written[^1]) && Luhn(digits))
        {
            return HitKind.BankCard;
        }

        return null;
    }

    /// <summary>An 18-character resident ID number: a date of birth that exists and the GB 11643 check character.</summary>
    public static bool IsResidentId(string number) =>
        number.Length == 18
        && number[0] != '0'
        && number[..17].All(char.IsAsciiDigit)
        && DateOnly.TryParseExact(number[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
        && born.Year >= 1900
        && char.ToUpperInvariant(number[17]) == IdNumbers.ResidentCheck(number[..17]);

    private static void AddWords(string text, string where, IEnumerable<string> words, HitKind kind, List<ScanHit> hits)
    {
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                // 仅供内部使用 is one warning, not two overlapping ones.
                if (!Quoted(text, at) && !hits.Any(h => h.Start < at + word.Length && at < h.Start + h.Matched.Length))
                {
                    hits.Add(Hit(text, where, kind, at, word.Length));
                }
            }
        }
    }

    /// <summary>Text quoted right where it starts (标有“内部资料”字样, 标注为“秘密★1年”) talks about a marking; it is not one.</summary>
    private static bool Quoted(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\u3000')
        {
            i--;
        }

        return i >= 0 && text[i] is '“' or '"' or '「' or '『' or '‘' or '\'' or '《';
    }

    private static ScanHit Hit(string text, string where, HitKind kind, int start, int length)
    {
        var before = text[Math.Max(0, start - ContextChars)..start];
        var after = text[(start + length)..Math.Min(text.Length, start + length + ContextChars)];
        return new ScanHit(kind, where, start, text.Substring(start, length), Flat(before), Flat(after));
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

    /// <summary>Masks numbers so that an acknowledgement can be stored and archived without the number in clear.</summary>
    public static string Mask(HitKind kind, string matched)
    {
        var digits = new string([.. matched.Where(char.IsAsciiLetterOrDigit)]);
        return kind switch
        {
            HitKind.IdNumber when digits.Length == 18 => digits[..6] + new string('*', 8) + digits[^4..],
            HitKind.Mobile when digits.Length == 11 => digits[..3] + "****" + digits[^4..],
            HitKind.BankCard when digits.Length >= 12 => digits[..4] + new string('*', digits.Length - 8) + digits[^4..],
            _ => matched,
        };
    }

    /// <summary>The Luhn check of bank card numbers.</summary>
    public static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// A run of digits not touching another digit or latin letter (so 京公网安备 11010802020311 is one run):
    /// whole, grouped by single spaces (6222 0212 3456 7894), or a mobile as 139-8301-2345; an ID number may end in X.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:[0-9]{3}-[0-9]{4}-[0-9]{4}|[0-9]{4}(?: [0-9]{4}){3}(?: [0-9]{1,3})?|[0-9]{17}[Xx]|[0-9]+)(?![0-9A-Za-z])")]
    private static partial Regex DigitRun();

    [GeneratedRegex("^1[3-9]")]
    private static partial Regex MobilePrefix();

    /// <summary>密级★保密期限 as GB/T 9704 writes it, with ▲ and stray spaces allowed; the period may be missing.</summary>
    [GeneratedRegex(@"(?:绝密|机密|秘密)[ \u3000]*[★▲☆][ \u3000]*(?:[0-9０-９]{1,2}[ \u3000]*(?:年|个月)|长期)?")]
    private static partial Regex Markings();

    /// <summary>★机密 10年: the star first, then a period or the end of the line.</summary>
    [GeneratedRegex(@"[★▲][ \u3000]*(?:绝密|机密|秘密)(?:[ \u3000]*[0-9０-９]{1,2}[ \u3000]*(?:年|个月)|(?=[ \u3000]*(?:\r?\n|$)))", RegexOptions.Multiline)]
    private static partial Regex PrefixMarkings();
}
