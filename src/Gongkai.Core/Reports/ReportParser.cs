using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Reports;

/// <summary>
/// Reads a published annual report — the HTML page a government site serves, or its text — into the same data
/// tree the generator produces, so that the consistency rules can be run on anyone's report. Tables are read
/// by their official row labels in order, each followed by its numbers; narrative reports by the sentences
/// that carry their statistics.
/// </summary>
public static partial class ReportParser
{
    /// <summary>What was read, and what could not be.</summary>
    public sealed record Parsed(ReportData Data, IReadOnlyList<string> Notes)
    {
        /// <summary>What the text lacks for a whole report (a cut table, an absent section); empty when it is complete.</summary>
        public IReadOnlyList<string> Missing { get; init; } = [];

        /// <summary>Keys of the table cells printed blank: read, and known to hold no number.</summary>
        public IReadOnlySet<string> Blank { get; init; } = new HashSet<string>();

        /// <summary>Every figure read, by the keys of the findings ("三:row:column", "四:block:column", "二:block|row|column", narrative keys); null for a blank cell.</summary>
        public IReadOnlyDictionary<string, decimal?> Figures
        {
            get
            {
                var all = new Dictionary<string, decimal?>(StringComparer.Ordinal);
                foreach (var (key, value) in Data.Narrative.Where(n => n.Value is not null))
                {
                    all[key] = value;
                }

                void Cells(string table, Dictionary<string, long?[]> rows)
                {
                    foreach (var (row, values) in rows)
                    {
                        for (var c = 0; c < values.Length; c++)
                        {
                            var key = $"{table}:{row}:{c}";
                            if (values[c] is { } v)
                            {
                                all[key] = v;
                            }
                            else if (Blank.Contains(key))
                            {
                                all[key] = null;
                            }
                        }
                    }
                }

                Cells("三", Data.Applications);
                Cells("四", Data.Cases);
                foreach (var f in Data.Proactive)
                {
                    var key = $"二:{f.Block}|{f.Row}|{f.Column}";
                    if (f.Value is not null || Blank.Contains(key))
                    {
                        all[key] = f.Value;
                    }
                }

                return all;
            }
        }
    }

