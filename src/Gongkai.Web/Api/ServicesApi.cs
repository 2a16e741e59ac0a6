using System.Text.Json;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Web.Areas.Staff.Pages.ServiceCases;
using Gongkai.Web.CaseDesk;
using Gongkai.Web.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Api;

/// <summary>
/// The 政务服务 API: anyone may read the centres (their windows and the items on site) and the 办件 statistics the
/// portal publishes; signed-in staff list, read, register and take 办件 through their steps, import the provincial
/// export and read the staff statistics. Every check and change goes through the same code as the desk pages
/// (<see cref="CaseAccess"/>, <see cref="CaseSteps"/>, <see cref="ServiceCases"/>, <see cref="ServiceCaseImporter"/>,
/// <see cref="CaseStatsTable"/>), so the API can do exactly what the pages let the same member do, and the core audits
/// each change under the member's name. Errors are problem+json in Chinese.
/// </summary>
public static class ServicesApi
{
    public const int PageSize = 50;

    /// <summary>Rejected rows listed in an import's answer; the count says how many there were in all.</summary>
    public const int RejectsListed = 1000;

    public sealed record WindowJson(string Name, string? Number, string? Body);

    public sealed record PlacedItemJson(string Code, string Name, string Body, int? PromisedDays, int? StatutoryDays);

    public sealed record CentreJson(int Id, string Name, string Body, string? Address, string? Phone, string? Hours, IReadOnlyList<WindowJson> Windows, IReadOnlyList<PlacedItemJson> Items);

    public sealed record TierJson(ServiceTier Tier, string Label, IReadOnlyList<CentreJson> Centres);

    public sealed record CentresJson(IReadOnlyList<TierJson> Tiers);

    public sealed record StatsRowJson(
        string Label,
        int? BodyId,
        int? CentreId,
        ServiceTier? Tier,
        int? ItemId,
        int Received,
        int Accepted,
        int NotAccepted,
        int Finished,
        int FinishedOnTime,
        decimal? OnTimeRate,
        decimal? AverageWorkingDays,
        int Evaluated,
        int Satisfied,
        decimal? SatisfactionRate,
        int Bad,
        int Rectified);

    public sealed record StatsTableJson(string From, string To, string Period, CaseStatsBy By, IReadOnlyList<StatsRowJson> Rows, StatsRowJson Total);

    public sealed record PublicStatsJson(string From, string To, string Period, StatsTableJson ByTier, StatsTableJson ByBody);

    public sealed record SuspensionJson(SuspensionKind Kind, string Label, string From, string? To, int? WorkingDays, string? Note);

    public sealed record CaseJson(
        long Id,
        string Number,
        string? ProvincialNumber,
        int ItemId,
        string ItemCode,
        string ItemName,
        string Body,
        int? CentreId,
        string? Centre,
        int? WindowId,
        string? Window,
        ServiceTier Tier,
        ApplicantType ApplicantType,
        string? ApplicantName,
        string ReceivedAt,
        string ReceivedOn,
        string Status,
        bool Late,
        CaseAcceptance? Acceptance,
        string? AcceptanceOn,
        IReadOnlyList<string> MissingMaterials,
        string? MissingNoticeOn,
        string? RejectionReason,
        string? PromisedDue,
        string? StatutoryDue,
        bool DueProvisional,
        string? CalendarVersion,
        int SuspendedDays,
        string? FinishedOn,
        CaseResult? Result,
        bool? OnTime,
        int? WorkingDays,
        CaseEvaluation? Evaluation,
        string? EvaluatedOn,
        string? EvaluationReason,
        string? RectifiedOn,
        string? Rectification,
        int Revision,
        IReadOnlyList<SuspensionJson>? Suspensions,
        IReadOnlyList<CaseStep>? Steps);

    public sealed record CaseListJson(int Total, int Page, int PageSize, IReadOnlyList<CaseJson> Items);

    /// <summary>登记办件 as the desk's form has it; <c>receivedAt</c> without an offset is Beijing time, and now when left out.</summary>
    public sealed record RegisterJson(int? CentreId, int? ItemId, int? WindowId, ApplicantType ApplicantType, string? ApplicantName, string? ReceivedAt, string? ProvincialNumber);

