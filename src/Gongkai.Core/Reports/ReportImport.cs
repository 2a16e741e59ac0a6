using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// A file that cannot be imported as a report: not a report, unreadable, cut short or of another year. Nothing is stored.
/// <see cref="Parsed"/> is what could be read, when anything could.
/// </summary>
public sealed class ReportUnreadableException(string message, ReportParser.Parsed? parsed = null) : Exception(message)
{
    public ReportParser.Parsed? Parsed => parsed;
}

/// <summary>
/// Imports a report a body published before the county used the platform (the file as published: HTML, text or DOCX),
/// read by the same <see cref="ReportParser"/> that checks reports, so that the /reports charts and the next own
/// report's year-over-year check have the county's history. Only a complete report is imported, and its file is kept.
/// </summary>
public sealed class ReportImport(GongkaiDb db)
{
    public sealed record Result(AnnualReport Report, ReportParser.Parsed Parsed, bool Replaced);

    /// <summary>Reads the file as text: DOCX as its paragraphs and table cells, HTML and text in UTF-8 or GB18030.</summary>
    public static string Read(byte[] content, string fileName)
    {
        if (content.Length == 0)
        {
            throw new ReportUnreadableException($"文件“{fileName}”是空文件，不能导入。");
        }

        if (content.Length > Files.MaxBytes)
        {
            throw new ReportUnreadableException($"文件“{fileName}”超过 20 MB，不是一份年报的网页、文本或 Word 文件。");
        }

        if (content is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return DocxAsHtml(content) ?? throw new ReportUnreadableException($"文件“{fileName}”是压缩包而不是 Word（DOCX）文档，不能导入。");
        }

        // Binary files (PDF, images, legacy Office) contain NUL bytes that no text or web page has.
        if (content.AsSpan(0, Math.Min(content.Length, 8192)).Contains((byte)0) || content is [0x25, 0x50, 0x44, 0x46, ..])
        {
            throw new ReportUnreadableException($"文件“{fileName}”不是网页（HTML）、纯文本或 Word（DOCX）文件；PDF、图片和 DOC 格式请先另存为网页或 DOCX 再导入。");
        }

        using var stream = new MemoryStream(content);
        var text = TableFile.DetectEncoding(stream).GetString(content);
        return text.TrimStart('\uFEFF');
    }

