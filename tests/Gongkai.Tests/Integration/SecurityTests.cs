using System.Net;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Reproductions of what the attack probe found (issue 12), kept so that each stays fixed.</summary>
public abstract class SecurityTests(TestHost host)
{
    private const string Password = "Test-pass-2026";

    private async Task<string> AccountAsync(string bodyCode, params StaffRole[] roles)
    {
        var userName = $"s{Guid.NewGuid():N}"[..16];
        return await host.WithDbAsync(async (db, sp) =>
        {
            var bodyId = await db.Bodies.Where(b => b.Code == bodyCode).Select(b => b.Id).SingleAsync();
            return (await sp.GetRequiredService<StaffAccounts>().CreateAsync(userName, "测试账号", bodyId, Password, roles)).Id;
        });
    }

    private Task<string> UserNameAsync(string id) => host.WithDbAsync((db, _) => db.Users.Where(u => u.Id == id).Select(u => u.UserName!).SingleAsync());

    [Theory]
    [InlineData(StaffRole.SystemAdmin)]
    [InlineData(StaffRole.Supervisor)]
    public async Task A_body_administrator_cannot_take_over_a_county_wide_account_of_their_body(StaffRole role)
    {
        // The county-wide account's home body is 县财政局, whose administrator is czj.admin.
        var victim = await AccountAsync("czj", role);
        using var bodyAdmin = await host.SignInAsync("czj.admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await bodyAdmin.GetAsync($"/staff/users/{victim}")).StatusCode);
        var reset = await TestHost.PostFormAsync(bodyAdmin, $"/staff/users/{victim}?handler=Password", new() { ["newPassword"] = "Taken-over-2026" }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
        var reRole = await TestHost.PostFormAsync(bodyAdmin, $"/staff/users/{victim}?handler=Roles", new() { ["roles"] = nameof(StaffRole.Editor) }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, reRole.StatusCode);

        var name = await UserNameAsync(victim);
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync(name, "Taken-over-2026"));
        using var still = await host.SignInAsync(name, Password);
        Assert.Equal([role], await host.WithDbAsync((db, _) => db.RoleGrants.Where(g => g.UserId == victim).Select(g => g.Role).ToListAsync()));

        // A system administrator still manages it.
        using var admin = await host.SignInAsync("admin");
        var byAdmin = await TestHost.PostFormAsync(admin, $"/staff/users/{victim}?handler=Password", new() { ["newPassword"] = "Reset-by-admin-2026" }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Redirect, byAdmin.StatusCode);
        using var afterReset = await host.SignInAsync(name, "Reset-by-admin-2026");
    }

    [Fact]
    public async Task A_body_administrator_cannot_manage_an_account_that_also_holds_a_role_in_another_body()
    {
        var victim = await AccountAsync("czj", StaffRole.Editor);
        await host.WithDbAsync(async (db, _) =>
        {
            var other = await db.Bodies.Where(b => b.Code == "ninghe").Select(b => b.Id).SingleAsync();
            db.RoleGrants.Add(new RoleGrant { UserId = victim, BodyId = other, Role = StaffRole.BodyAdmin });
            return await db.SaveChangesAsync();
        });
        using var bodyAdmin = await host.SignInAsync("czj.admin");
        var reset = await TestHost.PostFormAsync(bodyAdmin, $"/staff/users/{victim}?handler=Password", new() { ["newPassword"] = "Taken-over-2026" }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
    }

    [Fact]
    public async Task A_body_administrator_still_manages_the_staff_of_their_body()
    {
        var editor = await AccountAsync("czj", StaffRole.Editor, StaffRole.Reviewer);
        using var bodyAdmin = await host.SignInAsync("czj.admin");
        var reset = await TestHost.PostFormAsync(bodyAdmin, $"/staff/users/{editor}?handler=Password", new() { ["newPassword"] = "New-editor-2026" }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var signedIn = await host.SignInAsync(await UserNameAsync(editor), "New-editor-2026");
    }
}

public sealed class SecurityTestsSqlite(SqliteHost f) : SecurityTests(f.Host), IClassFixture<SqliteHost>;

public sealed class SecurityTestsPostgres(PostgresHost f) : SecurityTests(f.Host), IClassFixture<PostgresHost>;

/// <summary>Limits belong to endpoints: every spelling of a path that reaches the handler spends the same budget.</summary>
public sealed class LimitPathVariantTests(ApplyLimitedHost f) : IClassFixture<ApplyLimitedHost>
{
    [Fact]
    public async Task The_hourly_application_limit_holds_for_every_spelling_of_the_API_path()
    {
        var client = f.Host.NewClient();
        string[] paths = ["/api/applications/", "/API/Applications", "/api/applications?via=query", "/api/APPLICATIONS/?x=1", "/api/applications"];
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            var body = new
            {
                applicantType = "Person",
                name = "路径变体",
                idDocument = "ResidentCard",
                idNumber = ApplicationTests.IdNumber(300 + i),
                phone = "13902380000",
                description = $"第{i + 1}份：县财政局2026年预算",
                delivery = "ElectronicFile",
                body = "czj",
            };
            statuses.Add((await client.PostAsync(paths[i % paths.Length], System.Net.Http.Json.JsonContent.Create(body))).StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.All(statuses.Skip(10), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(10, await f.Host.WithDbAsync((db, _) => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task The_search_limit_holds_for_every_spelling_of_the_search_paths()
    {
        var client = f.Host.NewClient();
        string[] paths = ["/api/search/?q=%E8%B4%A2%E6%94%BF", "/API/Search?q=%E8%B4%A2%E6%94%BF", "/Search?q=%E8%B4%A2%E6%94%BF", "/search/?q=%E8%B4%A2%E6%94%BF&x=1"];
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 124; i++)
        {
            statuses.Add((await client.GetAsync(paths[i % paths.Length])).StatusCode);
        }

        Assert.Equal(120, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Skip(120), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
