using System.Text.Json;
using Gongkai.Documents;

namespace Gongkai.Reports;

/// <summary>The report as files: DOCX (the layout staff file and edit), XLSX (the tables) and JSON (the data tree).</summary>
public static class ReportFiles
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Docx(ReportData d, ReportTexts t) => Documents.Docx.Write(ReportHtml.Title(d), Blocks(d, t));

    public static IReadOnlyList<DocBlock> Blocks(ReportData d, ReportTexts t)
    {
        var blocks = new List<DocBlock>();
        foreach (var part in ReportHtml.Outline(d, t))
        {
            switch (part.Kind)
            {
                case PartKind.Title:
                    blocks.Add(new DocParagraph(part.Text, ParagraphStyle.Title));
                    break;
                case PartKind.Heading:
                    blocks.Add(new DocParagraph(part.Text, ParagraphStyle.Heading));
                    break;
                case PartKind.Note:
                    blocks.Add(new DocParagraph(part.Text, ParagraphStyle.Plain));
                    break;
                case PartKind.Paragraph:
                    blocks.Add(new DocParagraph(part.Text));
                    break;
                case PartKind.ProactiveTables:
                    blocks.AddRange(ProactiveTables(d));
                    break;
                case PartKind.ApplicationsTable:
                    blocks.Add(ApplicationsTable(d));
                    break;
                case PartKind.CasesTable:
                    blocks.Add(CasesTable(d));
                    break;
            }
        }

        return blocks;
    }

    private static IEnumerable<DocTable> ProactiveTables(ReportData d) =>
        d.Proactive.GroupBy(f => f.Block).Select(block =>
        {
            List<IReadOnlyList<DocCell>> rows =
            [
                [new DocCell("信息内容", Header: true), .. block.Select(f => f.Column).Distinct().Select(c => new DocCell(c, Header: true))],
            ];
            rows.AddRange(block.GroupBy(f => f.Row).Select(r => Cells([new DocCell(r.Key, Header: true), .. r.Select(f => new DocCell(ReportHtml.Figure(f)))])));
            return new DocTable(block.Key, rows);
        });

    private static DocTable ApplicationsTable(ReportData d)
    {
        const string corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        List<IReadOnlyList<DocCell>> rows =
        [
            [new DocCell(corner, 3, true, StartsMerge: true), new DocCell("申请人情况", 7, true)],
            [new DocCell(corner, 3, true, Merge: true), new DocCell("自然人", Header: true, StartsMerge: true), new DocCell("法人或其他组织", 5, true), new DocCell("总计", Header: true, StartsMerge: true)],
            [new DocCell(corner, 3, true, Merge: true), new DocCell("自然人", Header: true, Merge: true), .. ReportData.ApplicantColumns.Skip(1).Take(5).Select(c => new DocCell(c, Header: true)), new DocCell("总计", Header: true, Merge: true)],
        ];
        var all = ReportData.ApplicationRows(d.Layout);
        var first = true;
        foreach (var r in all)
        {
            var cells = new List<DocCell>();
            if (r.Depth == 0)
            {
                cells.Add(new DocCell(r.Label, 3, true));
            }
            else
            {
                cells.Add(new DocCell("三、本年度办理结果", Header: true, StartsMerge: first, Merge: !first));
                first = false;
                if (r.Depth == 1)
                {
                    cells.Add(new DocCell(r.Label, 2, true));
                }
                else
                {
                    var starts = all.First(x => x.Group == r.Group) == r;
                    cells.Add(new DocCell(r.Group!, Header: true, StartsMerge: starts, Merge: !starts));
                    cells.Add(new DocCell(r.Label, Header: true));
                }
            }

            cells.AddRange(ReportHtml.Row(d.Applications, r.Code, 7).Select(x => new DocCell(ReportHtml.Count(x))));
            rows.Add(cells);
        }

        return new DocTable(null, rows);
    }

    private static DocTable CasesTable(ReportData d) => new(null,
    [
        [new DocCell("行政复议", 5, true, StartsMerge: true), new DocCell("行政诉讼", 10, true)],
        [new DocCell("行政复议", 5, true, Merge: true), new DocCell("未经复议直接起诉", 5, true), new DocCell("复议后起诉", 5, true)],
        [.. Enumerable.Range(0, 3).SelectMany(_ => ReportData.CaseColumns).Select(c => new DocCell(c, Header: true))],
        [.. ReportData.CaseBlocks.SelectMany(b => ReportHtml.Row(d.Cases, b.Code, 5)).Select(x => new DocCell(ReportHtml.Count(x)))],
    ]);

    /// <summary>One sheet per table (or the statistics of a narrative report); numbers stay numbers.</summary>
    public static IReadOnlyList<Sheet> Sheets(ReportData d)
    {
        if (d.Layout == ReportLayout.Narrative)
        {
            return
            [
                // The figures staff entered (as "名称 数值 单位") follow the computed ones, as in the report's text.
                new Sheet("统计数字", [["项目", "数值", "单位", "来源"], .. d.NarrativeOrder().Select(k => Values([ReportData.NarrativeLabel(k), d.Narrative[k], null, "平台记录"])),
                    .. d.Proactive.Select(f => Values([f.Row, f.Value, f.Column, f.Entered ? "工作人员填报" : "平台记录"]))]),
            ];
        }

        var proactive = new List<IReadOnlyList<object?>> { new object?[] { "条款", "信息内容", "栏目", "数值", "来源" } };
        proactive.AddRange(d.Proactive.Select(f => Values([f.Block, f.Row, f.Column, f.Value, f.Entered ? "工作人员填报" : "平台记录"])));
        var applications = new List<IReadOnlyList<object?>> { Values(["项目", .. ReportData.ApplicantColumns]) };
        applications.AddRange(ReportData.ApplicationRows(d.Layout).Select(r => Values([r.Group is null ? r.Label : $"{r.Group} {r.Label}", .. ReportHtml.Row(d.Applications, r.Code, 7).Cast<object?>()])));
        var cases = new List<IReadOnlyList<object?>> { Values(["类别", .. ReportData.CaseColumns]) };
        cases.AddRange(ReportData.CaseBlocks.Select(b => Values([b.Label, .. ReportHtml.Row(d.Cases, b.Code, 5).Cast<object?>()])));
        return [new Sheet("表二 主动公开", proactive), new Sheet("表三 依申请公开", applications), new Sheet("表四 复议诉讼", cases)];
    }

    private static List<DocCell> Cells(IEnumerable<DocCell> cells) => cells.ToList();

    private static List<object?> Values(IEnumerable<object?> values) => values.ToList();

    public static byte[] Xlsx(ReportData d) => Documents.Xlsx.Write(Sheets(d));

    public static string Json(ReportData d) => JsonSerializer.Serialize(d, ReportService.Json);
}
