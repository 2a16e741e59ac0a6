using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Gongkai.Catalog;
using UglyToad.PdfPig;

namespace Gongkai.Search;

/// <summary>
/// The words of an attachment, for search: PDF text, and the text runs of Office Open XML and OFD files
/// (zip packages of XML). Other kinds (images, old binary Office files) have none. Extraction never
/// throws: a damaged file is still a valid attachment, it just adds nothing to the index.
/// </summary>
public static partial class TextExtraction
{
    /// <summary>Enough for the index; a 500-page annex adds little past this.</summary>
    public const int MaxChars = 200_000;

    public static string? Extract(string contentType, byte[] content)
    {
        try
        {
            var text = contentType switch
            {
                "application/pdf" => Pdf(content),
                _ when contentType == Files.Docx.ContentType => Package(content, n => n == "word/document.xml" || n.StartsWith("word/header", StringComparison.Ordinal) || n.StartsWith("word/footer", StringComparison.Ordinal), "t"),
                _ when contentType == Files.Xlsx.ContentType => Package(content, n => n == "xl/sharedStrings.xml" || n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal), "t"),
                _ when contentType == Files.Pptx.ContentType => Package(content, n => n.StartsWith("ppt/slides/slide", StringComparison.Ordinal), "t"),
                _ when contentType == Files.Ofd.ContentType => Package(content, n => n.EndsWith("Content.xml", StringComparison.Ordinal), "TextCode"),
                _ => null,
            };
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readers of PDF and zip throw many kinds of exception on a damaged file; none may stop the upload.
            return null;
        }
    }

    private static string Pdf(byte[] content)
    {
        var sb = new StringBuilder();
        using var pdf = PdfDocument.Open(content);
        foreach (var page in pdf.GetPages())
        {
            sb.Append(page.Text).Append('\n');
            if (sb.Length >= MaxChars)
            {
                break;
            }
        }

        return Cap(sb);
    }

    private static string Package(byte[] content, Func<string, bool> part, string element)
    {
        var sb = new StringBuilder();
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => part(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == element && !xml.IsEmptyElement)
                {
                    sb.Append(xml.ReadElementContentAsString());
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName is "p" or "si" or "row")
                {
                    sb.Append('\n');
                }

                if (sb.Length >= MaxChars)
                {
                    return Cap(sb);
                }
            }

            sb.Append('\n');
        }

        return Cap(sb);
    }

    private static string Cap(StringBuilder sb) => sb.Length > MaxChars ? sb.ToString(0, MaxChars) : sb.ToString();

    /// <summary>The text of sanitised body HTML: tags dropped (block ends become line breaks), entities decoded.</summary>
    public static string HtmlToText(string html)
    {
        if (html.Length == 0)
        {
            return "";
        }

        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        return text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    [GeneratedRegex(@"</(p|div|li|tr|h[1-6]|table)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