    public static Parsed Parse(string content)
    {
        var text = ToText(content);
        var notes = new List<string>();
        var data = new ReportData { BodyName = "", Layout = DetectLayout(text) };
        if (TitlePattern().Match(text) is { Success: true } title)
        {
            data.BodyName = title.Groups[1].Value.Trim();
            data.Year = int.Parse(title.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        else if (YearPattern().Match(text) is { Success: true } year)
        {
            data.Year = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
            notes.Add("未找到标准标题（××××年政府信息公开工作年度报告），年度取自正文中第一个年份。");
        }
        else
        {
            notes.Add("未找到报告年度。");
        }

        if (data.Layout == ReportLayout.Narrative)
        {
            ReadNarrative(text, data, notes);
        }
        else
        {
            ReadProactive(text, data, notes);
            ReadApplications(text, data, notes);
            ReadCases(text, data, notes);
        }

        return new Parsed(data, notes);
    }

    /// <summary>Visible text with one line per table row or paragraph and a tab between cells.</summary>
    public static string ToText(string content)
    {
        var s = ScriptPattern().Replace(content, " ");
        if (TagPattern().IsMatch(s))
        {
            // In HTML a line break in the source is a space, and Word wraps long labels that way.
            s = Whitespace().Replace(s, " ");
        }

        s = CellEndPattern().Replace(s, "\t");
        s = BlockEndPattern().Replace(s, "\n");
        s = TagPattern().Replace(s, "");
        s = WebUtility.HtmlDecode(s);
        // Full-width digits and the odd non-breaking space are common in pasted reports.
        s = new string(s.Select(c => c switch
        {
            >= '０' and <= '９' => (char)(c - '０' + '0'),
            '\u00a0' or '\u3000' => ' ',
            '(' => '（',
            ')' => '）',
            _ => c,
        }).ToArray());
        return SpaceInsideWords().Replace(s, "");
    }

    private static ReportLayout DetectLayout(string text)
    {
        if (!text.Contains("本年新收政府信息公开申请数量", StringComparison.Ordinal))
        {
            return ReportLayout.Narrative;
        }

        return text.Contains("本年新制作数量", StringComparison.Ordinal) || text.Contains("对外公开总数量", StringComparison.Ordinal)
            || !text.Contains("逾期不补正", StringComparison.Ordinal)
            ? ReportLayout.Trial2019
            : ReportLayout.Official2021;
    }

    private static void ReadApplications(string text, ReportData data, List<string> notes)
    {
        var pos = text.IndexOf("本年新收政府信息公开申请数量", StringComparison.Ordinal);
        var rows = ReportData.ApplicationRows(data.Layout);
        for (var i = 0; i < rows.Count; i++)
        {
            var label = Core(rows[i].Label);
            var at = text.IndexOf(label, pos, StringComparison.Ordinal);
            if (at < 0)
            {
                notes.Add($"表三：未找到“{rows[i].Label}”行。");
                continue;
            }

            var start = at + label.Length;
            var end = i + 1 < rows.Count ? text.IndexOf(Core(rows[i + 1].Label), start, StringComparison.Ordinal) : -1;
            if (end < 0)
            {
                end = Math.Min(text.Length, start + 400);
            }

            var numbers = Numbers(text[start..end]).Take(7).ToList();
            if (numbers.Count == 7)
            {
                data.Applications[rows[i].Code] = [.. numbers.Select(n => (long?)n)];
            }
            else
            {
                notes.Add($"表三：“{rows[i].Label}”行只读到 {numbers.Count} 个数。");
            }

            pos = start;
        }
    }

    private static void ReadCases(string text, ReportData data, List<string> notes)
    {
        // Table 四's header names 尚未审结 once per block; its 15 numbers follow the third. Looking for the
        // header rather than the section title is not fooled by an opening that lists the section titles.
        var start = text.IndexOf("结果维持", Math.Max(0, text.IndexOf("本年新收政府信息公开申请数量", StringComparison.Ordinal)), StringComparison.Ordinal);
        var header = start;
        for (var i = 0; i < 3 && header >= 0; i++)
        {
            header = text.IndexOf("尚未审结", header + 1, StringComparison.Ordinal);
        }

        if (start < 0 || header < 0)
        {
            notes.Add("表四：未找到“政府信息公开行政复议、行政诉讼情况”表。");
            return;
        }

        var numbers = Numbers(text[header..Math.Min(text.Length, header + 600)]).Take(15).ToList();
        if (numbers.Count < 15)
        {
            notes.Add($"表四：只读到 {numbers.Count} 个数（应为15个）。");
            return;
        }

        for (var b = 0; b < 3; b++)
        {
            data.Cases[ReportData.CaseBlocks[b].Code] = [.. numbers.Skip(b * 5).Take(5).Select(n => (long?)n)];
        }
    }

    private static void ReadProactive(string text, ReportData data, List<string> notes)
    {
        // From table 二's first header cell to table 三's first row: an opening listing the titles does not matter.
        var end = text.IndexOf("本年新收政府信息公开申请数量", StringComparison.Ordinal);
        var section = end < 0 ? -1 : text.LastIndexOf("收到和处理政府信息公开申请情况", end, StringComparison.Ordinal);
        section = section < 0 ? end : section;
        var start = end < 0 ? -1 : text.IndexOf("信息内容", StringComparison.Ordinal);
        if (start < 0 || start > end)
        {
            notes.Add("表二：未找到“主动公开政府信息情况”表。");
            return;
        }

        section = start;

        var part = text[section..end];
        foreach (var row in ReportCalculator.ProactiveCells(data.Layout).GroupBy(c => (c.Block, c.Row)))
        {
            var cells = row.ToList();
            var at = FindRow(part, row.Key.Row);
            var numbers = at < 0 ? [] : Numbers(part[(at + row.Key.Row.Length)..Math.Min(part.Length, at + row.Key.Row.Length + 200)]).Take(cells.Count).ToList();
            if (numbers.Count < cells.Count)
            {
                notes.Add($"表二：“{row.Key.Row}”行只读到 {numbers.Count} 个数。");
            }

            for (var i = 0; i < cells.Count; i++)
            {
                data.Proactive.Add(new ProactiveFigure(cells[i].Block, cells[i].Row, cells[i].Column, i < numbers.Count ? numbers[i] : null));
            }
        }
    }

    /// <summary>A row label as a cell of its own: "规章" must not match inside "行政法规、规章和规范性文件".</summary>
    private static int FindRow(string part, string label)
    {
        foreach (Match m in Regex.Matches(part, "(^|[\\t\\n ])" + Regex.Escape(label) + "(?=[\\t\\n ])"))
        {
            return m.Index + m.Groups[1].Length;
        }

        return -1;
    }

    private static void ReadNarrative(string text, ReportData data, List<string> notes)
    {
        void Take(string key, Regex pattern)
        {
            if (pattern.Match(text) is { Success: true } m)
            {
                data.Narrative[key] = decimal.Parse(m.Groups.Values.Skip(1).First(g => g.Success).Value, CultureInfo.InvariantCulture);
            }
        }

        Take("items.total", ItemsTotal());
        Take("items.county", ItemsCounty());
        Take("items.township", ItemsTownship());
        foreach (var area in Catalog.Taxonomy.KeyAreas)
        {
            Take(ReportData.AreaKey(area.Code), new Regex(Regex.Escape(area.Label) + "\\s*(\\d+)\\s*条", RegexOptions.None, TimeSpan.FromSeconds(1)));
        }

        Take("applications.received", Received());
        Take("applications.online", Channel("网络|网上"));
        Take("applications.letter", Channel("信函"));
        Take("applications.in-person", Channel("当面"));
        Take("applications.fax", Channel("传真"));
        Take("applications.email", Channel("电子邮件"));
        Take("applications.answered", Answered());
        Take("applications.refused", Refused());
        Take("reviews.total", Reviews());
        Take("reviews.concluded", Concluded());
        Take("lawsuits.total", Lawsuits());

        // The outcomes are read in the sentence about lawsuits, not wherever 维持 first appears.
        var suits = Lawsuits().Match(text);
        var rest = suits.Success ? text[suits.Index..] : text;
        void TakeIn(string key, Regex pattern)
        {
            if (pattern.Match(rest) is { Success: true } m)
            {
                data.Narrative[key] = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        TakeIn("lawsuits.upheld", Upheld());
        TakeIn("lawsuits.corrected", Corrected());
        TakeIn("lawsuits.other", OtherOutcome());
        if (NoFees().IsMatch(text))
        {
            data.Narrative["fees.amount"] = 0;
        }
        else
        {
            Take("fees.amount", Fees());
        }

        if (data.Narrative.Count == 0)
        {
            notes.Add("未能从正文中读出任何统计数字：这可能不是政府信息公开工作年度报告。");
        }
    }

    private static Regex Channel(string words) => new($"(?:{words})申请\\s*(\\d+)\\s*件", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The part of a row label that identifies it: without its list number.</summary>
    private static string Core(string label) => LeadingNumber().Replace(label, "");

    private static IEnumerable<decimal> Numbers(string s) =>
        NumberPattern().Matches(s).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture));

    [GeneratedRegex("<(script|style)[^>]*>[\\s\\S]*?</\\1>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("</t[dh]\\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEndPattern();

    [GeneratedRegex("<br\\s*/?>|</(p|div|tr|li|h[1-6]|table|caption)\\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEndPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("(?<=[\\u4e00-\\u9fff（）“”、])[ ]+(?=[\\u4e00-\\u9fff（）“”、])")]
    private static partial Regex SpaceInsideWords();

    [GeneratedRegex("^(\\d+\\.|[一二三四五六七八九十]+、)")]
    private static partial Regex LeadingNumber();

    // A number standing alone: not the "2." that opens a row label, not part of a longer number or a date.
    [GeneratedRegex("(?<![\\d.])-?\\d+(?:\\.\\d+)?(?![\\d.年月日])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("([^\\n\\t>:：|]{0,60}?)(\\d{4})\\s*年(?:度)?\\s*政府信息公开(?:工作)?(?:年度)?报告")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("(\\d{4})\\s*年")]
    private static partial Regex YearPattern();

    [GeneratedRegex("主动公开(?:政府)?信息\\s*(\\d+)\\s*条")]
    private static partial Regex ItemsTotal();

    [GeneratedRegex("县级部门(?:主动公开(?:政府)?信息)?\\s*(\\d+)\\s*条")]
    private static partial Regex ItemsCounty();

    [GeneratedRegex("乡镇[、，,]?(?:（街道）|街道)?(?:主动公开(?:政府)?信息)?\\s*(\\d+)\\s*条")]
    private static partial Regex ItemsTownship();

    [GeneratedRegex("(?:受理|收到)(?:了)?\\s*(\\d+)\\s*件(?:政府信息公开)?申请|(?:受理|收到)(?:政府信息公开)?申请\\s*(\\d+)\\s*件")]
    private static partial Regex Received();

    [GeneratedRegex("答复\\s*(\\d+)\\s*件")]
    private static partial Regex Answered();

    [GeneratedRegex("不予公开(?:的)?\\s*(\\d+)\\s*件")]
    private static partial Regex Refused();

    [GeneratedRegex("行政复议案件\\s*(\\d+)\\s*件")]
    private static partial Regex Reviews();

    [GeneratedRegex("已审结\\s*(\\d+)\\s*件")]
    private static partial Regex Concluded();

    [GeneratedRegex("行政诉讼案件\\s*(\\d+)\\s*件")]
    private static partial Regex Lawsuits();

    [GeneratedRegex("(?:维持|驳回)[^，。；\\d]*?(\\d+)\\s*件")]
    private static partial Regex Upheld();

    [GeneratedRegex("(?:纠错|纠正)\\s*(\\d+)\\s*件")]
    private static partial Regex Corrected();

    [GeneratedRegex("其他情形\\s*(\\d+)\\s*件")]
    private static partial Regex OtherOutcome();

    [GeneratedRegex("未收取任何费用|没有收取(?:任何)?费用|未收取费用")]
    private static partial Regex NoFees();

    [GeneratedRegex("收取(?:费用|信息处理费)\\s*([\\d.]+)\\s*元")]
    private static partial Regex Fees();
}
