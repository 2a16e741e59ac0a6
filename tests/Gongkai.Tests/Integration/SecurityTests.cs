using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Gongkai.Applications;
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
        // A refused form with a field named "code" (an item code) is still a 403 with its Chinese page, not a 500.
        var withCode = await TestHost.PostFormAsync(bodyAdmin, $"/staff/users/{victim}?handler=Roles", new() { ["roles"] = nameof(StaffRole.Editor), ["code"] = "XK-001" }, formPage: "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, withCode.StatusCode);
        Assert.Contains("无权操作", await withCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);

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

    private static object ApiBody(string description, int serial, string name = "幂等测试人") => new
    {
        applicantType = "Person",
        name,
        idDocument = "ResidentCard",
        idNumber = ApplicationTests.IdNumber(serial),
        phone = "13902380000",
        description,
        delivery = "ElectronicFile",
        body = "czj",
    };

    private static async Task<HttpResponseMessage> PostApiAsync(HttpClient client, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A client whose connections come from another loopback address, as a second citizen's would.</summary>
    private HttpClient ClientFrom(string address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
            await socket.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = host.Address };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task An_idempotency_key_replays_only_the_same_request_from_the_same_client()
    {
        var key = "key-" + Guid.NewGuid().ToString("N");
        using var first = host.NewClient();
        var created = await PostApiAsync(first, ApiBody("县财政局2026年部门预算（幂等一）", 401), key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = await JsonAsync(created);
        var tracking = receipt.GetProperty("trackingNumber").GetString()!;
        var secret = receipt.GetProperty("secret").GetString()!;
        var count = await host.WithDbAsync((db, _) => db.Applications.CountAsync());

        // The same client retrying the same request gets its receipt again.
        var retry = await JsonAsync(await PostApiAsync(first, ApiBody("县财政局2026年部门预算（幂等一）", 401), key));
        Assert.Equal(secret, retry.GetProperty("secret").GetString());

        // The same key with another request: refused, and nothing of the first is told.
        var other = await PostApiAsync(first, ApiBody("县财政局2026年三公经费", 402, "另一人"), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        var otherText = await other.Content.ReadAsStringAsync();
        Assert.DoesNotContain(tracking, otherText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, otherText, StringComparison.Ordinal);

        // Another client presenting the key is not given the query code.
        using var stranger = ClientFrom("127.0.0.2");
        var stolen = await PostApiAsync(stranger, ApiBody("县财政局2026年部门预算（幂等一）", 401), key);
        var stolenText = await stolen.Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, stolenText, StringComparison.Ordinal);
        Assert.Equal(count, await host.WithDbAsync((db, _) => db.Applications.CountAsync()));

        // The web form's key cannot name an API key: a form posted with "api:…" is a new application of its own.
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        using var formClient = host.NewClient();
        var form = await TestHost.PostFormAsync(formClient, "/apply", ApplicationTests.Fields("表单冒用人", "县财政局2026年政府采购目录", ApplicationTests.IdNumber(403), bodyId, key: $"api:127.0.0.1:{key}"));
        var formHtml = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.DoesNotContain(tracking, formHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, formHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("幂等测试人", formHtml, StringComparison.Ordinal);
        Assert.Equal(count + 1, await host.WithDbAsync((db, _) => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task Long_idempotency_keys_are_compared_whole_or_refused()
    {
        using var client = host.NewClient();
        var stem = new string('k', 150) + Guid.NewGuid().ToString("N");
        var a = await PostApiAsync(client, ApiBody("县财政局2026年国有资产报告（长键一）", 404), stem + "-a");
        var b = await PostApiAsync(client, ApiBody("县财政局2026年国有资产报告（长键二）", 405), stem + "-b");
        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
        Assert.NotEqual((await JsonAsync(a)).GetProperty("trackingNumber").GetString(), (await JsonAsync(b)).GetProperty("trackingNumber").GetString());

        var tooLong = await PostApiAsync(client, ApiBody("县财政局2026年国有资产报告（长键三）", 406), new string('x', ApplicationService.MaxSubmissionKey + 1));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Idempotency-Key", (await JsonAsync(tooLong)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_with_every_old_tracking_number_taken_still_takes_applications()
    {
        // Yesterday's format had 10,000 numbers a day and looped for ever once they were taken.
        var today = await host.WithDbAsync((db, _) => Task.FromResult(db.Today()));
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        await host.WithDbAsync(async (db, _) =>
        {
            foreach (var chunk in Enumerable.Range(0, 10_000).Chunk(2_000))
            {
                db.Applications.AddRange(chunk.Select(n => new Application
                {
                    TrackingNumber = $"{today:yyyyMMdd}{n:D4}",
                    SecretHash = new string('0', 64),
                    BodyId = bodyId,
                    ApplicantName = "占号",
                    Description = "占号",
                    ArrivedAt = host.Time.GetUtcNow(),
                    CreatedAt = host.Time.GetUtcNow(),
                }));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            return 0;
        });

        using var client = host.NewClient();
        var created = await PostApiAsync(client, ApiBody("县财政局2026年决算（编号）", 407), null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Matches($"^{today:yyyyMMdd}\\d{{6}}$", (await JsonAsync(created)).GetProperty("trackingNumber").GetString()!);
        await host.WithDbAsync(async (db, _) => await db.Applications.Where(a => a.ApplicantName == "占号").ExecuteDeleteAsync());
    }
    [Fact]
    public async Task Staff_answers_and_draft_files_are_never_stored_and_public_files_are_revalidated()
    {
        using var officer = await host.SignInAsync("czj.officer");
        var list = await officer.GetAsync("/api/staff/applications?list=open");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("no-store", list.Headers.CacheControl!.ToString());

        using var editor = await host.SignInAsync("czj.editor");
        var fields = CatalogTests.ItemFields("缓存测试：县财政局2027年部门预算");
        fields["Form.BodyId"] = (await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.UploadAsync(editor, id, "预算.pdf", Samples.Pdf())).StatusCode);
        var attachment = await host.WithDbAsync((db, _) => db.Attachments.Where(a => a.ItemId == id).Select(a => a.Id).SingleAsync());
        var draftFile = await editor.GetAsync($"/staff/catalog/{id}/files/{attachment}");
        Assert.Equal(HttpStatusCode.OK, draftFile.StatusCode);
        Assert.Equal("no-store", draftFile.Headers.CacheControl!.ToString());

        using var reviewer = await host.SignInAsync("czj.reviewer");
        using var leader = await host.SignInAsync("czj.leader");
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(editor, id, Gongkai.Catalog.ReviewAction.Submit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(reviewer, id, Gongkai.Catalog.ReviewAction.ClearConfidentiality)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.ActAsync(leader, id, Gongkai.Catalog.ReviewAction.Approve)).StatusCode);

        using var citizen = host.NewClient();
        var file = await citizen.GetAsync($"/items/{id}/files/1");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var cache = file.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), cache.MaxAge);
        Assert.DoesNotContain("immutable", cache.ToString(), StringComparison.Ordinal);
        var again = new HttpRequestMessage(HttpMethod.Get, $"/items/{id}/files/1");
        again.Headers.IfNoneMatch.Add(file.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await citizen.SendAsync(again)).StatusCode);
    }
    [Fact]
    public async Task A_session_cookie_replayed_after_logout_no_longer_signs_in()
    {
        var jar = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = host.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(client, "/staff/login", new() { ["UserName"] = "czj.editor", ["Password"] = Gongkai.Demo.DemoCounty.Password })).StatusCode);
        var cookie = jar.GetCookieHeader(host.Address);
        Assert.Contains("gongkai.staff=", cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/catalog")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.PostFormAsync(client, "/staff/logout", [], formPage: "/staff")).StatusCode);

        // The stamp is checked once any time has passed since the cookie was issued; the test clock stands still.
        host.Time.Advance(TimeSpan.FromSeconds(1));
        using var replay = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Address };
        var request = new HttpRequestMessage(HttpMethod.Get, "/staff/catalog");
        request.Headers.Add("Cookie", cookie);
        var response = await replay.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
    [Fact]
    public async Task Oversized_fields_and_uploads_get_a_Chinese_413_never_a_500()
    {
        using var citizen = host.NewClient();
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var before = await host.WithDbAsync((db, _) => db.Applications.CountAsync());
        var huge = await TestHost.PostFormAsync(citizen, "/apply", ApplicationTests.Fields("大字段", new string('长', 2_200_000), ApplicationTests.IdNumber(501), bodyId));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        var hugeText = await huge.Content.ReadAsStringAsync();
        Assert.Contains("提交的内容过大", hugeText, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", hugeText, StringComparison.Ordinal);
        Assert.Equal(before, await host.WithDbAsync((db, _) => db.Applications.CountAsync()));

        using var editor = await host.SignInAsync("czj.editor");
        var fields = CatalogTests.ItemFields("大附件测试");
        fields["Form.BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        // As a browser does with a large body, the client waits for the server's go-ahead: the refusal comes first.
        var page = await (await editor.GetAsync($"/staff/catalog/{id}")).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[35 * 1024 * 1024]), "file", "大文件.pdf" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/staff/catalog/{id}?handler=Upload") { Content = form };
        request.Headers.ExpectContinue = true;
        var upload = await editor.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Contains("提交的内容过大", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("1900-03-01T09:00")]
    public async Task A_registration_dated_before_the_regulations_is_refused_in_Chinese(string arrived)
    {
        using var officer = await host.SignInAsync("czj.officer");
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var fields = ApplicationTests.Fields("古人", "县财政局1900年预算", ApplicationTests.IdNumber(502), bodyId);
        fields["Channel"] = "InPerson";
        fields["ArrivedAt"] = arrived;
        fields["ConfirmedOn"] = arrived[..10];
        var r = await TestHost.PostFormAsync(officer, "/staff/applications/new", fields);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("到达日期不能早于 2008年5月1日", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/applications", "text/plain")]
    [InlineData("/api/applications", "application/x-www-form-urlencoded")]
    [InlineData("/api/applications/status", "text/xml")]
    public async Task The_API_says_what_content_type_it_expects(string path, string type)
    {
        using var client = host.NewClient();
        var r = await client.PostAsync(path, new StringContent("name=x", System.Text.Encoding.UTF8, type));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Content-Type: application/json", (await JsonAsync(r)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
    [Fact]
    public async Task One_body_cannot_take_another_bodys_index_numbers_and_a_taken_number_is_skipped()
    {
        var (czj, ninghe) = await host.WithDbAsync(async (db, _) =>
            (await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "czj"), await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "ninghe")));
        using var admin = await host.SignInAsync("admin");
        var form = AuditTests.Form(ninghe);
        form["Input.IndexPattern"] = czj.OrganizationCode + "/{YYYY}-{NNNNN}";
        form["Input.RequiresConfidentialityReview"] = "true";
        form["Input.RequiresContentReview"] = "true";
        var refused = await TestHost.PostFormAsync(admin, $"/staff/bodies/{ninghe.Id}", form, formPage: "/staff");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("索引号规则须包含本单位的机构代码", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Id == ninghe.Id).Select(b => b.IndexPattern).SingleAsync()));

        // An imported item kept the number the counter would hand out next: the new item gets the one after.
        var next = await host.WithDbAsync((db, _) => db.IndexCounters.Where(c => c.BodyId == czj.Id && c.Year == 2026).Select(c => (int?)c.Next).SingleOrDefaultAsync()) ?? 1;
        var taken = $"{czj.OrganizationCode}/2026-{next:D5}";
        var csv = Path.Combine(TestDatabases.NewDataDirectory(), "taken.csv");
        await File.WriteAllTextAsync(csv, $"body,index_number,title,written_on,published_on,topic,category,validity,body_html\nczj,{taken},占用编号的旧信息,2026-03-01,2026-03-02,03,a20-07,有效,<p>旧。</p>\n");
        Assert.Equal(1, (await host.WithDbAsync((db, _) => new Gongkai.Catalog.CatalogImporter(db).ImportAsync(Gongkai.Catalog.CatalogImporter.ReadFile(csv)))).Imported);

        // An import numbering its rows itself meets the same taken number: the batch is written again, skipping it.
        var later = Path.Combine(TestDatabases.NewDataDirectory(), "later.csv");
        await File.WriteAllTextAsync(later, "body,title,written_on,published_on,topic,category,validity,body_html\nczj,后来导入的信息甲,2026-03-05,2026-03-06,03,a20-07,有效,<p>甲。</p>\nczj,后来导入的信息乙,2026-03-05,2026-03-06,03,a20-07,有效,<p>乙。</p>\n");
        var imported = await host.WithDbAsync((db, _) => new Gongkai.Catalog.CatalogImporter(db).ImportAsync(Gongkai.Catalog.CatalogImporter.ReadFile(later)));
        Assert.Equal(2, imported.Imported);
        Assert.Empty(imported.Rejected);
        var numbers = await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Title.StartsWith("后来导入的信息")).Select(i => i.IndexNumber).ToListAsync());
        Assert.Equal(2, numbers.Distinct().Count());
        Assert.DoesNotContain(taken, numbers);
        Assert.Empty(await host.WithDbAsync((db, _) => Gongkai.Catalog.Archive.VerifyAsync(db)));

        using var editor = await host.SignInAsync("czj.editor");
        var fields = CatalogTests.ItemFields("编号跳过测试");
        fields["Form.BodyId"] = czj.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await TestHost.PostFormAsync(editor, "/staff/catalog/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var number = await host.WithDbAsync((db, _) => db.CatalogItems.Where(i => i.Title == "编号跳过测试").Select(i => i.IndexNumber).SingleAsync());
        Assert.NotEqual(taken, number);
        Assert.StartsWith($"{czj.OrganizationCode}/2026-", number, StringComparison.Ordinal);
    }
}

public sealed class SecurityTestsSqlite(BusySqliteHost f) : SecurityTests(f.Host), IClassFixture<BusySqliteHost>;

public sealed class SecurityTestsPostgres(BusyPostgresHost f) : SecurityTests(f.Host), IClassFixture<BusyPostgresHost>;

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
