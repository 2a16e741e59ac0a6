using System.Globalization;

namespace Gongkai.Reports;

/// <summary>
/// One broken consistency rule: the rule's number in annual-report.md (or N1… for the narrative layout's
/// sums), the cell it shows in, what is wrong, the keys of the cells involved ("三:row:column",
/// "四:block:column"), and, for a report generated here, the records behind those figures.
/// </summary>
public sealed record Finding(string Rule, string Cell, string Message, IReadOnlyList<string> Keys)
{
    public IReadOnlyList<string> Records { get; init; } = [];
}

/// <summary>The official consistency (勾稽) rules, applied to any report data: generated or extracted from a published report.</summary>
public static class ReportRules
{
    public static string RuleText(string rule) => rule switch
    {
        "1" => "规则1：表三每一列，“一、本年新收”加“二、上年结转”等于“（七）总计”加“四、结转下年度继续办理”",
        "2" => "规则2：表三每一行，“总计”列等于六个申请人列之和",
        "3" => "规则3：“（七）总计”等于（一）（二）及（三）至（六）各小项之和",
        "4" => "规则4：表四每一部分，“总计”等于维持、纠正、其他、尚未审结之和",
        "5" => "规则5：本年“二、上年结转”等于上一年度“四、结转下年度继续办理”",
        "6" => "规则6：所有件数为非负整数，收费金额以万元计、最多4位小数",
        "N1" => "叙述式年报：申请数等于各渠道申请数之和",
        "N2" => "叙述式年报：答复、不予公开和尚在办理的件数之和等于受理数",
        "N3" => "叙述式年报：行政诉讼各结果之和等于案件数；已审结复议案件不多于复议案件数",
        "N4" => "叙述式年报：县级部门和乡镇街道的条数之和等于主动公开总条数",
        "N5" => "叙述式年报：进驻行政服务中心事项与暂未进驻事项之和等于保留的行政审批事项",
        "missing" => "数据缺失：年报中找不到该项数据",
        "S" => "分项之和：正文列出的各分项（按类别、渠道或结果）之和应等于所列总数，且任一分项不得大于总数",
        "D" => "同一数字两处：正文中的数字与表格中的同一项应当一致",
        _ => rule,
    };

    private static readonly string[] Channels = ["通过", "网站", "公告栏", "公开栏", "微信", "微博", "媒体", "电视", "广播"];

    /// <summary>The rules on a report read from its text: the table and narrative rules, and those on what the sentences state.</summary>
    public static List<Finding> Check(ReportParser.Parsed parsed, ReportData? previous = null)
    {
        var findings = Check(parsed.Data, previous);
        foreach (var sum in parsed.Sums)
        {
            var parts = sum.Parts.Sum(p => p.Value);
            var list = string.Join(" + ", sum.Parts.Select(p => $"{p.Label} {p.Value.ToString(CultureInfo.InvariantCulture)}{(p.AtLeast ? "余" : "")}"));
            // A 其中 list need not name every part: equality is asked only of a list of channels, or of a long list of categories.
            var exhaustive = sum.Parts.Count >= 4 || (sum.Parts.Count >= 2 && sum.Parts.All(p => Channels.Any(c => p.Label.Contains(c, StringComparison.Ordinal))));
            var exact = !sum.Approximate && sum.Parts.All(p => !p.AtLeast) && exhaustive;
            if (parts > sum.Value || (exact && parts != sum.Value))
            {
                findings.Add(new Finding("S", $"正文“{sum.Total}”", $"{list} = {parts.ToString(CultureInfo.InvariantCulture)}{sum.Unit}{(sum.Parts.Any(p => p.AtLeast) ? "以上" : "")}，而总数为 {sum.Value.ToString(CultureInfo.InvariantCulture)}{sum.Unit}。", []));
            }
        }

        void Twice(string key, string cell, long? table)
        {
            if (parsed.Stated.TryGetValue(key, out var said) && table is { } t && said != t)
            {
                findings.Add(new Finding("D", cell, $"正文为 {said.ToString(CultureInfo.InvariantCulture)}，表格为 {t}。", [key]));
            }
        }

        long? Cell(Dictionary<string, long?[]> rows, string row, int c) => rows.TryGetValue(row, out var v) && v.Length > c ? v[c] : null;
        Twice("三:received:6", ReportData.CellName(parsed.Data.Layout, "received", 6), Cell(parsed.Data.Applications, "received", 6));
        Twice("四:review:4", "表四“行政复议”的“总计”", Cell(parsed.Data.Cases, "review", 4));
        return findings;
    }

