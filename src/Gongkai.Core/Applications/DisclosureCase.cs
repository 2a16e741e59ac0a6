using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>Stored as its member name: never rename one.</summary>
public enum CaseKind
{
    Review,
    LawsuitDirect,
    LawsuitAfterReview,
}

/// <summary>Results as the annual report counts them. Stored as its member name.</summary>
public enum CaseResult
{
    Pending,
    Upheld,
    Corrected,
    Other,
}

/// <summary>
/// 行政复议 or 行政诉讼 about disclosure (rules.md §4). <see cref="BodyId"/> is the respondent or defendant the
/// case counts for; a review body sued together with it (<see cref="CoDefendantBodyId"/>) does not count the
/// case (国办公开办函〔2016〕201号).
/// </summary>
public sealed class DisclosureCase : IAudited
{
    public int Id { get; set; }

    public CaseKind Kind { get; set; }

    public string CaseNumber { get; set; } = "";

    /// <summary>复议机关 or 人民法院.</summary>
    public string Organ { get; set; } = "";

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public int? CoDefendantBodyId { get; set; }

    public int? ApplicationId { get; set; }

    /// <summary>For a lawsuit after review: the review case it followed.</summary>
    public int? ReviewCaseId { get; set; }

    public string? Claimant { get; set; }

    public DateOnly FiledOn { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    public CaseResult Result { get; set; }

    public string? Summary { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether the case counts in <paramref name="bodyId"/>'s statistics: only for the original body, never for a co-defendant review body.</summary>
    public bool CountsFor(int bodyId) => BodyId == bodyId;

    public static string KindLabel(CaseKind k) => k switch
    {
        CaseKind.Review => "行政复议",
        CaseKind.LawsuitDirect => "行政诉讼（未经复议直接起诉）",
        CaseKind.LawsuitAfterReview => "行政诉讼（复议后起诉）",
        _ => k.ToString(),
    };

    public static string ResultLabel(CaseResult r) => r switch
    {
        CaseResult.Pending => "尚未审结",
        CaseResult.Upheld => "结果维持",
        CaseResult.Corrected => "结果纠正",
        CaseResult.Other => "其他结果",
        _ => r.ToString(),
    };
}

public sealed record CaseInput(CaseKind Kind, string? CaseNumber, string? Organ, int BodyId, int? CoDefendantBodyId, string? ApplicationTracking, string? Claimant, DateOnly? FiledOn, DateOnly? ConcludedOn, CaseResult Result, string? Summary, int Revision = 0);

/// <summary>The review and litigation register.</summary>
public sealed class DisclosureCases(GongkaiDb db)
{
    public async Task<DisclosureCase> SaveAsync(int? id, CaseInput input, CancellationToken ct = default)
    {
        var problems = new List<string>();
        var number = (input.CaseNumber ?? "").Trim();
        var organ = (input.Organ ?? "").Trim();
        if (number.Length is 0 or > 100)
        {
            problems.Add("请填写案号（不超过 100 字），如 巫溪府复〔2015〕3号、（2015）巫法行初字第12号。");
        }

        if (organ.Length is 0 or > 200)
        {
            problems.Add(input.Kind == CaseKind.Review ? "请填写复议机关。" : "请填写审理法院。");
        }

        if (!Enum.IsDefined(input.Kind) || !Enum.IsDefined(input.Result))
        {
            problems.Add("案件类型或结果的选项无效。");
        }

        if (input.FiledOn is not { } filed)
        {
            problems.Add("请填写立案（受理）日期。");
            filed = default;
        }

        if (input.Result == CaseResult.Pending && input.ConcludedOn is not null)
        {
            problems.Add("尚未审结的案件不填审结日期。");
        }

        if (input.Result != CaseResult.Pending && input.ConcludedOn is not { })
        {
            problems.Add("已审结的案件请填写审结日期。");
        }

        if (input.ConcludedOn is { } concluded && concluded < filed)
        {
            problems.Add("审结日期不能早于立案日期。");
        }

        if (!await db.Bodies.AnyAsync(b => b.Id == input.BodyId, ct))
        {
            problems.Add("请选择被申请人或被告机关。");
        }

        if (input.CoDefendantBodyId is { } co && (co == input.BodyId || input.Kind != CaseKind.LawsuitAfterReview))
        {
            problems.Add("只有复议后起诉的案件才有作为共同被告的复议机关，且不能与原行政机关相同。");
        }

        int? applicationId = null;
        var tracking = (input.ApplicationTracking ?? "").Trim();
        if (tracking.Length > 0)
        {
            applicationId = await db.Applications.Where(a => a.TrackingNumber == tracking).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
            if (applicationId is null)
            {
                problems.Add($"找不到申请编号为 {tracking} 的政府信息公开申请。");
            }
        }

        if (problems.Count > 0)
        {
            throw new ApplicationInputException(problems);
        }

        DisclosureCase c;
        if (id is { } existing)
        {
            c = await db.DisclosureCases.SingleAsync(x => x.Id == existing, ct);
            db.Entry(c).Property(x => x.Revision).OriginalValue = input.Revision;
        }
        else
        {
            c = new DisclosureCase();
            db.DisclosureCases.Add(c);
        }

        c.Kind = input.Kind;
        c.CaseNumber = number;
        c.Organ = organ;
        c.BodyId = input.BodyId;
        c.CoDefendantBodyId = input.CoDefendantBodyId;
        c.ApplicationId = applicationId;
        c.Claimant = string.IsNullOrWhiteSpace(input.Claimant) ? null : input.Claimant.Trim();
        c.FiledOn = filed;
        c.ConcludedOn = input.ConcludedOn;
        c.Result = input.Result;
        c.Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>Counts for one body and year as the report needs them: cases filed in the year, by kind and result.</summary>
    public async Task<Dictionary<(CaseKind Kind, CaseResult Result), int>> CountAsync(int bodyId, int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year + 1, 1, 1);
        var rows = await db.DisclosureCases.AsNoTracking()
            .Where(c => c.BodyId == bodyId && c.FiledOn >= from && c.FiledOn < to)
            .GroupBy(c => new { c.Kind, c.Result })
            .Select(g => new { g.Key.Kind, g.Key.Result, Count = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.Kind, r.Result), r => r.Count);
    }
}
