using System.IO.Compression;
using System.Text;

namespace Gongkai.Tests.Support;

/// <summary>
/// .docx files laid out as Word and WPS save them: heading styles named “heading N” under localised ids, a
/// numbering part with a bulleted and a decimal list, a 3×3 table with a merged header and a vertical merge,
/// bold and italic runs, a soft line break, and a picture.
/// </summary>
public static class WordSamples
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Policy()
    {
        var body = new StringBuilder();
        void P(string inner, string? style = null, string? num = null) =>
            body.Append("<w:p>").Append(style is null && num is null ? "" : $"<w:pPr>{(style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>")}{num ?? ""}</w:pPr>").Append(inner).Append("</w:p>");
        static string R(string text, string? props = null) => $"<w:r>{(props is null ? "" : $"<w:rPr>{props}</w:rPr>")}<w:t xml:space=\"preserve\">{text}</w:t></w:r>";
        static string Num(int id, int level) => $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>";
        static string Cell(string text, string? props = null) => $"<w:tc>{(props is null ? "" : $"<w:tcPr>{props}</w:tcPr>")}<w:p>{R(text)}</w:p></w:tc>";

        P(R("关于城乡居民医疗保险补助政策的解读"), "1");
        P(R("一、政策背景"), "2");
        P(R("为减轻群众就医负担，") + R("县财政局", "<w:b/>") + R("会同有关部门") + R("制定本办法", "<w:i/>") + R("。"));
        P(R("第一行") + "<w:r><w:br/></w:r>" + R("第二行"));
        P(R("主要内容"), null, "<w:outlineLvl w:val=\"1\"/>");
        P(R("补助对象为参保居民"), null, Num(1, 0));
        P(R("补助标准每人每年 40 元"), null, Num(1, 0));
        P(R("其中困难群众全额资助"), null, Num(1, 1));
        P(R("申请"), null, Num(2, 0));
        P(R("审核"), null, Num(2, 0));
        P("<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"/></w:drawing></w:r>");
        body.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"a3\"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>");
        body.Append("<w:tr><w:trPr><w:tblHeader/></w:trPr>").Append(Cell("项目", "<w:gridSpan w:val=\"2\"/>")).Append(Cell("金额（元）")).Append("</w:tr>");
        body.Append("<w:tr>").Append(Cell("个人缴费", "<w:vMerge w:val=\"restart\"/>")).Append(Cell("一档")).Append(Cell("180")).Append("</w:tr>");
        body.Append("<w:tr>").Append(Cell("", "<w:vMerge/>")).Append(Cell("二档")).Append(Cell("380")).Append("</w:tr>");
        body.Append("</w:tbl>");
        P(R("巫溪县财政局"));

        var styles = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style><w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/></w:style></w:styles>
            """;
        var numbering = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>
            """;
        return Package($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\"><w:body>{body}<w:sectPr/></w:body></w:document>", styles, numbering);
    }

    public static byte[] Package(string document, string? styles = null, string? numbering = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(text));
            }

            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add("word/document.xml", document);
            if (styles is not null)
            {
                Add("word/styles.xml", styles);
            }

            if (numbering is not null)
            {
                Add("word/numbering.xml", numbering);
            }
        }

        return buffer.ToArray();
    }
}
