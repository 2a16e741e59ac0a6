using System.Globalization;
using Gongkai.Applications;
using Gongkai.Calendar;

namespace Gongkai.Tests.Unit;

public class ApplicationRulesTests
{
    private static readonly WorkingCalendar Official = BuiltInSchedules.Calendar();

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? MaybeD(string? s) => s is null ? null : D(s);

    // A pause is written "reason:yyyy-MM-dd..yyyy-MM-dd"; several are separated by ';'; "" means none.
    private static ClockPause[] Pauses(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Pause)];

    private static ClockPause Pause(string text)
    {
        var reasonAndRange = text.Split(':');
        var range = reasonAndRange[1].Split("..");
        return new ClockPause(D(range[0]), D(range[1]), reasonAndRange[0], false);
    }

    private static bool Inside(ClockPause pause, DateOnly date) => date > pause.From && date <= pause.To;

    // Every expected date was counted by hand from the holiday-cn files; "day n" is the working-day count.
    [Theory]
    // 元旦 2008 (dates in the 2008 notice): Sat 2007-12-29 worked (day 2), 12-30..01-01 off.
    [InlineData(RulesVersion.Rules2007, "2007-12-27", 15, "", true, "2008-01-18")]
    // 春节 2008: Sat 02-02 and Sun 02-03 worked (days 3-4), 02-06..02-12 off, day 7 is Wed 02-13.
    [InlineData(RulesVersion.Rules2007, "2008-01-30", 15, "", true, "2008-02-25")]
    // 15+15: 清明 04-04..06 off; 五一 05-01..03 off, Sun 05-04 worked (day 20).
    [InlineData(RulesVersion.Rules2007, "2008-04-02", 30, "", true, "2008-05-16")]
    // 国庆 2008: Sat 09-27 and Sun 09-28 worked (days 1-2), 09-29..10-05 off.
    [InlineData(RulesVersion.Rules2007, "2008-09-26", 15, "", true, "2008-10-22")]
    // 15+15: 元旦 2012 (Sat 2011-12-31 worked, 01-01..03 off) then 春节 (Sat 01-21 and Sun 01-29 worked, 01-22..28 off).
    [InlineData(RulesVersion.Rules2007, "2011-12-29", 30, "", true, "2012-02-15")]
    // 清明 2012: Sat 03-31 and Sun 04-01 both worked (days 2-3), 04-02..04 off.
    [InlineData(RulesVersion.Rules2007, "2012-03-29", 15, "", true, "2012-04-20")]
    // 中秋+国庆 2012: Sat 09-29 worked (day 2), 09-30..10-07 off.
    [InlineData(RulesVersion.Rules2007, "2012-09-27", 15, "", true, "2012-10-24")]
    // 补正: first received 02-05; the corrected application arrived Mon 02-16 and the clock restarts there.
    // Tue 02-17 is day 1 (not a 2015 holiday), 02-18..24 off, Sat 02-28 worked (day 5).
    [InlineData(RulesVersion.Rules2007, "2015-02-16", 15, "", true, "2015-03-13")]
    // Receipt day counted: Wed 09-30 is day 1, 国庆 10-01..07 off, Sat 10-10 worked (day 4).
    [InlineData(RulesVersion.Rules2007, "2015-09-30", 15, "", false, "2015-10-26")]
    // 清明 Mon 04-04 off; consultation from Wed 04-06 (still day 6) to 04-27; Mon 05-02 (五一) off.
    [InlineData(RulesVersion.Rules2007, "2016-03-28", 15, "征求第三方意见:2016-04-06..2016-04-27", true, "2016-05-11")]
    // 端午 2016: 06-09..11 off, Sun 06-12 worked (day 3).
    [InlineData(RulesVersion.Rules2007, "2016-06-06", 15, "", true, "2016-06-28")]
    // 15+15: 中秋 09-15..17 off, Sun 09-18 worked; 国庆 10-01..07 off, Sat 10-08 and Sun 10-09 worked (days 14-15).
    [InlineData(RulesVersion.Rules2007, "2016-09-12", 30, "", true, "2016-10-28")]
    // 15+15: 清明 04-05..07 off, Sun 04-08 worked; Sat 04-28 worked (day 19), 五一 04-29..05-01 off.
    [InlineData(RulesVersion.Rules2007, "2018-04-02", 30, "", true, "2018-05-16")]
    // 15+10: 中秋 Mon 09-24 off; Sat 09-29 and Sun 09-30 worked (days 6-7); 国庆 10-01..07 off.
    [InlineData(RulesVersion.Rules2007, "2018-09-20", 25, "", true, "2018-10-31")]
    // 元旦 2019 (dates in the 2019 notice): Sat 12-29 worked (day 1), 12-30..01-01 off.
    [InlineData(RulesVersion.Rules2007, "2018-12-28", 15, "", true, "2019-01-21")]
    // Last receipt day under the 2007 rules: fifteen plain weekdays.
    [InlineData(RulesVersion.Rules2007, "2019-05-14", 15, "", true, "2019-06-04")]
    // First receipt day under the 2019 rules: 端午 Fri 06-07 off.
    [InlineData(RulesVersion.Rules2019, "2019-05-15", 20, "", true, "2019-06-13")]
    // Consultation from Mon 06-03 (still day 10) to 06-20; counting resumes Fri 06-21.
    [InlineData(RulesVersion.Rules2019, "2019-05-20", 20, "征求第三方意见:2019-06-03..2019-06-20", true, "2019-07-04")]
    // 20+20: 国庆 2019: Sun 09-29 worked (day 2), 10-01..07 off, Sat 10-12 worked (day 8).
    [InlineData(RulesVersion.Rules2019, "2019-09-26", 40, "", true, "2019-11-26")]
    // Receipt day counted, but 10-01 is a rest day: day 1 is 10-08, as when counting from the next day.
    [InlineData(RulesVersion.Rules2019, "2019-10-01", 20, "", false, "2019-11-01")]
    // 春节 2020 as extended: Sun 01-19 worked (day 1), 01-24..02-02 off.
    [InlineData(RulesVersion.Rules2019, "2020-01-17", 20, "", true, "2020-02-21")]
    // 20+10: 五一 2020: Sun 04-26 worked (day 5), 05-01..05 off, Sat 05-09 worked (day 13).
    [InlineData(RulesVersion.Rules2019, "2020-04-20", 30, "", true, "2020-06-02")]
    // 补正: the corrected application arrived Fri 09-25; Sun 09-27 worked, 10-01..08 off, Sat 10-10 worked.
    [InlineData(RulesVersion.Rules2019, "2020-09-25", 20, "", true, "2020-10-29")]
    // Fee notice received Fri 03-26 (day 4), paid 04-16, 清明 04-03..05 inside the pause;
    // Sun 04-25 worked (day 10), 五一 05-01..05 off, Sat 05-08 worked (day 18).
    [InlineData(RulesVersion.Rules2019, "2021-03-22", 20, "等待缴纳信息处理费:2021-03-26..2021-04-16", true, "2021-05-11")]
    // 春节 2023: 01-21..27 off, Sat 01-28 and Sun 01-29 worked (days 6-7).
    [InlineData(RulesVersion.Rules2019, "2023-01-13", 20, "", true, "2023-02-15")]
    // 20+20: Sun 04-23 worked (day 2); fee notice Thu 04-27 (day 6), paid 05-15, so the worked Sat 05-06
    // does not count; 端午 06-22..24 off, Sun 06-25 worked (day 34).
    [InlineData(RulesVersion.Rules2019, "2023-04-20", 40, "等待缴纳信息处理费:2023-04-27..2023-05-15", true, "2023-07-03")]
    // 中秋+国庆 2023: 09-29..10-06 off, Sat 10-07 and Sun 10-08 worked (days 4-5).
    [InlineData(RulesVersion.Rules2019, "2023-09-25", 20, "", true, "2023-10-27")]
    // 元旦 2024: only 01-01 off; the weekend before it is an ordinary one.
    [InlineData(RulesVersion.Rules2019, "2023-12-29", 20, "", true, "2024-01-29")]
    // 20+20: 春节 2024 02-10..17 off, Sun 02-18 worked (day 2); 清明 04-04..06 off, Sun 04-07 worked (day 36).
    [InlineData(RulesVersion.Rules2019, "2024-02-08", 40, "", true, "2024-04-11")]
    // Receipt day counted: Tue 09-10 is day 1; Sat 09-14 worked, 中秋 09-15..17 off, Sun 09-29 worked,
    // 国庆 10-01..07 off; day 20 is the worked Sat 10-12.
    [InlineData(RulesVersion.Rules2019, "2024-09-10", 20, "", false, "2024-10-12")]
    // 春节 2025: Sun 01-26 worked and Mon 01-27 counts (days 1-2), 01-28..02-04 off, Sat 02-08 worked (day 6).
    [InlineData(RulesVersion.Rules2019, "2025-01-24", 20, "", true, "2025-02-27")]
    // 20+20: Sun 09-28 worked (day 1), 国庆 10-01..08 off; consultation from Thu 10-09 (day 4) to 10-30
    // swallows the worked Sat 10-11; counting resumes Fri 10-31.
    [InlineData(RulesVersion.Rules2019, "2025-09-26", 40, "征求第三方意见:2025-10-09..2025-10-30", true, "2025-12-19")]
    // 20+20: 元旦 2026 01-01..03 off, Sun 01-04 worked (day 1); 春节 Sat 02-14 worked (day 32),
    // 02-15..23 off, Sat 02-28 worked (day 37).
    [InlineData(RulesVersion.Rules2019, "2025-12-31", 40, "", true, "2026-03-04")]
    // 补正: the corrected application arrived Fri 02-13; Sat 02-14 worked (day 1), 02-15..23 off, Sat 02-28 worked (day 6).
    [InlineData(RulesVersion.Rules2019, "2026-02-13", 20, "", true, "2026-03-19")]
    // Fee notice Thu 04-02 (day 3), paid 04-20, 清明 04-04..06 inside it; 五一 05-01..05 off, Sat 05-09 worked (day 15).
    [InlineData(RulesVersion.Rules2019, "2026-03-30", 20, "等待缴纳信息处理费:2026-04-02..2026-04-20", true, "2026-05-15")]
    // Sun 09-20 worked (day 1), 中秋 09-25..27 off, 国庆 10-01..07 off, Sat 10-10 worked (day 11).
    [InlineData(RulesVersion.Rules2019, "2026-09-18", 20, "", true, "2026-10-22")]
    public void The_reply_clock_counts_working_days_across_holidays_adjusted_days_and_pauses(
        RulesVersion version, string start, int days, string pauses, bool fromNextDay, string due)
    {
        var rules = RuleSet.Of(version);
        var stops = Pauses(pauses);
        var result = ApplicationClock.Compute(Official, rules, D(start), days, stops, fromNextDay);

        Assert.Equal(D(due), result.Due);
        Assert.Equal(version, result.Rules);
        Assert.Equal(days, result.WorkingDays);
        Assert.InRange(days, 1, rules.ReplyDays + rules.MaxExtensionDays);
        Assert.False(result.Provisional);
        Assert.False(result.Expected);

        // The explanation covers every calendar day from the first one looked at through the due date.
        var first = fromNextDay ? D(start).AddDays(1) : D(start);
        Assert.Equal(Enumerable.Range(0, result.Days.Count).Select(i => first.AddDays(i)), result.Days.Select(d => d.Date));
        Assert.Equal(result.Due, result.Days[^1].Date);

        var counted = result.Days.Where(d => d.Count is not null).ToList();
        Assert.Equal(Enumerable.Range(1, days), counted.Select(d => d.Count ?? 0));
        Assert.Equal(result.Due, counted[^1].Date);
        Assert.All(counted, d =>
        {
            Assert.True(Official.IsWorkingDay(d.Date));
            Assert.Null(d.PausedBy);
            Assert.DoesNotContain(stops, p => Inside(p, d.Date));
        });
        Assert.All(result.Days.Where(d => stops.Any(p => Inside(p, d.Date))), d =>
        {
            Assert.Null(d.Count);
            Assert.NotNull(d.PausedBy);
        });
    }

    [Fact]
    public void The_2019_rules_apply_to_applications_received_from_15_May_2019()
    {
        Assert.Same(RuleSet.R2007, RuleSet.For(D("2019-05-14")));
        Assert.Same(RuleSet.R2019, RuleSet.For(D("2019-05-15")));
        Assert.Same(RuleSet.R2007, RuleSet.For(D("2008-05-01")));
        Assert.Same(RuleSet.R2019, RuleSet.For(D("2026-01-05")));
    }

    [Fact]
    public void The_2007_rules_allow_15_plus_15_working_days_and_the_2019_rules_20_plus_20()
    {
        Assert.Equal(15, RuleSet.R2007.ReplyDays);
        Assert.Equal(15, RuleSet.R2007.MaxExtensionDays);
        Assert.Equal(20, RuleSet.R2019.ReplyDays);
        Assert.Equal(20, RuleSet.R2019.MaxExtensionDays);
        Assert.Same(RuleSet.R2007, RuleSet.Of(RulesVersion.Rules2007));
        Assert.Same(RuleSet.R2019, RuleSet.Of(RulesVersion.Rules2019));
    }

    [Theory]
    // Handed in: the day it is handed in, whatever else was recorded.
    [InlineData(Channel.InPerson, "2020-03-02", "2020-03-05", "2020-03-02")]
    [InlineData(Channel.InPerson, "2018-07-06", null, "2018-07-06")]
    // Signed post: the day signed for.
    [InlineData(Channel.SignedPost, "2019-06-03", "2019-06-05", "2019-06-05")]
    // Ordinary post confirmed on the day it arrived, as the 2019 rules require.
    [InlineData(Channel.OrdinaryPost, "2021-04-12", "2021-04-12", "2021-04-12")]
    // Before 2019 a letter counted from the day contact was made, even days later.
    [InlineData(Channel.OrdinaryPost, "2018-03-01", "2018-03-05", "2018-03-05")]
    // Online and fax: the day both sides confirmed.
    [InlineData(Channel.Online, "2024-09-27", "2024-09-29", "2024-09-29")]
    [InlineData(Channel.Fax, "2022-11-14", "2022-11-15", "2022-11-15")]
    // E-mail before 2019-05-15: the day the mail system received it, confirmation or not.
    [InlineData(Channel.Email, "2018-11-05", "2018-11-07", "2018-11-05")]
    [InlineData(Channel.Email, "2019-05-14", null, "2019-05-14")]
    // E-mail under the 2019 rules: the day both sides confirmed.
    [InlineData(Channel.Email, "2020-05-11", "2020-05-12", "2020-05-12")]
    public void The_legal_date_of_receipt_depends_on_the_channel(Channel channel, string arrived, string? confirmed, string expected)
    {
        var (on, problem) = Receipt.LegalDate(channel, D(arrived), MaybeD(confirmed));
        Assert.Null(problem);
        Assert.Equal(D(expected), on);
    }

    [Theory]
    [InlineData(Channel.SignedPost, "2019-06-05", "2019-06-03", "不能早于")]
    [InlineData(Channel.SignedPost, "2019-06-05", null, "签收日期")]
    // The 2019 rules want an ordinary letter confirmed on the day it arrives.
    [InlineData(Channel.OrdinaryPost, "2019-06-03", "2019-06-04", "平常信函")]
    [InlineData(Channel.Online, "2024-09-27", null, "确认")]
    [InlineData(Channel.Online, "2024-09-27", "2024-09-26", "不能早于")]
    [InlineData(Channel.Email, "2020-05-11", null, "确认")]
    public void An_impossible_or_missing_receipt_date_gives_a_message(Channel channel, string arrived, string? confirmed, string fragment)
    {
        var (on, problem) = Receipt.LegalDate(channel, D(arrived), MaybeD(confirmed));
        Assert.Null(on);
        Assert.NotNull(problem);
        Assert.Contains(fragment, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 10, 0)]
    [InlineData(0, 11, 100)]
    // Item 11 of the month, the first one charged.
    [InlineData(10, 1, 100)]
    // Items 6-15: 6-10 free, 11-15 at 100.
    [InlineData(5, 10, 500)]
    [InlineData(0, 30, 2000)]
    // 11-30 at 100 (2000), 31-35 at 200 (1000).
    [InlineData(0, 35, 3000)]
    // Items 29-43: 29-30 at 100 (200), 31-40 at 200 (2000), 41-43 at 300 (900).
    [InlineData(28, 15, 3100)]
    [InlineData(40, 10, 3000)]
    // Items 46-55: 46-50 at 300 (1500), 51-55 at 400 (2000).
    [InlineData(45, 10, 3500)]
    // 2000 + 10 at 200 + 10 at 300 + 10 at 400.
    [InlineData(0, 60, 11000)]
    public void Per_item_fees_rise_by_band_within_the_month(int earlierThisMonth, int items, int expected)
    {
        var fee = Fees.PerItem(earlierThisMonth, items);
        Assert.Equal((decimal)expected, fee.Amount);
        Assert.Equal(FeeMethod.PerItem, fee.Method);
        Assert.Equal(items, fee.Units);
        Assert.Equal(items, fee.Bands.Sum(b => b.Units));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    // Pages 31-100 at 10.
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    // 700 + 50 pages at 20.
    [InlineData(150, 1700)]
    // 700 + 100 pages at 20.
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    // 700 + 2000 + 50 pages at 40.
    [InlineData(250, 4700)]
    public void Per_page_fees_rise_by_band(int pages, int expected)
    {
        var fee = Fees.PerPage(pages);
        Assert.Equal((decimal)expected, fee.Amount);
        Assert.Equal(FeeMethod.PerPage, fee.Method);
        Assert.Equal(pages, fee.Units);
        Assert.Equal(pages, fee.Bands.Sum(b => b.Units));
    }

    [Theory]
    // Check digits worked out by hand: 500238199001011238 sums to 202, 202 % 11 = 4 -> '8'.
    [InlineData("500238199001011238")]
    // Sum 198, 198 % 11 = 0 -> '1'.
    [InlineData("320102198512250011")]
    // Sum 167, 167 % 11 = 2 -> 'X'; typed in lower case as well.
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    // Born on 29 February 2000, a leap year: sum 118, 118 % 11 = 8 -> '4'.
    [InlineData("110101200002290034")]
    // Full-width digits and separators as typed on a Chinese keyboard.
    [InlineData("５００２３８　１９９００１０１　１２３８")]
    [InlineData(" 500238 19900101 1238 ")]
    [InlineData("500238-19900101-1238")]
    public void A_resident_card_number_with_a_right_check_digit_is_accepted(string raw) =>
        Assert.Null(IdNumbers.Problem(IdDocument.ResidentCard, IdNumbers.Normalize(raw)));

    [Theory]
    // The check digit of 50023819900101123 is 8.
    [InlineData("500238199001011234", "校验码")]
    [InlineData("50023819900101123X", "校验码")]
    [InlineData("50023819900101123", "18位")]
    [InlineData("5002381990010112388", "18位")]
    [InlineData("5002381990A1011238", "18位")]
    // Impossible birth dates, each with the check digit that would otherwise be right.
    [InlineData("500238199913321239", "出生日期")]
    [InlineData("500238199902291230", "出生日期")]
    [InlineData("500238189001011239", "出生日期")]
    [InlineData("", "证件号码")]
    public void A_wrong_resident_card_number_gives_a_message(string raw, string fragment)
    {
        var problem = IdNumbers.Problem(IdDocument.ResidentCard, IdNumbers.Normalize(raw));
        Assert.NotNull(problem);
        Assert.Contains(fragment, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_digits_follow_GB_11643()
    {
        Assert.Equal('8', IdNumbers.ResidentCheck("50023819900101123"));
        Assert.Equal('X', IdNumbers.ResidentCheck("11010519491231002"));
        Assert.Equal('1', IdNumbers.ResidentCheck("32010219851225001"));
    }

    [Fact]
    public void Normalize_gives_plain_digits_and_a_capital_X()
    {
        Assert.Equal("500238199001011238", IdNumbers.Normalize("５００２３８　１９９００１０１　１２３８"));
        Assert.Equal("11010519491231002X", IdNumbers.Normalize(" 110105 19491231 002x "));
        Assert.Equal("500238199001011238", IdNumbers.Normalize("500238-19900101-1238"));
        Assert.Equal(string.Empty, IdNumbers.Normalize(null));
    }

    [Fact]
    public void Mask_keeps_the_first_six_and_last_four_characters()
    {
        Assert.Equal("500238********1234", IdNumbers.Mask("500238199001011234"));
    }
}
