using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.Reports;

/// <summary>
/// Reads a published annual report — the HTML page a government site serves, or its text — into the same data
/// tree the generator produces, so that the consistency rules can be run on anyone's report. The year decides the
/// layout (the text corrects it only by the other format's own headers); tables are read row by row, a row taking
/// only its own cells and a blank cell staying blank; figures stated in sentences are read by their patterns, and a
/// figure no pattern or row reads is left out, never guessed. What a cut text lacks is reported in <see cref="Parsed.Missing"/>.
/// Scored on real published reports by RealCorpusTests (docs/benchmarks.md).
/// </summary>
public static partial class ReportParser
{
    /// <summary>What was read, and what could not be.</summary>
    public sealed record Parsed(ReportData Data, IReadOnlyList<string> Notes)
    {
        /// <summary>What the text lacks for a whole report (a cut table, an absent section); empty when it is complete.</summary>
        public IReadOnlyList<string> Missing { get; init; } = [];

        /// <summary>Figures stated in sentences, by the key of the figure they state ("三:received:6" for 受理申请N件 in a table-layout report).</summary>
        public IReadOnlyDictionary<string, decimal> Stated { get; init; } = new Dictionary<string, decimal>();

        /// <summary>Totals printed with their parts (“共N条，其中A a条、B b条”), for the rule that parts must add up to their total.</summary>
        public IReadOnlyList<StatedSum> Sums { get; init; } = [];

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

                foreach (var (key, value) in Stated)
                {
                    all.TryAdd(key, value);
                }