    /// <summary>One step; each reads only its own fields, as the desk's forms do. <c>revision</c>, when given, must be the case's current one.</summary>
    public sealed record StepJson(DateOnly? On, string? Missing, string? Reason, SuspensionKind? Kind, string? Note, CaseResult? Result, CaseEvaluation? Evaluation, string? Done, int? Revision);

    public sealed record RejectJson(long Line, string Number, string Reason);

    public sealed record ImportJson(long Added, long Updated, long Unchanged, int RejectedCount, IReadOnlyList<RejectJson> Rejected);

    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    private const string Example = "\"applicantType\": \"Person\"";

    public static void MapServicesApi(this WebApplication app)
    {
        app.MapGet("/api/services/centres", CentresAsync)
            .WithName("ListServiceCentres")
            .WithSummary("县、乡镇（街道）、村（社区）三级政务服务中心，及其窗口和进驻事项")
            .WithDescription("按层级列出服务中心；进驻事项只列办事指南已公开且今日在实施的事项。tier 取 County、Township、Village 之一时只列该层级。")
            .Produces<CentresJson>()
            .ProducesValidationProblem()
            .CacheOutput(b => b.Expire(PortalCache.Lifetime).Tag(PortalCache.Tag).SetVaryByQuery("tier"));

        app.MapGet("/api/services/statistics", PublicStatisticsAsync)
            .WithName("ServiceCaseStatisticsPublic")
            .WithSummary("政务服务办件情况：按层级和实施主体的收件、受理、办结、按时办结率、满意率")
            .WithDescription("与门户“办件统计”页同一数据。from 和 to（YYYY-MM-DD）同时给出时统计该期间（按收件日期），否则统计 year 年度（默认今年）。只有数字，没有办件或申请人。")
            .Produces<PublicStatsJson>()
            .ProducesValidationProblem()
            .CacheOutput(b => b.Expire(PortalCache.Lifetime).Tag(PortalCache.Tag).SetVaryByQuery("year", "from", "to"));

        var staff = app.MapGroup("/api/staff/service-cases").RequireAuthorization();
        staff.MapGet("", ListAsync)
            .WithName("ListServiceCases")
            .WithSummary("工作人员：列出本人可见的办件（办件台账）")
            .WithDescription($"centre、item、window 为编号；state 取 {string.Join("、", CaseLists.Statuses.Select(s => $"{s.Key}（{s.Label}）"))}；from、to 为收件日期；overdue=true 只列超期；page 从 1 起，每页 {PageSize} 件。")
            .Produces<CaseListJson>()
            .ProducesValidationProblem()
            .StaffProblems();
        staff.MapGet("/{id:long}", ReadAsync)
            .WithName("ReadServiceCase")
            .WithSummary("工作人员：读取一件办件，及其特别程序和本人可办理的下一步")
            .Produces<CaseJson>()
            .StaffProblems();
        staff.MapPost("", RegisterAsync)
            .WithName("RegisterServiceCase")
            .WithSummary("窗口工作人员：登记办件（收件）")
            .WithDescription("与办件台账“登记办件”相同：只能在本人有办件办理权限的服务中心、为进驻该中心且办事指南已公开、当日在实施的事项登记。")
            .Accepts<RegisterJson>("application/json")
            .Produces<CaseJson>(StatusCodes.Status201Created)
            .BodyProblems();
        foreach (var step in Enum.GetValues<CaseStep>())
        {
            staff.MapPost($"/{{id:long}}/{Slug(step)}", (long id, HttpRequest request, GongkaiDb db, StaffContext member, ServiceCases cases, CancellationToken ct) => StepAsync(id, step, request, db, member, cases, ct))
                .WithName("ServiceCase" + step)
                .WithSummary($"窗口工作人员：{CaseSteps.Label(step)}")
                .WithDescription(StepHelp(step))
                .Accepts<StepJson>("application/json")
                .Produces<CaseJson>()
                .BodyProblems();
        }

        staff.MapPost("/import", ImportAsync)
            .WithName("ImportServiceCases")
            .WithSummary("系统管理员：导入省一体化平台导出的办件")
            .WithDescription("请求体为 CSV（Content-Type: text/csv，UTF-8 或 GB18030）或 JSON 对象数组（application/json），列名同 gongkai services cases import："
                + ServiceCaseImporter.HeaderHelp + "。按办件编号可重复导入：已有且相同的不变，有变化的更新；被拒绝的行附原因（最多列出 " + RejectsListed + " 行）。")
            .Accepts<JsonElement>("text/csv", "application/json")
            .Produces<ImportJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        staff.MapGet("/statistics", StaffStatisticsAsync)
            .WithName("ServiceCaseStatistics")
            .WithSummary("工作人员：办件统计")
            .WithDescription("与“办件统计”页同一数据：by 取 Body、Centre、Tier、Item 之一（默认 Body）；期间同公开统计（from/to 或 year）。")
            .Produces<StatsTableJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    /// <summary>What a staff endpoint may answer besides its result: not signed in, not allowed, not there.</summary>
    private static RouteHandlerBuilder StaffProblems(this RouteHandlerBuilder b) =>
        b.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>And for one taking a JSON body: a wrong field, another content type, a step the desk's rules refuse.</summary>
    private static RouteHandlerBuilder BodyProblems(this RouteHandlerBuilder b) =>
        b.ProducesValidationProblem().StaffProblems().ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static string Slug(CaseStep step) => step.ToString().ToLowerInvariant();

    private static string StepHelp(CaseStep step) => "请求体：on（YYYY-MM-DD，必填）、revision（可选，须为当前版本）" + step switch
    {
        CaseStep.Notify => "、missing（所缺材料，每行一项）。",
        CaseStep.Reject => "、reason（不予受理理由，必填）、missing（可选，作为一次性告知）。",
        CaseStep.Suspend => $"、kind（{string.Join("、", Enum.GetNames<SuspensionKind>())}）、note（可选）。",
        CaseStep.Finish => $"、result（{string.Join("、", Enum.GetNames<CaseResult>())}）。",
        CaseStep.Evaluate => $"、evaluation（{string.Join("、", Enum.GetNames<CaseEvaluation>())}）、reason（差评时必填）。",
        CaseStep.Rectify => "、done（整改情况）。",
        _ => "。",
    };

    /// <summary>An enum of a query string by its exact name: a number, or names joined by commas, is not one.</summary>
    private static T? Named<T>(string? text)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => v.ToString() == text);

