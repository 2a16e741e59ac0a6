using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Gongkai.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// Every staff page handler and staff route, for every role, against a record of the member's own body and
/// one of another body, through the real pages with real tokens. The expected answer is worked out from the
/// privilege table (<see cref="Access"/>), not written per case; a handler that is added without an entry
/// here fails <see cref="Every_staff_handler_and_route_has_an_entry_in_the_matrix"/>.
/// </summary>
public abstract partial class AuthorizationMatrixTests(TestHost host)
{
    /// <summary>Who may reach a handler, in the terms of the privilege table.</summary>
    public abstract record Rule(string Text)
    {
        public abstract bool Allows(StaffRole role, bool ownBody);
    }

    /// <summary>Every signed-in member; what the page shows is filtered by body, which other tests check.</summary>
    private sealed record Everyone() : Rule("所有工作人员")
    {
        public override bool Allows(StaffRole role, bool ownBody) => true;
    }

    /// <summary>The privilege in the record's body, or a county-wide role that holds it.</summary>
    private sealed record OnBody(params Privilege[] Any) : Rule("本单位权限 " + string.Join("/", Any))
    {
        public override bool Allows(StaffRole role, bool ownBody) =>
            Any.Any(p => Access.Allows(role, p)) && (ownBody || Access.IsCountyWide(role));
    }

    /// <summary>The privilege in some body (the page then offers only the bodies where it is held).</summary>
    private sealed record Anywhere(Privilege Privilege) : Rule("任一单位权限 " + Privilege)
    {
        public override bool Allows(StaffRole role, bool ownBody) => Access.Allows(role, Privilege);
    }

    /// <summary>Held by a county-wide role: the view across all bodies.</summary>
    private sealed record CountyWide(Privilege Privilege) : Rule("全县权限 " + Privilege)
    {
        public override bool Allows(StaffRole role, bool ownBody) => Access.IsCountyWide(role) && Access.Allows(role, Privilege);
    }

    /// <summary>Settings of the whole platform.</summary>
    private sealed record SystemAdminOnly() : Rule("系统管理员")
    {
        public override bool Allows(StaffRole role, bool ownBody) => role == StaffRole.SystemAdmin;
    }

    /// <summary>Applications hold personal data: their handlers, the head who approves extensions, and the county-wide roles (the supervisor reads everything).</summary>
    private sealed record ReadsApplications() : Rule("依申请公开办理或延期批准权限，或全县角色")
    {
        public override bool Allows(StaffRole role, bool ownBody) =>
            Access.IsCountyWide(role) || new OnBody(Privilege.HandleApplications, Privilege.ApproveExtension).Allows(role, ownBody);
    }

    /// <summary>Seeing an applicant's full ID number: only the officer the application is assigned to.</summary>
    private sealed record AssignedOfficer() : Rule("承办人本人")
    {
        public override bool Allows(StaffRole role, bool ownBody) => role == StaffRole.DisclosureOfficer && ownBody;
    }

    /// <summary>办件 hold applicants' names: the window clerks of the body running the centre, and the county-wide roles (the supervisor reads).</summary>
    private sealed record ReadsCases() : Rule("办件办理权限（服务中心运行单位），或全县角色")
    {
        public override bool Allows(StaffRole role, bool ownBody) => Access.IsCountyWide(role) || new OnBody(Privilege.HandleCases).Allows(role, ownBody);
    }

    /// <summary>
    /// One request of a handler; <paramref name="Scoped"/> requests are made for a record of each body. A probe with
    /// <paramref name="Json"/> posts that object as JSON (the staff API takes no forms).
    /// </summary>
    public sealed record Probe(string Handler, Rule Rule, bool Scoped, Func<Records, bool, (string Path, Dictionary<string, string>? Form)> Make, bool OwnSession = false, Func<Records, bool, object>? Json = null)
    {
        public override string ToString() => Handler;
    }

    /// <summary>Records of 县财政局 (own) and 宁河街道 (other) that the probes address.</summary>
    public sealed record Records(
        (int Own, int Other) Body,
        (int Own, int Other) Item,
        (int Own, int Other) Attachment,
        (int Own, int Other) Application,
        (long Own, long Other) NoticeStep,
        (int Own, int Other) Case,
        (int Own, int Other) Report,
        (string Own, string Other) Account,
        (int Own, int Other) Centre,
        (long Own, long Other) ServiceCase,
        (int Own, int Other) Service,
        Dictionary<int, Dictionary<string, string>> BodyForms,
        SupervisionRecords Registers,
        (int Own, int Other) Website)
    {
        public static T Of<T>((T Own, T Other) pair, bool own) => own ? pair.Own : pair.Other;
    }

    /// <summary>The supervision registers' records led (or organised) by 县财政局 and 宁河街道.</summary>
    public sealed record SupervisionRecords((int Own, int Other) Task, (int Own, int Other) Meeting, (int Own, int Other) Material, (int Own, int Other) Suggestion);

    /// <summary>The page handlers that anyone may reach: signing in.</summary>
    private static readonly HashSet<string> Public = ["Login OnGet", "Login OnPost"];

    private static Probe Get(string handler, Rule rule, string path) => new(handler, rule, false, (_, _) => (path, null));

    private static Probe Get(string handler, Rule rule, Func<Records, bool, string> path) => new(handler, rule, true, (r, own) => (path(r, own), null));

    private static Probe Post(string handler, Rule rule, string path, Dictionary<string, string>? form = null) => new(handler, rule, false, (_, _) => (path, form ?? []));

