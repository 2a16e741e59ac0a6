using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Reports;

public enum PartKind
{
    Title,
    Heading,
    Paragraph,
    Note,
    ProactiveTables,
    ApplicationsTable,
    CasesTable,
}

/// <summary>One part of a report in reading order; tables take their figures from the data.</summary>
public sealed record ReportPart(PartKind Kind, string Text);

/// <summary>The paragraphs staff write; everything else in a report comes from the data.</summary>
public sealed record ReportTexts(string? Overview = null, string? Problems = null, string? Other = null, string? Contact = null);

/// <summary>
/// Renders a report's data in its official layout as an HTML fragment (an article), the same for the portal,
/// print and golden-file tests. Pure: the same data and texts give the same characters.
/// </summary>
public static class ReportHtml
{
    public static string Title(ReportData d) => $"{d.BodyName}{d.Year}年政府信息公开工作年度报告";

    /// <summary>A report as an ordered list of parts, the same for every output format.</summary>
    public static IReadOnlyList<ReportPart> Outline(ReportData d, ReportTexts t)
    {
        var parts = Sections(d, t);
        if (d.ArchiveHead is { } head)
        {
            parts.Add(new(PartKind.Note, $"公开档案链头（全县平台共用，截至{d.Year}年12月31日）：{head.Count} 个档案条目，最后条目 #{head.LastEntryId}，SHA-256 {head.Hash}。"));
        }

        return parts;
    }

