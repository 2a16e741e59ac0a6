using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Documents;

namespace Gongkai.Assessment;

/// <summary>
/// The 通报 of a period's results, written once as document blocks: the DOCX is made from them, and the catalog
/// item's HTML body is rendered from the same blocks, so the two never say different things.
/// </summary>
public static class AssessmentNotice
{
    public static IReadOnlyList<DocBlock> Blocks(AssessmentPeriod period, IReadOnlyList<BodyTotal> totals, DateOnly date)
    {
        var scheme = period.Scheme!;
        var county = scheme.CountyBody?.Name ?? "";
        var basis = scheme.DocumentNumber is null ? $"《{scheme.Title}》" : $"《{scheme.Title}》（{scheme.DocumentNumber}）";
        var blocks = new List<DocBlock>
        {
            new DocParagraph(AssessmentService.NoticeTitle(period), ParagraphStyle.Title),
            new DocParagraph("各乡镇人民政府、街道办事处，县政府各部门，有关单位：", ParagraphStyle.Plain),
            new DocParagraph(
                $"根据{basis}，按照“一季一抽查、半年一督查、年终一考核”的要求，县政府办公室对全县 {totals.Count} 个单位" +
                $"{period.From:yyyy年M月d日}至{period.To:yyyy年M月d日}的政务公开工作进行了{AssessmentPeriod.KindLabel(period.Kind)}，" +
                $"满分 {AssessmentService.Points(scheme.TotalPoints)} 分，合格分数线 {AssessmentService.Points(scheme.PassMark)} 分。现将结果通报如下。"),
        };
        var n = 0;
        foreach (var group in totals.GroupBy(t => t.Group).OrderBy(g => g.Key))
        {
            n++;
            blocks.Add(new DocParagraph($"{"一二三四"[n - 1]}、{AssessmentService.GroupLabel(group.Key)}考核排名", ParagraphStyle.Heading));
            List<IReadOnlyList<DocCell>> rows = [[new DocCell("名次", Header: true), new DocCell("单位", Header: true), new DocCell("得分", Header: true), new DocCell("结果", Header: true)]];
            rows.AddRange(group.OrderBy(t => t.Rank).ThenBy(t => t.SortOrder).ThenBy(t => t.BodyId).Select(t => (IReadOnlyList<DocCell>)
                [new DocCell(t.Rank.ToString(CultureInfo.InvariantCulture)), new DocCell(t.Name), new DocCell(AssessmentService.Points(t.Total)), new DocCell(AssessmentService.StandingLabel(t.Standing))]));
            blocks.Add(new DocTable($"{AssessmentService.GroupLabel(group.Key)}（{group.Count()} 个）", rows));
        }

        var praised = totals.Where(t => t.Standing == Standing.Praised).OrderBy(t => t.Group).ThenBy(t => t.Rank).ThenBy(t => t.SortOrder).Select(t => t.Name).ToList();
        var criticised = totals.Where(t => t.Standing == Standing.Criticised).OrderBy(t => t.Group).ThenBy(t => t.Rank).ThenBy(t => t.SortOrder).Select(t => t.Name).ToList();
        blocks.Add(new DocParagraph($"{"一二三四五"[n]}、表彰和通报批评", ParagraphStyle.Heading));
        blocks.Add(new DocParagraph(praised.Count == 0
            ? "本期无予以表彰的单位。"
            : $"{string.Join("、", praised)}等 {praised.Count} 个单位政务公开工作落实好，排名靠前，予以通报表彰。"));
        blocks.Add(new DocParagraph(criticised.Count == 0
            ? "本期无通报批评的单位。"
            : $"{string.Join("、", criticised)}等 {criticised.Count} 个单位政务公开工作落实不到位，排名靠后或未达到合格分数线，予以通报批评，请于通报印发之日起 15 个工作日内完成整改，并将整改情况报县政府办公室。"));
        blocks.Add(new DocParagraph("各单位要对照考核细则查找差距，及时公开应当主动公开的政府信息，确保政务公开工作落到实处。"));
        blocks.Add(new DocParagraph($"{county}办公室", ParagraphStyle.Right));
        blocks.Add(new DocParagraph(ChineseDate(date), ParagraphStyle.Right));
        return blocks;
    }

    /// <summary>The same blocks as sanitised HTML for the catalog item's body.</summary>
    public static string Html(AssessmentPeriod period, IReadOnlyList<BodyTotal> totals, DateOnly date)
    {
        var html = new StringBuilder();
        foreach (var block in Blocks(period, totals, date).Skip(1))
        {
            switch (block)
            {
                case DocParagraph { Style: ParagraphStyle.Heading } p:
                    html.Append("<h2>").Append(WebUtility.HtmlEncode(p.Text)).Append("</h2>");
                    break;
                case DocParagraph { Style: ParagraphStyle.Right } p:
                    html.Append("<p style=\"text-align:right\">").Append(WebUtility.HtmlEncode(p.Text)).Append("</p>");
                    break;
                case DocParagraph p:
                    html.Append("<p>").Append(WebUtility.HtmlEncode(p.Text)).Append("</p>");
                    break;
                case DocTable t:
                    html.Append("<table><caption>").Append(WebUtility.HtmlEncode(t.Caption ?? "")).Append("</caption>");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row)
                        {
                            var tag = cell.Header ? "th" : "td";
                            html.Append('<').Append(tag).Append(cell.Header ? " scope=\"col\"" : "").Append('>').Append(WebUtility.HtmlEncode(cell.Text)).Append("</").Append(tag).Append('>');
                        }

                        html.Append("</tr>");
                    }

                    html.Append("</table>");
                    break;
            }
        }

        return html.ToString();
    }

    private static string ChineseDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