    private static IResult Problem(int status, string title, string? detail = null) => Results.Problem(title: title, detail: detail, statusCode: status);

    private static IResult Refused(string detail) => Problem(StatusCodes.Status422UnprocessableEntity, "无法办理", detail);

    private static async Task<IResult> CentresAsync(string? tier, GongkaiDb db, CancellationToken ct)
    {
        var only = Named<ServiceTier>(tier);
        if (tier is not null && only is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["tier"] = [$"tier 应为以下名称之一：{string.Join("、", Enum.GetNames<ServiceTier>())}。"] }, title: "请求参数有误");
        }

        var centres = await db.ServiceCentres.AsNoTracking().Where(c => only == null || c.Tier == only).OrderBy(c => c.Tier).ThenBy(c => c.Name).ToListAsync(ct);
        var ids = centres.Select(c => c.Id).ToList();
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var windows = (await db.CentreWindows.AsNoTracking().Where(w => ids.Contains(w.CentreId)).OrderBy(w => w.Number).ThenBy(w => w.Name).ToListAsync(ct)).ToLookup(w => w.CentreId);
        // Only what a window may receive cases for: a guide the public can read, for an item in force today.
        var inForce = await ItemLedger.InForceAsync(db, db.Today(), ct);
        var placed = (await (from ci in db.CentreItems.AsNoTracking()
                             join i in db.ServiceItems.AsNoTracking().Where(ServiceItem.Public) on ci.ItemId equals i.Id
                             where ids.Contains(ci.CentreId)
                             select new { ci.CentreId, i.Id, i.Code, i.Name, i.BodyId, i.PromisedDays, i.StatutoryDays }).ToListAsync(ct))
            .Where(x => inForce.ContainsKey(x.Id))
            .OrderBy(x => x.Code, StringComparer.Ordinal)
            .ToLookup(x => x.CentreId);
        var tiers = centres.GroupBy(c => c.Tier).Select(g => new TierJson(g.Key, ServiceItem.TierLabel(g.Key), g.Select(c => new CentreJson(
            c.Id,
            c.Name,
            bodies.GetValueOrDefault(c.BodyId, ""),
            c.Address,
            c.Phone,
            c.Hours,
            windows[c.Id].Select(w => new WindowJson(w.Name, w.Number, w.BodyId is { } b ? bodies.GetValueOrDefault(b) : null)).ToList(),
            placed[c.Id].Select(i => new PlacedItemJson(i.Code, i.Name, bodies.GetValueOrDefault(i.BodyId, ""), i.PromisedDays, i.StatutoryDays)).ToList())).ToList())).ToList();
        return Results.Json(new CentresJson(tiers), Json);
    }

    /// <summary>The period of a statistics request: from and to together, else the year (this year by default); a problem when it makes no sense.</summary>
    private static (DateOnly From, DateOnly To)? Period(string? year, string? from, string? to, DateOnly today, out IResult? problem)
    {
        problem = null;
        var errors = new Dictionary<string, string[]>();
        if (from is not null || to is not null)
        {
            var start = ApiJson.Date(from, "from", errors);
            var end = ApiJson.Date(to, "to", errors);
            if (errors.Count == 0 && (start is null || end is null))
            {
                errors["period"] = ["from 和 to 须同时给出。"];
            }

            if (errors.Count == 0 && CaseStatsTable.PeriodProblem(start!.Value, end!.Value) is { } wrong)
            {
                errors["period"] = [wrong];
            }

            problem = errors.Count > 0 ? Results.ValidationProblem(errors, title: "统计期间有误", detail: string.Join(" ", errors.Values.SelectMany(v => v))) : null;
            return problem is null ? (start!.Value, end!.Value) : null;
        }

        var y = today.Year;
        if (year is not null)
        {
            var wrongYear = int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out y) ? CaseStatsTable.YearProblem(y) : "年度 year 应为四位数字的年份";
            if (wrongYear is not null)
            {
                problem = Results.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [wrongYear] }, title: "统计期间有误", detail: wrongYear);
                return null;
            }
        }

        return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
    }

    private static async Task<IResult> PublicStatisticsAsync(string? year, string? from, string? to, GongkaiDb db, CancellationToken ct)
    {
        if (Period(year, from, to, db.Today(), out var problem) is not { } p)
        {
            return problem!;
        }

        var byTier = await CaseStatsTable.LoadAsync(db, p.From, p.To, CaseStatsBy.Tier, ct);
        var byBody = await CaseStatsTable.LoadAsync(db, p.From, p.To, CaseStatsBy.Body, ct);
        return Results.Json(new PublicStatsJson(CalendarApi.Iso(p.From), CalendarApi.Iso(p.To), byTier.PeriodLabel, ToJson(byTier), ToJson(byBody)), Json);
    }

    private static async Task<IResult> StaffStatisticsAsync(string? year, string? from, string? to, string? by, GongkaiDb db, CancellationToken ct)
    {
        var chosen = by is null ? CaseStatsBy.Body : Named<CaseStatsBy>(by);
        if (chosen is not { } split)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["by"] = [$"by 应为以下名称之一：{string.Join("、", Enum.GetNames<CaseStatsBy>())}。"] }, title: "请求参数有误");
        }

        if (Period(year, from, to, db.Today(), out var problem) is not { } p)
        {
            return problem!;
        }

        return Results.Json(ToJson(await CaseStatsTable.LoadAsync(db, p.From, p.To, split, ct)), Json);
    }

    private static StatsTableJson ToJson(CaseStatsTable t) =>
        new(CalendarApi.Iso(t.From), CalendarApi.Iso(t.To), t.PeriodLabel, t.By, t.Rows.Select(r => ToJson(r.Label, r.Row)).ToList(), ToJson("合计", t.Total));

    private static StatsRowJson ToJson(string label, CaseStatsRow r) => new(
        label, r.BodyId, r.CentreId, r.Tier, r.ItemId, r.Received, r.Accepted, r.NotAccepted, r.Finished, r.FinishedOnTime, r.OnTimeRate, r.AverageWorkingDays,
        r.Evaluated, r.Satisfied, r.SatisfactionRate, r.Bad, r.Rectified);

    private static async Task<IResult> ListAsync(int? centre, int? item, int? window, string? state, string? from, string? to, bool? overdue, int? page, GongkaiDb db, StaffContext staff, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var start = ApiJson.Date(from, "from", errors);
        var end = ApiJson.Date(to, "to", errors);
        if (state is not null && CaseLists.Statuses.All(s => s.Key != state))
        {
            errors["state"] = [$"state 应为以下之一：{string.Join("、", CaseLists.Statuses.Select(s => $"{s.Key}（{s.Label}）"))}。"];
        }

        var number = page ?? 1;
        if (number is < 1 or > 1_000_000)
        {
            errors["page"] = ["page 应为 1 至 1000000 之间的整数。"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "请求参数有误", detail: string.Join(" ", errors.Values.SelectMany(v => v)));
        }

        var query = db.ServiceCases.AsNoTracking();
        if (centre is { } centreId)
        {
            var centreBody = await db.ServiceCentres.AsNoTracking().Where(c => c.Id == centreId).Select(c => (int?)c.BodyId).SingleOrDefaultAsync(ct);
            if (centreBody is null)
            {
                return Problem(StatusCodes.Status404NotFound, "服务中心不存在");
            }

            if (!await CaseAccess.CanReadAsync(staff, centreBody))
            {
                return Problem(StatusCodes.Status403Forbidden, "无权查看", "您没有查看该服务中心办件的权限。");
            }

            query = query.Where(c => c.CentreId == centreId);
        }
        else if (await CaseAccess.BodiesAsync(staff) is { } bodies)
        {
            // The centres of the member's bodies; a case received without a centre is for the county-wide roles only.
            var readable = db.ServiceCentres.Where(c => bodies.Contains(c.BodyId)).Select(c => c.Id);
            query = query.Where(c => c.CentreId != null && readable.Contains(c.CentreId.Value));
        }

        query = CaseLists.Filter(query, db.CaseSuspensions, state, item, window, start, end, overdue == true, db.Today());
        var total = await query.CountAsync(ct);
        var cases = await CaseLists.Order(query).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var items = await ToJsonAsync(db, cases, ct);
        return Results.Json(new CaseListJson(total, number, PageSize, items), Json);
    }

    /// <summary>The case and the body running its centre (null without a centre), as the desk page loads them.</summary>
    private static async Task<(ServiceCase? Case, int? CentreBody)> LoadAsync(GongkaiDb db, long id, CancellationToken ct)
    {
        var c = await db.ServiceCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        var body = c?.CentreId is { } centreId ? await db.ServiceCentres.AsNoTracking().Where(x => x.Id == centreId).Select(x => (int?)x.BodyId).SingleAsync(ct) : null;
        return (c, body);
    }

    private static IResult NotFound() => Problem(StatusCodes.Status404NotFound, "未找到办件");

    private static IResult MayNotRead() => Problem(StatusCodes.Status403Forbidden, "无权查看", "您没有查看该服务中心办件的权限。");

    private static async Task<IResult> ReadAsync(long id, GongkaiDb db, StaffContext staff, CancellationToken ct)
    {
        var (c, centreBody) = await LoadAsync(db, id, ct);
        if (c is null)
        {
            return NotFound();
        }

        return await CaseAccess.CanReadAsync(staff, centreBody)
            ? Results.Json(await DetailAsync(db, staff, c, centreBody, ct), Json)
            : MayNotRead();
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, GongkaiDb db, StaffContext staff, ServiceCases cases, TimeProvider time, CancellationToken ct)
    {
        // Content-Type application/json is required (ApiJson.ReadAsync answers 415 otherwise): a cross-site HTML form
        // can send only form or text types, and a script of another site must ask first (CORS), which this host never allows.
        var (body, problem) = await ApiJson.ReadAsync<RegisterJson>(request, Example, ct);
        if (body is null)
        {
            return problem!;
        }

        if (body.CentreId is not { } centreId)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["centreId"] = ["请选择服务中心（centreId）。"] }, title: "登记内容有误");
        }

        var centreBody = await db.ServiceCentres.AsNoTracking().Where(c => c.Id == centreId).Select(c => (int?)c.BodyId).SingleOrDefaultAsync(ct);
        if (centreBody is null)
        {
            return Problem(StatusCodes.Status404NotFound, "服务中心不存在");
        }

        if (!await CaseAccess.CanHandleAsync(staff, centreBody))
        {
            return Problem(StatusCodes.Status403Forbidden, "无权操作", "您没有在该服务中心登记办件的权限。");
        }

        if (body.ItemId is not { } itemId)
        {
            return Refused("请选择办理事项");
        }

        var at = time.GetUtcNow();
        if (body.ReceivedAt is { } text)
        {
            if (ServiceCaseImporter.ParseInstant(text.Trim()) is not { } given)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["receivedAt"] = ["收件时间格式不正确（如 2026-11-02T09:30:00+08:00，不带时区时按北京时间）。"] }, title: "登记内容有误");
            }

            at = given;
        }

        if (CaseSteps.ReceivedAtProblem(at, time) is { } late)
        {
            return Refused(late);
        }

        try
        {
            var c = await cases.RegisterAsync(new CaseRegistration(itemId, centreId, body.WindowId, body.ApplicantType, string.IsNullOrWhiteSpace(body.ApplicantName) ? null : body.ApplicantName.Trim(), at, body.ProvincialNumber), ct);
            return Results.Json(await DetailAsync(db, staff, c, centreBody, ct), Json, statusCode: StatusCodes.Status201Created);
        }
        catch (ServiceCaseException e)
        {
            db.ChangeTracker.Clear();
            return Refused(e.Message);
        }
    }

    private static async Task<IResult> StepAsync(long id, CaseStep step, HttpRequest request, GongkaiDb db, StaffContext staff, ServiceCases cases, CancellationToken ct)
    {
        // JSON only, for the reason given at RegisterAsync; checked before anything is looked up.
        if (ApiJson.NotJson(request) is { } notJson)
        {
            return notJson;
        }

        var (c, centreBody) = await LoadAsync(db, id, ct);
        if (c is null)
        {
            return NotFound();
        }

        if (!await CaseAccess.CanReadAsync(staff, centreBody))
        {
            return MayNotRead();
        }

        if (!await CaseAccess.CanHandleAsync(staff, centreBody))
        {
            return Problem(StatusCodes.Status403Forbidden, "无权操作", "您可以查看但不能办理该办件。");
        }

        var (body, problem) = await ApiJson.ReadAsync<StepJson>(request, "\"result\": \"Granted\"", ct);
        if (body is null)
        {
            return problem!;
        }

        try
        {
            var form = new StepForm { On = body.On, Missing = body.Missing, Reason = body.Reason, Kind = body.Kind, Note = body.Note, Result = body.Result, Evaluation = body.Evaluation, Done = body.Done };
            await CaseSteps.TakeAsync(cases, id, step, form, body.Revision, ct);
        }
        catch (ServiceCaseException e)
        {
            db.ChangeTracker.Clear();
            return Refused(e.Message);
        }

        db.ChangeTracker.Clear();
        var (after, _) = await LoadAsync(db, id, ct);
        return Results.Json(await DetailAsync(db, staff, after!, centreBody, ct), Json);
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, GongkaiDb db, StaffContext staff, CancellationToken ct)
    {
        // CSV or JSON only: text/csv is not a type a cross-site form can send, and a script must ask first (CORS).
        var csv = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "内容类型不受支持", "请以 CSV（Content-Type: text/csv）或 JSON 对象数组（Content-Type: application/json）提交办件。");
        }

        // The importer writes cases of any centre, and cases received without one: as the command-line import, it is
        // the county's system administrator's (the only role that acts on cases outside every desk).
        if (!await CaseAccess.CanHandleAsync(staff, null))
        {
            return Problem(StatusCodes.Status403Forbidden, "无权操作", "只有系统管理员可以导入办件。");
        }

        CaseImportResult result;
        if (csv)
        {
            // The reader is synchronous and detects the encoding over the whole text: the body (at most the server's
            // request limit, 30 MB) is read into memory first; larger exports go through the command line.
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            result = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadCsv(buffer), ct: ct);
        }
        else
        {
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            }
            catch (JsonException)
            {
                return Problem(StatusCodes.Status400BadRequest, "请求格式有误", "请求体应为 JSON 对象数组，每个对象是一行办件，键为列名（如 \"number\"、\"item\"、\"received_at\"）。");
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    return Problem(StatusCodes.Status400BadRequest, "请求格式有误", "请求体应为 JSON 对象数组，每个对象是一行办件。");
                }

                result = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadJson(document.RootElement), ct: ct);
            }
        }

        return Results.Json(new ImportJson(result.Added, result.Updated, result.Unchanged, result.Rejected.Count,
            result.Rejected.Take(RejectsListed).Select(r => new RejectJson(r.Line, r.Number, r.Reason)).ToList()), Json);
    }

    /// <summary>One case with its 特别程序 and the steps this member may take next (none for one who only reads).</summary>
    private static async Task<CaseJson> DetailAsync(GongkaiDb db, StaffContext staff, ServiceCase c, int? centreBody, CancellationToken ct)
    {
        var suspensions = await db.CaseSuspensions.AsNoTracking().Where(s => s.CaseId == c.Id).OrderBy(s => s.From).ToListAsync(ct);
        var open = suspensions.Any(s => s.To is null);
        var steps = await CaseAccess.CanHandleAsync(staff, centreBody) ? CaseSteps.Next(c, open) : [];
        var json = (await ToJsonAsync(db, [c], ct, open ? [c.Id] : []))[0];
        return json with
        {
            Suspensions = suspensions.Select(s => new SuspensionJson(s.Kind, ServiceCase.SuspensionLabel(s.Kind), CalendarApi.Iso(s.From), ApiJson.Iso(s.To), s.WorkingDays, s.Note)).ToList(),
            Steps = steps,
        };
    }

    /// <summary>Cases as JSON, with the names of their items, bodies, centres and windows read once for all of them.</summary>
    private static async Task<List<CaseJson>> ToJsonAsync(GongkaiDb db, List<ServiceCase> cases, CancellationToken ct, HashSet<long>? suspended = null)
    {
        var ids = cases.Select(c => c.Id).ToList();
        suspended ??= (await db.CaseSuspensions.AsNoTracking().Where(s => ids.Contains(s.CaseId) && s.To == null).Select(s => s.CaseId).ToListAsync(ct)).ToHashSet();
        var itemIds = cases.Select(c => c.ItemId).Distinct().ToList();
        var items = await db.ServiceItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => new { i.Code, i.Name }, ct);
        var bodyIds = cases.Select(c => c.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var centreIds = cases.Where(c => c.CentreId is not null).Select(c => c.CentreId!.Value).Distinct().ToList();
        var centres = await db.ServiceCentres.AsNoTracking().Where(x => centreIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var windowIds = cases.Where(c => c.WindowId is not null).Select(c => c.WindowId!.Value).Distinct().ToList();
        var windows = await db.CentreWindows.AsNoTracking().Where(w => windowIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Number is null ? w.Name : $"{w.Name}（{w.Number}号）", ct);
        var today = db.Today();
        return cases.ConvertAll(c => new CaseJson(
            c.Id,
            CaseLists.Number(c),
            c.ProvincialNumber,
            c.ItemId,
            items[c.ItemId].Code,
            items[c.ItemId].Name,
            bodies.GetValueOrDefault(c.BodyId, ""),
            c.CentreId,
            c.CentreId is { } centre ? centres.GetValueOrDefault(centre) : null,
            c.WindowId,
            c.WindowId is { } window ? windows.GetValueOrDefault(window) : null,
            c.Tier,
            c.ApplicantType,
            c.ApplicantName,
            ApiJson.Iso(c.ReceivedAt),
            CalendarApi.Iso(c.ReceivedOn),
            CaseLists.Status(c, suspended.Contains(c.Id)),
            CaseLists.IsLate(c, today),
            c.Acceptance,
            ApiJson.Iso(c.AcceptanceOn),
            c.MissingMaterials is null ? [] : c.MissingMaterials.Split('\n'),
            ApiJson.Iso(c.MissingNoticeOn),
            c.RejectionReason,
            ApiJson.Iso(c.PromisedDue),
            ApiJson.Iso(c.StatutoryDue),
            c.DueProvisional,
            c.CalendarVersion,
            c.SuspendedDays,
            ApiJson.Iso(c.FinishedOn),
            c.Result,
            c.OnTime,
            c.WorkingDays,
            c.Evaluation,
            ApiJson.Iso(c.EvaluatedOn),
            c.EvaluationReason,
            ApiJson.Iso(c.RectifiedOn),
            c.Rectification,
            c.Revision,
            null,
            null));
    }
}
