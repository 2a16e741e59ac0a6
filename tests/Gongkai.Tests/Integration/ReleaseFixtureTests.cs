using System.Diagnostics;
using System.IO.Compression;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Keys;
using Gongkai.Operations;
using Gongkai.Reports;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The database of the last release, with a small set of records made through the platform's own services
/// (tests/Gongkai.Tests/Data/Release, written by scripts/release-fixtures at each release), must migrate to the
/// current model on both databases with every record still there and readable.
/// </summary>
public class ReleaseFixtureTests
{
    public const string WriteVariable = "GONGKAI_WRITE_RELEASE_FIXTURES";

    private const string SqliteFile = "release.sqlite.gz", PostgresFile = "release.postgres.sql", KeyFile = "release.key";
    private const string ItemTitle = "关于调整城乡居民医疗保险财政补助标准的通知";
    private const string ItemText = "城乡居民医疗保险财政补助标准每人每年提高30元";
    private const string AttachmentName = "补助标准明细表.pdf";
    private static readonly string ApplicantIdNumber = ApplicationTests.IdNumber(2026);
    private const string ApplicationText = "请公开2025年县级财政预算中交通建设专项资金安排情况。";
    private const string ReportOverview = "2025年，县财政局围绕预算决算、政府采购等重点领域做好主动公开，规范依申请公开办理。";
    private const string ServiceCode = "RELEASE-CZJ-1";
    private const string ServiceName = "政府采购代理机构名录登记";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static string FixtureDirectory => Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Data", "Release");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_release_database_migrates_to_the_current_model_with_every_record_readable(string provider)
    {
        var settings = provider == "sqlite" ? RestoreSqlite() : await RestorePostgresAsync();
        await using var host = await TestHost.StartAsync(provider, demo: false, database: settings);
        var (itemId, reportId) = await host.WithDbAsync(async (db, sp) =>
        {
            Assert.Empty(await Migrator.PendingAsync(db));
            Assert.False(db.Database.HasPendingModelChanges());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());

            Assert.Equal(["czj", "wuxi"], await db.Bodies.OrderBy(b => b.Code).Select(b => b.Code).ToListAsync());
            Assert.True(await PlatformSetup.IsSetUpAsync(db));
            var item = await db.CatalogItems.SingleAsync(i => i.Title == ItemTitle);
            var application = await db.Applications.SingleAsync(a => a.Description == ApplicationText);
            Assert.Equal(ApplicantIdNumber, await sp.GetRequiredService<ApplicationService>().RevealIdNumberAsync(application));
            var steps = await db.ApplicationSteps.Where(s => s.ApplicationId == application.Id).OrderBy(s => s.Id).Select(s => s.Action).ToListAsync();
            // Registered in person, so accepted on arrival: no separate acceptance step.
            Assert.Equal(["Registered", nameof(ApplicationAction.Decide), nameof(ApplicationAction.Deliver)], steps);
            var report = await db.AnnualReports.SingleAsync();
            Assert.Equal(2025, report.Year);
            Assert.NotNull(await sp.GetRequiredService<ReportService>().DataAsync(report));
            Assert.Equal(ServiceName, (await db.ServiceItems.SingleAsync(s => s.Code == ServiceCode)).Name);
            Assert.NotEmpty(await db.AuditEvents.ToListAsync());
            return (item.Id, report.Id);
        });

