using System.Net;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

public abstract class AuditTests(TestHost host)
{
    [Fact]
    public async Task A_change_through_the_back_office_is_logged_with_who_when_and_what()
    {
        var body = await host.WithDbAsync((db, _) => db.Bodies.SingleAsync(b => b.Code == "hbj"));
        var admin = await host.SignInAsync("admin");
        var response = await TestHost.PostFormAsync(admin, $"/staff/bodies/{body.Id}", Form(body, telephone: "023-51520001"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var events = await host.WithDbAsync((db, _) => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == "Body" && e.EntityId == body.Id.ToString()).OrderBy(e => e.Id).ToListAsync());
        var last = events[^1];
        Assert.Equal("updated", last.Action);
        Assert.Equal("admin", last.ActorName);
        Assert.NotNull(last.ActorId);
        Assert.Equal(host.Time.GetUtcNow(), last.At);
        Assert.Contains("\"Telephone\":{\"before\":\"" + body.Telephone + "\",\"after\":\"023-51520001\"}", last.Changes, StringComparison.Ordinal);
        Assert.Equal("created", events[0].Action);
    }

    [Fact]
    public async Task A_failed_change_leaves_neither_the_change_nor_an_audit_row()
    {
        var before = await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync());
        await Assert.ThrowsAsync<DbUpdateException>(() => host.WithDbAsync(async (db, _) =>
        {
            var county = await db.Bodies.SingleAsync(b => b.Code == "wuxi");
            db.Bodies.Add(new Body { Code = "fail-" + Guid.NewGuid().ToString("N")[..6], Name = "测试局", ShortName = "测试局", ParentId = county.Id });
            db.Bodies.Add(new Body { Code = "czj", Name = "重复代码", ShortName = "重复", ParentId = county.Id });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(before, await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync()));
        Assert.Equal(0, await host.WithDbAsync((db, _) => db.Bodies.CountAsync(b => b.Name == "测试局")));
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_or_deleted_even_with_raw_SQL()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => host.WithDbAsync((db, _) => db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"ActorName\" = 'x'")));
        await Assert.ThrowsAnyAsync<Exception>(() => host.WithDbAsync((db, _) => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_events")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.WithDbAsync(async (db, _) =>
        {
            var e = await db.AuditEvents.FirstAsync();
            e.ActorName = "篡改";
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(0, await host.WithDbAsync((db, _) => db.AuditEvents.CountAsync(e => e.ActorName == "x" || e.ActorName == "篡改")));
    }

    [Fact]
    public async Task Concurrent_edits_of_one_body_are_detected()
    {
        var body = await host.WithDbAsync((db, _) => db.Bodies.SingleAsync(b => b.Code == "jtw"));
        var admin = await host.SignInAsync("admin");
        var staleForm = Form(body, telephone: "023-51520002");
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(admin, $"/staff/bodies/{body.Id}", Form(body, telephone: "023-51520003"))).StatusCode);

        var second = await TestHost.PostFormAsync(admin, $"/staff/bodies/{body.Id}", staleForm);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("已被他人修改", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("023-51520003", await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Id == body.Id).Select(b => b.Telephone).SingleAsync()));
    }

    internal static Dictionary<string, string> Form(Body b, string? telephone = null, string? name = null) => new()
    {
        ["Input.Revision"] = b.Revision.ToString(),
        ["Input.Name"] = name ?? b.Name,
        ["Input.ShortName"] = b.ShortName,
        ["Input.OrganizationCode"] = b.OrganizationCode ?? "",
        ["Input.CreditCode"] = b.CreditCode ?? "",
        ["Input.OfficeName"] = b.OfficeName ?? "",
        ["Input.Address"] = b.Address ?? "",
        ["Input.Postcode"] = b.Postcode ?? "",
        ["Input.OfficeHours"] = b.OfficeHours ?? "",
        ["Input.Telephone"] = telephone ?? b.Telephone ?? "",
        ["Input.Fax"] = b.Fax ?? "",
        ["Input.Email"] = b.Email ?? "",
    };
}

public sealed class AuditTestsSqlite(SqliteHost f) : AuditTests(f.Host), IClassFixture<SqliteHost>;

public sealed class AuditTestsPostgres(PostgresHost f) : AuditTests(f.Host), IClassFixture<PostgresHost>
{
    [Fact]
    public async Task When_the_audit_row_cannot_be_written_the_change_is_rolled_back()
    {
        // PostgreSQL enforces the column length that SQLite ignores: an over-long actor name makes the audit insert fail.
        await Assert.ThrowsAsync<DbUpdateException>(() => f.Host.WithDbAsync(async (db, _) =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Code == "sjj");
            body.Fax = "023-51529999";
            return await db.SaveChangesAsync();
        }, actor: new string('长', 300)));
        Assert.NotEqual("023-51529999", await f.Host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "sjj").Select(b => b.Fax).SingleAsync()));
    }
}
