using Gongkai.Bodies;
using Gongkai.Calendar;

namespace Gongkai.Applications;

/// <summary>Stored as its member name: never rename one.</summary>
public enum RulesVersion
{
    /// <summary>国务院令第492号, for applications received up to 2019-05-14.</summary>
    Rules2007,

    /// <summary>国务院令第711号, in force 2019-05-15.</summary>
    Rules2019,
}

/// <summary>The periods of one version of the regulations, in working days. Null: that version sets none.</summary>
public sealed record RuleSet(RulesVersion Version, string Name, int ReplyDays, int MaxExtensionDays, int? CorrectionNoticeDays, int ConsultationDays, bool IdDocumentRequired)
{
    public static readonly DateOnly Rules2019From = new(2019, 5, 15);

    /// <summary>The 2007 regulations took effect on this day: no application under them arrived earlier.</summary>
    public static readonly DateOnly FirstDay = new(2008, 5, 1);

    /// <summary>The 2020 fee rules (国办函〔2020〕109号) apply from this date.</summary>
    public static readonly DateOnly FeesFrom = new(2021, 1, 1);

    /// <summary>Working days the applicant has to pay after the day the fee notice is received.</summary>
    public const int FeePaymentDays = 20;

    public static readonly RuleSet R2007 = new(RulesVersion.Rules2007, "2007年《政府信息公开条例》（国务院令第492号）", 15, 15, null, 15, false);

    public static readonly RuleSet R2019 = new(RulesVersion.Rules2019, "2019年修订的《政府信息公开条例》（国务院令第711号）", 20, 20, 7, 15, true);

    /// <summary>Open point in rules.md: an application pending on 2019-05-15 keeps the rules of its receipt date.</summary>
    public static RuleSet For(DateOnly receivedOn) => receivedOn < Rules2019From ? R2007 : R2019;

    public static RuleSet Of(RulesVersion v) => v == RulesVersion.Rules2007 ? R2007 : R2019;
}

/// <summary>The legal date of receipt (Art. 31 and 国办公开办函〔2015〕207号) from the channel and the dates staff record.</summary>
public static class Receipt
{
    /// <summary>
    /// <paramref name="confirmedOn"/> is, by channel: the day signed for (signed post), the day the office confirmed
    /// with the applicant (ordinary post, online, fax, e-mail under the 2019 rules). Returns the date or a message.
    /// </summary>
    public static (DateOnly? On, string? Problem) LegalDate(Channel channel, DateOnly arrivedOn, DateOnly? confirmedOn)
    {
        // The rules in force when the application arrived say how its receipt is dated.
        var rules = RuleSet.For(arrivedOn).Version;
        switch (channel)
        {
            case Channel.InPerson:
                return (arrivedOn, null);
            case Channel.Email when rules == RulesVersion.Rules2007:
                // Before 2019 an e-mail to the published address counted from the day the mail system received it.
                return (arrivedOn, null);
            case Channel.OrdinaryPost when confirmedOn is { } c && c != arrivedOn && rules == RulesVersion.Rules2019:
                return (null, $"平常信函应在到达当日（{arrivedOn:yyyy-MM-dd}）与申请人确认，收到申请之日即确认之日；请核对到达日期和确认日期。");
        }

        if (confirmedOn is not { } on)
        {
            return (null, channel == Channel.SignedPost ? "请填写签收日期。" : "请填写与申请人确认收到申请的日期。");
        }

        return on < arrivedOn
            ? (null, $"{(channel == Channel.SignedPost ? "签收" : "确认")}日期不能早于申请到达日期 {arrivedOn:yyyy-MM-dd}。")
            : (on, null);
    }

    public static string Rule(Channel channel) => channel switch
    {
        Channel.InPerson => "当面提交的，以提交之日为收到申请之日",
        Channel.SignedPost => "以邮寄方式提交需签收的，以行政机关签收之日为收到申请之日",
        Channel.OrdinaryPost => "以平常信函等无需签收的邮寄方式提交的，以与申请人确认之日为收到申请之日（应于收到信函当日确认）",
        Channel.Online or Channel.Fax => "通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日",
        Channel.Email => "以电子邮件提交的，以双方确认之日为收到申请之日（2019年5月15日前以邮件系统收到之日为准）",
        _ => "",
    };
}

/// <summary>A stretch during which the clock stands still: days after <see cref="From"/> through <see cref="To"/>.</summary>
public sealed record ClockPause(DateOnly From, DateOnly To, string Reason, bool Expected);

/// <summary>One calendar day of a deadline's explanation: counted as day <see cref="Count"/>, or why not.</summary>
public sealed record ClockDay(DateOnly Date, DayInfo Info, int? Count, string? PausedBy);

/// <summary>A due date with the days it counted; <see cref="Expected"/> when a pause still running was assumed to last its full period.</summary>
public sealed record ClockResult(DateOnly StartOn, int WorkingDays, DateOnly Due, bool Provisional, bool Expected, string CalendarVersion, RulesVersion Rules, IReadOnlyList<ClockDay> Days);

