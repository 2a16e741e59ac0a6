using System.ComponentModel.DataAnnotations;
using Gongkai.Catalog;

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

    public ItemInput ToInput() => new(
        Title, Summary, DocumentNumber, WrittenOn ?? default, Publisher, Topic, StatutoryCategory ?? "", KeyArea, Keywords,
        Validity, ValidityChangedOn, Mode, Scope, BodyHtml ?? "");

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
}
