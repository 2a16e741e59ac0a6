using System.ComponentModel.DataAnnotations;
using Gongkai.Catalog;
using Gongkai.Documents;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gongkai.Web.Areas.Staff.Pages.Catalog;

/// <summary>The catalog item form as posted; shared by the new and edit pages.</summary>
public sealed class ItemForm
{
    public int BodyId { get; set; }

    public int Revision { get; set; }

    [Required(ErrorMessage = "请填写名称。")]
    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string? DocumentNumber { get; set; }

    [Required(ErrorMessage = "请填写成文日期。")]
    public DateOnly? WrittenOn { get; set; }

    public string? Publisher { get; set; }

    public string Topic { get; set; } = "01";

    /// <summary>Starts unchosen: 其他 as a default would file every hurried item under the wrong heading.</summary>
    /// <remarks>Nullable so that an empty choice reaches the service's Chinese message, not the binder's implicit English one.</remarks>
    public string? StatutoryCategory { get; set; }

    public string? KeyArea { get; set; }

    public string? Keywords { get; set; }

    public Validity Validity { get; set; }

    public DateOnly? ValidityChangedOn { get; set; }

    public DisclosureMode Mode { get; set; }

    public string Scope { get; set; } = "面向全社会";

    public string? BodyHtml { get; set; }

    /// <summary>For a 政策解读: the 索引号 or 文号 of the policy document it interprets.</summary>
    public string? InterpretsRef { get; set; }

    public ItemInput ToInput() => new(
        Title, Summary, DocumentNumber, WrittenOn ?? default, Publisher, Topic, StatutoryCategory ?? "", KeyArea, Keywords,
        Validity, ValidityChangedOn, Mode, Scope, BodyHtml ?? "", InterpretsRef);

    public static ItemForm From(CatalogItem i) => new()
    {
        BodyId = i.BodyId,
        Revision = i.Revision,
        Title = i.Title,
        Summary = i.Summary,
        DocumentNumber = i.DocumentNumber,
        WrittenOn = i.WrittenOn,
        Publisher = i.Publisher,
        Topic = i.Topic,
        StatutoryCategory = i.StatutoryCategory,
        KeyArea = i.KeyArea,
        Keywords = i.Keywords,
        Validity = i.Validity,
        ValidityChangedOn = i.ValidityChangedOn,
        Mode = i.Mode,
        Scope = i.Scope,
        BodyHtml = i.BodyHtml,
    };

    /// <summary>
    /// Replaces the body with the HTML of an uploaded .docx, sanitised as typed text; nothing is saved. Returns
    /// the notice to show, or null with the reason in <paramref name="state"/>.
    /// </summary>
    public async Task<string?> ImportDocxAsync(IFormFile? file, ModelStateDictionary state, CancellationToken ct)
    {
        // The rest of the form is only carried along here; its checks run when it is saved.
        state.Clear();
        if (file is null || file.Length == 0)
        {
            state.AddModelError("", "请选择要导入的 Word 文档（.docx）。");
            return null;
        }

        if (file.Length > Files.MaxBytes)
        {
            state.AddModelError("", "文档超过 20 MB，无法导入；请将其作为附件上传。");
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        try
        {
            var import = DocxHtml.Convert(buffer.ToArray(), Path.GetFileName(file.FileName));
            BodyHtml = CatalogService.Sanitize(import.Html);
            return string.Join("", ["已从“", Path.GetFileName(file.FileName), "”导入正文，请核对后保存。", .. import.Notes]);
        }
        catch (FileRejectedException e)
        {
            state.AddModelError("", e.Message);
            return null;
        }
    }
}
