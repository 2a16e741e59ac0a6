using System.IO.Compression;
using System.Security;
using System.Text;

namespace Gongkai.Documents;

/// <summary>How a paragraph is set in an official document: title (小标题宋), body text (仿宋, first-line indent), plain, or right-aligned signature lines.</summary>
public enum ParagraphStyle
{
    Title,
    Heading,
    Body,
    Plain,
    Right,
}

/// <summary>A paragraph or a table of a generated document.</summary>
public abstract record DocBlock;

public sealed record DocParagraph(string Text, ParagraphStyle Style = ParagraphStyle.Body, bool Bold = false) : DocBlock;

/// <summary>A table cell; <see cref="Span"/> columns wide, and <see cref="Merge"/> when it continues the cell above (a vertical merge).</summary>
public sealed record DocCell(string Text, int Span = 1, bool Header = false, bool Merge = false, bool StartsMerge = false);

/// <summary>A table with an optional caption above it; rows of cells, header rows first.</summary>
public sealed record DocTable(string? Caption, IReadOnlyList<IReadOnlyList<DocCell>> Rows) : DocBlock;

/// <summary>
/// Writes a WordprocessingML document (.docx) with the fonts and spacing of a Chinese official letter
/// (GB/T 9704: 方正小标宋 title, 仿宋 body in 三号, 28-point line spacing). Entries carry a fixed
/// timestamp so that the same content gives the same bytes.
/// </summary>
public static class Docx
{
    private static readonly DateTimeOffset Stamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(string title, IEnumerable<DocBlock> paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
                """);
            Add(zip, "word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """);
            Add(zip, "docProps/core.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{Escape(title)}</dc:title><dc:creator>Gongkai</dc:creator></cp:coreProperties>
                """);
            Add(zip, "word/styles.xml", Styles);
            Add(zip, "word/document.xml", DocumentXml(paragraphs));
        }

        return buffer.ToArray();
    }

    /// <summary>The main part alone, for golden-file tests.</summary>
    public static string DocumentXml(IEnumerable<DocBlock> blocks)
    {
        var body = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block is DocTable table)
            {
                Table(body, table);
                continue;
            }

            var p = (DocParagraph)block;
            var (style, jc) = p.Style switch
            {
                ParagraphStyle.Title => ("GkTitle", "center"),
                ParagraphStyle.Heading => ("GkHeading", "left"),
                ParagraphStyle.Right => ("GkBody", "right"),
                ParagraphStyle.Plain => ("GkPlain", "left"),
                _ => ("GkBody", "both"),
            };
            body.Append($"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/><w:jc w:val=\"{jc}\"/>");
            if (p.Style is ParagraphStyle.Right or ParagraphStyle.Plain)
            {
                body.Append("<w:ind w:firstLine=\"0\"/>");
            }

            body.Append("</w:pPr>");
            var lines = p.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                body.Append("<w:r>");
                if (p.Bold)
                {
                    body.Append("<w:rPr><w:b/></w:rPr>");
                }

                if (i > 0)
                {
                    body.Append("<w:br/>");
                }

                body.Append($"<w:t xml:space=\"preserve\">{Escape(lines[i])}</w:t></w:r>");
            }

            body.Append("</w:p>");
        }

        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
            + "</w:body></w:document>";
    }

    private static void Table(StringBuilder body, DocTable t)
    {
        if (t.Caption is not null)
        {
            body.Append($"<w:p><w:pPr><w:pStyle w:val=\"GkPlain\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{Escape(t.Caption)}</w:t></w:r></w:p>");
        }

        var columns = t.Rows.Max(r => r.Sum(c => c.Span));
        body.Append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            body.Append($"<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }

        body.Append("</w:tblBorders><w:tblLayout w:type=\"autofit\"/></w:tblPr><w:tblGrid>");
        for (var i = 0; i < columns; i++)
        {
            body.Append("<w:gridCol/>");
        }

        body.Append("</w:tblGrid>");
        foreach (var row in t.Rows)
        {
            body.Append("<w:tr>");
            foreach (var c in row)
            {
                body.Append("<w:tc><w:tcPr>");
                if (c.Span > 1)
                {
                    body.Append($"<w:gridSpan w:val=\"{c.Span}\"/>");
                }

                if (c.StartsMerge)
                {
                    body.Append("<w:vMerge w:val=\"restart\"/>");
                }
                else if (c.Merge)
                {
                    body.Append("<w:vMerge/>");
                }

                body.Append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"GkCell\"/><w:jc w:val=\"center\"/></w:pPr>");
                body.Append(c.Header ? "<w:r><w:rPr><w:b/></w:rPr>" : "<w:r>").Append($"<w:t xml:space=\"preserve\">{Escape(c.Merge ? "" : c.Text)}</w:t></w:r></w:p></w:tc>");
            }

            body.Append("</w:tr>");
        }

        body.Append("</w:tbl>");
    }

    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="GkTitle"><w:name w:val="公文标题"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="240" w:line="700" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:color w:val="000000"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="GkHeading"><w:name w:val="一级标题"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="GkBody"><w:name w:val="公文正文"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="GkPlain"><w:name w:val="顶格正文"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="GkCell"><w:name w:val="表格文字"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="300" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style></w:styles>
        """;

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content.Trim());
        stream.Write(bytes);
    }

    private static string Escape(string s) => SecurityElement.Escape(new string(s.Where(XmlAllowed).ToArray()));

    private static bool XmlAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}
