using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Applications;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Web.Applications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>
/// The applications API: anyone may submit and follow an application (number + query code, in the body, never in
/// the address); signed-in staff list and read the applications of their bodies. Errors are problem+json in Chinese.
/// </summary>
public static class ApplicationsApi
{
    public sealed record SubmitJson(
        ApplicantType ApplicantType,
        string? Name,
        string? ContactPerson,
        IdDocument IdDocument,
        string? IdNumber,
        string? Phone,
        string? Email,
        string? Address,
        string? Postcode,
        string? Description,
        string? DocumentNumber,
        Delivery Delivery,
        [property: JsonPropertyName("body")] string? BodyCode);

    public sealed record ReceiptJson(string TrackingNumber, string? Secret, bool Replay, string Body, string SubmittedAt, string Status);

    public sealed record StatusQueryJson(string? TrackingNumber, string? Secret);

    public sealed record StepJson(string On, string Action);

    public sealed record StatusJson(string TrackingNumber, string Body, string Status, string StatusLabel, string? ReceivedOn, string? DueOn, string? Outcome, string? OutcomeLabel, string? DecidedOn, string? DeliveredOn, IReadOnlyList<StepJson> Steps);

    public sealed record CaseJson(
        int Id,
        string TrackingNumber,
        string Body,
        string Status,
        string StatusLabel,
        string Channel,
        string ApplicantType,
        string ApplicantName,
        string? IdNumberMasked,
        string Description,
        string ArrivedAt,
        string? ReceivedOn,
        string? DueOn,
        string? CalendarVersion,
        string Rules,
        string? Officer,
        string? Outcome,
        string? ReportRow,
        string? DecidedOn);

