using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Demo;
using Gongkai.Documents;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The pages of the service centres and the case desk: setting up a centre, a window clerk taking a case through
/// every step, the wall between the clerks of two bodies, and the statistics on the staff page, in its XLSX and on
/// the portal.
/// </summary>
public abstract partial class ServiceDeskTests(TestHost host)
{
    private const string Password = ServiceDesk.Password;

    private Task<ServiceDesk.Desk> DeskAsync() => ServiceDesk.PrepareAsync(host);

    [Fact]
    public async Task A_body_administrator_sets_up_a_centre_its_windows_and_items_through_the_pages()
    {
        var d = await DeskAsync();
        var admin = await host.SignInAsync("czj.admin", DemoCounty.Password);
        var created = await TestHost.PostFormAsync(admin, "/staff/centres", new()
        {
            ["Form.Name"] = "县财政局二楼服务点",
            ["Form.Tier"] = "County",
            ["Form.BodyId"] = d.BodyA.ToString(),
            ["Form.Address"] = "滨河北路106号",
            ["Form.Phone"] = "023-51521234",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var id = int.Parse(path.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var otherBody = await TestHost.PostFormAsync(admin, "/staff/centres", new() { ["Form.Name"] = "越权中心", ["Form.Tier"] = "Township", ["Form.BodyId"] = d.BodyB.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, otherBody.StatusCode);
        var duplicate = await TestHost.PostFormAsync(admin, "/staff/centres", new() { ["Form.Name"] = "县财政局二楼服务点", ["Form.Tier"] = "County", ["Form.BodyId"] = d.BodyA.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("服务中心“县财政局二楼服务点”已存在", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(admin, path + "?handler=AddWindow", new() { ["window.Name"] = "财政票据窗口", ["window.Number"] = "7" }, formPage: path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(admin, path + "?handler=Place", new() { ["itemId"] = d.ItemA.ToString() }, formPage: path)).StatusCode);
        // A draft guide is not offered and is refused when posted anyway.
        var page = await admin.GetStringAsync(path);
        Assert.DoesNotContain("DESK-3", page, StringComparison.Ordinal);
        var draft = await TestHost.PostFormAsync(admin, path + "?handler=Place", new() { ["itemId"] = d.Draft.ToString() }, formPage: path);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, draft.StatusCode);
        Assert.Contains("所选事项未公布办事指南、已不在实施或已进驻本中心", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        page = await admin.GetStringAsync(path);
        Assert.Contains("财政票据窗口", page, StringComparison.Ordinal);
        Assert.Contains("进驻事项（1 项）", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(admin, path + "?handler=Remove", new() { ["itemId"] = d.ItemA.ToString() }, formPage: path)).StatusCode);
        Assert.Contains("进驻事项（0 项）", await admin.GetStringAsync(path), StringComparison.Ordinal);

        var audited = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.ActorName == "czj.admin" && (e.EntityType == nameof(ServiceCentre) || e.EntityType == nameof(CentreWindow) || e.EntityType == nameof(CentreItem)))
            .OrderBy(e => e.Id).Select(e => e.EntityType + " " + e.Action).ToListAsync());
        Assert.Equal(["ServiceCentre created", "CentreWindow created", "CentreItem created", "CentreItem deleted"], audited);

        // A clerk may look at the centre of the body but not change it.
        var clerk = await host.SignInAsync("clerk.a", Password);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(clerk, path + "?handler=AddWindow", new() { ["window.Name"] = "越权窗口" }, formPage: path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("clerk.b", Password)).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_clerk_takes_a_case_through_every_step_and_the_clerk_of_another_body_cannot_reach_it()
    {
        var d = await DeskAsync();
        var clerk = await host.SignInAsync("clerk.a", Password);
        var registered = await TestHost.PostFormAsync(clerk, "/staff/service-cases/new", new()
        {
            ["Form.CentreId"] = d.CentreA.ToString(),
            ["Form.ItemId"] = d.ItemA.ToString(),
            ["Form.WindowId"] = d.WindowA.ToString(),
            ["Form.ApplicantType"] = "Organisation",
            ["Form.ApplicantName"] = "巫溪县某建筑公司",
            ["Form.ReceivedAt"] = "2026-11-02T09:30",
            ["Form.ProvincialNumber"] = "500238-DESK-1",
        }, formPage: $"/staff/service-cases/new?centre={d.CentreA}");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var path = registered.Headers.Location!.OriginalString;
        var id = long.Parse(path.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var c = await CaseAsync(id);
        Assert.Equal((d.CentreA, (int?)d.WindowA, ApplicantType.Organisation, new DateOnly(2026, 11, 2), new DateTimeOffset(2026, 11, 2, 1, 30, 0, TimeSpan.Zero)), (c.CentreId!.Value, c.WindowId, c.ApplicantType, c.ReceivedOn, c.ReceivedAt.ToUniversalTime()));

        var page = await clerk.GetStringAsync(path);
        Assert.Contains("待受理", page, StringComparison.Ordinal);
        Assert.Contains("一次性告知", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, path, "Notify", "2026-11-02", new() { ["form.Missing"] = "营业执照副本\n法定代表人身份证明" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, path, "Accept", "2026-11-03")).StatusCode);
        page = await clerk.GetStringAsync(path);
        // 11-04 … 11-10: five working days; statutory twenty to 12-01.
        Assert.Contains("2026-11-10", page, StringComparison.Ordinal);
        Assert.Contains("2026-12-01", page, StringComparison.Ordinal);
        Assert.Contains("<li>营业执照副本</li>", page, StringComparison.Ordinal);

        var early = await StepAsync(clerk, path, "Finish", "2026-11-02", new() { ["form.Result"] = "Granted" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("办结日期不能早于受理日期（2026-11-03）", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stale = await StepAsync(clerk, path, "Suspend", "2026-11-05", new() { ["form.Kind"] = "ExpertReview" }, revision: 0);
        Assert.Contains("该办件已被他人修改，请刷新后重试", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noDate = await StepAsync(clerk, path, "Suspend", "", new() { ["form.Kind"] = "ExpertReview" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        Assert.Contains("请填写日期", await noDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, path, "Suspend", "2026-11-05", new() { ["form.Kind"] = "ExpertReview", ["form.Note"] = "组织专家评审" })).StatusCode);
        Assert.Contains("特别程序中", await clerk.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, path, "Resume", "2026-11-06")).StatusCode);
        c = await CaseAsync(id);
        Assert.Equal((2, new DateOnly(2026, 11, 12)), (c.SuspendedDays, c.PromisedDue!.Value));
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, path, "Finish", "2026-11-12", new() { ["form.Result"] = "Granted" })).StatusCode);
        var noReason = await StepAsync(clerk, path, "Evaluate", "2026-11-12", new() { ["form.Evaluation"] = "Dissatisfied" });
        Assert.Contains("评价为“不满意”时须填写差评原因", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, path, "Evaluate", "2026-11-12", new() { ["form.Evaluation"] = "Dissatisfied", ["form.Reason"] = "等候时间过长" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, path, "Rectify", "2026-11-16", new() { ["form.Done"] = "增设综合窗口，实行预约办理" })).StatusCode);

        c = await CaseAsync(id);
        Assert.Equal((CaseAcceptance.Accepted, new DateOnly(2026, 11, 12), CaseResult.Granted, true, 5, CaseEvaluation.Dissatisfied, "增设综合窗口，实行预约办理"),
            (c.Acceptance!.Value, c.FinishedOn!.Value, c.Result!.Value, c.OnTime!.Value, c.WorkingDays!.Value, c.Evaluation!.Value, c.Rectification));
        page = await clerk.GetStringAsync(path);
        Assert.Contains("已办结（准予）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"step\"", page, StringComparison.Ordinal);
        var audited = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == nameof(ServiceCase) && e.EntityId == id.ToString()).OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorId }).ToListAsync());
        Assert.Equal(8, audited.Count);
        Assert.Equal("created", audited[0].Action);
        Assert.All(audited, e => Assert.Equal(d.ClerkA, e.ActorId));
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.EntityType == nameof(CaseSuspension) && e.ActorId == d.ClerkA && e.Changes.Contains("ExpertReview"))));

        // The list of the desk shows it under its filters.
        var list = await clerk.GetStringAsync($"/staff/service-cases?centre={d.CentreA}&status=bad");
        Assert.DoesNotContain("500238-DESK-1", list, StringComparison.Ordinal);
        list = await clerk.GetStringAsync($"/staff/service-cases?centre={d.CentreA}&status=finished&window={d.WindowA}&from=2026-11-01&to=2026-11-30");
        Assert.Contains("500238-DESK-1", list, StringComparison.Ordinal);

        // The clerk of 宁河街道 neither sees nor acts on it; the supervisor reads without forms.
        var other = await host.SignInAsync("clerk.b", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/service-cases?centre={d.CentreA}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/service-cases/new?centre={d.CentreA}")).StatusCode);
        Assert.DoesNotContain("500238-DESK-1", await other.GetStringAsync("/staff/service-cases"), StringComparison.Ordinal);
        var before = await CaseAsync(id);
        var refused = await TestHost.PostFormAsync(other, path + "?handler=Step", new() { ["step"] = "Rectify", ["revision"] = before.Revision.ToString(), ["form.On"] = "2026-11-20", ["form.Done"] = "越权" }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var registerThere = await TestHost.PostFormAsync(other, "/staff/service-cases/new", new() { ["Form.CentreId"] = d.CentreA.ToString(), ["Form.ItemId"] = d.ItemA.ToString(), ["Form.ReceivedAt"] = "2026-11-02T09:30" }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, registerThere.StatusCode);
        Assert.Equal(before.Revision, (await CaseAsync(id)).Revision);
        var supervisor = await host.SignInAsync("jiandu", DemoCounty.Password);
        var read = await supervisor.GetStringAsync(path);
        Assert.Contains("巫溪县某建筑公司", read, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"step\"", read, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await TestHost.PostFormAsync(supervisor, path + "?handler=Step", new() { ["step"] = "Rectify", ["revision"] = before.Revision.ToString(), ["form.On"] = "2026-11-20" }, formPage: "/staff")).StatusCode);
    }

    [Fact]
    public async Task The_statistics_page_its_xlsx_and_the_portal_summary_show_the_figures_of_known_cases()
    {
        var d = await DeskAsync();
        await ServiceDesk.AddCasesOf2025Async(host, d);
        var rowA = "巫溪县财政局 3 2 1 2 1 50% 6.5 2 50% 1 1";
        var rowB = $"{d.BodyBName} 1 1 0 1 1 100% 1 1 100% 0 0";
        var total = "合计 4 3 1 3 2 66.67% 4.67 3 66.67% 1 1";

        var editor = await host.SignInAsync("ninghe.editor", DemoCounty.Password);
        var page = await editor.GetStringAsync("/staff/service-cases/statistics?year=2025&by=Body");
        var rows = Rows(page);
        Assert.Contains(rowA, rows);
        Assert.Contains(rowB, rows);
        Assert.Contains(total, rows);
        Assert.Contains("data-series=", page, StringComparison.Ordinal);
        var byTier = Rows(await editor.GetStringAsync("/staff/service-cases/statistics?from=2025-01-01&to=2025-12-31&by=Tier"));
        Assert.Contains("县级 3 2 1 2 1 50% 6.5 2 50% 1 1", byTier);
        Assert.Contains("乡镇（街道） 1 1 0 1 1 100% 1 1 100% 0 0", byTier);
        Assert.Contains(total, byTier);
        var byCentre = Rows(await editor.GetStringAsync("/staff/service-cases/statistics?year=2025&by=Centre"));
        Assert.Contains("县财政局服务大厅 3 2 1 2 1 50% 6.5 2 50% 1 1", byCentre);

        var bad = await editor.GetAsync("/staff/service-cases/statistics?from=2025-12-31&to=2025-01-01");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("统计期间的结束日期不能早于开始日期", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var xlsx = await editor.GetAsync("/staff/service-cases/statistics?handler=Xlsx&year=2025&by=Body");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var file = Path.Combine(TestDatabases.NewDataDirectory(), "办件统计.xlsx");
        await File.WriteAllBytesAsync(file, await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = TableFile.Read(file).Select(r => string.Join(" ", r.Fields!.Where(f => f.Length > 0))).ToList();
        Assert.Equal("实施主体 收件 受理 不予受理 办结 按时办结 按时办结率（%） 平均办理时长（工作日） 评价 满意率（%） 差评 差评已整改", sheet[0]);
        Assert.Contains(rowA.Replace("%", "", StringComparison.Ordinal), sheet);
        Assert.Contains(rowB.Replace("%", "", StringComparison.Ordinal), sheet);
        Assert.Equal(total.Replace("%", "", StringComparison.Ordinal), sheet[^1]);

        var portal = await host.NewClient().GetStringAsync("/services/statistics?year=2025");
        Assert.Contains("2025年县、乡镇（街道）、村（社区）三级政务服务共收件 4 件，办结 3 件，按时办结率 66.67%，群众满意率 66.67%", portal, StringComparison.Ordinal);
        var publicRows = Rows(portal);
        Assert.Contains("县级 3 2 1 2 1 50% 6.5 2 50% 1 1", publicRows);
        Assert.Contains(rowA, publicRows);
        Assert.Contains(total, publicRows);
        Assert.DoesNotContain("王二", portal, StringComparison.Ordinal);
        Assert.Contains("href=\"/services/statistics\"", await host.NewClient().GetStringAsync("/services"), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, string path, string step, string on, Dictionary<string, string>? fields = null, int? revision = null) =>
        StepCoreAsync(client, path, step, on, fields ?? [], revision);

    private static async Task<HttpResponseMessage> StepCoreAsync(HttpClient client, string path, string step, string on, Dictionary<string, string> fields, int? revision)
    {
        var page = await client.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields) { ["step"] = step, ["form.On"] = on, ["revision"] = revision?.ToString() ?? RevisionPattern().Match(page).Groups[1].Value };
        return await TestHost.PostFormAsync(client, path + "?handler=Step", form, formPage: path);
    }

    private Task<ServiceCase> CaseAsync(long id) => host.WithDbAsync((db, _) => db.ServiceCases.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>Each table row as its cells' text joined by single spaces.</summary>
    private static List<string> Rows(string html) =>
        RowPattern().Matches(html).Select(m => WebUtility.HtmlDecode(Space().Replace(Tag().Replace(m.Groups[1].Value, " "), " ").Trim())).ToList();

    [GeneratedRegex("name=\"revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Space();
}

public sealed class ServiceDeskTestsSqlite(SqliteHost f) : ServiceDeskTests(f.Host), IClassFixture<SqliteHost>;

public sealed class ServiceDeskTestsPostgres(PostgresHost f) : ServiceDeskTests(f.Host), IClassFixture<PostgresHost>;