    /// <param name="previous">The same body's report of the year before, when known (rule 5).</param>
    public static List<Finding> Check(ReportData data, ReportData? previous = null)
    {
        var findings = new List<Finding>();
        static IReadOnlyList<string> Records(params string[] keys) => keys;

        if (data.Layout == ReportLayout.Narrative)
        {
            CheckNarrative(data, findings);
            return findings;
        }

        var rows = ReportData.ApplicationRows(data.Layout);
        foreach (var row in rows)
        {
            if (!data.Applications.TryGetValue(row.Code, out var values) || values.Length != 7 || values.Any(v => v is null))
            {
                findings.Add(new Finding("missing", ReportData.CellName(data.Layout, row.Code, 6), $"表三缺少“{row.Label}”行的完整数据（应有7个数）。", []));
                continue;
            }

            for (var c = 0; c < 7; c++)
            {
                if (values[c] < 0)
                {
                    findings.Add(new Finding("6", ReportData.CellName(data.Layout, row.Code, c), $"件数不能为负数：{values[c]}。", Records($"三:{row.Code}:{c}")));
                }
            }

            var six = values.Take(6).Sum(v => v!.Value);
            if (six != values[6])
            {
                findings.Add(new Finding("2", ReportData.CellName(data.Layout, row.Code, 6), $"六个申请人列之和为 {six}，“总计”列为 {values[6]}。", Records($"三:{row.Code}:6")));
            }
        }

        long? Cell(string row, int column) => data.Applications.TryGetValue(row, out var v) && v.Length == 7 ? v[column] : null;
        var results = ReportData.ResultRows(data.Layout).ToList();
        for (var c = 0; c < 7; c++)
        {
            var column = ReportData.ApplicantColumns[c];
            if (Cell("received", c) is { } received && Cell("carried-over", c) is { } over && Cell("total", c) is { } total && Cell("carried-forward", c) is { } forward
                && received + over != total + forward)
            {
                findings.Add(new Finding("1", $"表三“{column}”列", $"本年新收 {received} + 上年结转 {over} = {received + over}，而办理结果总计 {total} + 结转下年度 {forward} = {total + forward}。",
                    Records($"三:received:{c}", $"三:carried-over:{c}", $"三:total:{c}", $"三:carried-forward:{c}")));
            }

            var parts = results.Select(r => Cell(r, c)).ToList();
            if (Cell("total", c) is { } sum && parts.All(p => p is not null) && parts.Sum(p => p!.Value) != sum)
            {
                findings.Add(new Finding("3", ReportData.CellName(data.Layout, "total", c), $"（一）至（六）各项之和为 {parts.Sum(p => p!.Value)}，“（七）总计”为 {sum}。",
                    Records([.. results.Select(r => $"三:{r}:{c}"), $"三:total:{c}"])));
            }

            if (previous is not null && previous.Applications.TryGetValue("carried-forward", out var before) && before.Length == 7
                && before[c] is { } was && Cell("carried-over", c) is { } now && was != now)
            {
                findings.Add(new Finding("5", ReportData.CellName(data.Layout, "carried-over", c), $"本年上年结转为 {now}，而 {previous.Year} 年度报告的结转下年度为 {was}。", Records($"三:carried-over:{c}")));
            }
        }

        foreach (var (code, label) in ReportData.CaseBlocks)
        {
            if (!data.Cases.TryGetValue(code, out var v) || v.Length != 5 || v.Any(x => x is null))
            {
                findings.Add(new Finding("missing", $"表四“{label}”", $"表四缺少“{label}”部分的完整数据（应有5个数）。", []));
                continue;
            }

            if (v.Any(x => x < 0))
            {
                findings.Add(new Finding("6", $"表四“{label}”", "件数不能为负数。", Records($"四:{code}:4")));
            }

            var parts = v[0]!.Value + v[1]!.Value + v[2]!.Value + v[3]!.Value;
            if (parts != v[4])
            {
                findings.Add(new Finding("4", $"表四“{label}”的“总计”", $"维持 {v[0]} + 纠正 {v[1]} + 其他 {v[2]} + 尚未审结 {v[3]} = {parts}，“总计”为 {v[4]}。", Records($"四:{code}:4")));
            }
        }

        foreach (var f in data.Proactive.Where(f => f.Value is null))
        {
            findings.Add(new Finding("missing", $"表二“{f.Row}”行“{f.Column}”列", f.Entered ? "本平台没有该项数据，请由工作人员填报。" : "年报中找不到该项数据。", []));
        }

        foreach (var f in data.Proactive.Where(f => f.Value is { } x && ((x < 0 && !f.Column.Contains("增/减", StringComparison.Ordinal)) || (f.Column.Contains("金额", StringComparison.Ordinal) ? decimal.Round(x, 4) != x : decimal.Truncate(x) != x))))
        {
            findings.Add(new Finding("6", $"表二“{f.Row}”行“{f.Column}”列", $"数值 {f.Value?.ToString(CultureInfo.InvariantCulture)} 不符合要求（件数为非负整数，金额以万元计、最多4位小数）。", []));
        }

        return findings;
    }

