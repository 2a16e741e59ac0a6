using System.IO.Compression;
using System.Text;

namespace Gongkai.Catalog;

/// <summary>A kind of file the catalog accepts, recognised by its content rather than by its name.</summary>
public sealed record FileKind(string ContentType, string Extension, string Label);

public sealed class FileRejectedException(string message) : Exception(message);

public static class Files
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static readonly FileKind Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly FileKind Png = new("image/png", ".png", "PNG 图片");
    public static readonly FileKind Jpeg = new("image/jpeg", ".jpg", "JPEG 图片");
    public static readonly FileKind Gif = new("image/gif", ".gif", "GIF 图片");
    public static readonly FileKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word 文档");
    public static readonly FileKind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel 表格");
    public static readonly FileKind Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", "PowerPoint 演示文稿");
    public static readonly FileKind Ofd = new("application/ofd", ".ofd", "OFD 版式文件");
    public static readonly FileKind Doc = new("application/msword", ".doc", "Word 97-2003 文档");
    public static readonly FileKind Xls = new("application/vnd.ms-excel", ".xls", "Excel 97-2003 表格");
    public static readonly FileKind Wps = new("application/vnd.ms-works", ".wps", "WPS 文字文档");

    /// <summary>What the bytes are, or why they are refused (in Chinese).</summary>
    public static FileKind Check(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.Length == 0)
        {
            throw new FileRejectedException($"附件“{fileName}”是空文件。");
        }

        if (content.Length > MaxBytes)
        {
            throw new FileRejectedException($"附件“{fileName}”超过 20 MB，请压缩或拆分后上传。");
        }

        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        FileKind? kind = content switch
        {
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => Pdf,
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
            [0xFF, 0xD8, 0xFF, ..] => Jpeg,
            [0x47, 0x49, 0x46, 0x38, ..] => Gif,
            [0x50, 0x4B, 0x03, 0x04, ..] => Zipped(content),
            // OLE compound files: the legacy Office and WPS formats cannot be told apart by a header, so the name decides among them.
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => ext switch { ".xls" => Xls, ".wps" => Wps, _ => Doc },
            _ => null,
        };
        return kind ?? throw new FileRejectedException(
            $"附件“{fileName}”的内容不是可接受的格式（PDF、Word、Excel、PowerPoint、WPS、OFD 或 PNG/JPEG/GIF 图片）。");
    }

    private static FileKind? Zipped(ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray()), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return Docx;
                }

                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return Xlsx;
                }

                if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
                {
                    return Pptx;
                }
            }

            return names.Contains("OFD.xml") ? Ofd : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A file name safe to store and to send: no path, no control characters, the right extension.</summary>
    public static string SafeName(string fileName, FileKind kind)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new StringBuilder();
        // Invisible characters go first: a right-to-left override would make “报告\u202Efdp.exe” read as a PDF.
        foreach (var c in name.Where(c => !Data.InvisibleText.IsInvisible(c)))
        {
            clean.Append(char.IsControl(c) || "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        var stem = Path.GetFileNameWithoutExtension(clean.ToString()).Trim().Trim('.');
        if (stem.Length == 0)
        {
            stem = "附件";
        }

        if (stem.Length > 120)
        {
            stem = stem[..120];
        }

        var ext = Path.GetExtension(clean.ToString()).ToLowerInvariant();
        var keep = kind == Jpeg ? ext is ".jpg" or ".jpeg" : ext == kind.Extension;
        return stem + (keep ? ext : kind.Extension);
    }
}
