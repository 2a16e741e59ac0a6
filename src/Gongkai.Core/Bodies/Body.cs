using Gongkai.Audit;

namespace Gongkai.Bodies;

/// <summary>Stored as its member name: these names are the database codes, so never rename one.</summary>
public enum BodyKind
{
    Government,
    Department,
    Township,
    Street,
    VillageCommittee,
    ResidentsCommittee,
}

public enum BodyLevel
{
    County,
    Township,
    Village,
}

/// <summary>A 机关/单位: a disclosing body (or, at village level, a service point) in the county's tree.</summary>
public sealed class Body : IAudited
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    public Body? Parent { get; set; }

    /// <summary>Short stable code used in addresses and on the command line, e.g. <c>czj</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string ShortName { get; set; } = "";

    public BodyKind Kind { get; set; }

    public BodyLevel Level { get; set; }

    /// <summary>9-character organization code (组织机构代码) without its hyphen; older records have only this.</summary>
    public string? OrganizationCode { get; set; }

    /// <summary>18-character unified social credit code (统一社会信用代码).</summary>
    public string? CreditCode { get; set; }

    public string? OfficeName { get; set; }

    public string? Address { get; set; }

    public string? OfficeHours { get; set; }

    public string? Telephone { get; set; }

    public string? Fax { get; set; }

    public string? Postcode { get; set; }

    public string? Email { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Whether items go through the confidentiality review (保密审查) before publication.</summary>
    public bool RequiresConfidentialityReview { get; set; } = true;

    /// <summary>Whether items go through the content review (内容审核) before publication.</summary>
    public bool RequiresContentReview { get; set; } = true;

    /// <summary>The 索引号 pattern; null means <see cref="Catalog.IndexNumbers.DefaultPattern"/>.</summary>
    public string? IndexPattern { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string KindLabel(BodyKind kind) => kind switch
    {
        BodyKind.Government => "人民政府",
        BodyKind.Department => "政府工作部门",
        BodyKind.Township => "乡镇人民政府",
        BodyKind.Street => "街道办事处",
        BodyKind.VillageCommittee => "村民委员会",
        BodyKind.ResidentsCommittee => "居民委员会",
        _ => kind.ToString(),
    };

    public static string LevelLabel(BodyLevel level) => level switch
    {
        BodyLevel.County => "县级",
        BodyLevel.Township => "乡镇（街道）级",
        BodyLevel.Village => "村（社区）级",
        _ => level.ToString(),
    };
}