    private static List<ReportPart> Sections(ReportData d, ReportTexts t)
    {
        var parts = new List<ReportPart> { new(PartKind.Title, Title(d)) };
        void Heading(string text) => parts.Add(new(PartKind.Heading, text));
        void Text(string? text)
        {
            foreach (var p in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                parts.Add(new(PartKind.Paragraph, p));
            }
        }

        if (d.Layout != ReportLayout.Narrative)
        {
            Heading("一、总体情况");
            Text(t.Overview);
            Heading("二、主动公开政府信息情况");
            parts.Add(new(PartKind.ProactiveTables, ""));
            if (d.Proactive.Any(f => f.Entered))
            {
                parts.Add(new(PartKind.Note, "注：表中带底色的数字由工作人员根据其他业务系统的数据填报。"));
            }

            if (d.Proactive.Any(f => f.Row == "行政许可" && !f.Entered))
            {
                parts.Add(new(PartKind.Note, "注：行政许可的数字由本平台政务服务事项和办件记录统计（处理决定数量为本年办结并作出准予或不予许可决定的行政许可办件数）。"));
            }

            Heading("三、收到和处理政府信息公开申请情况");
            parts.Add(new(PartKind.ApplicationsTable, ""));
            Heading("四、政府信息公开行政复议、行政诉讼情况");
            parts.Add(new(PartKind.CasesTable, ""));
            Heading("五、存在的主要问题及改进情况");
            Text(t.Problems);
            Heading("六、其他需要报告的事项");
            Text(t.Other ?? "无。");
            return parts;
        }

        decimal N(string key) => d.Narrative.TryGetValue(key, out var v) && v is { } x ? x : 0;
        string I(string key) => N(key).ToString("0.##", CultureInfo.InvariantCulture);
        Text($"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，{d.BodyName}编制了{d.Year}年度政府信息公开工作报告。报告中所列数据的统计期限自{d.Year}年1月1日起至{d.Year}年12月31日止。{t.Contact ?? ""}");
        Heading("一、概述");
        Text(t.Overview);
        if (Supervision(d) is { } supervision)
        {
            Text(supervision);
        }

        Heading("二、主动公开政府信息情况");
        var items = $"{d.Year}年，{(d.Body is null ? "全县" : "本机关")}主动公开政府信息{I("items.total")}条。";
        if (d.Body is null)
        {
            items += $"其中，县级部门主动公开政府信息{I("items.county")}条；乡镇、街道主动公开政府信息{I("items.township")}条。";
        }

        var areas = Catalog.Taxonomy.KeyAreas.Where(t => t.Parent is null && d.Narrative.ContainsKey(ReportData.AreaKey(t.Code))).Select(top =>
        {
            var subs = Catalog.Taxonomy.KeyAreas.Where(t => t.Parent == top.Code && d.Narrative.ContainsKey(ReportData.AreaKey(t.Code))).Select(t => $"{t.Label}{I(ReportData.AreaKey(t.Code))}条").ToList();
            return $"{top.Label}{I(ReportData.AreaKey(top.Code))}条" + (subs.Count > 0 ? $"（其中{string.Join("、", subs)}）" : "");
        }).ToList();
        if (areas.Count > 0)
        {
            items += $"按重点领域统计：{string.Join("；", areas)}。";
        }

        var lines = d.Narrative.Keys.Where(k => k.StartsWith("items.line.", StringComparison.Ordinal)).Select(k => $"{k["items.line.".Length..]}{I(k)}条").ToList();
        if (lines.Count > 0)
        {
            items += $"其中，{string.Join("，", lines)}。";
        }

        var published = Enum.GetValues<Catalog.PublicationChannel>().Where(c => N(ReportData.ChannelKey(c)) > 0)
            .Select(c => $"{Catalog.ItemChannel.Label(c)}{I(ReportData.ChannelKey(c))}条次").ToList();
        if (published.Count > 0)
        {
            items += $"除政府门户网站外，还通过{string.Join("、", published)}发布政府信息。";
        }

        Text(items);
        if (Services(d) is { } services)
        {
            Text(services);
        }

        if (Suggestions(d) is { } suggestions)
        {
            Text(suggestions);
        }

        if (d.Proactive.Count > 0)
        {
            Text("据有关业务系统统计（工作人员填报）：" + string.Join("；", d.Proactive.Select(f => $"{f.Row}{f.Value?.ToString("0.####", CultureInfo.InvariantCulture)}{f.Column}")) + "。");
        }

        Heading("三、政府信息依申请公开和不予公开情况");
        var channels = new[] { ("applications.online", "网络申请"), ("applications.letter", "信函申请"), ("applications.in-person", "当面申请"), ("applications.fax", "传真申请"), ("applications.email", "电子邮件申请") }
            .Where(c => N(c.Item1) > 0).Select(c => $"{c.Item2}{I(c.Item1)}件").ToList();
        var fees = N("fees.amount") == 0 ? "各单位在公民、法人或其他组织申请获取政府信息时，均未收取任何费用。" : $"共收取信息处理费{I("fees.amount")}元。";
        var applications = $"{d.Year}年，共受理{I("applications.received")}件政府信息公开申请" + (channels.Count > 0 ? "，其中" + string.Join("，", channels) : "") + "。";
        var results = $"按要求依法依规答复{I("applications.answered")}件" + (N("applications.refused") > 0 ? $"，依法不予公开的{I("applications.refused")}件" : "") + (N("applications.pending") > 0 ? $"，尚在办理的{I("applications.pending")}件" : "") + "。";
        Text(fees + applications + results);
        Heading("四、行政复议、行政诉讼情况");
        var suitParts = new[] { ("lawsuits.upheld", "维持具体行政行为或者驳回原告诉讼请求"), ("lawsuits.corrected", "被依法纠错"), ("lawsuits.other", "其他情形"), ("lawsuits.pending", "尚未审结") }
            .Where(p => N(p.Item1) > 0).Select(p => $"{p.Item2}{I(p.Item1)}件").ToList();
        Text($"{d.Year}年，{d.BodyName}因信息公开为被申请人的行政复议案件{I("reviews.total")}件，已审结{I("reviews.concluded")}件。因信息公开为被告的行政诉讼案件{I("lawsuits.total")}件" + (suitParts.Count > 0 ? "，" + string.Join("，", suitParts) : "") + "。");
        Heading("五、存在的主要问题和改进措施");
        Text(t.Problems);
        if (!string.IsNullOrWhiteSpace(t.Other))
        {
            Heading("六、其他需要报告的事项");
            Text(t.Other);
        }

        return parts;
    }

    /// <summary>
    /// The county office's own work in the overview (meetings, training, 考核细则 and assessment, key tasks, the website
    /// census), from the supervision records; only the registers the county keeps on the platform are mentioned.
    /// </summary>
    private static string? Supervision(ReportData d)
    {
        decimal? N(string key) => d.Narrative.GetValueOrDefault(key);
        string I(decimal? v) => (v ?? 0).ToString("0.#", CultureInfo.InvariantCulture);
        var parts = new List<string>();
        if (N("supervision.meetings") is { } meetings)
        {
            parts.Add($"全年组织召开政务公开工作会议{I(meetings)}次" + (N("supervision.trainings") is > 0 ? $"，举办业务培训{I(N("supervision.trainings"))}期、培训{I(N("supervision.trained"))}人次" : ""));
        }

        if (N("assessment.schemes") is > 0)
        {
            var periods = new[] { ("assessment.spot-checks", "季度抽查"), ("assessment.inspections", "半年督查"), ("assessment.year-end", "年终考核") }
                .Where(p => N(p.Item1) is > 0).Select(p => $"{p.Item2}{I(N(p.Item1))}次").ToList();
            parts.Add("制定下发了政务公开考核细则" + (periods.Count > 0 ? "，开展" + string.Join("、", periods) + "，实行排名通报" : ""));
        }

        if (N("tasks.total") is > 0)
        {
            parts.Add($"明确全年政府信息公开重点工作任务{I(N("tasks.total"))}项，每项任务落实到牵头部门，已完成{I(N("tasks.done"))}项");
        }

        if (N("websites.checked") is > 0)
        {
            parts.Add($"按照政府网站普查要求，对{I(N("websites.checked"))}个政府网站进行了逐项检查，关闭{I(N("websites.closed"))}个，整改优化{I(N("websites.rectified"))}个");
        }

        return parts.Count == 0 ? null : "据本平台督查考核记录：" + string.Join("；", parts) + "。";
    }

    /// <summary>
    /// The key area 建议提案办理 as the seed reports it: the city deputies' suggestions and members' proposals the county
    /// handled, a zero stated as such. Counted from the register whenever the county keeps it on the platform.
    /// </summary>
    private static string? Suggestions(ReportData d)
    {
        if (d.Narrative.GetValueOrDefault("suggestions.npc.city") is not { } npcCity)
        {
            return null;
        }

        string I(string key) => (d.Narrative.GetValueOrDefault(key) ?? 0).ToString("0.#", CultureInfo.InvariantCulture);
        var cppccCity = d.Narrative.GetValueOrDefault("suggestions.cppcc.city") ?? 0;
        var other = (d.Narrative.GetValueOrDefault("suggestions.npc.other") ?? 0) + (d.Narrative.GetValueOrDefault("suggestions.cppcc.other") ?? 0);
        var who = d.Body is null ? "我县" : "本机关";
        var city = npcCity + cppccCity == 0
            ? $"{d.Year}年，{who}未接到市人大代表建议和市政协委员提案办件"
            : $"{d.Year}年，{who}承办市人大代表建议{I("suggestions.npc.city")}件、市政协委员提案{I("suggestions.cppcc.city")}件";
        var rest = other == 0 ? "" : $"；承办其他人大代表建议{I("suggestions.npc.other")}件、政协委员提案{I("suggestions.cppcc.other")}件";
        var handled = npcCity + cppccCity + other == 0 ? "" : $"。已办复{I("suggestions.replied")}件，公开办理结果{I("suggestions.published")}件";
        return $"人大代表建议和政协委员提案办理结果公开情况。{city}{rest}{handled}。";
    }

    /// <summary>The 行政审批 paragraph in the seed's words, from the figures counted from the records (null where none were).</summary>
    private static string? Services(ReportData d)
    {
        if (!d.Narrative.ContainsKey("services.retained"))
        {
            return null;
        }

        string I(string key) => (d.Narrative.GetValueOrDefault(key) ?? 0).ToString("0.#", CultureInfo.InvariantCulture);
        var cases = d.Narrative.GetValueOrDefault("services.cases") ?? 0;
        var casesText = cases >= 10_000 ? $"{Math.Round(cases / 10_000m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture)}万件" : $"{I("services.cases")}件";
        var rates = string.Concat(
            d.Narrative.ContainsKey("services.on-time") ? $"，按时办结率{I("services.on-time")}%" : "",
            d.Narrative.ContainsKey("services.satisfaction") ? $"，群众满意度{I("services.satisfaction")}%" : "");
        return $"据本平台政务服务事项和办件记录统计：截至{d.Year}年底，全县共取消行政审批事项{I("services.cancelled")}项，承接市政府下放的行政审批事项{I("services.undertaken")}项，保留行政审批事项{I("services.retained")}项。"
            + $"{I("services.departments")}个部门进驻行政服务中心，进驻事项{I("services.on-site")}项，暂未进驻办理事项{I("services.not-on-site")}项。"
            + $"{I("services.township-centres")}个乡镇（街道）公共服务中心进驻公共服务事项{I("services.township-items")}项。"
            + $"{I("services.village-centres")}个村（社区）便民服务中心可代办便民服务事项{I("services.village-items")}项。"
            + $"截至{d.Year}年底累计接办件{casesText}{rates}。";
    }

    public static string Render(ReportData d, ReportTexts texts)
    {
        var h = new StringBuilder();
        h.Append("<article class=\"annual-report\">\n");
        foreach (var part in Outline(d, texts))
        {
            switch (part.Kind)
            {
                case PartKind.Title:
                    h.Append($"<h1>{E(part.Text)}</h1>\n");
                    break;
                case PartKind.Heading:
                    h.Append($"<h2>{E(part.Text)}</h2>\n");
                    break;
                case PartKind.Paragraph:
                    h.Append($"<p>{E(part.Text)}</p>\n");
                    break;
                case PartKind.Note:
                    h.Append($"<p class=\"note\">{E(part.Text)}</p>\n");
                    break;
                case PartKind.ProactiveTables:
                    Proactive(h, d);
                    break;
                case PartKind.ApplicationsTable:
                    Applications(h, d);
                    break;
                case PartKind.CasesTable:
                    Cases(h, d);
                    break;
            }
        }

        h.Append("</article>\n");
        return h.ToString();
    }

    private static void Proactive(StringBuilder h, ReportData d)
    {
        foreach (var block in d.Proactive.GroupBy(f => f.Block))
        {
            var columns = block.Select(f => f.Column).Distinct().ToList();
            h.Append("<div class=\"table-wrap\"><table class=\"report\">\n");
            h.Append($"<caption>{E(block.Key)}</caption>\n<thead><tr><th scope=\"col\">信息内容</th>");
            foreach (var c in columns)
            {
                h.Append($"<th scope=\"col\">{E(c)}</th>");
            }

            h.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in block.GroupBy(f => f.Row))
            {
                h.Append($"<tr><th scope=\"row\">{E(row.Key)}</th>");
                foreach (var f in row)
                {
                    h.Append(f.Entered ? "<td class=\"entered\">" : "<td>").Append(Figure(f)).Append("</td>");
                }

                h.Append("</tr>\n");
            }

            h.Append("</tbody></table></div>\n");
        }
    }

    private static void Applications(StringBuilder h, ReportData d)
    {
        h.Append("<div class=\"table-wrap\"><table class=\"report applications\">\n<thead>\n");
        h.Append("<tr><th scope=\"col\" colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th scope=\"colgroup\" colspan=\"7\">申请人情况</th></tr>\n");
        h.Append("<tr><th scope=\"col\" rowspan=\"2\">自然人</th><th scope=\"colgroup\" colspan=\"5\">法人或其他组织</th><th scope=\"col\" rowspan=\"2\">总计</th></tr>\n");
        h.Append("<tr><th scope=\"col\">商业企业</th><th scope=\"col\">科研机构</th><th scope=\"col\">社会公益组织</th><th scope=\"col\">法律服务机构</th><th scope=\"col\">其他</th></tr>\n");
        h.Append("</thead>\n<tbody>\n");
        var rows = ReportData.ApplicationRows(d.Layout);
        var resultsStart = rows.First(r => r.Code == "1");
        var resultCount = rows.Count(r => r.Code is not ("received" or "carried-over" or "carried-forward"));
        foreach (var r in rows)
        {
            h.Append("<tr>");
            if (r.Depth == 0)
            {
                h.Append($"<th scope=\"row\" colspan=\"3\">{E(r.Label)}</th>");
            }
            else
            {
                if (r == resultsStart)
                {
                    h.Append($"<th scope=\"rowgroup\" rowspan=\"{resultCount}\">三、本年度办理结果</th>");
                }

                if (r.Depth == 1)
                {
                    h.Append($"<th scope=\"row\" colspan=\"2\">{E(r.Label)}</th>");
                }
                else
                {
                    var group = rows.Where(x => x.Group == r.Group).ToList();
                    if (group[0] == r)
                    {
                        h.Append($"<th scope=\"rowgroup\" rowspan=\"{group.Count}\">{E(r.Group!)}</th>");
                    }

                    h.Append($"<th scope=\"row\">{E(r.Label)}</th>");
                }
            }

            foreach (var x in Row(d.Applications, r.Code, 7))
            {
                h.Append("<td>").Append(Count(x)).Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody></table></div>\n");
    }

    private static void Cases(StringBuilder h, ReportData d)
    {
        h.Append("<div class=\"table-wrap\"><table class=\"report cases\">\n<thead>\n");
        h.Append("<tr><th scope=\"colgroup\" colspan=\"5\" rowspan=\"2\">行政复议</th><th scope=\"colgroup\" colspan=\"10\">行政诉讼</th></tr>\n");
        h.Append("<tr><th scope=\"colgroup\" colspan=\"5\">未经复议直接起诉</th><th scope=\"colgroup\" colspan=\"5\">复议后起诉</th></tr>\n<tr>");
        for (var b = 0; b < 3; b++)
        {
            foreach (var c in ReportData.CaseColumns)
            {
                h.Append($"<th scope=\"col\">{E(c)}</th>");
            }
        }

        h.Append("</tr>\n</thead>\n<tbody>\n<tr>");
        foreach (var (code, _) in ReportData.CaseBlocks)
        {
            foreach (var x in Row(d.Cases, code, 5))
            {
                h.Append("<td>").Append(Count(x)).Append("</td>");
            }
        }

        h.Append("</tr>\n</tbody></table></div>\n");
    }

    public static long?[] Row(Dictionary<string, long?[]> table, string code, int width) => table.TryGetValue(code, out var v) && v.Length == width ? v : new long?[width];

    public static string Count(long? x) => x?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static string Figure(ProactiveFigure f) => f.Value switch
    {
        null => "未填报",
        { } v when f.Column.Contains("金额", StringComparison.Ordinal) => v.ToString("0.####", CultureInfo.InvariantCulture),
        { } v => v.ToString("0", CultureInfo.InvariantCulture),
    };

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