    private static void CheckNarrative(ReportData data, List<Finding> findings)
    {
        decimal? N(string key) => data.Narrative.TryGetValue(key, out var v) ? v : null;
        if (N("applications.received") is { } received)
        {
            var channels = new[] { "applications.online", "applications.letter", "applications.in-person", "applications.fax", "applications.email" }.Select(N).Where(v => v is not null).ToList();
            if (channels.Count > 0 && channels.Sum() != received)
            {
                findings.Add(new Finding("N1", "依申请公开：申请渠道", $"各渠道申请数之和为 {channels.Sum()}，受理申请数为 {received}。", []));
            }

            var outcomes = new[] { "applications.answered", "applications.refused", "applications.pending" }.Select(N).Where(v => v is not null).ToList();
            if (outcomes.Count > 0 && outcomes.Sum() != received)
            {
                findings.Add(new Finding("N2", "依申请公开：办理结果", $"答复、不予公开和尚在办理的件数之和为 {outcomes.Sum()}，受理申请数为 {received}。", []));
            }
        }

        if (N("lawsuits.total") is { } suits)
        {
            var parts = new[] { "lawsuits.upheld", "lawsuits.corrected", "lawsuits.other", "lawsuits.pending" }.Select(N).Where(v => v is not null).ToList();
            if (parts.Count > 0 && parts.Sum() != suits)
            {
                findings.Add(new Finding("N3", "行政诉讼：结果", $"维持、纠错和其他情形之和为 {parts.Sum()}，行政诉讼案件为 {suits}。", []));
            }
        }

        if (N("reviews.total") is { } reviews && N("reviews.concluded") is { } concluded && concluded > reviews)
        {
            findings.Add(new Finding("N3", "行政复议：已审结", $"已审结 {concluded} 件多于复议案件 {reviews} 件。", []));
        }

        if (N("items.total") is { } items && N("items.county") is { } county && N("items.township") is { } township && county + township != items)
        {
            findings.Add(new Finding("N4", "主动公开：条数", $"县级部门 {county} 条 + 乡镇街道 {township} 条 = {county + township} 条，主动公开总数为 {items} 条。", []));
        }

        if (N("services.retained") is { } retained && N("services.on-site") is { } onSite && N("services.not-on-site") is { } notOnSite && onSite + notOnSite != retained)
        {
            findings.Add(new Finding("N5", "行政审批：进驻事项", $"进驻 {onSite} 项 + 暂未进驻 {notOnSite} 项 = {onSite + notOnSite} 项，保留行政审批事项为 {retained} 项。", []));
        }

        foreach (var (key, value) in data.Narrative.Where(n => n.Value < 0))
        {
            findings.Add(new Finding("6", ReportData.NarrativeKeys.FirstOrDefault(k => k.Key == key).Label ?? key, $"数值不能为负数：{value}。", []));
        }
    }
}
