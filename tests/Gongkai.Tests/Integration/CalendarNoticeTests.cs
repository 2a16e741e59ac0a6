using System.Net;
using Gongkai.Applications;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>The State Council's 2027 notice typed in the back office: preview, then save, and open cases follow.</summary>
public abstract class CalendarNoticeTests(TestHost host)
{
    /// <summary>The notice as an officer would type it: 春节 8 days with Saturday 20 February worked.</summary>
    public static Dictionary<string, string> Notice2027(Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Year"] = "2027",
            ["Papers"] = "国务院办公厅关于2027年部分节假日安排的通知",
            ["Holidays[0].Name"] = "元旦",
            ["Holidays[0].From"] = "2027-01-01",
            ["Holidays[0].To"] = "2027-01-03",
            ["Holidays[1].Name"] = "春节",
            ["Holidays[1].From"] = "2027-02-05",
            ["Holidays[1].To"] = "2027-02-12",
            ["Holidays[2].Name"] = "清明节",
            ["Holidays[2].From"] = "2027-04-03",
            ["Holidays[2].To"] = "2027-04-05",
            ["WorkingDays[0]"] = "2027-02-20",
        };
        foreach (var (k, v) in extra ?? [])
        {
            fields[k] = v;
        }

        return fields;
    }

    /// <summary>A case registered in person on 2027-01-20, before the 2027 notice is known.</summary>
    public static async Task<(int Id, string Tracking)> RegisterCaseIn2027Async(TestHost host)
    {
        var target = new DateTimeOffset(2027, 1, 20, 1, 0, 0, TimeSpan.Zero);
        if (host.Time.GetUtcNow() < target)
        {
            host.Time.SetUtcNow(target);
        }

        var r = await host.WithDbAsync((db, sp) => ApplicationTests.RegisterInPersonAsync(db, sp, "钱某某", 701, "县财政局2026年惠民惠农补贴发放明细"));
        return (r.Application.Id, r.Application.TrackingNumber);
    }

    private Task<Application> CaseAsync(int id) => host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task Preview_lists_the_moved_due_date_and_save_stores_the_year_and_moves_it_audited()
    {
        var (id, tracking) = await RegisterCaseIn2027Async(host);
        var before = await CaseAsync(id);
        // Provisional 2027: 春节 5-8 February with the weekend made up on 9 and 10 February.
        Assert.Equal(new DateOnly(2027, 2, 23), before.DueOn);
        Assert.True(before.DueProvisional);

        var admin = await host.SignInAsync("admin");
        var form = await (await admin.GetAsync("/staff/calendar/notice")).Content.ReadAsStringAsync();
        // Pre-filled with next year (now is January 2027) and the statutory holiday names.
        Assert.Contains("value=\"2028\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"中秋节\"", form, StringComparison.Ordinal);

        var preview = await TestHost.PostFormAsync(admin, "/staff/calendar/notice?handler=Preview", Notice2027(), formPage: "/staff/calendar/notice");
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("预览：2027 年节假日安排", html, StringComparison.Ordinal);
        Assert.Contains("春节：2027-02-05 至 2027-02-12 放假，共 8 天", html, StringComparison.Ordinal);
        Assert.Contains("2027-02-20（星期六）上班（春节 调休）", html, StringComparison.Ordinal);
        Assert.Matches($"{tracking}</a></td>\\s*<td>巫溪县财政局</td>\\s*<td>2027-02-23（暂定）</td>\\s*<td>2027-02-24</td>", html);
        // A preview stores nothing.
        Assert.Equal(before.DueOn, (await CaseAsync(id)).DueOn);
        Assert.False(await host.WithDbAsync((db, _) => db.CalendarYears.AnyAsync(y => y.Year == 2027)));

        var saved = await TestHost.PostFormAsync(admin, "/staff/calendar/notice?handler=Save", Notice2027(), formPage: "/staff/calendar/notice");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await CaseAsync(id);
        Assert.Equal(new DateOnly(2027, 2, 24), after.DueOn);
        Assert.False(after.DueProvisional);
        Assert.NotEqual(before.CalendarVersion, after.CalendarVersion);
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "Application" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(e => e.Id).LastAsync());
        Assert.Equal("admin", audit.ActorName);
        Assert.Contains("\"before\":\"2027-02-23\",\"after\":\"2027-02-24\"", audit.Changes, StringComparison.Ordinal);
        var year = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "CalendarYear" && e.EntityId == "2027").SingleAsync());
        Assert.Equal("admin", year.ActorName);
        Assert.Contains("国务院办公厅关于2027年部分节假日安排的通知", year.Changes, StringComparison.Ordinal);

        // The case page and the calendar now use the official year.
        var calendar = WebUtility.HtmlDecode(await (await admin.GetAsync("/staff/calendar?month=2027-02")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("【暂定】", calendar, StringComparison.Ordinal);

        // Saving 2027 again asks first, then replaces.
        var again = await TestHost.PostFormAsync(admin, "/staff/calendar/notice?handler=Save", Notice2027(), formPage: "/staff/calendar/notice");
        Assert.Contains("2027 年已有国务院节假日安排。如确认用本次录入的通知替换", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var replaced = await TestHost.PostFormAsync(admin, "/staff/calendar/notice?handler=Save", Notice2027(new() { ["WorkingDays[0]"] = "", ["Replace"] = "true" }), formPage: "/staff/calendar/notice");
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(new DateOnly(2027, 2, 25), (await CaseAsync(id)).DueOn);
    }

    [Theory]
    [InlineData("Holidays[1].To=2027-02-04", "“春节”的结束日期 2027-02-04 早于开始日期 2027-02-05。")]
    [InlineData("Holidays[0].From=2026-11-30", "“元旦”的开始日期 2026-11-30 不在 2027 年内")]
    [InlineData("Holidays[3].Name=劳动节;Holidays[3].From=2027-02-11", "“春节”（2027-02-05 至 2027-02-12）与“劳动节”（2027-02-11 至 2027-02-11）日期重叠")]
    [InlineData("Holidays[2].To=2027-05-05", "“清明节”从 2027-04-03 至 2027-05-05 共 33 天，超过 15 天")]
    [InlineData("Holidays[3].From=2027-05-01", "第 4 个节日：请填写节日名称。")]
    [InlineData("WorkingDays[1]=2027-02-06", "调休上班日 2027-02-06 落在“春节”放假期间")]
    [InlineData("WorkingDays[1]=2027-02-20", "调休上班日 2027-02-20 重复填写。")]
    [InlineData("WorkingDays[1]=2027-2-6", "第 2 个调休上班日“2027-2-6”格式不正确")]
    [InlineData("Papers=", "请填写通知的名称、文号或网址")]
    public async Task Bad_entries_get_a_Chinese_message_and_store_nothing(string change, string message)
    {
        var changes = change.Split(';').Select(c => c.Split('=')).ToDictionary(c => c[0], c => c[1]);
        var admin = await host.SignInAsync("admin");
        Task<int> CalendarAuditAsync() => host.WithDbAsync((db, _) => db.AuditEvents.CountAsync(e => e.EntityType == "CalendarYear" || e.EntityType == "CalendarEntry" || e.EntityType == "Application"));
        var audited = await CalendarAuditAsync();
        var r = await TestHost.PostFormAsync(admin, "/staff/calendar/notice?handler=Save", Notice2027(new(changes) { ["Replace"] = "true" }), formPage: "/staff/calendar/notice");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        // What was typed is still in the form.
        Assert.Contains("value=\"2027-02-05\"", html, StringComparison.Ordinal);
        Assert.Equal(audited, await CalendarAuditAsync());
    }

    [Fact]
    public async Task Only_those_who_manage_the_calendar_may_enter_a_notice()
    {
        var officer = await host.SignInAsync("czj.officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/staff/calendar/notice")).StatusCode);
        var r = await TestHost.PostFormAsync(officer, "/staff/calendar/notice?handler=Save", Notice2027(), formPage: "/staff/calendar");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }
}

public sealed class CalendarNoticeTestsSqlite(BusySqliteHost f) : CalendarNoticeTests(f.Host), IClassFixture<BusySqliteHost>;

public sealed class CalendarNoticeTestsPostgres(BusyPostgresHost f) : CalendarNoticeTests(f.Host), IClassFixture<BusyPostgresHost>;