                return all;
            }
        }
    }

    /// <summary>One part of a <see cref="StatedSum"/>; <see cref="AtLeast"/> for 1600余条.</summary>
    public sealed record StatedPart(string Label, decimal Value, bool AtLeast);

    /// <summary>A total printed with its parts in one sentence.</summary>
    public sealed record StatedSum(string Total, decimal Value, bool Approximate, string Unit, IReadOnlyList<StatedPart> Parts);

    /// <summary>One cell or label of the text, in reading order: a table row is its label followed by its cells.</summary>
    private sealed record Token(string Text, bool IsCell, decimal? Value)
    {
        public bool IsBlank => IsCell && Value is null;
    }

    public static Parsed Parse(string content)
    {
        var text = ToText(content);
        var notes = new List<string>();
        var missing = new List<string>();
        var blank = new HashSet<string>(StringComparer.Ordinal);
        var stated = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var data = new ReportData { BodyName = "" };
        var title = TitlePattern().Match(text);
        if (title.Success)
        {
            data.Year = int.Parse(title.Groups[2].Value, CultureInfo.InvariantCulture);
            data.BodyName = BodyFrom(title.Groups[1].Value);
        }
        else if (YearPattern().Match(text) is { Success: true } year)
        {
            data.Year = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
            notes.Add($"未找到标准标题（××××年政府信息公开工作年度报告），年度 {data.Year} 取自正文中第一个年份。");
        }
        else
        {
            notes.Add("未找到报告年度。");
        }

        if (data.BodyName.Length == 0 && PreambleBody().Match(text) is { Success: true } preamble)
        {
            data.BodyName = preamble.Groups[1].Value;
        }

        data.Layout = Layout(data.Year, text, notes);
        var tokens = Tokenize(text);
        var hasTables = false;
        if (data.Layout != ReportLayout.Narrative)
        {
            hasTables |= ReadProactive(tokens, data, blank, notes);
            hasTables |= ReadApplications(tokens, data, blank, notes);
            hasTables |= ReadCases(tokens, data, notes);
        }

        ReadSentences(text, data.Layout == ReportLayout.Narrative ? data.Narrative : null, stated, data.Layout);
        if (!hasTables && data.Narrative.Count == 0 && stated.Count == 0)
        {
            missing.Add("未能读出任何统计数字：可能不是政府信息公开工作年度报告，或正文不完整");
        }
        else if (data.Layout == ReportLayout.Narrative)
        {
            Completeness(text, missing);
        }
        else
        {
            TableCompleteness(data, missing);
        }

        return new Parsed(data, notes) { Missing = missing, Blank = blank, Stated = stated, Sums = ReadSums(text) };
    }

    /// <summary>The year decides the layout; the text corrects it when it prints the other format's own table headers.</summary>
    private static ReportLayout Layout(int year, string text, List<string> notes)
    {
        var byYear = year > 0 ? ReportData.LayoutFor(year) : ReportLayout.Narrative;
        var trial = text.Contains("本年新制作数量", StringComparison.Ordinal) || text.Contains("对外公开总数量", StringComparison.Ordinal) || text.Contains("上一年项目数量", StringComparison.Ordinal);
        var official = text.Contains("本年制发件数", StringComparison.Ordinal) || text.Contains("现行有效件数", StringComparison.Ordinal) || text.Contains("逾期不补正", StringComparison.Ordinal);
        var layout = trial && !official ? ReportLayout.Trial2019 : official && !trial ? ReportLayout.Official2021 : byYear;
        if (layout != byYear && year > 0)
        {
            notes.Add($"{year} 年度应使用{ReportData.LayoutLabel(byYear)}，而正文的表格是{ReportData.LayoutLabel(layout)}：按正文读取。");
        }

        return layout;
    }

    private static string BodyFrom(string beforeTitle)
    {
        // Only the heading's own words: a sentence that ends in the title ("根据…编制《××2019年…报告》") names no body.
        var s = beforeTitle.Trim().TrimStart('《', '“', '"').Trim();
        s = PinyinNote().Replace(s, "");
        return s.Length is > 0 and <= 30 && !s.Contains('，') && !s.Contains(',') && !s.Contains('。') && !s.Contains('《') ? s : "";
    }

    /// <summary>The cells and labels of the text: '|' and line ends separate cells; an empty cell between separators is blank.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // Text copied from a browser page: "规章  0  0  0", the cells set off by runs of spaces.
            if (!line.Contains('|') && SpacedRow().Match(line) is { Success: true } spaced)
            {
                line = spaced.Groups[1].Value + "|" + string.Join("|", spaced.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            var pieces = line.Split(['|', '\t']).ToList();
            if (pieces.Count > 1 && pieces[^1].Trim().Length == 0)
            {
                pieces.RemoveAt(pieces.Count - 1);
            }

            foreach (var piece in pieces)
            {
                var p = piece.Trim();
                var compact = p.Replace(" ", "", StringComparison.Ordinal);
                if (p.Length == 0 || compact is "/" or "-" or "—" or "／")
                {
                    tokens.Add(new Token("", true, null));
                }
                else if (CellNumber().IsMatch(compact))
                {
                    tokens.Add(new Token(compact, true, decimal.Parse(compact, CultureInfo.InvariantCulture)));
                }
                else if (compact == "无")
                {
                    tokens.Add(new Token(compact, true, 0));
                }
                else
                {
                    tokens.Add(new Token(p, false, null));
                }
            }
        }

        return tokens;
    }

    /// <summary>A label without list numbers, brackets and what they enclose, spaces or pinyin: what identifies the row.</summary>
    private static string LabelCore(string label)
    {
        var s = PinyinNote().Replace(label, "");
        s = Bracketed().Replace(s, "");
        s = LeadingNumber().Replace(s.Replace(" ", "", StringComparison.Ordinal), "");
        return s;
    }

    /// <summary>The cells after the label at <paramref name="at"/>, placed in <paramref name="count"/> columns, or null when they cannot be placed.</summary>
    private static decimal?[]? RowCells(List<Token> tokens, int at, int count, out bool[] read)
    {
        var cells = new List<Token>();
        var j = at + 1;
        while (j < tokens.Count && tokens[j].IsCell)
        {
            cells.Add(tokens[j++]);
        }

        var atEnd = j >= tokens.Count;
        read = new bool[count];
        var values = new decimal?[count];
        if (cells.Count >= count && cells.Skip(count).All(c => c.IsBlank))
        {
            for (var c = 0; c < count; c++)
            {
                values[c] = cells[c].Value;
                read[c] = true;
            }

            return values;
        }

        if (cells.Count == 0 && !atEnd)
        {
            // Cells printed one per paragraph leave nothing for a blank: the next label follows at once.
            Array.Fill(read, true);
            return values;
        }

        if (cells.Count < count && atEnd)
        {
            // The text stops inside the row: what is printed is its first cells.
            for (var c = 0; c < cells.Count; c++)
            {
                values[c] = cells[c].Value;
                read[c] = true;
            }

            return values;
        }

        return null;
    }

    private static readonly (string Code, string Word)[] RowWords =
    [
        ("received", "本年新收"), ("carried-over", "上年结转"), ("1", "予以公开"), ("2", "部分公开"), ("3.1", "国家秘密"), ("3.2", "禁止公开"),
        ("3.3", "三安全一稳定"), ("3.4", "第三方合法权益"), ("3.5", "三类内"), ("3.6", "过程性信息"), ("3.7", "行政执法案卷"), ("3.8", "行政查询事项"),
        ("4.1", "不掌握"), ("4.2", "另行制作"), ("4.3", "仍不明确"), ("5.1", "信访举报投诉"), ("5.2", "重复申请"), ("5.3", "公开出版物"),
        ("5.4", "大量反复"), ("5.5", "重新出具"), ("6.1", "逾期不补正"), ("6.2", "缴纳费用"), ("6", "其他处理"), ("total", "七总计"), ("carried-forward", "结转下年度"),
    ];

    private static bool ReadApplications(List<Token> tokens, ReportData data, HashSet<string> blank, List<string> notes)
    {
        var start = tokens.FindIndex(t => !t.IsCell && t.Text.Length <= 40 && t.Text.Contains("本年新收", StringComparison.Ordinal));
        if (start < 0)
        {
            return false;
        }

        var codes = ReportData.ApplicationRows(data.Layout).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        string? previous = null;
        for (var i = start; i < tokens.Count; i++)
        {
            if (tokens[i].IsCell || tokens[i].Text.Length > 60)
            {
                continue;
            }

            var core = LabelCore(tokens[i].Text).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
            var code = RowWords.FirstOrDefault(w => core.Contains(w.Word, StringComparison.Ordinal)).Code;
            if (code is null && core == "其他" && previous is "6.1" or "6.2")
            {
                code = "6.3";
            }

            if (code is null || !codes.Contains(code) || data.Applications.ContainsKey(code))
            {
                if (tokens[i].Text.Contains("行政复议", StringComparison.Ordinal))
                {
                    break;
                }

                continue;
            }

            previous = code;
            var values = RowCells(tokens, i, 7, out var read);
            if (values is null || values.Any(v => v is { } x && decimal.Truncate(x) != x))
            {
                notes.Add($"表三：“{tokens[i].Text}”行的数字无法确定各自所在的列，未读取。");
                continue;
            }

            if (!read.Any(r => r))
            {
                continue;
            }

            data.Applications[code] = [.. values.Select(v => v is { } x ? (long?)(long)x : null)];
            for (var c = 0; c < 7; c++)
            {
                if (read[c] && values[c] is null)
                {
                    blank.Add($"三:{code}:{c}");
                }
            }
        }

        return data.Applications.Count > 0;
    }

    private static bool ReadProactive(List<Token> tokens, ReportData data, HashSet<string> blank, List<string> notes)
    {
        var start = tokens.FindIndex(t => !t.IsCell && t.Text.Length <= 30 && (t.Text.Contains("信息内容", StringComparison.Ordinal) || t.Text.Contains("第二十条第", StringComparison.Ordinal)));
        if (start < 0)
        {
            return false;
        }

        var end = tokens.FindIndex(start, t => !t.IsCell && (t.Text.Contains("本年新收", StringComparison.Ordinal) || t.Text.Contains("收到和处理政府信息公开申请", StringComparison.Ordinal)));
        end = end < 0 ? tokens.Count : end;
        var any = false;
        foreach (var row in ReportCalculator.ProactiveCells(data.Layout).GroupBy(c => (c.Block, c.Row)))
        {
            var cells = row.ToList();
            string[] names = row.Key.Row switch
            {
                "行政规范性文件" or "规范性文件" => ["行政规范性文件", "规范性文件"],
                _ => [row.Key.Row],
            };
            var at = -1;
            for (var i = start; i < end && at < 0; i++)
            {
                if (!tokens[i].IsCell && names.Contains(LabelCore(tokens[i].Text)))
                {
                    at = i;
                }
            }

            decimal?[]? values = null;
            var read = new bool[cells.Count];
            if (at >= 0)
            {
                // A cut text's last row may run into the end; a row within the table must not take cells past the section's end.
                values = RowCells(at + 1 + cells.Count <= end || end == tokens.Count ? tokens : tokens[..end], at, cells.Count, out read);
                if (values is null)
                {
                    notes.Add($"表二：“{row.Key.Row}”行的数字无法确定各自所在的列，未读取。");
                    read = new bool[cells.Count];
                }
            }

            for (var c = 0; c < cells.Count; c++)
            {
                var value = read[c] ? values![c] : null;
                any |= read[c];
                data.Proactive.Add(new ProactiveFigure(cells[c].Block, cells[c].Row, cells[c].Column, value));
                if (read[c] && value is null)
                {
                    blank.Add($"二:{cells[c].Block}|{cells[c].Row}|{cells[c].Column}");
                }
            }
        }

        return any;
    }

    private static bool ReadCases(List<Token> tokens, ReportData data, List<string> notes)
    {
        // Table 四's header names 尚未审结 once per block; its 15 numbers follow the third.
        var header = -1;
        var seen = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCell && tokens[i].Text.Contains("尚未审结", StringComparison.Ordinal) && tokens[i].Text.Length <= 10 && ++seen == 3)
            {
                header = i;
            }
        }

        if (header < 0)
        {
            return false;
        }

        for (var i = header + 1; i < tokens.Count && !tokens[i].IsCell; i++)
        {
            header = i;
        }

        var values = RowCells(tokens, header, 15, out var read);
        if (values is null || !read.Any(r => r))
        {
            notes.Add("表四：数字无法确定各自所在的列，未读取。");
            return false;
        }

        for (var b = 0; b < 3; b++)
        {
            data.Cases[ReportData.CaseBlocks[b].Code] = [.. values.Skip(b * 5).Take(5).Select(v => v is { } x ? (long?)(long)x : null)];
        }

        return true;
    }

    private static void TableCompleteness(ReportData data, List<string> missing)
    {
        var rows = ReportData.ApplicationRows(data.Layout);
        var absent = rows.Where(r => !data.Applications.ContainsKey(r.Code)).ToList();
        if (absent.Count == rows.Count)
        {
            missing.Add("表三“收到和处理政府信息公开申请情况”（整表）");
        }
        else if (absent.Count > 0)
        {
            missing.Add($"表三 {absent.Count} 行（{string.Join("、", absent.Take(3).Select(r => r.Label))}{(absent.Count > 3 ? "等" : "")}）");
        }

        var cut = rows.Where(r => data.Applications.TryGetValue(r.Code, out var v) && v.Length == 7 && v[6] is null && v.Take(6).Any(x => x is not null)).ToList();
        if (cut.Count > 0 && absent.Count > 0)
        {
            missing.Add($"表三“{cut[^1].Label}”行未读完");
        }

        if (data.Proactive.Count == 0)
        {
            missing.Add("表二“主动公开政府信息情况”");
        }

        if (data.Cases.Count == 0)
        {
            missing.Add("表四“政府信息公开行政复议、行政诉讼情况”");
        }
    }

    /// <summary>A narrative report is whole when it reaches its closing section on problems and plans and ends on a full sentence.</summary>
    private static void Completeness(string text, List<string> missing)
    {
        // The last line of the report itself, not of the page's footer (版权所有, 扫一扫在手机打开当前页) that follows it.
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var footer = lines.FindIndex(l => PageFooter().IsMatch(l));
        var last = lines.Take(footer < 0 ? lines.Count : footer).LastOrDefault(l => l.Length > 0) ?? "";
        if (!ClosingSection().IsMatch(text))
        {
            missing.Add("“存在的主要问题及改进情况”部分");
        }

        if (!(last.EndsWith('。') || last.EndsWith(')') || last.EndsWith('日')))
        {
            missing.Add($"正文在“{(last.Length > 20 ? last[^20..] : last)}”处中断");
        }
    }

    /// <summary>
    /// The figures stated in sentences, in the narrative layout's keys; a table-layout report's statement of a
    /// table figure goes under the table's key, to be compared with the table. A figure no pattern reads is left out.
    /// </summary>
    private static void ReadSentences(string text, Dictionary<string, decimal?>? narrative, Dictionary<string, decimal> stated, ReportLayout layout)
    {
        string KeyOf(string key) => layout == ReportLayout.Narrative ? key : key switch
        {
            "applications.received" => "三:received:6",
            "reviews.total" => "四:review:4",
            _ => key,
        };

        void Put(string key, decimal value)
        {
            var k = KeyOf(key);
            if (narrative is not null)
            {
                narrative.TryAdd(k, value);
                return;
            }

            // Under the table's key, to be compared with the table, and under its own, as the sentence says it.
            stated.TryAdd(k, value);
            stated.TryAdd(key, value);
        }

        void Take(string key, params Regex[] patterns)
        {
            foreach (var pattern in patterns)
            {
                if (pattern.Match(text) is { Success: true } m)
                {
                    var g = m.Groups.Values.Skip(1).FirstOrDefault(x => x.Success && x.Value.Length > 0);
                    Put(key, g is null ? 0 : decimal.Parse(g.Value, CultureInfo.InvariantCulture));
                    return;
                }
            }
        }

        Take("items.total", ItemsTotal(), ItemsPublished());
        Take("applications.received", NoApplications(), Received());
        Take("fees.amount", NoFees(), Fees());
        Take("reviews.total", NoReviews(), Reviews());
        Take("lawsuits.total", NoLawsuits(), Lawsuits());
        if (layout == ReportLayout.Narrative)
        {
            Take("applications.online", Channel("网络|网上"));
            Take("applications.letter", Channel("信函"));
            Take("applications.in-person", Channel("当面"));
            Take("applications.answered", Answered());
            Take("applications.refused", NoRefusals(), Refused());
            Take("applications.fax", Channel("传真"));
            Take("applications.email", Channel("电子邮件"));
            Take("items.county", ItemsCounty());
            Take("items.township", ItemsTownship());
            foreach (var area in Catalog.Taxonomy.KeyAreas)
            {
                Take(ReportData.AreaKey(area.Code), new Regex(Regex.Escape(ToText(area.Label)) + "\\s*(\\d+)\\s*条", RegexOptions.None, TimeSpan.FromSeconds(1)));
            }

            Take("reviews.concluded", Concluded());

            // The outcomes are read in the sentence about lawsuits, not wherever 维持 first appears.
            var suits = Lawsuits().Match(text);
            if (suits.Success)
            {
                var rest = text[suits.Index..];
                foreach (var (key, pattern) in new[] { ("lawsuits.upheld", Upheld()), ("lawsuits.corrected", Corrected()), ("lawsuits.other", OtherOutcome()) })
                {
                    if (pattern.Match(rest) is { Success: true } m)
                    {
                        Put(key, decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Every “N条，其中 a条、b条…” of the text: the total right before 其中 (the sentence before, when 其中 opens one)
    /// and the parts up to the next 其中 or the sentence's end; and the outcomes listed after “在…的N件申请中”.
    /// A cumulative total (累计) is left out: its parts are often one year's updates.
    /// </summary>
    private static List<StatedSum> ReadSums(string text)
    {
        var sums = new List<StatedSum>();
        foreach (var line in text.Split('\n'))
        {
            var at = line.IndexOf("其中", StringComparison.Ordinal);
            while (at >= 0)
            {
                var next = line.IndexOf("其中", at + 2, StringComparison.Ordinal);
                var stop = line.IndexOfAny(['。', ';'], at);
                var end = new[] { next, stop, line.Length }.Where(x => x >= 0).Min();
                var total = TotalBefore().Match(line[..at]);
                // The clause that states the total, for the finding: from the last comma or stop before it, at most 24 characters.
                var clause = total.Success ? line.LastIndexOfAny([',', '。', ';', '、'], Math.Max(0, total.Index - 1)) + 1 : 0;
                var context = total.Success ? line[Math.Max(clause, total.Index - 24)..(total.Index + total.Length)].Trim(',', '。', '、', ' ') : "";
                // Across a full stop only from a sentence that states one count: else the count before 其中 is the last of a list.
                var sentenceStart = total.Success ? line.LastIndexOf('。', Math.Max(0, total.Index - 1)) + 1 : 0;
                var acrossStop = total.Success && line[total.Index..at].Contains('。');
                if (total.Success && !context.Contains("累计", StringComparison.Ordinal)
                    && (!acrossStop || PartPattern().Count(line[sentenceStart..(total.Index + total.Length)]) == 1))
                {
                    var unit = total.Groups[3].Value;
                    // What a bracket explains is not a part (网站(含转发)319条; 主动公开242项(行政许可239项…)).
                    var region = Bracketed().Replace(line[(at + 2)..end], "");
                    region = region.Contains('(') ? region[..region.IndexOf('(')] : region;
                    var parts = PartPattern().Matches(region)
                        .Where(m => m.Groups[4].Value == unit && !m.Groups[1].Value.Contains('占'))
                        .Select(m => new StatedPart(m.Groups[1].Value.Trim(',', '、', ' ', ':'), decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Length > 0))
                        .ToList();
                    // A subtotal among the parts (…共发布102条) makes the list a breakdown of one part, not of the total.
                    if (parts.Count > 0 && !parts.Any(p => p.Label.Contains('共') || p.Label.Contains("合计", StringComparison.Ordinal) || p.Label.Contains("小计", StringComparison.Ordinal)))
                    {
                        sums.Add(new StatedSum(context, decimal.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture), total.Groups[2].Length > 0, unit, parts));
                    }
                }

                at = next;
            }
        }

        // 在已经答复的9件申请中，“同意公开”的7件…, one outcome per following paragraph.
        foreach (Match m in OutcomesOf().Matches(text))
        {
            var parts = new List<StatedPart>();
            foreach (var line in text[(m.Index + m.Length)..].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var outcomes = QuotedOutcome().Matches(line);
                if (outcomes.Count == 0)
                {
                    break;
                }

                parts.AddRange(outcomes.Select(o => new StatedPart(o.Groups[1].Value, decimal.Parse(o.Groups[2].Value, CultureInfo.InvariantCulture), false)));
            }

            if (parts.Count >= 2)
            {
                sums.Add(new StatedSum(m.Value, decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), false, "件", parts));
            }
        }

        return sums;
    }

    [GeneratedRegex("在[^。,;\\n]{0,12}?的(\\d+)件(?:申请)?中")]
    private static partial Regex OutcomesOf();

    [GeneratedRegex("“([^”]{2,12})”(?:的)?(\\d+)件")]
    private static partial Regex QuotedOutcome();

    [GeneratedRegex("(\\d+)(余|多)?(条|项|篇|件|宗)[,、。]?$")]
    private static partial Regex TotalBefore();

    [GeneratedRegex("([^\\d,、;:]{1,24}?)(\\d+)(余|多)?(条|项|篇|件|宗)")]
    private static partial Regex PartPattern();

    private static Regex Channel(string words) => new($"(?:{words})申请(\\d+)(?:件|宗)", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static char[] BuildScriptMap()
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            map[c] = (char)c;
        }

        foreach (var line in Search.ChineseText.ResourceLines("t2s-chars.txt"))
        {
            if (line.Length == 3 && line[1] == ' ')
            {
                map[line[0]] = line[2];
            }
        }

        // Full-width ASCII (digits, brackets, commas, colons) as the half-width the reader works with.
        for (var c = '！'; c <= '～'; c++)
        {
            map[c] = (char)(c - 0xFEE0);
        }

        map['（'] = '(';
        map['）'] = ')';
        map['\u3000'] = ' ';
        map['\u00a0'] = ' ';
        return map;
    }

    private static readonly Lazy<char[]> ScriptMap = new(BuildScriptMap);

    /// <summary>
    /// Visible text, simplified characters, half-width digits and punctuation, one line per paragraph or table row
    /// with " | " between cells. HTML is parsed (comments, scripts and styles dropped); text is taken as it is.
    /// </summary>
    public static string ToText(string content)
    {
        var s = HtmlLike().IsMatch(content) ? HtmlToText(content) : content.ReplaceLineEndings("\n");
        var map = ScriptMap.Value;
        var chars = new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            chars[i] = map[s[i]];
        }

        s = PinyinNote().Replace(new string(chars), "");
        return SpaceInsideWords().Replace(s, "");
    }

    private static string HtmlToText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var sb = new System.Text.StringBuilder();
        void Walk(INode node)
        {
            switch (node)
            {
                case IComment:
                    return;
                case IText t:
                    sb.Append(Whitespace().Replace(t.Data, " "));
                    return;
                case IElement e when e.LocalName is "script" or "style" or "noscript" or "template" or "head" or "xml":
                    return;
                case IElement e when e.LocalName == "br":
                    sb.Append('\n');
                    return;
                case IElement e when e.LocalName == "tr":
                    // One line per row, its cells between bars: what a cell holds on several lines (Word's <p>) stays in the cell.
                    sb.Append('\n');
                    foreach (var cell in e.Children.Where(c => c.LocalName is "td" or "th"))
                    {
                        var start = sb.Length;
                        foreach (var child in cell.ChildNodes)
                        {
                            Walk(child);
                        }

                        var inner = sb.ToString(start, sb.Length - start).Replace('\n', ' ').Trim();
                        sb.Length = start;
                        sb.Append(inner).Append(" | ");
                    }

                    sb.Append('\n');
                    return;
            }

            var block = node is IElement el && el.LocalName is "p" or "div" or "tr" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "caption" or "title" or "section" or "article";
            if (block)
            {
                sb.Append('\n');
            }

            foreach (var child in node.ChildNodes)
            {
                Walk(child);
            }

            if (block)
            {
                sb.Append('\n');
            }
        }

        Walk(document.Body ?? (INode)document);
        var lines = sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    [GeneratedRegex("<(html|body|p|div|table|br|span|td)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLike();

    [GeneratedRegex("^(\\S.*?[^\\d\\s])(?: {2,}|\\t+)(-?\\d+(?:\\.\\d+)?(?:\\s+-?\\d+(?:\\.\\d+)?)*)$")]
    private static partial Regex SpacedRow();

    [GeneratedRegex("^-?\\d+(?:\\.\\d+)?$")]
    private static partial Regex CellNumber();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    // Mirrors that insert pinyin after characters: 鎮(zhèn), 數(shù)據(jù).
    [GeneratedRegex("(?<=\\p{IsCJKUnifiedIdeographs})\\((?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)?")]
    private static partial Regex PinyinNote();

    [GeneratedRegex("(?<=[\\u4e00-\\u9fff()“”、])[ ]+(?=[\\u4e00-\\u9fff()“”、])")]
    private static partial Regex SpaceInsideWords();

    [GeneratedRegex("^(?:\\d+\\.|[一二三四五六七八九十]+、)")]
    private static partial Regex LeadingNumber();

    // A parenthesis of explanation inside a label, but not a list number like (一).
    [GeneratedRegex("\\((?![一二三四五六七八九十]+\\))[^()]*\\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex("(?:^|\\n)\\s*([^\\n\\t|:：]{0,40}?)(20\\d{2}|19\\d{2})\\s*年(?:度)?\\s*(?:的)?政府信息公开(?:工作)?(?:年度)?(?:工作)?报告")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("(20[0-4]\\d)\\s*年")]
    private static partial Regex YearPattern();

    [GeneratedRegex("(?:^|\\n)\\s*([\\u4e00-\\u9fff]{2,24}?(?:人民政府|政府|办公室|办事处|管委会|委员会|局|镇|乡|街道))(?:\\s*\\n|关于)")]
    private static partial Regex PreambleBody();

    [GeneratedRegex("版权所有|网站标识码|ICP备|分辨率|扫一扫|打印本页|关闭窗口|主办单位|责任编辑")]
    private static partial Regex PageFooter();

    [GeneratedRegex("存在的(?:主要)?问题|存在问题|改进(?:措施|情况|方向)|下步|下一步|工作打算|工作计划|努力方向")]
    private static partial Regex ClosingSection();

    [GeneratedRegex("主动公开(?:了)?(?:政府|政务|各类|政府工作)?信息(?:数|总数)?(?:为|共计|共|合计|累计)?(\\d+)(?:多|余)?(?:条|篇|项)")]
    private static partial Regex ItemsTotal();

    [GeneratedRegex("(?:共|累计)(?:新增)?(?:主动)?公开(?:政府|政务)?信息(\\d+)(?:多|余)?条|主动在[^。,;]{1,12}?公开(?:政府)?信息(\\d+)条|积极公开政府信息(\\d+)条|信息主动公开(\\d+)条|全年发布各类信息(\\d+)条|公开[^。;,]{0,30}?政府信息共计(\\d+)条")]
    private static partial Regex ItemsPublished();

    [GeneratedRegex("(?:受理|收到|接到|办理)(?:了)?(?:依申请公开|政府信息公开|信息公开)?(?:政府信息)?申请(\\d+)(?:件|宗|条)|(?:受理|收到)(?:依申请公开|信息公开申请)(\\d+)(?:件|宗)|依申请公开(\\d+)件|受理[^。;]{0,40}?提出的(?:政府信息公开)?申请(\\d+)(?:件|宗)|(?:受理|收到|接到)(?:了)?(\\d+)(?:件|宗)(?:依申请公开|政府信息公开|信息公开)?申请")]
    private static partial Regex Received();

    [GeneratedRegex("(?:未|没有|尚未|未曾)(?:收到|接到|受理)[^。；,]{0,30}?申请|(?:无|没有)依申请公开")]
    private static partial Regex NoApplications();

    [GeneratedRegex("县级部门(?:主动公开(?:政府)?信息)?\\s*(\\d+)\\s*条")]
    private static partial Regex ItemsCounty();

    [GeneratedRegex("乡镇[、,]?(?:\\(街道\\)|街道)?(?:主动公开(?:政府)?信息)?\\s*(\\d+)\\s*条")]
    private static partial Regex ItemsTownship();

    [GeneratedRegex("已审结\\s*(\\d+)\\s*件")]
    private static partial Regex Concluded();

    [GeneratedRegex("(?:维持|驳回)[^,，。;；\\d]*?(\\d+)\\s*件")]
    private static partial Regex Upheld();

    [GeneratedRegex("(?:纠错|纠正)\\s*(\\d+)\\s*件")]
    private static partial Regex Corrected();

    [GeneratedRegex("其他情形\\s*(\\d+)\\s*件")]
    private static partial Regex OtherOutcome();

    [GeneratedRegex("答复(\\d+)件")]
    private static partial Regex Answered();

    [GeneratedRegex("不予公开(?:的)?(\\d+)件")]
    private static partial Regex Refused();

    [GeneratedRegex("未涉及“?不予公开")]
    private static partial Regex NoRefusals();

    [GeneratedRegex("行政复议(?:案件|案)?(?:共)?(\\d+)(?:件|起|宗)")]
    private static partial Regex Reviews();

    [GeneratedRegex("(?:未|没有)(?:发生|产生)[^。；]{0,30}?复议|无一例[^。；]{0,20}?行政复议")]
    private static partial Regex NoReviews();

    [GeneratedRegex("行政诉讼(?:案件|案)?(?:共)?(\\d+)(?:件|起|宗)")]
    private static partial Regex Lawsuits();

    [GeneratedRegex("(?:未|没有)(?:发生|产生)[^。；]{0,40}?诉讼|无一例[^。；]{0,30}?行政诉讼")]
    private static partial Regex NoLawsuits();

    [GeneratedRegex("未收取任何费用|没有收取(?:任何)?费用|未收取费用|不收取任何费用|未收取[^。；]{0,20}?费用|没有[^。；]{0,20}?收费|没有向[^。;]{0,20}?收取[^。;]{0,20}?费|未发生[^。;]{0,20}?收费")]
    private static partial Regex NoFees();

    [GeneratedRegex("收取(?:的)?(?:费用|信息处理费)[^。；\\d]{0,20}?(\\d+(?:\\.\\d+)?)元")]
    private static partial Regex Fees();
}
