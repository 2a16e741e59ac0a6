using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 12, findings 8 (separation of duties in review) and 12 (login lockout and timing).</summary>
public abstract partial class SeparationAndLoginTests(TestHost host)
{
    private const string Password = "Test-pass-2026";

    private async Task<string> AccountAsync(string bodyCode, params StaffRole[] roles)
    {
        var userName = $"s{Guid.NewGuid():N}"[..16];
        await host.WithDbAsync(async (db, sp) =>
        {
            var bodyId = await db.Bodies.Where(b => b.Code == bodyCode).Select(b => b.Id).SingleAsync();
            return (await sp.GetRequiredService<StaffAccounts>().CreateAsync(userName, "测试账号", bodyId, Password, roles)).Id;
        });
        return userName;
    }

    private static async Task<string> ActPageAsync(HttpClient client, int id, ReviewAction action)
    {
        var response = await CatalogTests.ActAsync(client, id, action);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<int> CreateItemAsync(HttpClient editor, string bodyCode, string title)
    {
        var fields = CatalogTests.ItemFields(title);
        fields["Form.BodyId"] = (await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == bodyCode).Select(b => b.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<ItemState> StateAsync(int id) => host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Id == id).Select(i => i.State).SingleAsync());

    [Fact]
    public async Task The_submitter_cannot_clear_review_and_the_two_stages_need_two_people()
    {
        // One person who both edits and reviews in 县财政局.
        var both = await AccountAsync("czj", StaffRole.Editor, StaffRole.Reviewer);
        using var submitter = await host.SignInAsync(both, Password);
        var id = await CreateItemAsync(submitter, "czj", "职责分离测试：2027年政府采购意向公开");
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(submitter, id, ReviewAction.Submit)).StatusCode);