    private static Probe Post(string handler, Rule rule, Func<Records, bool, string> path, Func<Records, bool, Dictionary<string, string>>? form = null) =>
        new(handler, rule, true, (r, own) => (path(r, own), form?.Invoke(r, own) ?? []));

    private static Probe PostJson(string handler, Rule rule, Func<Records, bool, string> path, Func<Records, bool, object> json, bool scoped = true) =>
        new(handler, rule, scoped, (r, own) => (path(r, own), null), Json: json);

    private static string Id<T>((T Own, T Other) pair, bool own) => Convert.ToString(Records.Of(pair, own), System.Globalization.CultureInfo.InvariantCulture)!;

    // A stale revision makes every permitted workflow post fail with the "changed by someone else" message, so
    // that the probes of one role leave the records as the next role finds them.
    private const string Stale = "-1";

    public static readonly Probe[] Probes =
    [
        Get("Index OnGet", new Everyone(), "/staff"),
        Get("Logout OnGet", new Everyone(), "/staff/logout"),
        new("Logout OnPost", new Everyone(), false, (_, _) => ("/staff/logout", []), OwnSession: true),

        Get("Bodies/Index OnGet", new Everyone(), "/staff/bodies"),
        Get("Bodies/Edit OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/bodies/{Id(r.Body, own)}"),
        Post("Bodies/Edit OnPost", new OnBody(Privilege.ManageBody), (r, own) => $"/staff/bodies/{Id(r.Body, own)}", (r, own) => r.BodyForms[Records.Of(r.Body, own)]),
        Get("Bodies/New OnGet", new SystemAdminOnly(), "/staff/bodies/new"),
        Post("Bodies/New OnPost", new SystemAdminOnly(), "/staff/bodies/new"),

        Get("Calendar/Index OnGet", new Everyone(), "/staff/calendar"),
        Post("Calendar/Index OnPostOverride", new Anywhere(Privilege.ManageCalendar), "/staff/calendar?handler=Override", new() { ["date"] = "不是日期", ["reason"] = "矩阵" }),
        Post("Calendar/Index OnPostRemove", new Anywhere(Privilege.ManageCalendar), "/staff/calendar?handler=Remove", new() { ["date"] = "不是日期" }),
        Post("Calendar/Index OnPostImport", new Anywhere(Privilege.ManageCalendar), "/staff/calendar?handler=Import"),
        Get("Calendar/Notice OnGet", new Anywhere(Privilege.ManageCalendar), "/staff/calendar/notice"),
        Post("Calendar/Notice OnPostPreview", new Anywhere(Privilege.ManageCalendar), "/staff/calendar/notice?handler=Preview"),
        Post("Calendar/Notice OnPostSave", new Anywhere(Privilege.ManageCalendar), "/staff/calendar/notice?handler=Save"),

        Get("Catalog/Index OnGet", new Everyone(), "/staff/catalog"),
        Get("Catalog/New OnGet", new Anywhere(Privilege.EditCatalog), "/staff/catalog/new"),
        Post("Catalog/New OnPost", new OnBody(Privilege.EditCatalog), (_, _) => "/staff/catalog/new", (r, own) => new() { ["Form.BodyId"] = Id(r.Body, own) }),
        Get("Catalog/Item OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/catalog/{Id(r.Item, own)}"),
        Post("Catalog/Item OnPostAct", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}?handler=Act",
            (_, _) => new() { ["action"] = nameof(ReviewAction.Submit), ["revision"] = Stale }),
        // An action the draft does not allow is still refused first to whoever may not act on the body's items at all.
        Post("Catalog/Item OnPostAct", new OnBody(Privilege.EditCatalog, Privilege.ReviewCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}?handler=Act",
            (_, _) => new() { ["action"] = nameof(ReviewAction.Approve), ["revision"] = Stale }),
        Post("Catalog/Item OnPostUpload", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}?handler=Upload"),
        Post("Catalog/Item OnPostRemoveFile", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}?handler=RemoveFile",
            (_, _) => new() { ["attachmentId"] = "0" }),
        Get("Catalog/Edit OnGet", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}/edit"),
        Post("Catalog/Edit OnPost", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}/edit"),
        Post("Catalog/New OnPostImportDocx", new OnBody(Privilege.EditCatalog), (_, _) => "/staff/catalog/new?handler=ImportDocx", (r, own) => new() { ["Form.BodyId"] = Id(r.Body, own) }),
        Post("Catalog/Edit OnPostImportDocx", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}/edit?handler=ImportDocx"),
        Post("Catalog/Item OnPostAddChannel", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}?handler=AddChannel",
            (_, _) => new() { ["channel"] = "NoticeBoard", ["publishedOn"] = "2026-11-20" }),
        Post("Catalog/Item OnPostRemoveChannel", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/catalog/{Id(r.Item, own)}?handler=RemoveChannel", (_, _) => new() { ["channelId"] = "0" }),
        Get("Catalog/ReviewSettings OnGet", new SystemAdminOnly(), "/staff/catalog/review-settings"),
        Post("Catalog/ReviewSettings OnPost", new SystemAdminOnly(), "/staff/catalog/review-settings", new() { ["checklist"] = "要素齐全\n时效", ["words"] = "" }),
        Get("GET /staff/catalog/{id:int}/files/{attachmentId:int}", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/catalog/{Id(r.Item, own)}/files/{Id(r.Attachment, own)}"),

        Get("Search/Index OnGet", new Everyone(), "/staff/search?q=预算"),
        Post("Search/Index OnPostReindex", new CountyWide(Privilege.ManageStaff), "/staff/search?handler=Reindex"),

        Get("Applications/Index OnGet", new Everyone(), "/staff/applications"),
        Get("Applications/New OnGet", new Anywhere(Privilege.HandleApplications), "/staff/applications/new"),
        Post("Applications/New OnPost", new OnBody(Privilege.HandleApplications), (_, _) => "/staff/applications/new", (r, own) => new() { ["Form.BodyId"] = Id(r.Body, own) }),
        Get("Applications/Case OnGet", new ReadsApplications(), (r, own) => $"/staff/applications/{Id(r.Application, own)}"),
        Post("Applications/Case OnPostAct", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=Act",
            (_, _) => new() { ["action"] = nameof(ApplicationAction.CorrectionReceived), ["revision"] = Stale, ["form.On"] = "2026-11-30" }),
        Post("Applications/Case OnPostAct", new OnBody(Privilege.HandleApplications, Privilege.ApproveExtension), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=Act",
            (_, _) => new() { ["action"] = nameof(ApplicationAction.ApproveExtension), ["revision"] = Stale }),
        Post("Applications/Case OnPostReveal", new AssignedOfficer(), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=Reveal"),
        Post("Applications/Case OnPostCatalog", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=Catalog"),
        Get("Applications/Letter OnGet", new ReadsApplications(), (r, own) => $"/staff/applications/{Id(r.Application, own)}/letter?step={Id(r.NoticeStep, own)}"),
        Post("Applications/Case OnPostAttach", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=Attach", (_, _) => new() { ["kind"] = "Disclosed" }),
        Post("Applications/Case OnPostRemoveFile", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=RemoveFile", (_, _) => new() { ["fileId"] = "0" }),
        Post("Applications/Case OnPostDeliverOnline", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=DeliverOnline"),
        Post("Applications/Case OnPostPublish", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=Publish", (_, _) => new() { ["publish"] = "true" }),
        Post("Applications/Case OnPostWithdrawConsent", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=WithdrawConsent"),
        Get("Applications/Case OnGetFile", new ReadsApplications(), (r, own) => $"/staff/applications/{Id(r.Application, own)}?handler=File&fileId=0"),
        Get("Applications/Receipt OnGet", new ReadsApplications(), (r, own) => $"/staff/applications/{Id(r.Application, own)}/receipt"),
        Get("Applications/Approvals OnGet", new Anywhere(Privilege.ApproveExtension), "/staff/applications/approvals"),
        Get("Applications/Settings OnGet", new SystemAdminOnly(), "/staff/applications/settings"),
        Post("Applications/Settings OnPost", new SystemAdminOnly(), "/staff/applications/settings", new() { ["countFromNextDay"] = "true" }),
        Get("GET /api/staff/applications/", new Everyone(), "/api/staff/applications"),
        Get("GET /api/staff/applications/{id:int}", new ReadsApplications(), (r, own) => $"/api/staff/applications/{Id(r.Application, own)}"),

        Get("Cases/Index OnGet", new Everyone(), "/staff/cases"),
        Get("Cases/Edit OnGet", new ReadsApplications(), (r, own) => $"/staff/cases/{Id(r.Case, own)}"),
        Get("Cases/Edit OnGet", new Anywhere(Privilege.HandleApplications), "/staff/cases/new"),
        Post("Cases/Edit OnPost", new OnBody(Privilege.HandleApplications), (r, own) => $"/staff/cases/{Id(r.Case, own)}", (r, own) => new() { ["Form.BodyId"] = Id(r.Body, own) }),
        Post("Cases/Edit OnPost", new OnBody(Privilege.HandleApplications), (_, _) => "/staff/cases/new", (r, own) => new() { ["Form.BodyId"] = Id(r.Body, own) }),

        Get("Reports/Index OnGet", new Everyone(), "/staff/reports"),
        Post("Reports/Index OnPostOpen", new OnBody(Privilege.EditCatalog), (_, _) => "/staff/reports?handler=Open", (r, own) => new() { ["bodyId"] = Id(r.Body, own), ["year"] = "2025" }),
        Post("Reports/Index OnPostImport", new OnBody(Privilege.ReviewCatalog), (_, _) => "/staff/reports?handler=Import", (r, own) => new() { ["bodyId"] = Id(r.Body, own) }),
        Get("Reports/Report OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/reports/{Id(r.Report, own)}"),
        Post("Reports/Report OnPostTexts", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/reports/{Id(r.Report, own)}?handler=Texts", (_, _) => new() { ["revision"] = Stale }),
        Post("Reports/Report OnPostFigures", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/reports/{Id(r.Report, own)}?handler=Figures"),
        Post("Reports/Report OnPostNarrativeFigures", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/reports/{Id(r.Report, own)}?handler=NarrativeFigures"),
        Post("Reports/Report OnPostBreakdowns", new SystemAdminOnly(), (r, own) => $"/staff/reports/{Id(r.Report, own)}?handler=Breakdowns"),
        Post("Reports/Report OnPostApprove", new OnBody(Privilege.ReviewCatalog), (r, own) => $"/staff/reports/{Id(r.Report, own)}?handler=Approve", (_, _) => new() { ["revision"] = Stale }),
        Post("Reports/Report OnPostReturn", new OnBody(Privilege.ReviewCatalog), (r, own) => $"/staff/reports/{Id(r.Report, own)}?handler=Return", (_, _) => new() { ["revision"] = Stale }),
        Post("Reports/Report OnPostPublish", new OnBody(Privilege.ReviewCatalog), (r, own) => $"/staff/reports/{Id(r.Report, own)}?handler=Publish", (_, _) => new() { ["revision"] = Stale }),

        Get("Centres/Index OnGet", new Everyone(), "/staff/centres"),
        Post("Centres/Index OnPost", new OnBody(Privilege.ManageBody), (_, _) => "/staff/centres", (r, own) => new() { ["Form.BodyId"] = Id(r.Body, own), ["Form.Name"] = "" }),
        Get("Centres/Centre OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/centres/{Id(r.Centre, own)}"),
        Post("Centres/Centre OnPostSave", new OnBody(Privilege.ManageBody), (r, own) => $"/staff/centres/{Id(r.Centre, own)}?handler=Save",
            (r, own) => new() { ["Form.BodyId"] = Id(r.Body, own), ["Form.Name"] = "矩阵", ["revision"] = Stale }),
        Post("Centres/Centre OnPostAddWindow", new OnBody(Privilege.ManageBody), (r, own) => $"/staff/centres/{Id(r.Centre, own)}?handler=AddWindow", (_, _) => new() { ["window.Name"] = "" }),
        Post("Centres/Centre OnPostEditWindow", new OnBody(Privilege.ManageBody), (r, own) => $"/staff/centres/{Id(r.Centre, own)}?handler=EditWindow",
            (_, _) => new() { ["windowId"] = "0", ["window.Name"] = "矩阵" }),
        Post("Centres/Centre OnPostPlace", new OnBody(Privilege.ManageBody), (r, own) => $"/staff/centres/{Id(r.Centre, own)}?handler=Place", (_, _) => new() { ["itemId"] = "0" }),
        Post("Centres/Centre OnPostRemove", new OnBody(Privilege.ManageBody), (r, own) => $"/staff/centres/{Id(r.Centre, own)}?handler=Remove", (_, _) => new() { ["itemId"] = "0" }),

        Get("ServiceCases/Index OnGet", new Everyone(), "/staff/service-cases"),
        Get("ServiceCases/Index OnGet", new ReadsCases(), (r, own) => $"/staff/service-cases?centre={Id(r.Centre, own)}"),
        Get("ServiceCases/New OnGet", new OnBody(Privilege.HandleCases), (r, own) => $"/staff/service-cases/new?centre={Id(r.Centre, own)}"),
        Post("ServiceCases/New OnPost", new OnBody(Privilege.HandleCases), (_, _) => "/staff/service-cases/new", (r, own) => new() { ["Form.CentreId"] = Id(r.Centre, own) }),
        Get("ServiceCases/Case OnGet", new ReadsCases(), (r, own) => $"/staff/service-cases/{Id(r.ServiceCase, own)}"),
        Post("ServiceCases/Case OnPostStep", new OnBody(Privilege.HandleCases), (r, own) => $"/staff/service-cases/{Id(r.ServiceCase, own)}?handler=Step",
            (_, _) => new() { ["step"] = "Accept", ["revision"] = Stale, ["form.On"] = "2026-11-30" }),
        Get("ServiceCases/Statistics OnGet", new Everyone(), "/staff/service-cases/statistics?year=2026&by=Body"),
        Get("ServiceCases/Statistics OnGetXlsx", new Everyone(), "/staff/service-cases/statistics?handler=Xlsx&year=2026"),

        Get("GET /api/staff/service-cases/", new Everyone(), "/api/staff/service-cases"),
        Get("GET /api/staff/service-cases/", new ReadsCases(), (r, own) => $"/api/staff/service-cases?centre={Id(r.Centre, own)}"),
        Get("GET /api/staff/service-cases/{id:long}", new ReadsCases(), (r, own) => $"/api/staff/service-cases/{Id(r.ServiceCase, own)}"),
        PostJson("POST /api/staff/service-cases/", new OnBody(Privilege.HandleCases), (_, _) => "/api/staff/service-cases", (r, own) => new { centreId = Records.Of(r.Centre, own) }),
        .. Enum.GetNames<Web.CaseDesk.CaseStep>().Select(step => step.ToLowerInvariant()).Select(step =>
            PostJson($"POST /api/staff/service-cases/{{id:long}}/{step}", new OnBody(Privilege.HandleCases), (r, own) => $"/api/staff/service-cases/{Id(r.ServiceCase, own)}/{step}",
                (_, _) => new { on = "2026-11-30", revision = -1 })),
        PostJson("POST /api/staff/service-cases/import", new SystemAdminOnly(), (_, _) => "/api/staff/service-cases/import", (_, _) => Array.Empty<object>(), scoped: false),
        Get("GET /api/staff/service-cases/statistics", new Everyone(), "/api/staff/service-cases/statistics?year=2026&by=Body"),

        Get("Services/Index OnGet", new Everyone(), "/staff/services"),
        Post("Services/Index OnPostYearly", new CountyWide(Privilege.ReviewCatalog), "/staff/services?handler=Yearly", new() { ["year"] = "1800" }),
        Get("Services/New OnGet", new Anywhere(Privilege.EditCatalog), "/staff/services/new"),
        Post("Services/New OnPost", new OnBody(Privilege.EditCatalog), (_, _) => "/staff/services/new", (r, own) => new() { ["BodyId"] = Id(r.Body, own), ["ItemCode"] = "", ["Form.Name"] = "" }),
        Get("Services/Item OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/services/{Id(r.Service, own)}"),
        Get("Services/Item OnGetTemplate", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/services/{Id(r.Service, own)}?handler=Template&sha=0"),
        Post("Services/Item OnPostAct", new OnBody(Privilege.ReviewCatalog), (r, own) => $"/staff/services/{Id(r.Service, own)}?handler=Act",
            (_, _) => new() { ["action"] = "Withdraw", ["revision"] = Stale, ["comment"] = "矩阵" }),
        Post("Services/Item OnPostEvent", new OnBody(Privilege.ReviewCatalog), (r, own) => $"/staff/services/{Id(r.Service, own)}?handler=Event",
            (_, _) => new() { ["kind"] = "Adjusted" }),
        Get("Services/Edit OnGet", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/services/{Id(r.Service, own)}/edit"),
        Post("Services/Edit OnPost", new OnBody(Privilege.EditCatalog), (r, own) => $"/staff/services/{Id(r.Service, own)}/edit", (_, _) => new() { ["Form.Revision"] = Stale, ["Form.Name"] = "" }),
        Get("Services/Version OnGet", new OnBody(Privilege.ViewBody), (r, own) => $"/staff/services/{Id(r.Service, own)}/versions/1"),

        Get("Board/Index OnGet", new Everyone(), "/staff/supervision?year=2015"),
        Get("Board/Index OnGetXlsx", new Everyone(), "/staff/supervision?handler=Xlsx&year=2015"),

        Get("Users/Index OnGet", new Anywhere(Privilege.ManageStaff), "/staff/users"),
        Post("Users/Index OnPost", new OnBody(Privilege.ManageStaff), (_, _) => "/staff/users",
            (r, own) => new() { ["Input.BodyId"] = Id(r.Body, own), ["Input.Roles"] = nameof(StaffRole.Editor), ["Input.UserName"] = "" }),
        Get("Users/Edit OnGet", new OnBody(Privilege.ManageStaff), (r, own) => $"/staff/users/{Records.Of(r.Account, own)}"),
        Post("Users/Edit OnPostRoles", new OnBody(Privilege.ManageStaff), (r, own) => $"/staff/users/{Records.Of(r.Account, own)}?handler=Roles",
            (_, _) => new() { ["roles"] = nameof(StaffRole.Editor) }),
        Post("Users/Edit OnPostPassword", new OnBody(Privilege.ManageStaff), (r, own) => $"/staff/users/{Records.Of(r.Account, own)}?handler=Password",
            (_, _) => new() { ["newPassword"] = "" }),

        Get("Audit/Index OnGet", new CountyWide(Privilege.ViewAudit), "/staff/audit"),

        Get("Tasks/Index OnGet", new Everyone(), "/staff/tasks"),
        Post("Tasks/Index OnPostPlan", new CountyWide(Privilege.Supervise), "/staff/tasks?handler=Plan", new() { ["Plan.Year"] = "1800", ["Plan.Title"] = "" }),
        Get("Tasks/Edit OnGet", new CountyWide(Privilege.Supervise), "/staff/tasks/edit"),
        Get("Tasks/Edit OnGet", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/tasks/edit/{Id(r.Registers.Task, own)}"),
        Post("Tasks/Edit OnPost", new CountyWide(Privilege.Supervise), "/staff/tasks/edit", new() { ["Form.PlanId"] = "0", ["Form.Text"] = "" }),
        Post("Tasks/Edit OnPost", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/tasks/edit/{Id(r.Registers.Task, own)}", (_, _) => new() { ["Form.Revision"] = Stale, ["Form.Text"] = "" }),
        Get("Tasks/Task OnGet", new Everyone(), (r, own) => $"/staff/tasks/{Id(r.Registers.Task, own)}"),
        Post("Tasks/Task OnPostProgress", new OnBody(Privilege.AnswerSupervision), (r, own) => $"/staff/tasks/{Id(r.Registers.Task, own)}?handler=Progress",
            (r, own) => new() { ["bodyId"] = Id(r.Body, own), ["Progress.On"] = "2026-11-27", ["Progress.Text"] = "" }),

        Get("Meetings/Index OnGet", new Everyone(), "/staff/meetings"),
        Get("Meetings/Edit OnGet", new CountyWide(Privilege.Supervise), "/staff/meetings/edit"),
        Get("Meetings/Edit OnGet", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/meetings/edit/{Id(r.Registers.Meeting, own)}"),
        Post("Meetings/Edit OnPost", new CountyWide(Privilege.Supervise), "/staff/meetings/edit", new() { ["Form.Topic"] = "" }),
        Post("Meetings/Edit OnPost", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/meetings/edit/{Id(r.Registers.Meeting, own)}", (_, _) => new() { ["Form.Revision"] = Stale, ["Form.Topic"] = "" }),
        Get("Meetings/Meeting OnGet", new Everyone(), (r, own) => $"/staff/meetings/{Id(r.Registers.Meeting, own)}"),
        Get("Meetings/Meeting OnGetFile", new Everyone(), (r, own) => $"/staff/meetings/{Id(r.Registers.Meeting, own)}?handler=File&materialId={Id(r.Registers.Material, own)}"),
        Post("Meetings/Meeting OnPostUpload", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/meetings/{Id(r.Registers.Meeting, own)}?handler=Upload"),
        Post("Meetings/Meeting OnPostRemoveFile", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/meetings/{Id(r.Registers.Meeting, own)}?handler=RemoveFile", (_, _) => new() { ["materialId"] = "0" }),

        Get("Suggestions/Index OnGet", new Everyone(), "/staff/suggestions"),
        Post("Suggestions/Index OnPostSetting", new CountyWide(Privilege.Supervise), "/staff/suggestions?handler=Setting", new() { ["months"] = "13", ["revision"] = "0" }),
        Get("Suggestions/Edit OnGet", new CountyWide(Privilege.Supervise), "/staff/suggestions/edit"),
        Get("Suggestions/Edit OnGet", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/suggestions/edit/{Id(r.Registers.Suggestion, own)}"),
        Post("Suggestions/Edit OnPost", new CountyWide(Privilege.Supervise), "/staff/suggestions/edit", new() { ["Form.Session"] = "" }),
        Post("Suggestions/Edit OnPost", new CountyWide(Privilege.Supervise), (r, own) => $"/staff/suggestions/edit/{Id(r.Registers.Suggestion, own)}", (_, _) => new() { ["Form.Revision"] = Stale, ["Form.Session"] = "" }),
        Get("Suggestions/Suggestion OnGet", new Everyone(), (r, own) => $"/staff/suggestions/{Id(r.Registers.Suggestion, own)}"),
        Post("Suggestions/Suggestion OnPostReply", new OnBody(Privilege.AnswerSupervision), (r, own) => $"/staff/suggestions/{Id(r.Registers.Suggestion, own)}?handler=Reply",
            (_, _) => new() { ["revision"] = Stale, ["Reply.On"] = "2026-11-27", ["Reply.Text"] = "" }),
        Post("Suggestions/Suggestion OnPostSatisfaction", new OnBody(Privilege.AnswerSupervision, Privilege.Supervise), (r, own) => $"/staff/suggestions/{Id(r.Registers.Suggestion, own)}?handler=Satisfaction",
            (_, _) => new() { ["revision"] = Stale, ["satisfaction"] = "Satisfied" }),

        Get("Websites/Index OnGet", new OnBody(Privilege.Supervise, Privilege.AnswerSupervision), "/staff/websites"),
        Post("Websites/Index OnPost", new CountyWide(Privilege.Supervise), "/staff/websites", new() { ["Form.Name"] = "" }),
        Get("Websites/Site OnGet", new OnBody(Privilege.Supervise, Privilege.AnswerSupervision), (r, own) => $"/staff/websites/{Id(r.Website, own)}"),
        Post("Websites/Site OnPostSave", new OnBody(Privilege.Supervise), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=Save", (_, _) => new() { ["revision"] = Stale, ["Form.Name"] = "" }),
        Post("Websites/Site OnPostAddColumn", new OnBody(Privilege.Supervise), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=AddColumn", (_, _) => new() { ["name"] = "", ["url"] = "x", ["kind"] = "News" }),
        Post("Websites/Site OnPostRemoveColumn", new OnBody(Privilege.Supervise), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=RemoveColumn", (_, _) => new() { ["columnId"] = "0" }),
        Post("Websites/Site OnPostCheck", new OnBody(Privilege.Supervise), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=Check"),
        Post("Websites/Site OnPostFinding", new OnBody(Privilege.Supervise), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=Finding", (_, _) => new() { ["kind"] = "SeriousError", ["summary"] = "" }),
        Post("Websites/Site OnPostCloseFinding", new OnBody(Privilege.Supervise), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=CloseFinding", (_, _) => new() { ["findingId"] = "0", ["revision"] = Stale }),
        Post("Websites/Site OnPostRectify", new OnBody(Privilege.AnswerSupervision), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=Rectify", (_, _) => new() { ["findingId"] = "0", ["note"] = "矩阵", ["revision"] = Stale }),
        Post("Websites/Site OnPostCensus", new OnBody(Privilege.Supervise), (r, own) => $"/staff/websites/{Id(r.Website, own)}?handler=Census", (_, _) => new() { ["year"] = "2015", ["result"] = "Keep", ["decidedOn"] = "" }),
        .. AssessmentProbes,
    ];

    [Fact]
    public void Every_staff_handler_and_route_has_an_entry_in_the_matrix()
    {
        var handlers = typeof(GongkaiApp).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.Namespace?.StartsWith(StaffPages, StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(m => HandlerName().Match(m.Name))
                .Where(m => m.Success)
                .Select(m => $"{PagePath(t)} {m.Groups[1].Value}"))
            .ToHashSet();
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is null)
            .Where(e => e.RoutePattern.RawText?.TrimStart('/') is { } p && (p.StartsWith("staff", StringComparison.Ordinal) || p.StartsWith("api/staff", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        Assert.True(handlers.Count > 40, $"only {handlers.Count} page handlers found: the reflection no longer sees the pages");
        Assert.True(routes.Count >= 3, $"only {routes.Count} staff routes found");
        var listed = Probes.Select(p => p.Handler).Concat(Public).ToHashSet();
        Assert.Empty(handlers.Concat(routes).Where(h => !listed.Contains(h)).Order());
        Assert.Empty(listed.Where(h => !handlers.Contains(h) && !routes.Contains(h)).Order());
    }

    public static TheoryData<StaffRole> Roles => new(Enum.GetValues<StaffRole>());

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_reaches_exactly_the_handlers_the_privilege_table_gives_it(StaffRole role)
    {
        var records = await RecordsAsync();
        var userName = $"m{role}".ToLowerInvariant();
        var client = await host.SignInAsync(userName, Password);
        var token = await TokenAsync(client);
        var wrong = new List<string>();
        foreach (var probe in Probes)
        {
            foreach (var own in probe.Scoped ? [true, false] : new[] { true })
            {
                var (path, form) = probe.Make(records, own);
                var session = client;
                var sessionToken = token;
                if (probe.OwnSession)
                {
                    session = await host.SignInAsync(userName, Password);
                    sessionToken = await TokenAsync(session);
                }

                var auditBefore = await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync());
                var json = probe.Json?.Invoke(records, own);
                HttpResponseMessage response;
                if (json is not null)
                {
                    response = await session.PostAsJsonAsync(path, json);
                }
                else if (form is null)
                {
                    response = await session.GetAsync(path);
                }
                else
                {
                    form["__RequestVerificationToken"] = sessionToken;
                    response = await session.PostAsync(path, new FormUrlEncodedContent(form));
                }

                var status = (int)response.StatusCode;
                var expected = probe.Rule.Allows(role, own);
                // Signing out ends at the login page; anywhere else that means the session was not accepted.
                var toLogin = !probe.OwnSession && response.Headers.Location?.OriginalString.Contains("/staff/login", StringComparison.Ordinal) == true;
                var allowed = status is not (401 or 403 or 404 or 405) && status < 500 && !toLogin;
                var refused = status is 403 or 404;
                var auditAfter = await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync());
                var what = $"{probe.Handler} {(form is null && json is null ? "GET" : "POST")} {path} ({(own ? "本单位" : "其他单位")}, 规则：{probe.Rule.Text})";
                if (expected && !allowed)
                {
                    wrong.Add($"应允许却得到 {status}：{what}");
                }
                else if (!expected && !refused)
                {
                    wrong.Add($"应拒绝却得到 {status}：{what}");
                }
                else if (!expected && auditAfter != auditBefore)
                {
                    wrong.Add($"被拒绝的请求写了 {auditAfter - auditBefore} 条审计记录：{what}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{role}：\n" + string.Join("\n", wrong));
    }

    private const string StaffPages = "Gongkai.Web.Areas.Staff.Pages";

    private const string Password = "Matrix-pass-2026";

    private static string PagePath(Type page)
    {
        var folder = page.Namespace![StaffPages.Length..].TrimStart('.').Replace('.', '/');
        var name = page.Name.EndsWith("Model", StringComparison.Ordinal) ? page.Name[..^"Model".Length] : page.Name;
        return folder.Length == 0 ? name : $"{folder}/{name}";
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/staff");
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    // xUnit makes a new instance per test and runs one class's tests one after another: the records are kept per host.
    private static readonly Dictionary<TestHost, Records> Prepared = [];

    /// <summary>One member per role in 县财政局, and in 县财政局 and 宁河街道 each: a draft with a file, an application with a notice, a case, a report and an account.</summary>
    private async Task<Records> RecordsAsync()
    {
        lock (Prepared)
        {
            if (Prepared.TryGetValue(host, out var ready))
            {
                return ready;
            }
        }

        var records = await host.WithDbAsync(async (db, sp) =>
        {
            var own = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "czj");
            var other = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "ninghe");
            var accounts = sp.GetRequiredService<StaffAccounts>();
            var members = new Dictionary<StaffRole, StaffUser>();
            foreach (var role in Enum.GetValues<StaffRole>())
            {
                members[role] = await accounts.CreateAsync($"m{role}".ToLowerInvariant(), $"矩阵{Access.Label(role)}", own.Id, Password, [role]);
            }

            var catalog = sp.GetRequiredService<CatalogService>();
            var applications = sp.GetRequiredService<ApplicationService>();
            var cases = sp.GetRequiredService<DisclosureCases>();
            var reports = sp.GetRequiredService<ReportService>();
            var services = sp.GetRequiredService<ServiceItems.ServiceItemWorkflow>();
            var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
            var desk = sp.GetRequiredService<ServiceItems.ServiceCases>();
            async Task<(int Item, int File, int App, long Step, int Case, int Report, string Account, int Centre, long ServiceCase, int Service)> ForBody(Bodies.Body body, int serial, StaffUser? officer)
            {
                var item = await catalog.CreateAsync(body.Id, new ItemInput($"权限矩阵测试草稿{serial}", null, null, new DateOnly(2026, 11, 20), null, "21", "a20-15", null, null,
                    Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>权限矩阵。</p>"), null);
                var file = await catalog.AttachAsync(item, $"附件{serial}.pdf", pdf);
                var submitted = await applications.SubmitAsync(new ApplicationInput
                {
                    Name = $"矩阵申请人{serial}",
                    IdDocument = IdDocument.ResidentCard,
                    IdNumber = ApplicationTests.IdNumber(700 + serial),
                    Phone = "13908230000",
                    Description = "请公开2025年部门预算执行情况。",
                    Delivery = Delivery.ElectronicFile,
                    BodyId = body.Id,
                }, new Registration(Channel.InPerson, db.Time.GetUtcNow(), null), null, officer?.Id, officer?.DisplayName);
                var app = await db.Applications.SingleAsync(a => a.Id == submitted.Application.Id);
                var today = applications.Today();
                if (app.State == ApplicationState.Received)
                {
                    await applications.ApplyAsync(app, ApplicationAction.Accept, new ActionInput { On = today }, app.Revision, null, "测试");
                }

                await applications.ApplyAsync(app, ApplicationAction.RequestCorrection, new ActionInput { On = today, Comment = "请写明文件名称。", Days = 10 }, app.Revision, null, "测试");
                var step = await db.ApplicationSteps.Where(s => s.ApplicationId == app.Id && s.Action == nameof(ApplicationAction.RequestCorrection)).Select(s => s.Id).SingleAsync();
                var disclosureCase = await cases.SaveAsync(null, new CaseInput(CaseKind.Review, $"巫府复〔2026〕{serial}号", "巫溪县人民政府", body.Id, null, null, "矩阵申请人", new DateOnly(2026, 10, 9), null, CaseResult.Pending, null));
                var report = await reports.OpenAsync(body.Id, 2025, false);
                var account = await accounts.CreateAsync($"target{serial}", $"矩阵目标账号{serial}", body.Id, Password, [StaffRole.Editor]);
                var serviceItem = new ServiceItems.ServiceItem { Code = $"MATRIX-DESK-{serial}", Name = $"矩阵办件事项{serial}", BodyId = body.Id, PromisedDays = 5, State = ItemState.Published };
                db.ServiceItems.Add(serviceItem);
                await db.SaveChangesAsync();
                var centre = await desk.AddCentreAsync(new ServiceItems.ServiceCentre { Name = $"矩阵服务中心{serial}", BodyId = body.Id });
                await desk.PlaceItemAsync(centre.Id, serviceItem.Id);
                var serviceCase = await desk.RegisterAsync(new ServiceItems.CaseRegistration(serviceItem.Id, centre.Id, null, ServiceItems.ApplicantType.Person, "矩阵申请人", db.Time.GetUtcNow()));
                var service = await services.CreateAsync(body.Id, $"MATRIX-{serial}", new ServiceItems.ServiceGuide($"权限矩阵测试事项{serial}", null, ServiceItems.ServiceItemType.Licensing,
    ServiceItems.ServiceTier.County, null, null, null, null, 20, 10, null, null, null, null, null, null, false, null));
                await services.ApplyAsync(service, ServiceItems.GuideAction.Submit, null, service.Revision);
                await services.ApplyAsync(service, ServiceItems.GuideAction.Approve, null, service.Revision);
                return (item.Id, file.Id, app.Id, step, disclosureCase.Id, report.Id, account.Id, centre.Id, serviceCase.Id, service.Id);
            }

            var a = await ForBody(own, 1, members[StaffRole.DisclosureOfficer]);
            var b = await ForBody(other, 2, null);
            var forms = new Dictionary<int, Dictionary<string, string>>
            {
                [own.Id] = AuditTests.Form(own, telephone: own.Telephone ?? "023-51521001"),
                [other.Id] = AuditTests.Form(other, telephone: other.Telephone ?? "023-51521002"),
            };
            var registers = await SupervisionRecordsAsync(db, sp, own, other, pdf);
            var websites = sp.GetRequiredService<Gongkai.Websites.WebsiteService>();
            var ownSite = await websites.RegisterAsync(new("matrix-own", own.Id, "矩阵网站1", "http://own.example/", Gongkai.Websites.WebsiteKind.Department, true));
            var otherSite = await websites.RegisterAsync(new("matrix-other", other.Id, "矩阵网站2", "http://other.example/", Gongkai.Websites.WebsiteKind.Township, true));
            return new Records((own.Id, other.Id), (a.Item, b.Item), (a.File, b.File), (a.App, b.App), (a.Step, b.Step), (a.Case, b.Case), (a.Report, b.Report), (a.Account, b.Account), (a.Centre, b.Centre), (a.ServiceCase, b.ServiceCase), (a.Service, b.Service), forms, registers, (ownSite.Id, otherSite.Id));
        });
        await host.WithDbAsync(async (db, sp) => { await PrepareAssessmentAsync(db, sp, records); return 0; });
        lock (Prepared)
        {
            Prepared[host] = records;
        }

        return records;
    }

    private static async Task<SupervisionRecords> SupervisionRecordsAsync(GongkaiDb db, IServiceProvider sp, Bodies.Body own, Bodies.Body other, byte[] pdf)
    {
        var county = await db.Bodies.Where(b => b.ParentId == null && b.Code == "wuxi").Select(b => b.Id).SingleAsync();
        var tasks = sp.GetRequiredService<Supervision.KeyTasks>();
        var meetings = sp.GetRequiredService<Supervision.Meetings>();
        var suggestions = sp.GetRequiredService<Supervision.Suggestions>();
        var plan = await tasks.CreatePlanAsync(county, new Supervision.PlanInput(2026, "权限矩阵工作要点", null, null, null));
        async Task<(int Task, int Meeting, int Material, int Suggestion)> For(Bodies.Body body, int serial)
        {
            var task = await tasks.CreateTaskAsync(new Supervision.TaskInput(plan.Id, serial, $"权限矩阵任务{serial}", body.Id, [], new DateOnly(2027, 6, 30)));
            var meeting = await meetings.CreateAsync(county, new Supervision.MeetingInput(new DateOnly(2026, 11, 2), Supervision.MeetingKind.Training, $"权限矩阵培训{serial}", body.Id, null, null, null,
                [new Supervision.AttendanceInput(body.Id, true, "矩阵", null)]));
            var material = await meetings.AddMaterialAsync(meeting, $"矩阵材料{serial}.pdf", pdf);
            var suggestion = await suggestions.CreateAsync(county, new Supervision.SuggestionInput(Supervision.SuggestionKind.DeputySuggestion, Supervision.CongressLevel.County,
                "县十八届人大一次会议", $"M{serial}", "矩阵代表", $"权限矩阵建议{serial}", body.Id, [], new DateOnly(2026, 11, 2), null));
            return (task.Id, meeting.Id, material.Id, suggestion.Id);
        }

        var a = await For(own, 1);
        var b = await For(other, 2);
        return new SupervisionRecords((a.Task, b.Task), (a.Meeting, b.Meeting), (a.Material, b.Material), (a.Suggestion, b.Suggestion));
    }

    [GeneratedRegex("^(On(?:Get|Post|Put|Delete|Patch)[A-Za-z]*?)(?:Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class AuthorizationMatrixTestsSqlite(SqliteHost f) : AuthorizationMatrixTests(f.Host), IClassFixture<SqliteHost>;

public sealed class AuthorizationMatrixTestsPostgres(PostgresHost f) : AuthorizationMatrixTests(f.Host), IClassFixture<PostgresHost>;
