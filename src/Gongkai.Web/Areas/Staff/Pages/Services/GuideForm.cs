using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.ServiceItems;

namespace Gongkai.Web.Areas.Staff.Pages.Services;

/// <summary>The guide as the edit form posts it; the materials come as rows (name, form, copies, template).</summary>
public sealed class GuideForm
{
    /// <summary>Empty rows offered below the filled ones, so that a material can be added without JavaScript.</summary>
    public const int SpareRows = 3;

    public int Revision { get; set; }

    public string Name { get; set; } = "";

    public string? NationalCode { get; set; }

    public ServiceItemType Type { get; set; } = ServiceItemType.Licensing;

    public ServiceTier Tier { get; set; }

    public string? LegalBasis { get; set; }

    public string? Conditions { get; set; }

    public string? Procedure { get; set; }

    public int? StatutoryDays { get; set; }

    public int? PromisedDays { get; set; }

    public string? Fees { get; set; }

    public string? Place { get; set; }

    public string? Hours { get; set; }

    public string? OnlineUrl { get; set; }

    public string? ConsultPhone { get; set; }

    public string? ComplaintPhone { get; set; }

    public bool OnSite { get; set; }

    public string? Topics { get; set; }

    public List<string?> MaterialName { get; set; } = [];

    public List<string?> MaterialForm { get; set; } = [];

    public List<string?> MaterialCopies { get; set; } = [];

    /// <summary>The template a row already has ("sha/文件名"), kept unless replaced or removed.</summary>
    public List<string?> MaterialTemplate { get; set; } = [];

    /// <summary>Row numbers whose template is to be removed.</summary>
    public List<int> RemoveTemplate { get; set; } = [];

    /// <summary>The 形式 choices of the select: each form and their combinations.</summary>
    public static readonly string[] FormChoices = ["原件", "复印件", "电子件", "原件、复印件", "原件、电子件", "复印件、电子件", "原件、复印件、电子件"];

    public static GuideForm From(ServiceGuide g, int revision)
    {
        var materials = ServiceMaterials.Parse(g.Materials);
        return new()
        {
            Revision = revision,
            Name = g.Name,
            NationalCode = g.NationalCode,
            Type = g.Type,
            Tier = g.Tier,
            LegalBasis = g.LegalBasis,
            Conditions = g.Conditions,
            Procedure = g.Procedure,
            StatutoryDays = g.StatutoryDays,
            PromisedDays = g.PromisedDays,
            Fees = g.Fees,
            Place = g.Place,
            Hours = g.Hours,
            OnlineUrl = g.OnlineUrl,
            ConsultPhone = g.ConsultPhone,
            ComplaintPhone = g.ComplaintPhone,
            OnSite = g.OnSite,
            Topics = g.Topics,
            MaterialName = materials.Select(m => (string?)m.Name).ToList(),
            MaterialForm = materials.Select(m => m.Form).ToList(),
            MaterialCopies = materials.Select(m => m.Copies?.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            MaterialTemplate = materials.Select(m => m.TemplateSha is null ? null : $"{m.TemplateSha}/{m.TemplateName}").ToList(),
        };
    }

    /// <summary>The rows shown: the filled ones and <see cref="SpareRows"/> empty ones.</summary>
    public int Rows => MaterialName.Count + SpareRows;

    public static string? At(List<string?> list, int i) => i < list.Count ? list[i] : null;

    /// <summary>
    /// The guide the form describes. A template uploaded for a row (file field "template-N") is stored as a blob
    /// first; a file refused by its content adds a problem and keeps the row's earlier template.
    /// </summary>
    public async Task<(ServiceGuide Guide, List<string> Problems)> ToGuideAsync(GongkaiDb db, IFormFileCollection files)
    {
        var problems = new List<string>();
        var materials = new List<string>();
        for (var i = 0; i < MaterialName.Count; i++)
        {
            var name = At(MaterialName, i)?.Trim() ?? "";
            var form = At(MaterialForm, i)?.Trim();
            var copies = At(MaterialCopies, i)?.Trim();
            var template = RemoveTemplate.Contains(i) ? null : At(MaterialTemplate, i);
            if (files.GetFile($"template-{i}") is { Length: > 0 } file)
            {
                if (name.Length == 0)
                {
                    problems.Add($"第 {i + 1} 行申请材料上传了模板但未填写名称。");
                }
                else if (file.Length > Files.MaxBytes)
                {
                    problems.Add($"“{name}”的模板超过 20 MB。");
                }
                else
                {
                    try
                    {
                        using var buffer = new MemoryStream();
                        await file.CopyToAsync(buffer);
                        var (sha, stored) = await ServiceMaterials.StoreTemplateAsync(db, file.FileName, buffer.ToArray());
                        template = $"{sha}/{stored}";
                    }
                    catch (FileRejectedException e)
                    {
                        problems.Add($"“{name}”的模板：{e.Message}");
                    }
                }
            }

            if (name.Length == 0 && string.IsNullOrEmpty(form) && string.IsNullOrEmpty(copies))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(copies) && !int.TryParse(copies, out _))
            {
                problems.Add($"申请材料“{name}”的份数应为数字。");
                copies = null;
            }

            if (name.Contains(ServiceMaterials.Separator) || name.Contains('|'))
            {
                problems.Add($"申请材料名称“{name}”中不能有“｜”。");
            }

            materials.Add(string.Join(ServiceMaterials.Separator, name, form ?? "", copies ?? "", template ?? "").TrimEnd(ServiceMaterials.Separator));
        }

        var guide = new ServiceGuide(Name, NationalCode, Type, Tier, LegalBasis, Conditions, materials.Count == 0 ? null : string.Join("\n", materials), Procedure,
            StatutoryDays, PromisedDays, Fees, Place, Hours, OnlineUrl, ConsultPhone, ComplaintPhone, OnSite, Topics);
        return (guide, problems);
    }
}

/// <summary>A guide shown read-only, with the address its templates are downloaded from (the sha is appended).</summary>
public sealed record GuideView(ServiceGuide Guide, string TemplateBase);
