using System.Net;
using System.Text.Json;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

public abstract class CalendarTests(TestHost host)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task The_API_adds_working_days_and_says_when_the_answer_is_provisional()
    {
        var client = host.NewClient();
        var r = await client.GetAsync("/api/calendar/add-working-days?from=2015-09-30&days=5&explain=true");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var json = await JsonAsync(r);
        Assert.Equal("2015-10-13", json.GetProperty("due").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());
        Assert.Equal(13, json.GetProperty("explanation").GetArrayLength());

        var later = await JsonAsync(await client.GetAsync("/api/calendar/add-working-days?from=2026-12-28&days=10"));
        // 2027 has no notice yet, but 元旦 (Friday 2027-01-01) is a statutory rest day all the same.
        Assert.Equal("2027-01-12", later.GetProperty("due").GetString());
        Assert.True(later.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("from=2015-02-30&days=3")]
    [InlineData("from=2015-09-30&days=-1")]
    [InlineData("from=2015-09-30&days=abc")]
    [InlineData("from=2015-09-30&days=99999")]
    [InlineData("days=3")]
    [InlineData("from=%3Cscript%3E&days=3")]
    public async Task Bad_API_input_gets_a_Chinese_problem_document(string query)
    {
        var r = await host.NewClient().GetAsync("/api/calendar/add-working-days?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        var json = await JsonAsync(r);
        Assert.Equal("请求参数有误", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_local_override_entered_in_the_back_office_moves_deadlines_and_is_audited()
    {
        var admin = await host.SignInAsync("admin");
        var before = await JsonAsync(await admin.GetAsync("/api/calendar/add-working-days?from=2016-06-06&days=1"));
        Assert.Equal("2016-06-07", before.GetProperty("due").GetString());

        var saved = await TestHost.PostFormAsync(admin, "/staff/calendar?handler=Override", new()
        {
            ["date"] = "2016-06-07",
            ["offDay"] = "true",
            ["name"] = "县庆放假",
            ["reason"] = "巫溪府发〔2016〕1号",
        }, formPage: "/staff/calendar");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await JsonAsync(await admin.GetAsync("/api/calendar/add-working-days?from=2016-06-06&days=1"));
        Assert.Equal("2016-06-08", after.GetProperty("due").GetString());
        Assert.NotEqual(before.GetProperty("calendarVersion").GetString(), after.GetProperty("calendarVersion").GetString());
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "CalendarEntry").OrderBy(e => e.Id).LastAsync());
        Assert.Equal("admin", audit.ActorName);
        Assert.Contains("巫溪府发〔2016〕1号", audit.Changes, StringComparison.Ordinal);

        var page = await (await admin.GetAsync("/staff/calendar?month=2016-06&from=2016-06-06&days=1")).Content.ReadAsStringAsync();
        Assert.Contains("县庆放假", page, StringComparison.Ordinal);
        Assert.Contains("2016-06-08", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_years_schedule_uploaded_by_an_administrator_ends_the_provisional_flag()
    {
        var admin = await host.SignInAsync("admin");
        var page = await admin.GetAsync("/staff/calendar");
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("""{"year":2028,"papers":[],"days":[{"name":"元旦","date":"2028-01-03","isOffDay":true}]}"""), "file", "2028.json" },
        };
        var r = await admin.PostAsync("/staff/calendar?handler=Import", form);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var json = await JsonAsync(await admin.GetAsync("/api/calendar/add-working-days?from=2027-12-31&days=1"));
        Assert.Equal("2028-01-04", json.GetProperty("due").GetString());
        // 2027-12-31 itself has no schedule, but every counted day is in 2028, which now has one.
        Assert.False(json.GetProperty("provisional").GetBoolean());

        using var bad = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0, 1, 2]), "file", "2029.json" },
        };
        var rejected = await admin.PostAsync("/staff/calendar?handler=Import", bad);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("不是有效的节假日安排文件", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class CalendarTestsSqlite(SqliteHost f) : CalendarTests(f.Host), IClassFixture<SqliteHost>;

public sealed class CalendarTestsPostgres(PostgresHost f) : CalendarTests(f.Host), IClassFixture<PostgresHost>;
