using System.Runtime.CompilerServices;
using Gongkai.Assessment;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>The assessment pages' probes: a scheme and an open period of the county, with a sample and a score with a file for each body.</summary>
public abstract partial class AuthorizationMatrixTests
{
    public sealed record AssessmentRecords(int Scheme, int Period, int Leaf, (long Own, long Other) Sample);

    private static readonly ConditionalWeakTable<Records, AssessmentRecords> Assessments = new();

    private static AssessmentRecords Assess(Records r) => Assessments.TryGetValue(r, out var a) ? a : throw new InvalidOperationException("assessment records not prepared");

    private static string AssessmentId<T>(T value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    private static async Task PrepareAssessmentAsync(GongkaiDb db, IServiceProvider sp, Records records)
    {
        var assessment = (AssessmentService)sp.GetService(typeof(AssessmentService))!;
        var county = await db.Bodies.Where(b => b.Code == "wuxi").Select(b => b.Id).SingleAsync();
        var scheme = await assessment.CreateSchemeAsync(county, 2090, new SchemeInput("权限矩阵考核细则", null, null, null, 100, 3, 1, 60, "要素齐全\n时效"));
        var leaf = await assessment.AddIndicatorAsync(scheme.Id, new IndicatorInput(null, 1, "矩阵人工指标", 100, ScoringMethod.Manual, null, ScoringRule.Proportional, 0, null));
        var period = await assessment.CreatePeriodAsync(scheme.Id, PeriodKind.Quarter, "矩阵季度抽查", new DateOnly(2090, 1, 1), new DateOnly(2090, 3, 31), 1);
        var sha = await db.Attachments.Where(a => a.Id == records.Attachment.Own).Select(a => a.Sha256).SingleAsync();
        var samples = new List<long>();
        foreach (var (body, item) in new[] { (records.Body.Own, records.Item.Own), (records.Body.Other, records.Item.Other) })
        {
            var sample = new SpotCheckItem { PeriodId = period.Id, BodyId = body, CatalogItemId = item, Ordinal = 1 };
            db.SpotCheckItems.Add(sample);
            db.IndicatorScores.Add(new IndicatorScore { PeriodId = period.Id, BodyId = body, IndicatorId = leaf.Id, Score = 90, Evidence = "矩阵", AttachmentSha = sha, AttachmentName = "矩阵佐证.pdf", At = db.Time.GetUtcNow() });
            await db.SaveChangesAsync();
            samples.Add(sample.Id);
        }

        Assessments.AddOrUpdate(records, new AssessmentRecords(scheme.Id, period.Id, leaf.Id, (samples[0], samples[1])));
    }

    private static IEnumerable<Probe> AssessmentProbes =>
    [
        Get("Assessment/Index OnGet", new Everyone(), "/staff/assessment"),
        Post("Assessment/Index OnPostCreate", new CountyWide(Privilege.Supervise), "/staff/assessment?handler=Create", new() { ["countyBodyId"] = "0", ["year"] = "1800" }),
        Get("Assessment/Scheme OnGet", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/schemes/{Assess(r).Scheme}"),
        Post("Assessment/Scheme OnPostSave", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/schemes/{Assess(r).Scheme}?handler=Save",
            (_, _) => new() { ["revision"] = Stale, ["input.Title"] = "", ["input.Checklist"] = "时效" }),
        Post("Assessment/Scheme OnPostAddIndicator", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/schemes/{Assess(r).Scheme}?handler=AddIndicator",
            (_, _) => new() { ["indicator.Name"] = "", ["indicator.Points"] = "5" }),
        Post("Assessment/Scheme OnPostEditIndicator", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/schemes/{Assess(r).Scheme}?handler=EditIndicator",
            (r, _) => new() { ["indicatorId"] = AssessmentId(Assess(r).Leaf), ["revision"] = Stale, ["indicator.Name"] = "", ["indicator.Points"] = "100" }),
        Post("Assessment/Scheme OnPostRemoveIndicator", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/schemes/{Assess(r).Scheme}?handler=RemoveIndicator",
            (r, _) => new() { ["indicatorId"] = AssessmentId(Assess(r).Leaf), ["revision"] = Stale }),
        Post("Assessment/Scheme OnPostAddPeriod", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/schemes/{Assess(r).Scheme}?handler=AddPeriod",
            (_, _) => new() { ["kind"] = nameof(PeriodKind.Quarter), ["name"] = "" }),
        Get("Assessment/Period OnGet", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/periods/{Assess(r).Period}"),
        Get("Assessment/Period OnGetNotice", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/periods/{Assess(r).Period}?handler=Notice"),
        Post("Assessment/Period OnPostCompute", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/periods/{Assess(r).Period}?handler=Compute"),
        Post("Assessment/Period OnPostDraw", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/periods/{Assess(r).Period}?handler=Draw",
            (_, _) => new() { ["revision"] = Stale, ["seed"] = "-5" }),
        Post("Assessment/Period OnPostPublish", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/periods/{Assess(r).Period}?handler=Publish",
            (_, _) => new() { ["revision"] = Stale, ["officeBodyId"] = "0" }),
        Get("Assessment/SpotChecks OnGet", new CountyWide(Privilege.Supervise), (r, _) => $"/staff/assessment/periods/{Assess(r).Period}/spot-checks"),
        Post("Assessment/SpotChecks OnPostScore", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/assessment/periods/{Assess(r).Period}/spot-checks?handler=Score",
            (r, own) => new() { ["sampleId"] = AssessmentId(Records.Of(Assess(r).Sample, own)), ["revision"] = Stale }),
        Get("Assessment/Body OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/assessment/periods/{Assess(r).Period}/bodies/{Id(r.Body, own)}"),
        Get("Assessment/Body OnGetFile", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/assessment/periods/{Assess(r).Period}/bodies/{Id(r.Body, own)}?handler=File&indicatorId={Assess(r).Leaf}"),
        Post("Assessment/Body OnPostScore", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/assessment/periods/{Assess(r).Period}/bodies/{Id(r.Body, own)}?handler=Score",
            (r, _) => new() { ["indicatorId"] = AssessmentId(Assess(r).Leaf), ["score"] = "不是数字", ["revision"] = Stale }),
        Get("Assessment/History OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/assessment/bodies/{Id(r.Body, own)}"),
    ];
}