        // The buttons are not offered; the page says why.
        var page = WebUtility.HtmlDecode(await (await submitter.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync());
        Assert.DoesNotContain(">保密审查通过</button>", page, StringComparison.Ordinal);
        Assert.Contains("不能“保密审查通过”：您是该信息的提交人", page, StringComparison.Ordinal);

        // Posting anyway is refused with the same reason on the page, not a bare 403.
        var refused = await ActPageAsync(submitter, id, ReviewAction.ClearConfidentiality);
        Assert.Contains("不能对自己提交的信息“保密审查通过”：须由本单位其他审核人员审核。", refused, StringComparison.Ordinal);
        Assert.Equal(ItemState.Submitted, await StateAsync(id));

        using var reviewer = await host.SignInAsync("czj.reviewer");
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(reviewer, id, ReviewAction.ClearConfidentiality)).StatusCode);
        Assert.Contains("不能对自己提交的信息“审核通过并公开”", await ActPageAsync(submitter, id, ReviewAction.Approve), StringComparison.Ordinal);
        var reviewerPage = WebUtility.HtmlDecode(await (await reviewer.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync());
        Assert.DoesNotContain(">审核通过并公开</button>", reviewerPage, StringComparison.Ordinal);
        Assert.Contains("保密审查和内容审核须由两个不同的人完成", await ActPageAsync(reviewer, id, ReviewAction.Approve), StringComparison.Ordinal);
        Assert.Equal(ItemState.ConfidentialityCleared, await StateAsync(id));

        using var leader = await host.SignInAsync("czj.leader");
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(leader, id, ReviewAction.Approve)).StatusCode);
        Assert.Equal(ItemState.Published, await StateAsync(id));
        var steps = await host.WithDbAsync((db, _) => db.ReviewSteps.Where(s => s.ItemId == id).OrderBy(s => s.Id).Select(s => s.Action + ":" + s.ActorName).ToListAsync());
        Assert.Equal([$"Submit:{both}", "ClearConfidentiality:czj.reviewer", "Approve:czj.leader"], steps);
    }

    [Fact]
    public async Task With_confidentiality_review_off_the_submitter_still_cannot_approve_their_own_item()
    {
        var body = await host.WithDbAsync((db, _) => db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "fenghuang"));
        await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Id == body.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.RequiresConfidentialityReview, false)));
        var both = await AccountAsync("fenghuang", StaffRole.Editor, StaffRole.Reviewer);
        using var submitter = await host.SignInAsync(both, Password);
        var id = await CreateItemAsync(submitter, "fenghuang", "职责分离测试：凤凰镇防汛值班表");
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(submitter, id, ReviewAction.Submit)).StatusCode);
        Assert.Equal(ItemState.ConfidentialityCleared, await StateAsync(id));
        Assert.Contains("您是该信息的提交人", await ActPageAsync(submitter, id, ReviewAction.Approve), StringComparison.Ordinal);
        Assert.Equal(ItemState.ConfidentialityCleared, await StateAsync(id));
    }

    [Fact]
    public async Task Only_a_system_administrator_switches_review_stages_audited_and_shown_to_everyone_who_sees_the_body()
    {
        var body = await host.WithDbAsync((db, _) => db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "ningchang"));
        var bodyAdminName = await AccountAsync("ningchang", StaffRole.BodyAdmin);
        using var bodyAdmin = await host.SignInAsync(bodyAdminName, Password);
        var page = WebUtility.HtmlDecode(await (await bodyAdmin.GetAsync($"/staff/bodies/{body.Id}")).Content.ReadAsStringAsync());
        Assert.Contains("预先审核环节：保密审查（开启），内容审核（开启）。两个环节须由提交人以外的两名不同审核人员完成。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.RequiresContentReview\"", page, StringComparison.Ordinal);

        var form = AuditTests.Form(body);
        form["Input.ReviewStagesShown"] = "true";
        form["Input.RequiresConfidentialityReview"] = "false";
        form["Input.RequiresContentReview"] = "false";
        var refused = await TestHost.PostFormAsync(bodyAdmin, $"/staff/bodies/{body.Id}", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("只有系统管理员可以开启或关闭预先审核环节", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A form that leaves the checkboxes out (as the body administrator's does) changes nothing either.
        var other = AuditTests.Form(body, telephone: "023-51520077");
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(bodyAdmin, $"/staff/bodies/{body.Id}", other)).StatusCode);
        var stored = await host.WithDbAsync((db, _) => db.Bodies.AsNoTracking().SingleAsync(b => b.Id == body.Id));
        Assert.Equal(("023-51520077", true, true), (stored.Telephone, stored.RequiresConfidentialityReview, stored.RequiresContentReview));

        using var admin = await host.SignInAsync("admin");
        var byAdmin = AuditTests.Form(stored);
        byAdmin["Input.ReviewStagesShown"] = "true";
        byAdmin["Input.RequiresConfidentialityReview"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(admin, $"/staff/bodies/{body.Id}", byAdmin)).StatusCode);
        Assert.False(await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Id == body.Id).Select(b => b.RequiresContentReview).SingleAsync()));
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "Body" && e.EntityId == stored.AuditKey).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("admin", audit.ActorName);
        Assert.Contains("RequiresContentReview", audit.Changes, StringComparison.Ordinal);

        using var supervisor = await host.SignInAsync("jiandu");
        var shown = WebUtility.HtmlDecode(await (await supervisor.GetAsync($"/staff/bodies/{body.Id}")).Content.ReadAsStringAsync());
        Assert.Contains("预先审核环节：保密审查（开启），内容审核（已关闭）。审核须由提交人以外的审核人员完成。", shown, StringComparison.Ordinal);
    }

    /// <summary>A client whose connections come from <paramref name="address"/> (any 127.x address reaches the loopback listener on Linux).</summary>
    private HttpClient ClientFrom(string address) => new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
            await socket.ConnectAsync(context.DnsEndPoint, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = host.Address };

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        TestHost.PostFormAsync(client, "/staff/login", new() { ["UserName"] = userName, ["Password"] = password });

    [Fact]
    public async Task Wrong_passwords_from_one_address_do_not_keep_the_owner_out_from_another()
    {
        // Fresh addresses per host, so that a second database's run does not share counts with the first.
        var net = host.Provider == "sqlite" ? "127.0.10." : "127.0.20.";
        var name = await AccountAsync("czj", StaffRole.Editor);
        using var attacker = ClientFrom(net + "1");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await LoginAsync(attacker, name, "wrong-password-1");
            Assert.Contains("用户名或密码不正确。", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The sixth from that address is turned away before the password is looked at, even the right one.
        foreach (var password in new[] { "wrong-password-1", Password })
        {
            var throttled = await LoginAsync(attacker, name, password);
            Assert.Equal(HttpStatusCode.OK, throttled.StatusCode);
            Assert.Contains("尝试过于频繁，请 15 分钟后再试。", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The owner, at their own desk, signs in at once; nothing was locked.
        using var owner = ClientFrom(net + "2");
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(owner, name, Password)).StatusCode);
        var user = await host.WithDbAsync((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.UserName == name));
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);

        // Every failure and refusal is in the audit log with its address.
        var audit = await host.WithDbAsync((db, _) => db.AuditEvents.Where(e => e.EntityType == "Login" && e.EntityId == name).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["login-failed", "login-failed", "login-failed", "login-failed", "login-failed", "login-throttled", "login-throttled"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Contains(net + "1", e.Changes, StringComparison.Ordinal));

        // The clock moves on: after the window the address may try again.
        host.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(attacker, name, Password)).StatusCode);
    }

    [Fact]
    public async Task Guessing_many_accounts_from_one_address_is_throttled()
    {
        using var sprayer = ClientFrom(host.Provider == "sqlite" ? "127.0.11.1" : "127.0.21.1");
        for (var i = 0; i < 30; i++)
        {
            var wrong = await LoginAsync(sprayer, $"guess{i}", "wrong-password-1");
            Assert.Contains("用户名或密码不正确。", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var stopped = await LoginAsync(sprayer, "czj.editor", "Gongkai@2015");
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Contains("尝试过于频繁，请", await stopped.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Others are not affected.
        using var colleague = ClientFrom(host.Provider == "sqlite" ? "127.0.11.2" : "127.0.21.2");
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(colleague, "czj.editor", "Gongkai@2015")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_take_about_as_long()
    {
        var net = host.Provider == "sqlite" ? "127.0.12." : "127.0.22.";
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 12; i++)
        {
            // A new address and a new account for each try: no throttle (nor, before, a lockout) is reached.
            var name = await AccountAsync("czj", StaffRole.Editor);
            using var client = ClientFrom(net + (i + 1));
            known.Add(await TimedLoginAsync(client, name, "wrong-password-1"));
            unknown.Add(await TimedLoginAsync(client, $"nobody{Guid.NewGuid():N}"[..16], "wrong-password-1"));
        }

        // The first two of each warm up; compare medians with generous bounds (the difference was 20-50 times).
        var k = Median(known.Skip(2));
        var u = Median(unknown.Skip(2));
        Assert.True(k / u is > 0.5 and < 2, $"wrong password {k:F1} ms, unknown user {u:F1} ms");
    }

    private static async Task<double> TimedLoginAsync(HttpClient client, string userName, string password)
    {
        var page = await (await client.GetAsync("/staff/login")).Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token });
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/staff/login", form);
        var html = await response.Content.ReadAsStringAsync();
        watch.Stop();
        Assert.Contains("用户名或密码不正确。", html, StringComparison.Ordinal);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SeparationAndLoginTestsSqlite(BusySqliteHost f) : SeparationAndLoginTests(f.Host), IClassFixture<BusySqliteHost>;

public sealed class SeparationAndLoginTestsPostgres(BusyPostgresHost f) : SeparationAndLoginTests(f.Host), IClassFixture<BusyPostgresHost>;