        using var client = host.NewClient();
        var page = await client.GetStringAsync($"/items/{itemId}");
        Assert.Contains(ItemText, page, StringComparison.Ordinal);
        Assert.Contains(AttachmentName, page, StringComparison.Ordinal);
        Assert.Equal(Pdf, await client.GetByteArrayAsync($"/items/{itemId}/files/1"));
        Assert.Contains(ReportOverview, await client.GetStringAsync($"/reports/{reportId}"), StringComparison.Ordinal);
        Assert.Contains(ServiceName, await client.GetStringAsync($"/services/{ServiceCode}"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixtures_stay_small()
    {
        foreach (var name in new[] { SqliteFile, PostgresFile, KeyFile })
        {
            Assert.InRange(new FileInfo(Path.Combine(FixtureDirectory, name)).Length, 1, 512 * 1024);
        }
    }

    /// <summary>Writes the fixtures of this release's schema; run by scripts/release-fixtures, skipped otherwise.</summary>
    [RegenerationFact]
    public async Task Regenerate_the_release_fixtures()
    {
        var target = Environment.GetEnvironmentVariable(WriteVariable)!;
        Directory.CreateDirectory(target);
        var key = MasterKey.NewKey();
        var sqlite = DatabaseSettings.ForDataDirectory(TestDatabases.NewDataDirectory());
        var postgres = DatabaseSettings.ForPostgres(TestDatabases.NewPostgresDatabase());
        foreach (var (provider, settings) in new[] { ("sqlite", sqlite), ("postgres", postgres) })
        {
            MasterKey.Write(TestDatabases.KeyFileOf(settings), key);
            await using var host = await TestHost.StartAsync(provider, demo: false, database: settings);
            await host.WithDbAsync(async (db, sp) =>
            {
                await PopulateAsync(db, sp);
                return 0;
            }, "发布基准数据");
        }

        foreach (var name in new[] { SqliteFile, PostgresFile, KeyFile })
        {
            File.Delete(Path.Combine(target, name));
        }

        MasterKey.Write(Path.Combine(target, KeyFile), key);
        var compact = Path.Combine(TestDatabases.NewDataDirectory(), "release.db");
        await using (var connection = new SqliteConnection(sqlite.ConnectionString))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", compact);
            await vacuum.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using (var input = File.OpenRead(compact))
        await using (var output = new GZipStream(File.Create(Path.Combine(target, SqliteFile)), CompressionLevel.SmallestSize))
        {
            await input.CopyToAsync(output);
        }

        await RunAsync("pg_dump", postgres, "--no-owner", "--no-privileges", "--format=plain", "--file", Path.Combine(target, PostgresFile));
    }

    /// <summary>One record of each kind a county keeps, each through the service staff use.</summary>
    private static async Task PopulateAsync(GongkaiDb db, IServiceProvider sp)
    {
        var (county, admin) = await sp.GetRequiredService<PlatformSetup>().SetUpAsync(new CountySetup { County = "巫溪县", Code = "wuxi", AdminUserName = "xxgk.admin", Password = "Release-pass-2026" });
        var czj = await sp.GetRequiredService<BodyRegistry>().AddAsync(new BodySpec { Code = "czj", Name = "巫溪县财政局", ShortName = "县财政局", Kind = "department", ParentCode = county.Code });
        var officer = await sp.GetRequiredService<StaffAccounts>().CreateAsync("czj.officer", "县财政局信息员", czj.Id, "Release-pass-2026", [StaffRole.DisclosureOfficer]);

        var catalog = sp.GetRequiredService<CatalogService>();
        var item = await catalog.CreateAsync(czj.Id, new ItemInput(ItemTitle, null, "巫溪财发〔2026〕12号", new DateOnly(2026, 11, 20), null, "21", "a20-15", null, null,
            Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", $"<p>{ItemText}，自2026年1月1日起执行。</p>"), officer.Id);
        await catalog.AttachAsync(item, AttachmentName, Pdf);
        foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            await catalog.ApplyAsync(item, action, null, item.Revision, await catalog.NothingToDeclareAsync("发布基准数据"));
        }

        var applications = sp.GetRequiredService<ApplicationService>();
        var submitted = await applications.SubmitAsync(new ApplicationInput
        {
            Name = "谭某某",
            IdDocument = IdDocument.ResidentCard,
            IdNumber = ApplicantIdNumber,
            Phone = "13908230000",
            Description = ApplicationText,
            Delivery = Delivery.ElectronicFile,
            BodyId = czj.Id,
        }, new Registration(Channel.InPerson, db.Time.GetUtcNow(), null), null, officer.Id, officer.DisplayName);
        var application = await db.Applications.SingleAsync(a => a.Id == submitted.Application.Id);
        var today = applications.Today();
        await applications.ApplyAsync(application, ApplicationAction.Decide, new ActionInput { On = today, Outcome = "disclose" }, application.Revision, officer.Id, officer.DisplayName);
        await applications.ApplyAsync(application, ApplicationAction.Deliver, new ActionInput { On = today, Comment = "通过电子邮件发送答复告知书和所需信息。" }, application.Revision, officer.Id, officer.DisplayName);

        var reports = sp.GetRequiredService<ReportService>();
        var report = await reports.OpenAsync(czj.Id, 2025, countyWide: false);
        await reports.SaveTextsAsync(report, new ReportTexts(ReportOverview, "一是解读形式较为单一。\n下一步，本局将丰富解读形式。", "无。", null), report.Revision);
        // The figures no record holds are entered, as a body does before its report passes the rules.
        await reports.SaveFiguresAsync(report, new Dictionary<string, string?>
        {
            [ReportFigure.KeyOf("第二十条第（一）项", "规章", "本年制发件数")] = "0",
            [ReportFigure.KeyOf("第二十条第（一）项", "规章", "本年废止件数")] = "0",
            [ReportFigure.KeyOf("第二十条第（一）项", "规章", "现行有效件数")] = "0",
            [ReportFigure.KeyOf("第二十条第（五）项", "行政许可", "本年处理决定数量")] = "0",
            [ReportFigure.KeyOf("第二十条第（六）项", "行政处罚", "本年处理决定数量")] = "2",
            [ReportFigure.KeyOf("第二十条第（六）项", "行政强制", "本年处理决定数量")] = "0",
            [ReportFigure.KeyOf("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）")] = "1.2500",
        }, "县财政局 信息员");
        var findings = await reports.CheckAsync(report, await reports.DataAsync(report));
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
        await reports.ApproveAsync(report, report.Revision, "县财政局 办公室主任");
        await reports.PublishAsync(report, report.Revision, catalog, admin.Id);

        var services = sp.GetRequiredService<ServiceItemWorkflow>();
        var service = await services.CreateAsync(czj.Id, ServiceCode, new ServiceGuide(ServiceName, null, ServiceItemType.Licensing,
            ServiceTier.County, null, null, null, null, 20, 10, null, null, null, null, null, null, false, null));
        await services.ApplyAsync(service, GuideAction.Submit, null, service.Revision);
        await services.ApplyAsync(service, GuideAction.Approve, null, service.Revision);
    }

    private static DatabaseSettings RestoreSqlite()
    {
        var directory = TestDatabases.NewDataDirectory();
        using (var input = new GZipStream(File.OpenRead(Path.Combine(FixtureDirectory, SqliteFile)), CompressionMode.Decompress))
        using (var output = File.Create(Path.Combine(directory, DatabaseSettings.SqliteFileName)))
        {
            input.CopyTo(output);
        }

        var settings = DatabaseSettings.ForDataDirectory(directory);
        MasterKey.Write(TestDatabases.KeyFileOf(settings), MasterKey.Read(Path.Combine(FixtureDirectory, KeyFile)));
        return settings;
    }

    private static async Task<DatabaseSettings> RestorePostgresAsync()
    {
        var settings = DatabaseSettings.ForPostgres(TestDatabases.NewPostgresDatabase());
        await using (var admin = new NpgsqlConnection(TestDatabases.PostgresServer()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        await RunAsync("psql", settings, "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--file", Path.Combine(FixtureDirectory, PostgresFile));
        MasterKey.Write(TestDatabases.KeyFileOf(settings), MasterKey.Read(Path.Combine(FixtureDirectory, KeyFile)));
        return settings;
    }

    /// <summary>A PostgreSQL client program against the database of <paramref name="settings"/>.</summary>
    private static async Task RunAsync(string tool, DatabaseSettings settings, params string[] args)
    {
        var b = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var start = new ProcessStartInfo(Backup.FindTool(tool) ?? throw new InvalidOperationException($"{tool} not found (postgresql-client)"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var a in new[] { "--host", b.Host!, "--port", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", b.Username ?? "postgres", "--dbname", b.Database! }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        if (!string.IsNullOrEmpty(b.Password))
        {
            start.Environment["PGPASSWORD"] = b.Password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool}: {await error}{await output}");
    }
}

/// <summary>Runs only when <see cref="ReleaseFixtureTests.WriteVariable"/> names the directory to write (scripts/release-fixtures).</summary>
public sealed class RegenerationFactAttribute : FactAttribute
{
    public RegenerationFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ReleaseFixtureTests.WriteVariable)))
        {
            Skip = "writes the release fixtures; run scripts/release-fixtures at a release";
        }
    }
}
