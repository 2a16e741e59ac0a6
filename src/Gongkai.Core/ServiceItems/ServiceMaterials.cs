using System.Globalization;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

/// <summary>
/// One 申请材料 of a guide. <see cref="ServiceItem.Materials"/> keeps them as text, one per line:
/// <c>名称｜形式｜份数｜模板</c>, where 形式 is 原件, 复印件 or 电子件 (several joined by "、"), 份数 a number and
/// 模板 the SHA-256 of an uploaded blank form, a "/" and its file name. Only the name is required, so a line
/// of an imported list that is just a name stays valid; text keeps versions and corrections whole without a table.
/// </summary>
public sealed record Material(string Name, string? Form, int? Copies, string? TemplateSha, string? TemplateName)
{
    public string Line => string.Join(ServiceMaterials.Separator,
        Name, Form ?? "", Copies?.ToString(CultureInfo.InvariantCulture) ?? "", TemplateSha is null ? "" : $"{TemplateSha}/{TemplateName}").TrimEnd(ServiceMaterials.Separator);
}

public static class ServiceMaterials
{
    public const char Separator = '｜';

    public static readonly string[] Forms = ["原件", "复印件", "电子件"];

    public static List<Material> Parse(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseLine).ToList();

    public static Material ParseLine(string line)
    {
        var parts = line.Split(Separator, '|').Select(p => p.Trim()).ToArray();
        string? At(int i) => i < parts.Length && parts[i].Length > 0 ? parts[i] : null;
        int? copies = int.TryParse(At(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        string? sha = null, name = null;
        if (At(3) is { } t && t.IndexOf('/') is var slash and 64)
        {
            sha = t[..slash].ToLowerInvariant();
            name = t[(slash + 1)..];
        }

        return new Material(parts[0], At(1), copies, sha, name);
    }

    public static string? Format(IEnumerable<Material> materials) =>
        string.Join("\n", materials.Where(m => m.Name.Length > 0).Select(m => m.Line)) is { Length: > 0 } s ? s : null;

    public static IEnumerable<string> Problems(string? text)
    {
        foreach (var m in Parse(text))
        {
            if (m.Name.Length == 0)
            {
                yield return "申请材料有一行未填写名称。";
            }
            else if (m.Name.Length > 200)
            {
                yield return "申请材料名称不能超过 200 个字。";
            }

            if (m.Form is { } f && f.Split('、').Any(x => !Forms.Contains(x)))
            {
                yield return $"申请材料“{m.Name}”的形式“{f}”应为原件、复印件或电子件。";
            }

            if (m.Copies is < 1 or > 100)
            {
                yield return $"申请材料“{m.Name}”的份数应为 1 至 100。";
            }
        }
    }

    /// <summary>Keeps an uploaded blank form (样表/模板) as a blob, checked by its content like any attachment.</summary>
    public static async Task<(string Sha, string Name)> StoreTemplateAsync(GongkaiDb db, string fileName, byte[] content, CancellationToken ct = default)
    {
        var kind = Files.Check(content, fileName);
        var sha = Archive.Sha256(content);
        await Blobs.AddAsync(db, sha, content, () => Search.TextExtraction.Extract(kind.ContentType, content), ct);
        await db.SaveChangesAsync(ct);

        return (sha, Files.SafeName(fileName, kind).Replace(Separator, '_').Replace('/', '_'));
    }

    /// <summary>The content type of a stored template, from the name it was stored under (checked by content at upload).</summary>
    public static string ContentType(string? name) =>
        new[] { Files.Pdf, Files.Docx, Files.Xlsx, Files.Pptx, Files.Ofd, Files.Doc, Files.Xls, Files.Wps, Files.Png, Files.Jpeg, Files.Gif }
            .FirstOrDefault(k => name?.EndsWith(k.Extension, StringComparison.OrdinalIgnoreCase) == true)?.ContentType ?? "application/octet-stream";
}