/// <summary>
/// The reply clock: a number of working days from a start date, with stretches that are not counted.
/// Pure; the explanation lists every calendar day looked at.
/// </summary>
public static class ApplicationClock
{
    /// <param name="countFromNextDay">Open point in rules.md; default true (次日起算): day 1 is the first working day after <paramref name="startOn"/>.</param>
    public static ClockResult Compute(WorkingCalendar calendar, RuleSet rules, DateOnly startOn, int days, IReadOnlyList<ClockPause> pauses, bool countFromNextDay = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var list = new List<ClockDay>();
        var counted = 0;
        var provisional = false;
        var date = countFromNextDay ? startOn : startOn.AddDays(-1);
        while (counted < days)
        {
            date = date.AddDays(1);
            var info = calendar.Describe(date);
            provisional |= info.Provisional;
            var pause = pauses.FirstOrDefault(p => date > p.From && date <= p.To);
            if (pause is not null)
            {
                list.Add(new ClockDay(date, info, null, pause.Reason));
            }
            else if (info.IsWorkingDay)
            {
                counted++;
                list.Add(new ClockDay(date, info, counted, null));
            }
            else
            {
                list.Add(new ClockDay(date, info, null, null));
            }
        }

        var due = days == 0 ? startOn : date;
        return new ClockResult(startOn, days, due, provisional, pauses.Any(p => p.Expected), calendar.Version, rules.Version, list);
    }

    /// <summary>The last day of a period of <paramref name="days"/> working days after <paramref name="from"/>, plainly.</summary>
    public static DateOnly After(WorkingCalendar calendar, DateOnly from, int days) => calendar.AddWorkingDays(from, days).Due;
}

/// <summary>信息处理费 under 国办函〔2020〕109号: per item or per page, progressively.</summary>
public static class Fees
{
    public sealed record Band(int From, int To, decimal Rate, int Units, decimal Amount);

    public sealed record FeeResult(FeeMethod Method, int Units, decimal Amount, IReadOnlyList<Band> Bands);

    /// <summary>
    /// Per item, counted per applicant per calendar month: <paramref name="earlierThisMonth"/> items were already
    /// counted for the applicant this month; this application adds <paramref name="items"/>. Items 1-10 free,
    /// 11-30 100 元, then bands of ten, each 100 元 more (31-40 200, 41-50 300 …; the band reading is open in rules.md).
    /// </summary>
    public static FeeResult PerItem(int earlierThisMonth, int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earlierThisMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        var bands = new List<Band>();
        var first = earlierThisMonth + 1;
        var last = earlierThisMonth + items;
        AddBand(bands, first, last, 1, 10, 0);
        AddBand(bands, first, last, 11, 30, 100);
        for (var from = 31; from <= last; from += 10)
        {
            AddBand(bands, first, last, from, from + 9, 100m * (((from - 31) / 10) + 2));
        }

        return new FeeResult(FeeMethod.PerItem, items, bands.Sum(b => b.Amount), bands);
    }

    /// <summary>Per page of one application: 1-30 free, 31-100 10 元, 101-200 20 元, from 201 40 元 a page.</summary>
    public static FeeResult PerPage(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        var bands = new List<Band>();
        AddBand(bands, 1, pages, 1, 30, 0);
        AddBand(bands, 1, pages, 31, 100, 10);
        AddBand(bands, 1, pages, 101, 200, 20);
        AddBand(bands, 1, pages, 201, int.MaxValue, 40);
        return new FeeResult(FeeMethod.PerPage, pages, bands.Sum(b => b.Amount), bands);
    }

    private static void AddBand(List<Band> bands, int first, int last, int from, int to, decimal rate)
    {
        var lo = Math.Max(first, from);
        var hi = Math.Min(last, to);
        if (hi >= lo)
        {
            var units = hi - lo + 1;
            bands.Add(new Band(from, to, rate, units, units * rate));
        }
    }
}

/// <summary>ID document numbers: the check of the mainland resident card (GB 11643) and masking for display.</summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string Checks = "10X98765432";

    public static string Normalize(string? number) =>
        new string((number ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray()).ToUpperInvariant();

    public static char ResidentCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return Checks[sum % 11];
    }

    /// <summary>
    /// A message in Chinese when the number cannot be right for the document; null when it may be. With
    /// <paramref name="today"/>, a resident card whose birth date (digits 7-14) is later than today is refused too.
    /// </summary>
    public static string? Problem(IdDocument document, string normalized, DateOnly? today = null)
    {
        if (normalized.Length == 0)
        {
            return "请填写证件号码。";
        }

        switch (document)
        {
            case IdDocument.ResidentCard:
                if (normalized.Length != 18 || !normalized[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(normalized[17]) || normalized[17] == 'X'))
                {
                    return "居民身份证号码应为18位：前17位是数字，最后一位是数字或X。";
                }

                if (!DateOnly.TryParseExact(normalized.Substring(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var born) || born.Year < 1900)
                {
                    return "居民身份证号码第7至14位的出生日期无效，请核对。";
                }

                if (born > today)
                {
                    return $"居民身份证号码中的出生日期（{born:yyyy年M月d日}）晚于今天，请核对第7至14位。";
                }

                return ResidentCheck(normalized[..17]) == normalized[17] ? null : "居民身份证号码的校验码（最后一位）不正确，请核对后重新填写。";
            case IdDocument.CreditCode:
                return RegistrationCodes.IsValidCreditCode(normalized) ? null : "统一社会信用代码应为18位，且校验码正确，请核对营业执照或登记证书。";
            default:
                return normalized.Length is < 5 or > 30 || !normalized.All(char.IsAsciiLetterOrDigit)
                    ? "证件号码应为5至30位字母或数字。"
                    : null;
        }
    }

    /// <summary>Keeps the first 6 and last 4 characters of long numbers (first and last 2 of short ones).</summary>
    public static string Mask(string normalized)
    {
        if (normalized.Length >= 15)
        {
            return normalized[..6] + new string('*', normalized.Length - 10) + normalized[^4..];
        }

        return normalized.Length <= 4 ? new string('*', normalized.Length) : normalized[..2] + new string('*', normalized.Length - 4) + normalized[^2..];
    }
}