    public sealed record CaseListJson(string List, int Total, IReadOnlyList<CaseJson> Items);

    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    public static void MapApplicationsApi(this WebApplication app)
    {
        app.MapPost("/api/applications", SubmitAsync)
            .WithName("SubmitApplication")
            .WithSummary("提交政府信息公开申请")
            .WithDescription("请求体为 JSON；可用 Idempotency-Key 请求头防止重复提交。返回申请编号和查询码（只返回一次）。")
            .Accepts<SubmitJson>("application/json")
            .Produces<ReceiptJson>(StatusCodes.Status201Created)
            .Produces<ReceiptJson>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithMetadata(new ApplicationIntakeAttribute());

        app.MapPost("/api/applications/status", StatusAsync)
            .WithName("ApplicationStatus")
            .WithSummary("凭申请编号和查询码查询办理进度")
            .Accepts<StatusQueryJson>("application/json")
            .Produces<StatusJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var staff = app.MapGroup("/api/staff/applications").RequireAuthorization();
        staff.MapGet("", ListAsync)
            .WithName("ListApplications")
            .WithSummary("工作人员：按工作清单列出本人可见的申请")
            .WithDescription("list 取 mine、open、received、soon、overdue、closed；证件号码只返回遮盖后的形式。")
            .Produces<CaseListJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        staff.MapGet("/{id:int}", ReadAsync)
            .WithName("ReadApplication")
            .WithSummary("工作人员：读取一件申请")
            .Produces<CaseJson>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, GongkaiDb db, ApplicationService applications, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<SubmitJson>(request, "\"applicantType\": \"Person\"", ct);
        if (body is null)
        {
            return problem!;
        }

        int? bodyId = null;
        if (!string.IsNullOrWhiteSpace(body.BodyCode))
        {
            bodyId = await db.Bodies.Where(b => b.Code == body.BodyCode).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);
            if (bodyId is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"没有代码为“{body.BodyCode}”的行政机关；不清楚时可不填，由县人民政府确定受理机关。"] }, title: "申请内容有误");
            }
        }

        var input = new ApplicationInput
        {
            ApplicantType = body.ApplicantType,
            Name = body.Name,
            ContactPerson = body.ContactPerson,
            IdDocument = body.IdDocument,
            IdNumber = body.IdNumber,
            Phone = body.Phone,
            Email = body.Email,
            Address = body.Address,
            Postcode = body.Postcode,
            Description = body.Description,
            DocumentNumber = body.DocumentNumber,
            Delivery = body.Delivery,
            BodyId = bodyId,
        };
        try
        {
            var key = request.Headers["Idempotency-Key"].ToString().Trim();
            if (key.Length > ApplicationService.MaxSubmissionKey)
            {
                return Results.Problem(title: "Idempotency-Key 过长", detail: $"Idempotency-Key 最多 {ApplicationService.MaxSubmissionKey} 个字符。", statusCode: StatusCodes.Status400BadRequest);
            }

            // A key counts only for the client that sent it: another address presenting it starts afresh.
            var scoped = key.Length == 0 ? null : $"api:{request.HttpContext.Connection.RemoteIpAddress}:{key}";
            var r = await applications.SubmitAsync(input, new Registration(Channel.Online, db.Time.GetUtcNow(), null), scoped, ct: ct);
            var name = await db.Bodies.Where(b => b.Id == r.Application.BodyId).Select(b => b.Name).SingleAsync(ct);
            var receipt = new ReceiptJson(r.Application.TrackingNumber, r.Secret, r.Replay, name, r.Application.ArrivedAt.ToString("O", CultureInfo.InvariantCulture), r.Application.State.ToString());
            return r.Replay ? Results.Json(receipt, Json) : Results.Json(receipt, Json, statusCode: StatusCodes.Status201Created);
        }
        catch (SubmissionKeyConflictException e)
        {
            return Results.Problem(title: "Idempotency-Key 已被使用", detail: string.Join(" ", e.Problems), statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (ApplicationInputException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["application"] = [.. e.Problems] }, title: "申请内容有误", detail: string.Join(" ", e.Problems));
        }
    }

    private static async Task<IResult> StatusAsync(HttpRequest request, GongkaiDb db, ApplicationService applications, CancellationToken ct)
    {
        if (ApiJson.NotJson(request) is { } notJson)
        {
            return notJson;
        }

        StatusQueryJson? q;
        try
        {
            q = await request.ReadFromJsonAsync<StatusQueryJson>(Json, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            q = null;
        }

        var a = await applications.FindForApplicantAsync(q?.TrackingNumber, q?.Secret, ct);
        if (a is null)
        {
            return Results.Problem(title: "未找到申请", detail: "申请编号或查询码不正确。", statusCode: StatusCodes.Status404NotFound);
        }

        var steps = await db.ApplicationSteps.AsNoTracking().Where(s => s.ApplicationId == a.Id).OrderBy(s => s.Id).Select(s => new { s.On, s.Action }).ToListAsync(ct);
        var outcome = Outcomes.Find(a.Outcome);
        return Results.Json(new StatusJson(
            a.TrackingNumber,
            a.Body!.Name,
            a.State.ToString(),
            Application.StateLabel(a.State),
            Iso(a.ReceivedOn),
            a.IsOpen ? Iso(a.DueOn) : null,
            outcome?.Code,
            outcome?.Label,
            Iso(a.DecidedOn),
            Iso(a.DeliveredOn),
            steps.Select(s => new StepJson(CalendarApi.Iso(s.On), s.Action)).ToList()), Json);
    }

    private static async Task<IResult> ListAsync(string? list, GongkaiDb db, StaffContext staff, ApplicationService applications, CalendarService calendars, CancellationToken ct)
    {
        list ??= "open";
        if (!ApplicationLists.IsKnown(list))
        {
            return Results.Problem(title: "清单名称有误", detail: $"list 应为 {string.Join("、", ApplicationLists.All.Select(l => l.Key))} 之一。", statusCode: StatusCodes.Status400BadRequest);
        }

        var today = applications.Today();
        var warnUntil = (await calendars.LoadAsync(ct)).AddWorkingDays(today, Notifications.DeadlineScanner.WarnWorkingDays).Due;
        var bodies = await ApplicationAccess.ReadableBodiesAsync(staff);
        var query = db.Applications.AsNoTracking();
        if (bodies is not null)
        {
            query = query.Where(a => bodies.Contains(a.BodyId));
        }

        var filtered = ApplicationLists.Filter(query, list, staff.UserId, today, warnUntil);
        var total = await filtered.CountAsync(ct);
        var items = await ApplicationLists.Order(filtered, list).Include(a => a.Body).Take(500).ToListAsync(ct);
        return Results.Json(new CaseListJson(list, total, items.Select(ToJson).ToList()), Json);
    }

    private static async Task<IResult> ReadAsync(int id, GongkaiDb db, StaffContext staff, CancellationToken ct)
    {
        var a = await db.Applications.AsNoTracking().Include(x => x.Body).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return Results.Problem(title: "未找到申请", statusCode: StatusCodes.Status404NotFound);
        }

        return await ApplicationAccess.CanReadAsync(staff, a.BodyId)
            ? Results.Json(ToJson(a), Json)
            : Results.Problem(title: "无权查看", detail: "您没有查看该机关依申请公开事项的权限。", statusCode: StatusCodes.Status403Forbidden);
    }

    private static CaseJson ToJson(Application a) => new(
        a.Id,
        a.TrackingNumber,
        a.Body!.Name,
        a.State.ToString(),
        Application.StateLabel(a.State),
        a.Channel.ToString(),
        a.ApplicantType.ToString(),
        a.ApplicantName,
        a.IdNumberMasked,
        a.Description,
        a.ArrivedAt.ToString("O", CultureInfo.InvariantCulture),
        Iso(a.ReceivedOn),
        Iso(a.DueOn),
        a.CalendarVersion,
        a.Rules.ToString(),
        a.OfficerName,
        a.Outcome,
        a.ReportRow,
        Iso(a.DecidedOn));

    private static string? Iso(DateOnly? d) => ApiJson.Iso(d);
}
