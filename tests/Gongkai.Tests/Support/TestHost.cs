using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Staff;
using Gongkai.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Tests.Support;

/// <summary>The real platform on Kestrel at a free loopback port, with the demo county loaded.</summary>
public sealed partial class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, Uri address, FakeTimeProvider time, string provider, string dataDirectory, DatabaseSettings database)
    {
        _app = app;
        Database = database;
        DataDirectory = dataDirectory;
        Address = address;
        Time = time;
        Provider = provider;
    }

    public Uri Address { get; }

    public string DataDirectory { get; }

    public FakeTimeProvider Time { get; }

    public string Provider { get; }

    public IServiceProvider Services => _app.Services;

    public DatabaseSettings Database { get; }

    /// <summary>The master key file of the host's database (made on the first start, like <c>gongkai serve</c> does).</summary>
    public string KeyFile => TestDatabases.KeyFileOf(Database);

    /// <summary>
    /// A node on a fresh database, or with <paramref name="database"/> a further node on another node's
    /// database (its own data directory and search indexes). <paramref name="realTime"/> runs the node on
    /// the system clock, so that its background loops tick by themselves.
    /// </summary>
    public static async Task<TestHost> StartAsync(string provider, bool demo = true, DatabaseSettings? database = null, bool realTime = false, int applicationsPerHour = 1000, int formPostsPerMinute = 20, Func<HostOptions, HostOptions>? configure = null)
    {
        var dataDirectory = TestDatabases.NewDataDirectory();
        var settings = database ?? (provider == "sqlite" ? DatabaseSettings.ForDataDirectory(dataDirectory) : DatabaseSettings.ForPostgres(TestDatabases.NewPostgresDatabase()));
        var keyFile = TestDatabases.KeyFileOf(settings);
        if (provider == "postgres" && !File.Exists(keyFile))
        {
            // Nodes of one PostgreSQL database share a key file, as an operator copies it to each node.
            Gongkai.Keys.MasterKey.Write(keyFile, Gongkai.Keys.MasterKey.NewKey());
        }

        var options = new HostOptions(dataDirectory, settings, ["http://127.0.0.1:0"]) { PublicApplicationsPerHour = applicationsPerHour, PublicFormPostsPerMinute = formPostsPerMinute, KeyFile = keyFile };
        options = configure?.Invoke(options) ?? options;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        var app = GongkaiApp.Build(options, realTime ? TimeProvider.System : time);
        if (provider == "postgres")
        {
            await using var db = settings.CreateContext(time, new AuditActor { Name = "test migrate" });
            await Migrator.MigrateAsync(db);
        }

        await GongkaiApp.PrepareDatabaseAsync(app);
        if (demo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            // Bodies and logins only: the 23,123 demo items are loaded by the test that checks them.
            await DemoCounty.LoadBodiesAndStaffAsync(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), scope.ServiceProvider.GetRequiredService<StaffAccounts>());
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TestHost(app, new Uri(address), time, provider, dataDirectory, settings);
    }

    /// <summary>A unit of work against the host's database, acting as <paramref name="actor"/>.</summary>
    public async Task<T> WithDbAsync<T>(Func<GongkaiDb, IServiceProvider, Task<T>> work, string actor = "test")
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Name = actor;
        return await work(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), scope.ServiceProvider);
    }

    public HttpClient NewClient() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Signs in through the real login form, antiforgery token and all.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = DemoCounty.Password)
    {
        var client = NewClient();
        var response = await PostFormAsync(client, "/staff/login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login as {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Fetches the form page, then posts it with its antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? path);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        var values = new Dictionary<string, string>(fields);
        if (token.Success)
        {
            values["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync("sqlite");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>A host for tests that post many public forms from one address; the limits themselves are tested elsewhere.</summary>
public sealed class BusySqliteHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync("sqlite", formPostsPerMinute: 10_000);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class BusyPostgresHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync("postgres", formPostsPerMinute: 10_000);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class PostgresHost : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync("postgres");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