    /// <summary>The DOCX body as HTML paragraphs and tables, so the parser keeps table cells as cells; null if it is no DOCX.</summary>
    private static string? DocxAsHtml(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var entry = zip.GetEntry("word/document.xml");
            if (entry is null)
            {
                return null;
            }

            XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            using var s = entry.Open();
            var body = XDocument.Load(s).Root?.Element(w + "body");
            var html = new StringBuilder("<html><body>");
            string Text(XElement e) => WebUtility.HtmlEncode(string.Concat(e.Descendants().Where(d => d.Name == w + "t" || d.Name == w + "tab").Select(d => d.Name == w + "tab" ? " " : d.Value)));
            foreach (var block in body?.Descendants().Where(d => (d.Name == w + "p" && !d.Ancestors(w + "tbl").Any()) || (d.Name == w + "tbl" && !d.Ancestors(w + "tbl").Any())) ?? [])
            {
                if (block.Name == w + "p")
                {
                    html.Append("<p>").Append(Text(block)).Append("</p>\n");
                    continue;
                }

                html.Append("<table>");
                foreach (var row in block.Elements(w + "tr"))
                {
                    html.Append("<tr>");
                    foreach (var cell in row.Elements(w + "tc"))
                    {
                        html.Append("<td>").Append(string.Join(" ", cell.Elements(w + "p").Select(Text))).Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
            }

            return html.Append("</body></html>").ToString();
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the file and refuses it unless it is a whole report of a year the body has no report of on the platform
    /// (an imported one is replaced only when <paramref name="replace"/> is given).
    /// </summary>
    public static ReportParser.Parsed Parse(byte[] content, string fileName, int? year)
    {
        var parsed = ReportParser.Parse(Read(content, fileName));
        var d = parsed.Data;
        if (year is { } y && d.Year > 0 && d.Year != y)
        {
            throw new ReportUnreadableException($"文件“{fileName}”是 {d.Year} 年度的年报，与指定的 {y} 年度不符，未导入。", parsed);
        }

        if (d.Year == 0 && year is null)
        {
            throw new ReportUnreadableException($"未能从文件“{fileName}”读出报告年度，请用“年度”指明后再导入。", parsed);
        }

        if (!parsed.Figures.Any(f => f.Value is not null))
        {
            throw new ReportUnreadableException($"未能从文件“{fileName}”读出任何统计数字：它不是政府信息公开工作年度报告，或内容无法识别，未导入。", parsed);
        }

        if (parsed.Missing.Count > 0)
        {
            throw new ReportUnreadableException($"年报不完整，缺少：{string.Join("；", parsed.Missing)}。不完整的年报不能导入，请取得完整的原文件后再导入。", parsed);
        }

        return parsed;
    }

    public async Task<Result> ImportAsync(int bodyId, byte[] content, string fileName, int? year, bool replace, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId, ct) ?? throw new ReportInputException("找不到该单位。");
        var parsed = Parse(content, fileName, year);
        var data = parsed.Data;
        if (data.Year == 0)
        {
            data.Year = year!.Value;
        }

        var today = db.Today();
        if (data.Year < 2008 || data.Year >= today.Year)
        {
            throw new ReportInputException($"只能导入 2008 年至 {today.Year - 1} 年之间已发布的年报，该文件为 {data.Year} 年度。");
        }

        if (data.Layout != ReportData.LayoutFor(data.Year))
        {
            throw new ReportUnreadableException($"该文件按{ReportData.LayoutLabel(data.Layout)}读出，而 {data.Year} 年度应为{ReportData.LayoutLabel(ReportData.LayoutFor(data.Year))}，未导入。", parsed);
        }

        var existing = await db.AnnualReports.SingleOrDefaultAsync(r => r.BodyId == bodyId && r.Year == data.Year && !r.CountyWide, ct);
        if (existing is not null && !existing.Imported)
        {
            throw new ReportInputException($"{body.Name}{data.Year}年度的年报已在本平台编制，不能再导入。");
        }

        if (existing is not null && !replace)
        {
            throw new ReportInputException($"{body.Name}{data.Year}年度的年报已于此前导入（原文件“{existing.SourceFileName}”）；如需以新文件替换，请确认替换后再导入。");
        }

        // The figures are stored under the platform's name and code of the body: the printed name varies over the years.
        data.Body = body.Code;
        data.BodyName = body.Name;
        var name = SafeName(fileName);
        var sha = Archive.Sha256(content);
        await Blobs.AddAsync(db, sha, content, () => ReportParser.ToText(Read(content, fileName)), ct);

        var report = existing ?? new AnnualReport { BodyId = bodyId, Year = data.Year, CountyWide = false, CreatedAt = db.Time.GetUtcNow() };
        report.Layout = data.Layout;
        report.State = ReportState.Published;
        report.Imported = true;
        report.SourceFileName = name;
        report.SourceSha256 = sha;
        report.DataJson = JsonSerializer.Serialize(data, ReportService.Json);
        report.Html = $"<p class=\"notice\">本年报由原发布文件“{WebUtility.HtmlEncode(name)}”导入，以下仅载明从原文读出的统计数字；原文件已存档。</p>\n" + ReportHtml.Render(data, new ReportTexts());
        if (existing is null)
        {
            db.AnnualReports.Add(report);
        }

        await db.SaveChangesAsync(ct);
        return new Result(report, parsed, existing is not null);
    }

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string(name.Where(c => !char.IsControl(c) && !InvisibleText.IsInvisible(c) && !"/\\:*?\"<>|".Contains(c, StringComparison.Ordinal)).ToArray()).Trim();
        return clean.Length == 0 ? "年报" : clean.Length > 200 ? clean[^200..] : clean;
    }
}
