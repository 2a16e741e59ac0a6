using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Gongkai.Catalog;

namespace Gongkai.Documents;

/// <summary>The body HTML read from a .docx, and what could not be carried over (in Chinese).</summary>
public sealed record DocxImport(string Html, IReadOnlyList<string> Notes);

/// <summary>
/// Turns a Word or WPS .docx into body HTML on the server: paragraphs, headings (from the paragraph's style or
/// outline level), bold/italic/underline, numbered and bulleted lists (nested by level), tables with merged
/// cells, and line breaks. Pictures and embedded objects are left out and counted in a note. The result is
/// unsanitised: callers pass it through the catalog's sanitiser like typed text.
/// </summary>
public static class DocxHtml
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // A document part larger than this unpacked is refused: a small upload must not expand into gigabytes.
    private const long MaxPartBytes = 64L * 1024 * 1024;

    public static DocxImport Convert(byte[] content, string fileName)
    {
        if (Files.Check(content, fileName) != Files.Docx)
        {
            throw new FileRejectedException($"“{fileName}”不是 Word 文档（.docx）。旧版 .doc 或 .wps 文件请先在 Word 或 WPS 中另存为 .docx 再导入。");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var document = Part(zip, "word/document.xml")
                ?? throw new FileRejectedException($"“{fileName}”中没有正文（word/document.xml），无法导入。");
            var reader = new Reader(Styles(Part(zip, "word/styles.xml")), Numbering(Part(zip, "word/numbering.xml")));
            var body = document.Root?.Element(W + "body");
            if (body is not null)
            {
                reader.Blocks(body.Elements());
            }

            return reader.Finish();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new FileRejectedException($"“{fileName}”已损坏或不是有效的 Word 文档，无法导入。");
        }
    }

    private static XDocument? Part(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Length > MaxPartBytes)
        {
            throw new FileRejectedException("文档内容过大（解压后超过 64 MB），请将其作为附件上传。");
        }

        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxPartBytes });
        return XDocument.Load(xml);
    }

    private sealed record Style(string? Name, int? Outline, string? BasedOn, string? NumId, int NumLevel);

    private static Dictionary<string, Style> Styles(XDocument? styles)
    {
        var map = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var s in styles?.Root?.Elements(W + "style") ?? [])
        {
            var id = Val(s, "styleId");
            if (id is null || s.Attribute(W + "type")?.Value is not (null or "paragraph"))
            {
                continue;
            }

            var pPr = s.Element(W + "pPr");
            var numPr = pPr?.Element(W + "numPr");
            map[id] = new Style(
                Val(s.Element(W + "name")),
                Int(Val(pPr?.Element(W + "outlineLvl"))),
                Val(s.Element(W + "basedOn")),
                Val(numPr?.Element(W + "numId")),
                Int(Val(numPr?.Element(W + "ilvl"))) ?? 0);
        }

        return map;
    }

    /// <summary>numId → level → whether the level is bulleted.</summary>
    private static Dictionary<string, Dictionary<int, bool>> Numbering(XDocument? numbering)
    {
        var abstracts = new Dictionary<string, Dictionary<int, bool>>(StringComparer.Ordinal);
        foreach (var a in numbering?.Root?.Elements(W + "abstractNum") ?? [])
        {
            var levels = new Dictionary<int, bool>();
            foreach (var l in a.Elements(W + "lvl"))
            {
                levels[Int(Val(l, "ilvl")) ?? 0] = Val(l.Element(W + "numFmt")) is "bullet" or "none";
            }

            if (Val(a, "abstractNumId") is { } aid)
            {
                abstracts[aid] = levels;
            }
        }

        var map = new Dictionary<string, Dictionary<int, bool>>(StringComparer.Ordinal);
        foreach (var n in numbering?.Root?.Elements(W + "num") ?? [])
        {
            if (Val(n, "numId") is { } id && Val(n.Element(W + "abstractNumId")) is { } aid && abstracts.TryGetValue(aid, out var levels))
            {
                map[id] = levels;
            }
        }

        return map;
    }

    private static string? Val(XElement? e, string name = "val") => e?.Attribute(W + name)?.Value;

    private static int? Int(string? s) => int.TryParse(s, out var n) ? n : null;

    private sealed class Reader(Dictionary<string, Style> styles, Dictionary<string, Dictionary<int, bool>> numbering)
    {
        private readonly StringBuilder html = new();

        // The lists open at this point, innermost last: its tag and its level.
        private readonly Stack<(string Tag, int Level)> lists = new();

        private int pictures;

        public DocxImport Finish()
        {
            CloseLists(-1);
            var notes = new List<string>();
            if (pictures > 0)
            {
                notes.Add($"文档中的 {pictures} 张图片或嵌入对象未导入；如需公开，请将其作为附件上传或另行插入。");
            }

            return new DocxImport(html.ToString(), notes);
        }

        public void Blocks(IEnumerable<XElement> elements)
        {
            foreach (var e in elements)
            {
                if (e.Name == W + "p")
                {
                    Paragraph(e);
                }
                else if (e.Name == W + "tbl")
                {
                    CloseLists(-1);
                    html.Append(Table(e));
                }
                else if (e.Name == W + "sdt")
                {
                    // Content controls (WPS and templates use them) hold ordinary paragraphs and tables.
                    Blocks(e.Element(W + "sdtContent")?.Elements() ?? []);
                }
                else if (e.Name == W + "customXml" || e.Name == W + "ins")
                {
                    Blocks(e.Elements());
                }
            }
        }

        private void Paragraph(XElement p)
        {
            var inline = Inline(p);
            var pPr = p.Element(W + "pPr");
            var styleId = Val(pPr?.Element(W + "pStyle"));
            var level = Heading(pPr, styleId);
            var list = level is null ? ListOf(pPr, styleId) : null;
            if (list is { } l)
            {
                OpenList(l.Tag, l.Level);
                html.Append("<li>").Append(inline).Append("</li>");
                return;
            }

            CloseLists(-1);
            if (inline.Length == 0)
            {
                return;
            }

            if (level is { } h)
            {
                var tag = "h" + Math.Min(h + 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                html.Append('<').Append(tag).Append('>').Append(inline).Append("</").Append(tag).Append('>');
            }
            else
            {
                html.Append("<p>").Append(inline).Append("</p>");
            }
        }

        /// <summary>
        /// The heading level (0 for the first), from the paragraph's outline level or its style's (through the
        /// style's ancestors), or from a style named “heading N”/“标题 N”/“Title” as Word and WPS name them.
        /// </summary>
        private int? Heading(XElement? pPr, string? styleId)
        {
            if (Int(Val(pPr?.Element(W + "outlineLvl"))) is { } own)
            {
                return own < 9 ? own : null;
            }

            for (var (id, guard) = (styleId, 0); id is not null && guard < 20 && styles.TryGetValue(id, out var s); id = s.BasedOn, guard++)
            {
                if (s.Outline is { } o)
                {
                    return o < 9 ? o : null;
                }

                var name = (s.Name ?? "").Trim().ToLowerInvariant();
                if (name is "title" or "标题" or "公文标题")
                {
                    return 0;
                }

                // Official-document templates (GB/T 9704) name their heading styles 一级标题, 二级标题, ….
                var rank = name.EndsWith("级标题", StringComparison.Ordinal) && name.Length >= 4 ? "一二三四五六".IndexOf(name[^4], StringComparison.Ordinal) : -1;
                if (rank >= 0)
                {
                    return rank;
                }

                foreach (var prefix in new[] { "heading ", "标题 ", "标题" })
                {
                    if (name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(name[prefix.Length..], out var n) && n is >= 1 and <= 9)
                    {
                        return n - 1;
                    }
                }
            }

            return null;
        }

        private (string Tag, int Level)? ListOf(XElement? pPr, string? styleId)
        {
            var numPr = pPr?.Element(W + "numPr");
            var numId = Val(numPr?.Element(W + "numId"));
            var ilvl = Int(Val(numPr?.Element(W + "ilvl")));
            for (var (id, guard) = (styleId, 0); numId is null && id is not null && guard < 20 && styles.TryGetValue(id, out var s); id = s.BasedOn, guard++)
            {
                (numId, ilvl) = (s.NumId, ilvl ?? s.NumLevel);
            }

            // numId 0 switches numbering off for a paragraph whose style would number it.
            if (numId is null or "0" || !numbering.TryGetValue(numId, out var levels))
            {
                return null;
            }

            var level = Math.Clamp(ilvl ?? 0, 0, 8);
            return (levels.TryGetValue(level, out var bullet) && bullet ? "ul" : "ol", level);
        }

        private void OpenList(string tag, int level)
        {
            CloseLists(level);
            if (lists.TryPeek(out var top) && top.Level == level && top.Tag != tag)
            {
                CloseLists(level - 1);
            }

            while (!lists.TryPeek(out top) || top.Level < level)
            {
                var next = lists.Count == 0 ? level : top.Level + 1;
                // A deeper list sits inside the last item of the one around it.
                if (lists.Count > 0 && html.Length >= 5 && html.ToString(html.Length - 5, 5) == "</li>")
                {
                    html.Length -= 5;
                    lists.Push(("li", top.Level));
                }

                html.Append('<').Append(next == level ? tag : "ul").Append('>');
                lists.Push((next == level ? tag : "ul", next));
                if (next == level)
                {
                    break;
                }
            }
        }

        /// <summary>Closes the open lists deeper than <paramref name="level"/> (all of them for -1).</summary>
        private void CloseLists(int level)
        {
            while (lists.TryPeek(out var top) && top.Level > level)
            {
                lists.Pop();
                html.Append("</").Append(top.Tag).Append('>');
                // An item left open to hold a deeper list closes with it.
                if (lists.TryPeek(out var holder) && holder.Tag == "li")
                {
                    lists.Pop();
                    html.Append("</li>");
                }
            }
        }

        private string Table(XElement tbl)
        {
            // Each row's cells with the grid column they start at; vertical merges are counted into rowspans.
            var rows = new List<List<(XElement Cell, int Column, int Span, string? Merge)>>();
            var headerRows = 0;
            foreach (var tr in tbl.Elements(W + "tr"))
            {
                var cells = new List<(XElement, int, int, string?)>();
                var column = 0;
                foreach (var tc in tr.Elements(W + "tc").Concat(tr.Elements(W + "sdt").SelectMany(s => s.Element(W + "sdtContent")?.Elements(W + "tc") ?? [])))
                {
                    var tcPr = tc.Element(W + "tcPr");
                    var span = Math.Max(1, Int(Val(tcPr?.Element(W + "gridSpan"))) ?? 1);
                    var vMerge = tcPr?.Element(W + "vMerge");
                    cells.Add((tc, column, span, vMerge is null ? null : Val(vMerge) ?? "continue"));
                    column += span;
                }

                if (rows.Count == headerRows && tr.Element(W + "trPr")?.Element(W + "tblHeader") is { } th && Val(th) is not ("0" or "false"))
                {
                    headerRows++;
                }

                rows.Add(cells);
            }

            var sb = new StringBuilder("<table>");
            for (var r = 0; r < rows.Count; r++)
            {
                sb.Append(r == 0 && headerRows > 0 ? "<thead>" : r == headerRows ? "<tbody>" : "").Append("<tr>");
                foreach (var (cell, column, span, merge) in rows[r])
                {
                    if (merge == "continue")
                    {
                        continue;
                    }

                    var rowspan = 1;
                    if (merge == "restart")
                    {
                        while (r + rowspan < rows.Count && rows[r + rowspan].Any(c => c.Column == column && c.Merge == "continue"))
                        {
                            rowspan++;
                        }
                    }

                    var tag = r < headerRows ? "th" : "td";
                    sb.Append('<').Append(tag);
                    if (span > 1)
                    {
                        sb.Append(" colspan=\"").Append(span).Append('"');
                    }

                    if (rowspan > 1)
                    {
                        sb.Append(" rowspan=\"").Append(rowspan).Append('"');
                    }

                    sb.Append('>').Append(CellContent(cell)).Append("</").Append(tag).Append('>');
                }

                sb.Append("</tr>");
                if (r == headerRows - 1)
                {
                    sb.Append("</thead>");
                }
            }

            return sb.Append(rows.Count > headerRows ? "</tbody>" : "").Append("</table>").ToString();
        }

        private string CellContent(XElement tc)
        {
            var parts = new List<string>();
            foreach (var e in tc.Elements())
            {
                if (e.Name == W + "p" && Inline(e) is { Length: > 0 } text)
                {
                    parts.Add(text);
                }
                else if (e.Name == W + "tbl")
                {
                    parts.Add(Table(e));
                }
            }

            return string.Join("<br>", parts);
        }

        private string Inline(XElement p)
        {
            var sb = new StringBuilder();
            Runs(p.Elements(), sb);
            return sb.ToString().Trim();
        }

        private void Runs(IEnumerable<XElement> elements, StringBuilder sb)
        {
            foreach (var e in elements)
            {
                if (e.Name == W + "r")
                {
                    Run(e, sb);
                }
                else if (e.Name == W + "hyperlink" || e.Name == W + "ins" || e.Name == W + "smartTag" || e.Name == W + "fldSimple" || e.Name == W + "customXml")
                {
                    Runs(e.Elements(), sb);
                }
                else if (e.Name == W + "sdt")
                {
                    Runs(e.Element(W + "sdtContent")?.Elements() ?? [], sb);
                }
            }
        }

        private void Run(XElement r, StringBuilder sb)
        {
            var text = new StringBuilder();
            foreach (var e in r.Elements())
            {
                if (e.Name == W + "t")
                {
                    text.Append(WebUtility.HtmlEncode(e.Value));
                }
                else if (e.Name == W + "tab")
                {
                    text.Append(' ');
                }
                else if ((e.Name == W + "br" && Val(e, "type") is null or "textWrapping") || e.Name == W + "cr")
                {
                    text.Append("<br>");
                }
                else if (e.Name == W + "drawing" || e.Name == W + "pict" || e.Name == W + "object")
                {
                    pictures++;
                }
            }

            if (text.Length == 0)
            {
                return;
            }

            var rPr = r.Element(W + "rPr");
            bool On(string name) => rPr?.Element(W + name) is { } x && Val(x) is not ("0" or "false" or "none");
            var (bold, italic, underline) = (On("b"), On("i"), On("u"));
            sb.Append(bold ? "<strong>" : "").Append(italic ? "<em>" : "").Append(underline ? "<u>" : "")
                .Append(text)
                .Append(underline ? "</u>" : "").Append(italic ? "</em>" : "").Append(bold ? "</strong>" : "");
        }
    }
}
