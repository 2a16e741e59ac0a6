using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Demo;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The 政务服务 JSON API: the public centres and statistics, and the staff desk over JSON — registering a case and
/// taking it through every step, the pages of the list, the import of the provincial export, the statistics — with
/// the same wall between the clerks of two bodies as the desk pages, and the refusals of bodies that are not JSON,
/// numbers for enums and over-long text.
/// </summary>
public abstract class ServicesApiTests(TestHost host)
{
    private const string Password = ServiceDesk.Password;

    private Task<ServiceDesk.Desk> DeskAsync() => ServiceDesk.PrepareAsync(host);

    [Fact]
    public async Task The_public_list_of_centres_shows_windows_and_only_items_with_a_public_guide()
    {
        var d = await DeskAsync();
        // The draft is placed by hand (the centre's page would refuse it): it must still not be shown.
        await host.WithDbAsync(async (_, sp) =>
        {
            await sp.GetRequiredService<ServiceCases>().PlaceItemAsync(d.CentreA, d.Draft);
            return 0;
        });
        using var client = host.NewClient();
        var r = await client.GetAsync("/api/services/centres");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var tiers = (await JsonAsync(r)).GetProperty("tiers").EnumerateArray().ToList();
        var county = Assert.Single(tiers, t => t.GetProperty("tier").GetString() == "County");
        Assert.Equal("县级", county.GetProperty("label").GetString());
        var centre = Assert.Single(county.GetProperty("centres").EnumerateArray(), c => c.GetProperty("id").GetInt32() == d.CentreA);
        Assert.Equal((d.CentreAName, "巫溪县财政局"), (centre.GetProperty("name").GetString(), centre.GetProperty("body").GetString()));
        var window = Assert.Single(centre.GetProperty("windows").EnumerateArray());
        Assert.Equal(("财政综合窗口", "3"), (window.GetProperty("name").GetString(), window.GetProperty("number").GetString()));
        var item = Assert.Single(centre.GetProperty("items").EnumerateArray());
        Assert.Equal(("DESK-1", "DESK-1事项", 5), (item.GetProperty("code").GetString(), item.GetProperty("name").GetString(), item.GetProperty("promisedDays").GetInt32()));
        Assert.DoesNotContain("DESK-3", await (await client.GetAsync("/api/services/centres")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var township = (await JsonAsync(await client.GetAsync("/api/services/centres?tier=Township"))).GetProperty("tiers").EnumerateArray().ToList();
        Assert.Equal("Township", Assert.Single(township).GetProperty("tier").GetString());
        Assert.Contains(township[0].GetProperty("centres").EnumerateArray(), c => c.GetProperty("id").GetInt32() == d.CentreB);

        foreach (var wrong in new[] { "1", "county", "County,Township" })
        {
            var bad = await client.GetAsync($"/api/services/centres?tier={Uri.EscapeDataString(wrong)}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
            Assert.Contains("tier 应为以下名称之一：County、Township、Village", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_clerk_registers_a_case_over_the_API_and_takes_it_through_every_step_with_its_due_dates()
    {
        var d = await DeskAsync();
        using var clerk = await host.SignInAsync("clerk.a", Password);
        var created = await clerk.PostAsJsonAsync("/api/staff/service-cases", new
        {
            centreId = d.CentreA,
            itemId = d.ItemA,
            windowId = d.WindowA,
            applicantType = "Organisation",
            applicantName = "巫溪县某劳务公司",
            receivedAt = "2026-11-02T09:30",
            provincialNumber = "500238-API-1",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var c = await JsonAsync(created);
        var id = c.GetProperty("id").GetInt64();
        Assert.Equal(("500238-API-1", "2026-11-02", "2026-11-02T01:30:00.0000000+00:00", "Organisation", "待受理", "财政综合窗口（3号）"),
            (c.GetProperty("number").GetString(), c.GetProperty("receivedOn").GetString(), c.GetProperty("receivedAt").GetString(), c.GetProperty("applicantType").GetString(), c.GetProperty("status").GetString(), c.GetProperty("window").GetString()));
        Assert.Equal(["Notify", "Accept", "Reject"], Steps(c));

        c = await StepAsync(clerk, id, "notify", new { on = "2026-11-02", missing = "营业执照副本\n法定代表人身份证明" });
        Assert.Equal(["营业执照副本", "法定代表人身份证明"], c.GetProperty("missingMaterials").EnumerateArray().Select(x => x.GetString()!).ToArray());
        c = await StepAsync(clerk, id, "accept", new { on = "2026-11-03", revision = c.GetProperty("revision").GetInt32() });
        // 11-04 … 11-10: five working days; statutory twenty to 12-01.
        Assert.Equal(("Accepted", "2026-11-10", "2026-12-01", false, "办理中"),
            (c.GetProperty("acceptance").GetString(), c.GetProperty("promisedDue").GetString(), c.GetProperty("statutoryDue").GetString(), c.GetProperty("dueProvisional").GetBoolean(), c.GetProperty("status").GetString()));
        Assert.Equal(["Suspend", "Finish"], Steps(c));

        // The same case read back carries the same dates.
        var read = await JsonAsync(await clerk.GetAsync($"/api/staff/service-cases/{id}"));
        Assert.Equal(("2026-11-10", "2026-12-01"), (read.GetProperty("promisedDue").GetString(), read.GetProperty("statutoryDue").GetString()));

        var early = await clerk.PostAsJsonAsync($"/api/staff/service-cases/{id}/finish", new { on = "2026-11-02", result = "Granted" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType!.MediaType);
        Assert.Equal("办结日期不能早于受理日期（2026-11-03）", (await JsonAsync(early)).GetProperty("detail").GetString());
        var stale = await clerk.PostAsJsonAsync($"/api/staff/service-cases/{id}/suspend", new { on = "2026-11-05", kind = "ExpertReview", revision = 0 });
        Assert.Equal("该办件已被他人修改，请刷新后重试", (await JsonAsync(stale)).GetProperty("detail").GetString());
        var noDate = await clerk.PostAsJsonAsync($"/api/staff/service-cases/{id}/suspend", new { kind = "ExpertReview" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        Assert.Equal("请填写日期", (await JsonAsync(noDate)).GetProperty("detail").GetString());

        c = await StepAsync(clerk, id, "suspend", new { on = "2026-11-05", kind = "ExpertReview", note = "组织专家评审" });
        Assert.Equal(("特别程序中", "专家评审"), (c.GetProperty("status").GetString(), c.GetProperty("suspensions")[0].GetProperty("label").GetString()));
        Assert.Equal(["Resume"], Steps(c));
        c = await StepAsync(clerk, id, "resume", new { on = "2026-11-06" });
        Assert.Equal((2, "2026-11-12", 2), (c.GetProperty("suspendedDays").GetInt32(), c.GetProperty("promisedDue").GetString(), c.GetProperty("suspensions")[0].GetProperty("workingDays").GetInt32()));
        c = await StepAsync(clerk, id, "finish", new { on = "2026-11-12", result = "Granted" });
        Assert.Equal(("Granted", true, 5, "已办结（准予）"), (c.GetProperty("result").GetString(), c.GetProperty("onTime").GetBoolean(), c.GetProperty("workingDays").GetInt32(), c.GetProperty("status").GetString()));
        var noReason = await clerk.PostAsJsonAsync($"/api/staff/service-cases/{id}/evaluate", new { on = "2026-11-12", evaluation = "Dissatisfied" });
        Assert.Equal("评价为“不满意”时须填写差评原因", (await JsonAsync(noReason)).GetProperty("detail").GetString());
        c = await StepAsync(clerk, id, "evaluate", new { on = "2026-11-12", evaluation = "Dissatisfied", reason = "等候时间过长" });
        Assert.Equal(["Rectify"], Steps(c));
        c = await StepAsync(clerk, id, "rectify", new { on = "2026-11-16", done = "增设综合窗口，实行预约办理" });
        Assert.Equal(("2026-11-16", "增设综合窗口，实行预约办理"), (c.GetProperty("rectifiedOn").GetString(), c.GetProperty("rectification").GetString()));
        Assert.Empty(Steps(c));

        // Audited as the desk page's steps are: created, then seven steps, all under the clerk's name.
        var audited = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == nameof(ServiceCase) && e.EntityId == id.ToString()).OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorId }).ToListAsync());
        Assert.Equal(["created", "updated", "updated", "updated", "updated", "updated", "updated", "updated"], audited.Select(e => e.Action));
        Assert.All(audited, e => Assert.Equal(d.ClerkA, e.ActorId));
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.EntityType == nameof(CaseSuspension) && e.ActorId == d.ClerkA && e.Changes.Contains("组织专家评审"))));

        // 不予受理 with the 一次性告知 list, on a second case.
        var second = await JsonAsync(await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA, applicantType = "Person", applicantName = "李明", receivedAt = "2026-11-20 10:00" }));
        var rejected = await StepAsync(clerk, second.GetProperty("id").GetInt64(), "reject", new { on = "2026-11-20", reason = "申请材料不齐全", missing = "身份证复印件；户口簿" });
        Assert.Equal(("NotAccepted", "不予受理", "申请材料不齐全"), (rejected.GetProperty("acceptance").GetString(), rejected.GetProperty("status").GetString(), rejected.GetProperty("rejectionReason").GetString()));
        Assert.Equal(["身份证复印件", "户口簿"], rejected.GetProperty("missingMaterials").EnumerateArray().Select(x => x.GetString()!).ToArray());
        Assert.Equal(["Evaluate"], Steps(rejected));
        Assert.StartsWith("本地-", rejected.GetProperty("number").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_bodys_clerk_the_supervisor_and_anonymous_callers_reach_only_what_the_pages_allow()
    {
        var d = await DeskAsync();
        using var clerk = await host.SignInAsync("clerk.a", Password);
        var c = await JsonAsync(await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA, applicantName = "越权测试申请人", receivedAt = "2026-11-25T09:00", provincialNumber = "500238-API-WALL" }));
        var id = c.GetProperty("id").GetInt64();
        var revision = c.GetProperty("revision").GetInt32();

        using var other = await host.SignInAsync("clerk.b", Password);
        var refused = await other.GetAsync($"/api/staff/service-cases/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal("无权查看", (await JsonAsync(refused)).GetProperty("title").GetString());
        Assert.DoesNotContain("越权测试申请人", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audits = await AuditCountAsync();
        foreach (var step in new[] { "notify", "accept", "reject", "suspend", "resume", "finish", "evaluate", "rectify" })
        {
            var r = await other.PostAsJsonAsync($"/api/staff/service-cases/{id}/{step}", new { on = "2026-11-25", missing = "越权", reason = "越权", kind = "Other", result = "Granted", evaluation = "Satisfied", done = "越权", revision });
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/staff/service-cases?centre={d.CentreA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/staff/service-cases?centre=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/staff/service-cases/999999999")).StatusCode);
        var ownList = await JsonAsync(await other.GetAsync("/api/staff/service-cases"));
        Assert.DoesNotContain(ownList.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
        Assert.All(ownList.GetProperty("items").EnumerateArray(), i => Assert.Equal(d.CentreB, i.GetProperty("centreId").GetInt32()));
        // A clerk may not import: the importer writes cases of every centre.
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/staff/service-cases/import", JsonContent.Create(Array.Empty<object>()))).StatusCode);
        var after = await host.WithDbAsync((db, _) => db.ServiceCases.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal((revision, (CaseAcceptance?)null), (after.Revision, after.Acceptance));
        Assert.Equal(audits, await AuditCountAsync());

        // The supervisor reads every case but is offered no step and may take none.
        using var supervisor = await host.SignInAsync("jiandu", DemoCounty.Password);
        var seen = await JsonAsync(await supervisor.GetAsync($"/api/staff/service-cases/{id}"));
        Assert.Equal("越权测试申请人", seen.GetProperty("applicantName").GetString());
        Assert.Empty(Steps(seen));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/staff/service-cases/{id}/accept", new { on = "2026-11-25" })).StatusCode);
        Assert.Contains((await JsonAsync(await supervisor.GetAsync("/api/staff/service-cases?state=undecided"))).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);

        using var anonymous = host.NewClient();
        foreach (var path in new[] { "/api/staff/service-cases", $"/api/staff/service-cases/{id}", "/api/staff/service-cases/statistics?year=2026" })
        {
            var r = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        }

        foreach (var path in new[] { "/api/staff/service-cases", $"/api/staff/service-cases/{id}/accept", "/api/staff/service-cases/import" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(path, new { centreId = d.CentreA, itemId = d.ItemA, on = "2026-11-25" })).StatusCode);
        }

        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task Numbers_for_enums_over_long_text_and_bodies_that_are_not_JSON_are_refused_in_Chinese_and_write_nothing()
    {
        var d = await DeskAsync();
        using var clerk = await host.SignInAsync("clerk.a", Password);
        var cases = await CaseCountAsync();
        var audits = await AuditCountAsync();

        var number = await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA, applicantType = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        var problem = await JsonAsync(number);
        Assert.Equal("“applicantType”应为以下名称之一：Person、Organisation（不接受数字或其他值）。", problem.GetProperty("detail").GetString());
        Assert.Contains("applicantType", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));

        var tooLong = await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA, applicantName = new string('张', 201), provincialNumber = "500238-API-LONG" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal("申请人名称不能超过 200 个字", (await JsonAsync(tooLong)).GetProperty("detail").GetString());
        var longNumber = await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA, provincialNumber = new string('9', 65) });
        Assert.Equal("办件编号不能超过 64 个字符", (await JsonAsync(longNumber)).GetProperty("detail").GetString());
        var future = await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA, receivedAt = "2026-12-01T09:00:00+08:00" });
        Assert.Equal("收件时间不能晚于当前时间", (await JsonAsync(future)).GetProperty("detail").GetString());
        var draft = await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.Draft });
        Assert.Equal("事项“DESK-3事项”的办事指南尚未公开，不能登记收件", (await JsonAsync(draft)).GetProperty("detail").GetString());
        Assert.Equal(cases, await CaseCountAsync());

        var form = await clerk.PostAsync("/api/staff/service-cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["centreId"] = d.CentreA.ToString(), ["itemId"] = d.ItemA.ToString() }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal("application/problem+json", form.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Content-Type: application/json", (await JsonAsync(form)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var plain = await clerk.PostAsync("/api/staff/service-cases", new StringContent($"{{\"centreId\":{d.CentreA},\"itemId\":{d.ItemA}}}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(cases, await CaseCountAsync());

        // On a step: the enum as a number, a date that is none, a note over the column, another content type.
        var c = await JsonAsync(await clerk.PostAsJsonAsync("/api/staff/service-cases", new { centreId = d.CentreA, itemId = d.ItemA, receivedAt = "2026-11-26 09:00" }));
        var id = c.GetProperty("id").GetInt64();
        c = await StepAsync(clerk, id, "accept", new { on = "2026-11-26" });
        var revision = c.GetProperty("revision").GetInt32();
        cases = await CaseCountAsync();
        audits = await AuditCountAsync();
        var kind = await clerk.PostAsJsonAsync($"/api/staff/service-cases/{id}/suspend", new { on = "2026-11-27", kind = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.StartsWith("“kind”应为以下名称之一：Hearing、Testing、ExpertReview", (await JsonAsync(kind)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var date = await clerk.PostAsJsonAsync($"/api/staff/service-cases/{id}/finish", new { on = "2026-02-30", result = "Granted" });
        Assert.Equal("“on”应为 YYYY-MM-DD 格式的有效日期。", (await JsonAsync(date)).GetProperty("detail").GetString());
        var note = await clerk.PostAsJsonAsync($"/api/staff/service-cases/{id}/suspend", new { on = "2026-11-27", kind = "Hearing", note = new string('听', 1001) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, note.StatusCode);
        Assert.Equal("特别程序说明不能超过 1000 个字", (await JsonAsync(note)).GetProperty("detail").GetString());
        var text = await clerk.PostAsync($"/api/staff/service-cases/{id}/finish", new StringContent("on=2026-11-27&result=Granted", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        var broken = await clerk.PostAsync($"/api/staff/service-cases/{id}/finish", new StringContent("{\"on\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("请求体应为 JSON 对象", (await JsonAsync(broken)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await host.WithDbAsync((db, _) => db.ServiceCases.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal((revision, (DateOnly?)null, 0), (after.Revision, after.FinishedOn, await host.WithDbAsync((db, _) => db.CaseSuspensions.CountAsync(s => s.CaseId == id))));
        Assert.Equal((cases, audits), (await CaseCountAsync(), await AuditCountAsync()));

        using var admin = await host.SignInAsync("admin", DemoCounty.Password);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await admin.PostAsync("/api/staff/service-cases/import", new StringContent("number,item\n", Encoding.UTF8, "text/plain"))).StatusCode);
        var notArray = await admin.PostAsync("/api/staff/service-cases/import", JsonContent.Create(new { number = "X" }));
        Assert.Equal(HttpStatusCode.BadRequest, notArray.StatusCode);
        Assert.Contains("JSON 对象数组", (await JsonAsync(notArray)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_through_the_cases_the_member_may_see_under_its_filters()
    {
        var d = await DeskAsync();
        var numbers = await host.WithDbAsync(async (db, sp) =>
        {
            var s = sp.GetRequiredService<ServiceCases>();
            var list = new List<string>();
            for (var i = 0; i < 53; i++)
            {
                var number = $"PAGE-{i:000}";
                await s.RegisterAsync(new CaseRegistration(d.ItemA, d.CentreA, d.WindowA, ApplicantType.Person, $"翻页{i}", new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(i), number));
                list.Add(number);
            }

            return list;
        });
        // Newest first, as the desk lists them.
        numbers.Reverse();
        using var clerk = await host.SignInAsync("clerk.a", Password);
        var query = $"/api/staff/service-cases?centre={d.CentreA}&from=2026-10-01&to=2026-10-31";
        var first = await JsonAsync(await clerk.GetAsync(query));
        Assert.Equal((53, 1, 50), (first.GetProperty("total").GetInt32(), first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32()));
        Assert.Equal(numbers.Take(50), Numbers(first));
        var second = await JsonAsync(await clerk.GetAsync(query + "&page=2"));
        Assert.Equal(["PAGE-002", "PAGE-001", "PAGE-000"], Numbers(second));
        Assert.Equal("翻页0", second.GetProperty("items")[2].GetProperty("applicantName").GetString());
        Assert.Empty(Numbers(await JsonAsync(await clerk.GetAsync(query + "&page=3"))));

        Assert.Equal(53, (await JsonAsync(await clerk.GetAsync(query + "&state=undecided"))).GetProperty("total").GetInt32());
        Assert.Equal(0, (await JsonAsync(await clerk.GetAsync(query + "&state=finished"))).GetProperty("total").GetInt32());
        Assert.Equal(new[] { "PAGE-000" }, Numbers(await JsonAsync(await clerk.GetAsync($"/api/staff/service-cases?from=2026-10-12&to=2026-10-12&item={d.ItemA}&window={d.WindowA}&page=2"))).TakeLast(1));

        foreach (var (wrong, message) in new[] { ("page=0", "page 应为 1 至 1000000 之间的整数。"), ("state=everything", "state 应为以下之一："), ("from=2026-13-01", "from 须为 YYYY-MM-DD 格式的有效日期。") })
        {
            var r = await clerk.GetAsync($"/api/staff/service-cases?{wrong}");
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains(message, (await JsonAsync(r)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_statistics_equal_the_figures_of_CaseStatistics_for_the_same_period()
    {
        var d = await DeskAsync();
        await ServiceDesk.AddCasesOf2025Async(host, d);

        using var anonymous = host.NewClient();
        var pub = await JsonAsync(await anonymous.GetAsync("/api/services/statistics?from=2025-03-01&to=2025-04-15"));
        Assert.Equal(("2025-03-01", "2025-04-15"), (pub.GetProperty("from").GetString(), pub.GetProperty("to").GetString()));
        var (from, to) = (new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 15));
        await AssertSameAsync(pub.GetProperty("byTier"), from, to, CaseStatsBy.Tier);
        await AssertSameAsync(pub.GetProperty("byBody"), from, to, CaseStatsBy.Body);
        var total = pub.GetProperty("byTier").GetProperty("total");
        Assert.Equal((4, 3, 1, 3, 2, 0.6667m, 4.67m, 3, 0.6667m, 1, 1), (total.GetProperty("received").GetInt32(), total.GetProperty("accepted").GetInt32(), total.GetProperty("notAccepted").GetInt32(),
            total.GetProperty("finished").GetInt32(), total.GetProperty("finishedOnTime").GetInt32(), total.GetProperty("onTimeRate").GetDecimal(), total.GetProperty("averageWorkingDays").GetDecimal(),
            total.GetProperty("evaluated").GetInt32(), total.GetProperty("satisfactionRate").GetDecimal(), total.GetProperty("bad").GetInt32(), total.GetProperty("rectified").GetInt32()));
        Assert.DoesNotContain("王二", pub.GetRawText(), StringComparison.Ordinal);

        // The year the public page shows is the same figures as its from/to.
        var year = await JsonAsync(await anonymous.GetAsync("/api/services/statistics?year=2025"));
        Assert.Equal("2025年", year.GetProperty("period").GetString());
        await AssertSameAsync(year.GetProperty("byBody"), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), CaseStatsBy.Body);

        using var editor = await host.SignInAsync("ninghe.editor", DemoCounty.Password);
        foreach (var by in Enum.GetValues<CaseStatsBy>())
        {
            var table = await JsonAsync(await editor.GetAsync($"/api/staff/service-cases/statistics?from=2025-01-01&to=2025-12-31&by={by}"));
            Assert.Equal(by.ToString(), table.GetProperty("by").GetString());
            await AssertSameAsync(table, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), by);
        }

        var centres = await JsonAsync(await editor.GetAsync("/api/staff/service-cases/statistics?year=2025&by=Centre"));
        Assert.Contains(centres.GetProperty("rows").EnumerateArray(), r => r.GetProperty("label").GetString() == d.CentreAName && r.GetProperty("received").GetInt32() >= 3);

        foreach (var (path, message) in new[]
        {
            ("/api/services/statistics?from=2025-12-31&to=2025-01-01", "统计期间的结束日期不能早于开始日期"),
            ("/api/services/statistics?from=2025-01-01", "from 和 to 须同时给出。"),
            ("/api/services/statistics?year=1800", "年度应在 1990 至 2100 之间"),
            ("/api/staff/service-cases/statistics?by=1", "by 应为以下名称之一：Body、Centre、Tier、Item。"),
        })
        {
            var r = await editor.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
            Assert.Contains(message, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_import_as_JSON_or_CSV_is_idempotent_on_the_provincial_number_and_lists_its_rejects()
    {
        var d = await DeskAsync();
        using var admin = await host.SignInAsync("admin", DemoCounty.Password);
        var rows = new object[]
        {
            new Dictionary<string, object> { ["number"] = "IMP-API-1", ["item"] = d.ItemACode, ["centre"] = d.CentreAName, ["received_at"] = "2026-09-01 09:00", ["acceptance"] = "受理", ["accepted_on"] = "2026-09-01", ["finished_on"] = "2026-09-04", ["result"] = "准予" },
            new Dictionary<string, object> { ["办件编号"] = "IMP-API-2", ["事项编码"] = d.ItemACode, ["收件时间"] = "2026-09-02 10:00", ["暂停工作日"] = 0 },
            new Dictionary<string, object> { ["number"] = "IMP-API-3", ["item"] = "NO-SUCH-ITEM", ["received_at"] = "2026-09-02" },
            new Dictionary<string, object> { ["number"] = "IMP-API-4", ["item"] = d.ItemACode, ["received_at"] = "2026-09-03", ["centre"] = "不存在的中心" },
            new Dictionary<string, object> { ["item"] = d.ItemACode },
        };
        var first = await JsonAsync(await admin.PostAsJsonAsync("/api/staff/service-cases/import", rows));
        Assert.Equal((2, 0, 0, 3), Counts(first));
        var rejects = first.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt64(), r.GetProperty("number").GetString(), r.GetProperty("reason").GetString())).ToList();
        Assert.Equal([(3L, "IMP-API-3", "事项编码“NO-SUCH-ITEM”不在本县事项目录中"), (4L, "IMP-API-4", "服务中心“不存在的中心”不存在"), (5L, "", "须有 number（办件编号）")], rejects);
        var imported = await host.WithDbAsync((db, _) => db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "IMP-API-1"));
        Assert.Equal((d.CentreA, new DateOnly(2026, 9, 4), true, CaseResult.Granted), (imported.CentreId!.Value, imported.FinishedOn!.Value, imported.OnTime!.Value, imported.Result!.Value));
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.EntityType == nameof(ServiceCase) && e.Action == "imported" && e.ActorName == "admin" && e.Changes.Contains("IMP-API-1"))));

        var cases = await CaseCountAsync();
        var again = await JsonAsync(await admin.PostAsJsonAsync("/api/staff/service-cases/import", rows));
        Assert.Equal((0, 0, 2, 3), Counts(again));
        Assert.Equal(3, again.GetProperty("rejected").GetArrayLength());
        Assert.Equal(cases, await CaseCountAsync());

        // The same export as CSV, where IMP-API-2 has since been accepted: one update, one unchanged; lines count the header.
        var csv = "办件编号,事项编码,服务中心,收件时间,受理结果,受理日期,办结日期,办结结果\n"
            + $"IMP-API-1,{d.ItemACode},{d.CentreAName},2026-09-01 09:00,受理,2026-09-01,2026-09-04,准予\n"
            + $"IMP-API-2,{d.ItemACode},,2026-09-02 10:00,受理,2026-09-02,,\n"
            + $"IMP-API-5,{d.ItemACode},,不是时间,,,,\n";
        var byCsv = await admin.PostAsync("/api/staff/service-cases/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, byCsv.StatusCode);
        var result = await JsonAsync(byCsv);
        Assert.Equal((0, 1, 1, 1), Counts(result));
        var reject = Assert.Single(result.GetProperty("rejected").EnumerateArray());
        Assert.Equal((4L, "IMP-API-5", "收件时间缺失或格式不正确（如 2015-09-29 09:30）"), (reject.GetProperty("line").GetInt64(), reject.GetProperty("number").GetString(), reject.GetProperty("reason").GetString()));
        var updated = await host.WithDbAsync((db, _) => db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "IMP-API-2"));
        Assert.Equal((CaseAcceptance.Accepted, new DateOnly(2026, 9, 2)), (updated.Acceptance!.Value, updated.AcceptanceOn!.Value));
        Assert.NotNull(updated.PromisedDue);
        Assert.Equal(cases, await CaseCountAsync());

        // In GB18030, as Chinese spreadsheets write CSV.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030").GetBytes(csv);
        var byGb = await admin.PostAsync("/api/staff/service-cases/import", new ByteArrayContent(gb) { Headers = { ContentType = new("text/csv") } });
        Assert.Equal((0, 0, 2, 1), Counts(await JsonAsync(byGb)));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_services_endpoints()
    {
        using var client = host.NewClient();
        var doc = await JsonAsync(await client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/staff/service-cases", out _) || paths.TryGetProperty("/api/staff/service-cases/", out _));
        foreach (var path in new[] { "/api/services/centres", "/api/services/statistics", "/api/staff/service-cases/{id}", "/api/staff/service-cases/{id}/accept", "/api/staff/service-cases/{id}/rectify", "/api/staff/service-cases/import", "/api/staff/service-cases/statistics" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var accept = paths.GetProperty("/api/staff/service-cases/{id}/accept").GetProperty("post");
        Assert.Equal("ServiceCaseAccept", accept.GetProperty("operationId").GetString());
        Assert.Equal("窗口工作人员：受理", accept.GetProperty("summary").GetString());
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static async Task<JsonElement> StepAsync(HttpClient client, long id, string step, object body)
    {
        var r = await client.PostAsJsonAsync($"/api/staff/service-cases/{id}/{step}", body);
        var json = await JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{step}: {(int)r.StatusCode} {json}");
        return json;
    }

    private static string[] Steps(JsonElement c) => c.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToArray();

    private static List<string> Numbers(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();

    private static (long Added, long Updated, long Unchanged, int Rejected) Counts(JsonElement r) =>
        (r.GetProperty("added").GetInt64(), r.GetProperty("updated").GetInt64(), r.GetProperty("unchanged").GetInt64(), r.GetProperty("rejectedCount").GetInt32());

    private Task<int> CaseCountAsync() => host.WithDbAsync((db, _) => db.ServiceCases.CountAsync());

    private Task<int> AuditCountAsync() => host.WithDbAsync((db, _) => db.AuditEvents.CountAsync());

    /// <summary>A statistics table of the API holds exactly the rows <see cref="CaseStatistics"/> counts for the period, and their sum.</summary>
    private async Task AssertSameAsync(JsonElement table, DateOnly from, DateOnly to, CaseStatsBy by)
    {
        var expected = await host.WithDbAsync((db, _) => CaseStatistics.ForPeriodAsync(db, from, to, by));
        static string Key(int? body, int? centre, string? tier, int? item) => $"{body}|{centre}|{tier}|{item}";
        static string Figures(int received, int accepted, int notAccepted, int finished, int onTime, int evaluated, int satisfied, int bad, int rectified, decimal? average) =>
            $"{received} {accepted} {notAccepted} {finished} {onTime} {evaluated} {satisfied} {bad} {rectified} {average}";
        int? Int(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetInt32();
        decimal? Dec(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();
        string Of(JsonElement r) => Figures(r.GetProperty("received").GetInt32(), r.GetProperty("accepted").GetInt32(), r.GetProperty("notAccepted").GetInt32(), r.GetProperty("finished").GetInt32(),
            r.GetProperty("finishedOnTime").GetInt32(), r.GetProperty("evaluated").GetInt32(), r.GetProperty("satisfied").GetInt32(), r.GetProperty("bad").GetInt32(), r.GetProperty("rectified").GetInt32(), Dec(r, "averageWorkingDays"));
        var actual = table.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => Key(Int(r, "bodyId"), Int(r, "centreId"), r.GetProperty("tier").ValueKind == JsonValueKind.Null ? null : r.GetProperty("tier").GetString(), Int(r, "itemId")), Of);
        var wanted = expected.ToDictionary(r => Key(r.BodyId, r.CentreId, r.Tier?.ToString(), r.ItemId),
            r => Figures(r.Received, r.Accepted, r.NotAccepted, r.Finished, r.FinishedOnTime, r.Evaluated, r.Satisfied, r.Bad, r.Rectified, r.AverageWorkingDays));
        Assert.NotEmpty(wanted);
        Assert.Equal(wanted.OrderBy(x => x.Key, StringComparer.Ordinal), actual.OrderBy(x => x.Key, StringComparer.Ordinal));
        var sum = expected.Aggregate((a, b) => a + b);
        Assert.Equal(Figures(sum.Received, sum.Accepted, sum.NotAccepted, sum.Finished, sum.FinishedOnTime, sum.Evaluated, sum.Satisfied, sum.Bad, sum.Rectified, sum.AverageWorkingDays), Of(table.GetProperty("total")));
    }
}

public sealed class ServicesApiTestsSqlite(SqliteHost f) : ServicesApiTests(f.Host), IClassFixture<SqliteHost>;

public sealed class ServicesApiTestsPostgres(PostgresHost f) : ServicesApiTests(f.Host), IClassFixture<PostgresHost>;
