using System.CommandLine;
using System.Globalization;
using Gongkai.Audit;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>The <c>gongkai</c> program: one executable that serves and administers.</summary>
public static partial class Cli
{
    private static readonly Option<string> DataOption = new("--data")
    {
        Description = "数据目录（SQLite 数据库文件等），默认 ./data",
        DefaultValueFactory = _ => "./data",
        Recursive = true,
    };

    private static readonly Option<string?> PostgresOption = new("--postgres")
    {
        Description = $"PostgreSQL 连接字符串；也可用环境变量 {HostOptions.PostgresVariable}。不给则使用数据目录中的 SQLite",
        Recursive = true,
    };

    private static readonly Option<string?> KeyFileOption = new("--key-file")
    {
        Description = $"主密钥文件（加密数据库中的数据保护密钥）；也可用环境变量 {HostOptions.KeyFileVariable}。SQLite 默认为数据目录旁的 数据目录名.key，PostgreSQL 必须指定",
        Recursive = true,
    };

    private static readonly Option<string?> PublicUrlOption = new("--public-url")
    {
        Description = $"公众访问的地址（如 https://xxgk.example.gov.cn），用于订阅、站点地图和二维码；也可用环境变量 {HostOptions.PublicUrlVariable}",
        Recursive = true,
    };

    private static readonly Option<string[]> TrustedProxyOption = new("--trusted-proxy")
    {
        Description = $"受信任的反向代理地址或网段（可多次给出），只认它们转发的 X-Forwarded-For/Proto；也可用环境变量 {HostOptions.TrustedProxiesVariable}",
        AllowMultipleArgumentsPerToken = true,
        Recursive = true,
    };

    private static readonly Option<string[]> MetricsAllowOption = new("--metrics-allow")
    {
        Description = $"允许读取 /metrics 的地址或网段（可多次给出；none 为不允许任何地址），默认仅本机 127.0.0.1 和 ::1；也可用环境变量 {HostOptions.MetricsAllowVariable}",
        AllowMultipleArgumentsPerToken = true,
        Recursive = true,
    };

    private static readonly Option<string?> FilesOption = new("--files")
    {
        Description = $"附件等文件内容存放的目录（多个节点共用同一目录，如 NFS）；不给则存在数据库中。也可用环境变量 {HostOptions.FilesVariable}。两者之间用 gongkai files move 迁移",
        Recursive = true,
    };

    private static readonly Option<string?> LogFormatOption = new("--log-format")
    {
        Description = $"日志格式：text（默认）或 json（每行一个 JSON 对象）；也可用环境变量 {HostOptions.LogFormatVariable}",
        Recursive = true,
    };

    private static Option<string[]> UrlsOption() => new("--urls")
    {
        Description = $"监听地址，默认 {HostOptions.DefaultUrl}（多个用分号分隔）",
        AllowMultipleArgumentsPerToken = true,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Gongkai（公开）：县级政府信息公开平台。不带子命令时等同于 serve。");
        root.Options.Add(DataOption);
        root.Options.Add(PostgresOption);
        root.Options.Add(KeyFileOption);
        root.Options.Add(PublicUrlOption);
        root.Options.Add(TrustedProxyOption);
        root.Options.Add(MetricsAllowOption);
        root.Options.Add(FilesOption);
        root.Options.Add(LogFormatOption);
        var rootUrls = UrlsOption();
        root.Options.Add(rootUrls);
        root.SetAction((r, ct) => ServeAsync(r, rootUrls, demo: false, reset: false, ct));

        var serveUrls = UrlsOption();
        var serve = new Command("serve", "启动门户网站、后台和接口") { serveUrls };
        serve.SetAction((r, ct) => ServeAsync(r, serveUrls, demo: false, reset: false, ct));
        root.Subcommands.Add(serve);

        var demoUrls = UrlsOption();
        var reset = new Option<bool>("--reset") { Description = "删除数据目录中已有的数据库，重新生成演示数据" };
        var demo = new Command("demo", "在数据目录中生成巫溪县（2015年）演示数据并启动；已有演示数据时直接启动") { demoUrls, reset };
        demo.SetAction((r, ct) => ServeAsync(r, demoUrls, demo: true, reset: r.GetValue(reset), ct));
        root.Subcommands.Add(demo);

        var migrate = new Command("migrate", "把数据库结构升级到当前版本（多节点部署时由此命令迁移，节点启动时不迁移）");
        migrate.SetAction(MigrateAsync);
        root.Subcommands.Add(migrate);

        root.Subcommands.Add(SetupCommand());
        root.Subcommands.Add(BodiesCommand());
        root.Subcommands.Add(UsersCommand());
        root.Subcommands.Add(ArchiveCommand());
        root.Subcommands.Add(ImportCommand());
        root.Subcommands.Add(CalendarCommand());
        root.Subcommands.Add(ReindexCommand());
        root.Subcommands.Add(ReportCommand());
        root.Subcommands.Add(KeysCommand());
        root.Subcommands.Add(ServicesCommand());
        root.Subcommands.Add(WebsitesCommand());
        root.Subcommands.Add(BackupCommand());
        root.Subcommands.Add(RestoreCommand());
        root.Subcommands.Add(FilesCommand());

        return await root.Parse(args).InvokeAsync();
    }

    private static HostOptions Options(ParseResult r, Option<string[]>? urls = null) =>
        HostOptions.Resolve(r.GetValue(DataOption)!, r.GetValue(PostgresOption), urls is null ? null : SplitUrls(r.GetValue(urls)),
            r.GetValue(KeyFileOption), r.GetValue(PublicUrlOption), r.GetValue(TrustedProxyOption), r.GetValue(MetricsAllowOption), r.GetValue(LogFormatOption), r.GetValue(FilesOption));

    private static string[]? SplitUrls(string[]? urls) =>
        urls?.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    /// <summary>Runs a verb, turning a bad setting or bad input into one line and a non-zero exit code.</summary>
    private static async Task<int> Guarded(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is SettingsException or MigrationException or CalendarDataException or StaffAccountException or Gongkai.Bodies.BodyException or Gongkai.Search.SearchIndexInUseException or Gongkai.ServiceItems.ServiceCaseException)
        {
            await Console.Error.WriteLineAsync($"gongkai: {e.Message}");
            return 2;
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            // Usually a second node started with the first one's address (and often its data directory).
            await Console.Error.WriteLineAsync("gongkai: 监听地址已被占用：另一个节点或程序正在使用该端口，请用 --urls 换一个地址。");
            return 2;
        }
    }

    private static Task<int> ServeAsync(ParseResult r, Option<string[]> urls, bool demo, bool reset, CancellationToken ct) => Guarded(async () =>
    {
        var options = Options(r, urls);
        if (demo && reset && options.Database.Provider == DatabaseProvider.Sqlite)
        {
            foreach (var f in Directory.Exists(options.DataDirectory) ? Directory.GetFiles(options.DataDirectory, DatabaseSettings.SqliteFileName + "*") : [])
            {
                File.Delete(f);
            }
        }

        await using var app = GongkaiApp.Build(options);
        await GongkaiApp.PrepareDatabaseAsync(app, ct);
        if (demo)
        {
            await LoadDemoAsync(app.Services, ct);
        }

        await app.StartAsync(ct);
        Console.WriteLine($"Gongkai 已启动（{options.Database.Describe()}）");
        foreach (var url in app.Urls)
        {
            Console.WriteLine($"  门户网站: {url}/");
            Console.WriteLine($"  后台登录: {url}/staff/login");
        }

        if (options.PublicUrl is null)
        {
            Console.WriteLine($"未设置公开地址（--public-url 或 {HostOptions.PublicUrlVariable}）：订阅、站点地图和二维码中的网址用 {app.Urls.First()}；对外服务时请设置。");
        }

        if (await app.Services.GetRequiredService<SetupToken>().IssueIfNeededAsync(app.Services, ct) is { } token)
        {
            Console.WriteLine("尚未安装：请在浏览器中打开下面的一次性安装地址，填写本县信息和系统管理员账号（也可用 gongkai setup 命令）：");
            Console.WriteLine($"  安装地址: {app.Urls.First()}/setup?token={token}");
        }

        if (demo)
        {
            Console.WriteLine("演示账号（密码均为 " + DemoCounty.Password + "）:");
            foreach (var login in DemoCounty.Logins)
            {
                Console.WriteLine($"  {login.UserName,-15} {login.Role}（{login.Body}）");
            }
        }

        Console.WriteLine("按 Ctrl+C 停止。");
        await app.WaitForShutdownAsync(ct);
        return 0;
    });

    private static async Task LoadDemoAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Name = "演示数据（gongkai demo）";
        if (await DemoCounty.IsLoadedAsync(db, ct))
        {
            Console.WriteLine("数据目录中已有巫溪县演示数据，直接启动（加 --reset 可重新生成）。");
            return;
        }

        if (await db.Bodies.AnyAsync(ct))
        {
            throw new SettingsException("数据库中已有其他单位的数据，不能载入演示数据：请换一个数据目录（--data）。");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await DemoCounty.LoadAsync(db, scope.ServiceProvider.GetRequiredService<StaffAccounts>(), scope.ServiceProvider.GetRequiredService<Gongkai.Applications.ApplicationService>(), scope.ServiceProvider.GetRequiredService<CatalogService>(), ct);
        Console.WriteLine($"已载入巫溪县演示数据（{await db.Bodies.CountAsync(ct)} 个单位，{await db.CatalogVersions.CountAsync(v => v.Year == 2015, ct)} 条 2015 年主动公开信息，{await db.Applications.CountAsync(ct)} 件依申请公开，{await db.DisclosureCases.CountAsync(ct)} 件复议诉讼，{await db.ServiceItems.CountAsync(ct)} 项政务服务事项和 {await db.ServiceCases.CountAsync(ct)} 件办件，{await db.AnnualReports.CountAsync(ct)} 份年度报告），用时 {started.Elapsed.TotalSeconds:F1} 秒。");
    }

    private static Task<int> MigrateAsync(ParseResult r, CancellationToken ct) => Guarded(async () =>
    {
        var options = Options(r);
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            options.CheckDataDirectory();
        }

        await using var db = options.Database.CreateContext(TimeProvider.System, new AuditActor { Name = "gongkai migrate" });
        int applied;
        try
        {
            applied = await Migrator.MigrateAsync(db, ct);
        }
        catch (Npgsql.NpgsqlException e)
        {
            throw new SettingsException($"无法连接数据库 {options.Database.Describe()}：{e.Message}");
        }

        Console.WriteLine(applied == 0
            ? $"{options.Database.Describe()}：数据库已是最新，无需迁移。"
            : $"{options.Database.Describe()}：已执行 {applied} 个迁移。");
        return 0;
    });

    /// <summary>A scope with the platform's services for one command-line verb, the database ready.</summary>
    /// <remarks><paramref name="migrate"/> migrates PostgreSQL too, under the migration lock, as <c>gongkai migrate</c> does.</remarks>
    private static async Task<AsyncServiceScope> ScopeAsync(HostOptions options, string actor, CancellationToken ct, bool migrate = false)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        GongkaiApp.AddPlatformServices(services, options, TimeProvider.System);
        var scope = services.BuildServiceProvider().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Name = actor;
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            options.CheckDataDirectory();
            await Migrator.MigrateAsync(db, ct);
        }
        else if (migrate)
        {
            try
            {
                await Migrator.MigrateAsync(db, ct);
            }
            catch (Npgsql.NpgsqlException e)
            {
                throw new SettingsException($"无法连接数据库 {options.Database.Describe()}：{e.Message}");
            }
        }
        else if ((await Migrator.PendingAsync(db, ct)).Count > 0)
        {
            throw new SettingsException("数据库有待执行的迁移：请先运行 gongkai migrate。");
        }

        // A verb never makes a key; it only refuses to run against encrypted data it could not read.
        await scope.ServiceProvider.GetRequiredService<Gongkai.Keys.KeyRing>().CheckAsync(serving: false, mayCreateKey: false, ct);
        return scope;
    }

    private static Command UsersCommand()
    {
        var users = new Command("users", "管理工作人员账号：列出、创建、重置密码、设置角色");
        var roleNames = string.Join("、", Enum.GetValues<StaffRole>().Select(r => $"{r}（{Access.Label(r)}）"));
        var user = new Option<string>("--user") { Description = "登录用户名", Required = true };
        var body = new Option<string>("--body") { Description = "所属单位代码（如 czj）", Required = true };
        var roles = new Option<StaffRole[]>("--role") { Description = "角色，可多次给出：" + roleNames, AllowMultipleArgumentsPerToken = true };
        var password = new Option<string?>("--password") { Description = "密码；不给则生成一个随机密码并显示" };
        var displayName = new Option<string?>("--name") { Description = "姓名或称呼" };

        var list = new Command("list", "列出工作人员账号及其角色");
        list.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai users list", ct);
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var rows = await db.Users.AsNoTracking().Include(u => u.Body).Include(u => u.Grants).ThenInclude(g => g.Body).OrderBy(u => u.UserName).ToListAsync(ct);
            foreach (var u in rows)
            {
                var grants = string.Join("，", u.Grants.OrderBy(g => g.Id).Select(g => $"{Access.Label(g.Role)}@{g.Body!.Code}"));
                var locked = u.LockoutEnd > DateTimeOffset.MinValue && u.LockoutEnd > TimeProvider.System.GetUtcNow() ? "（已锁定）" : "";
                Console.WriteLine($"{u.UserName,-16} {u.DisplayName}  单位 {u.Body!.Code}  {grants}{locked}");
            }

            Console.WriteLine($"共 {rows.Count} 个账号。");
            return 0;
        }));
        users.Subcommands.Add(list);

        var create = new Command("create", "创建账号") { user, body, roles, password, displayName };
        create.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai users create", ct);
            var bodyId = await BodyIdAsync(scope, r.GetValue(body)!, ct);
            var chosen = r.GetValue(roles) ?? [];
            if (chosen.Length == 0)
            {
                throw new StaffAccountException("请至少给出一个角色（--role）。");
            }

            var (pw, generated) = PasswordOrNew(r.GetValue(password));
            var name = r.GetValue(user)!;
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(name, r.GetValue(displayName) ?? name, bodyId, pw, chosen, ct);
            Console.WriteLine($"已创建账号 {name}。" + (generated ? $"初始密码：{pw}" : ""));
            return 0;
        }));
        users.Subcommands.Add(create);

        var resetPassword = new Command("reset", "重置密码并解除锁定") { user, password };
        resetPassword.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai users reset", ct);
            var staff = await FindUserAsync(scope, r.GetValue(user)!);
            var (pw, generated) = PasswordOrNew(r.GetValue(password));
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ResetPasswordAsync(staff, pw);
            Console.WriteLine($"已重置 {staff.UserName} 的密码并解除锁定。" + (generated ? $"新密码：{pw}" : ""));
            return 0;
        }));
        users.Subcommands.Add(resetPassword);

        var setRoles = new Command("roles", "设置账号在某单位的角色（替换原有角色；不给 --role 即撤销该单位的全部角色）") { user, body, roles };
        setRoles.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai users roles", ct);
            var staff = await FindUserAsync(scope, r.GetValue(user)!);
            var bodyId = await BodyIdAsync(scope, r.GetValue(body)!, ct);
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().SetRolesAsync(staff, bodyId, r.GetValue(roles) ?? [], ct);
            Console.WriteLine($"已更新 {staff.UserName} 在单位 {r.GetValue(body)} 的角色。");
            return 0;
        }));
        users.Subcommands.Add(setRoles);
        users.Subcommands.Add(UsersImportCommand());
        return users;
    }

    private static async Task<int> BodyIdAsync(AsyncServiceScope scope, string code, CancellationToken ct)
    {
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        return await db.Bodies.Where(b => b.Code == code).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct)
            ?? throw new StaffAccountException($"没有代码为“{code}”的单位。");
    }

    private static async Task<StaffUser> FindUserAsync(AsyncServiceScope scope, string userName) =>
        await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName)
            ?? throw new StaffAccountException($"没有用户名为“{userName}”的账号。");

    private static (string Password, bool Generated) PasswordOrNew(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return (given, false);
        }

        return (StaffAccounts.NewPassword(), true);
    }

    private static Command ArchiveCommand()
    {
        var archive = new Command("archive", "公开档案：校验、按单位和年份导出");
        var headsOption = new Option<string?>("--heads") { Description = "另外保存的链头：从门户网站 /archive/heads.json 保存的文件，或门户网站链头页面、链头清单的网址" };
        var verify = new Command("verify", "校验全部档案：哈希链、每个档案条目和公开版本记录、每个附件的 SHA-256 和每日链头；发现改动即列出并以退出码 1 结束") { headsOption };
        verify.SetAction((r, ct) => Guarded(async () =>
        {
            List<SavedHead>? saved = null;
            if (r.GetValue(headsOption) is { } source)
            {
                saved = await ReadHeadsAsync(source, ct);
                if (saved is null)
                {
                    return 2;
                }
            }

            await using var scope = await ScopeAsync(Options(r), "gongkai archive verify", ct);
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var total = await db.ArchiveEntries.CountAsync(ct);
            var problems = await Archive.VerifyAsync(db, new Progress<long>(n =>
            {
                if (n % 100_000 == 0)
                {
                    Console.Error.WriteLine($"已校验 {n}/{total} 条");
                }
            }), ct);
            if (saved is not null)
            {
                problems.AddRange(await ArchiveHeads.CheckAsync(db, saved, "保存的", ct));
            }

            foreach (var p in problems)
            {
                Console.WriteLine(p.What);
            }

            var against = saved is null ? "" : $"，并与保存的 {saved.Count} 个链头一致";
            Console.WriteLine(problems.Count == 0
                ? $"档案完好：{total} 个档案条目，哈希链、版本记录和附件均与归档时一致{against}。"
                : $"发现 {problems.Count} 处不一致（共 {total} 个档案条目）。");
            return problems.Count == 0 ? 0 : 1;
        }));
        archive.Subcommands.Add(verify);

        var body = new Option<string>("--body") { Description = "单位代码（如 czj）", Required = true };
        var year = new Option<int>("--year") { Description = "公开年份", Required = true };
        var output = new Option<string?>("--out") { Description = "导出目录，默认 ./archive-单位-年份" };
        var export = new Command("export", "导出某单位某年的档案包（链上连续的一段 + 每日链头 + 附件 + 校验说明），可离线校验") { body, year, output };
        export.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai archive export", ct);
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var code = r.GetValue(body)!;
            var bodyId = await BodyIdAsync(scope, code, ct);
            var dir = Path.GetFullPath(r.GetValue(output) ?? $"archive-{code}-{r.GetValue(year)}");
            var n = await ArchivePackage.ExportAsync(db, bodyId, r.GetValue(year), dir, ct);
            Console.WriteLine($"已导出 {n} 个档案条目到 {dir}");
            return 0;
        }));
        archive.Subcommands.Add(export);

        var dirArg = new Argument<DirectoryInfo>("目录") { Description = "gongkai archive export 导出的目录" };
        var packageHeads = new Option<string?>("--heads") { Description = "与门户网站公布的链头对照：保存的 /archive/heads.json 文件或网址" };
        var verifyPackage = new Command("verify-package", "离线校验导出的档案包（不需要数据库）：每个链接、每个哈希、条目数、链头和附件") { dirArg, packageHeads };
        verifyPackage.SetAction(async (r, ct) =>
        {
            var dir = r.GetValue(dirArg)!;
            if (!File.Exists(Path.Combine(dir.FullName, "manifest.json")))
            {
                Console.Error.WriteLine($"gongkai: {dir.FullName} 不是档案导出目录（缺少 manifest.json）。");
                return 2;
            }

            List<SavedHead>? saved = null;
            if (r.GetValue(packageHeads) is { } source && (saved = await ReadHeadsAsync(source, ct)) is null)
            {
                return 2;
            }

            var problems = ArchivePackage.Verify(dir.FullName, saved);
            foreach (var p in problems)
            {
                Console.WriteLine(p);
            }

            Console.WriteLine(problems.Count == 0 ? "档案包完好。" : $"发现 {problems.Count} 处不一致。");
            return problems.Count == 0 ? 0 : 1;
        });
        archive.Subcommands.Add(verifyPackage);
        return archive;
    }

    /// <summary>Heads from a saved file or the portal (its page names the feed); null after saying in one line why not.</summary>
    private static async Task<List<SavedHead>?> ReadHeadsAsync(string source, CancellationToken ct)
    {
        string text;
        try
        {
            if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                using var response = await http.GetAsync(url, ct);
                response.EnsureSuccessStatusCode();
                text = await response.Content.ReadAsStringAsync(ct);
                if (response.Content.Headers.ContentType?.MediaType == "text/html"
                    && HeadsLink().Match(text) is { Success: true } link)
                {
                    text = await http.GetStringAsync(new Uri(url, System.Net.WebUtility.HtmlDecode(link.Groups[1].Value)), ct);
                }
            }
            else
            {
                text = await File.ReadAllTextAsync(source, ct);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"gongkai: 无法读取链头 {source}：{e.Message}");
            return null;
        }

        var heads = ArchiveHeads.Parse(text, out var error);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync($"gongkai: {source} {error}。");
            return null;
        }

        return heads;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<link[^>]*type=\"application/json\"[^>]*href=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex HeadsLink();

    private static Command ImportCommand()
    {
        var import = new Command("import", "导入历史数据");
        var file = new Argument<FileInfo>("文件") { Description = "CSV（首行列名；UTF-8 或 Excel/WPS 保存的 GBK）、.xlsx 或 JSON Lines（.jsonl）文件；列：body, index_number, title, summary, document_number, written_on, published_on, topic, category, key_area, keywords, validity, body_html" };
        var batch = new Option<int>("--batch") { Description = "每批条数（每批一个事务）", DefaultValueFactory = _ => CatalogImporter.DefaultBatchSize };
        var rejects = new Option<string?>("--rejects") { Description = "被拒绝行的报告文件，默认为 文件名.rejects.csv" };
        var catalog = new Command("catalog", "导入已公开的目录信息：可重复执行（不会重复导入），保留原索引号，被拒绝的行写入报告") { file, batch, rejects };
        catalog.SetAction((r, ct) => Guarded(async () =>
        {
            var f = ExistingFile(r.GetValue(file)!);
            await using var scope = await ScopeAsync(Options(r), "gongkai import catalog", ct);
            var importer = new CatalogImporter(scope.ServiceProvider.GetRequiredService<GongkaiDb>());
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = await importer.ImportAsync(CatalogImporter.ReadFile(f.FullName), Math.Clamp(r.GetValue(batch), 1, 50_000), new Progress<long>(n =>
            {
                if (n % 50_000 < r.GetValue(batch))
                {
                    Console.Error.WriteLine($"已读取 {n} 行，{started.Elapsed.TotalSeconds:F0} 秒");
                }
            }), ct);
            var report = r.GetValue(rejects) ?? f.FullName + ".rejects.csv";
            await WriteRejectsAsync(report, ["line", "reason", "title"], result.Rejected.Select(x => new[] { x.Line.ToString(CultureInfo.InvariantCulture), x.Reason, x.Title ?? "" }), ct);

            Console.WriteLine($"读取 {result.Read} 行：导入 {result.Imported} 条，已存在跳过 {result.Skipped} 条，拒绝 {result.Rejected.Count} 条（原因见 {report}），用时 {started.Elapsed.TotalSeconds:F1} 秒。");
            return 0;
        }));
        import.Subcommands.Add(catalog);
        return import;
    }

    private static Command ReindexCommand()
    {
        var reindex = new Command("reindex", "重建检索索引：所有节点都会重建；本机没有运行中的节点时由本命令直接重建并显示进度");
        reindex.SetAction((r, ct) => Guarded(async () =>
        {
            var options = Options(r);
            await using var scope = await ScopeAsync(options, "gongkai reindex", ct);
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var generation = await Gongkai.Search.SearchSync.RequestReindexAsync(db, "gongkai reindex", ct);
            Console.WriteLine($"已把检索索引代次提升到第 {generation} 代：每个节点都会重建自己的索引，重建期间照常提供检索。");
            Gongkai.Search.SearchIndexes indexes;
            try
            {
                indexes = new Gongkai.Search.SearchIndexes(options.SearchDirectory, options.NodeName);
            }
            catch (Gongkai.Search.SearchIndexInUseException)
            {
                Console.WriteLine("本机节点正在运行，由它重建。各节点进度：");
                return await WatchNodesAsync(db, generation, ct);
            }

            using (indexes)
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                var sync = new Gongkai.Search.SearchSync(db, indexes, scope.ServiceProvider.GetRequiredService<TimeProvider>());
                await sync.RunOnceAsync(new Progress<(long Done, long Total)>(p =>
                    Console.WriteLine($"  已索引 {p.Done} / {p.Total} 条，{started.Elapsed.TotalSeconds:F0} 秒，{p.Done / Math.Max(started.Elapsed.TotalSeconds, 0.001):F0} 条/秒")), ct);
                var seconds = started.Elapsed.TotalSeconds;
                var total = await db.CatalogItems.LongCountAsync(ct);
                Console.WriteLine($"完成：{total} 条，用时 {seconds:F1} 秒（{total / Math.Max(seconds, 0.001):F0} 条/秒），索引占用 {indexes.SizeOnDisk() / 1048576.0:F0} MB。");
            }

            return 0;
        }));
        return reindex;
    }

    private static async Task<int> WatchNodesAsync(GongkaiDb db, int generation, CancellationToken ct)
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            // Nodes report at least every 30 s; one silent for two minutes is not running.
            var since = db.Time.GetUtcNow().AddMinutes(-2);
            var nodes = (await db.SearchNodes.AsNoTracking().ToListAsync(ct)).Where(n => n.UpdatedAt >= since).OrderBy(n => n.Node, StringComparer.Ordinal).ToList();
            foreach (var n in nodes)
            {
                Console.WriteLine($"  {n.Node}: 第 {n.Generation} 代，{(n.Phase == "rebuilding" ? $"重建中 {n.Done}/{n.Total}" : "已同步")}");
            }

            if (nodes.Count > 0 && nodes.All(n => n.Generation >= generation && n.Phase != "rebuilding"))
            {
                Console.WriteLine("所有节点已完成重建。");
                return 0;
            }
        }
    }

    private static string CsvField(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>An import's report of rejected rows: UTF-8 with a BOM, so Excel opens the Chinese reasons as they are.</summary>
    private static async Task WriteRejectsAsync(string path, string[] header, IEnumerable<string[]> rows, CancellationToken ct)
    {
        await using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(true));
        await w.WriteLineAsync(string.Join(',', header).AsMemory(), ct);
        foreach (var row in rows)
        {
            await w.WriteLineAsync(string.Join(',', row.Select(CsvField)).AsMemory(), ct);
        }
    }

    private static Command CalendarCommand()
    {
        var calendar = new Command("calendar", "法定工作日历：查看、推算期限、导入节假日安排、本地调整");

        var month = new Argument<string>("月份") { Description = "YYYY-MM" };
        var show = new Command("show", "显示某月每天是否为工作日") { month };
        show.SetAction((r, ct) => Guarded(async () =>
        {
            var m = ParseMonth(r.GetValue(month)!);
            var cal = await LoadCalendarAsync(Options(r), ct);
            Console.WriteLine($"{m.Year} 年 {m.Month} 月（日历版本 {cal.Version}）" + (cal.IsProvisional(m) ? "  【暂定：该年尚无国务院节假日安排，按法定节假日（含补假）和周一至周五推算，调休未知】" : ""));
            foreach (var d in cal.Month(m.Year, m.Month))
            {
                Console.WriteLine($"  {Iso(d.Date)} {Weekday(d.Date)}  {(d.IsWorkingDay ? "工作日" : "休息日")}  {DayLabel(d)}");
            }

            return 0;
        }));
        calendar.Subcommands.Add(show);

        var from = new Argument<string>("起算日") { Description = "YYYY-MM-DD，从次日起算" };
        var days = new Argument<int>("工作日数");
        var explain = new Option<bool>("--explain") { Description = "列出计入的每一天" };
        var add = new Command("add", "推算期限：起算日之后第 N 个工作日") { from, days, explain };
        add.SetAction((r, ct) => Guarded(async () =>
        {
            var start = ParseDate(r.GetValue(from)!);
            var n = r.GetValue(days);
            if (n < 0 || n > 3650)
            {
                throw new CalendarDataException("工作日数须在 0 到 3650 之间。");
            }

            var deadline = (await LoadCalendarAsync(Options(r), ct)).AddWorkingDays(start, n);
            if (r.GetValue(explain))
            {
                var i = 0;
                foreach (var d in deadline.Days)
                {
                    Console.WriteLine($"  {Iso(d.Date)} {Weekday(d.Date)}  {(d.IsWorkingDay ? $"第{++i}个工作日" : "不计")}  {DayLabel(d)}");
                }
            }

            Console.WriteLine($"{Iso(start)} 起 {n} 个工作日，期满日 {Iso(deadline.Due)} {Weekday(deadline.Due)}" + (deadline.Provisional ? "【暂定】" : "") + $"（日历版本 {deadline.CalendarVersion}）");
            return 0;
        }));
        calendar.Subcommands.Add(add);

        var a = new Argument<string>("起") { Description = "YYYY-MM-DD" };
        var b = new Argument<string>("止") { Description = "YYYY-MM-DD" };
        var between = new Command("between", "两日之间的工作日数（不含起日，含止日）") { a, b };
        between.SetAction((r, ct) => Guarded(async () =>
        {
            var cal = await LoadCalendarAsync(Options(r), ct);
            var (x, y) = (ParseDate(r.GetValue(a)!), ParseDate(r.GetValue(b)!));
            Console.WriteLine($"{cal.WorkingDaysBetween(x, y)} 个工作日" + (cal.IsProvisional(x) || cal.IsProvisional(y) ? "【暂定】" : ""));
            return 0;
        }));
        calendar.Subcommands.Add(between);

        var file = new Argument<FileInfo>("文件") { Description = "一年的节假日安排（holiday-cn 格式 JSON，如 2027.json）" };
        var import = new Command("import", "导入一年的国务院节假日安排（替换该年已有安排）") { file };
        import.SetAction((r, ct) => Guarded(async () =>
        {
            var f = r.GetValue(file)!;
            if (!f.Exists)
            {
                throw new CalendarDataException($"找不到文件 {f.FullName}。");
            }

            var schedule = YearSchedule.Parse(await File.ReadAllTextAsync(f.FullName, ct));
            await using var scope = await ScopeAsync(Options(r), "gongkai calendar import", ct);
            var result = await scope.ServiceProvider.GetRequiredService<ScheduleImport>().ImportAsync(schedule, ct);
            Console.WriteLine($"已导入 {schedule.Year} 年节假日安排，共 {result.Days} 个日期；{result.Changes.Count} 件办理中申请的期满日随之重新计算。");
            foreach (var c in result.Changes)
            {
                Console.WriteLine($"  {c.TrackingNumber} {c.BodyName}  {DueText(c.OldDue, c.OldProvisional)} → {DueText(c.NewDue, c.NewProvisional)}");
            }
            return 0;
        }));
        calendar.Subcommands.Add(import);

        var date = new Argument<string>("日期") { Description = "YYYY-MM-DD" };
        var rest = new Option<bool>("--rest") { Description = "设为休息日" };
        var work = new Option<bool>("--work") { Description = "设为工作日" };
        var reason = new Option<string>("--reason") { Description = "依据（文件或决定）", Required = true };
        var label = new Option<string?>("--name") { Description = "名称，如“县庆放假”" };
        var set = new Command("set", "本地调整：把某天设为休息日或工作日") { date, rest, work, reason, label };
        set.SetAction((r, ct) => Guarded(async () =>
        {
            if (r.GetValue(rest) == r.GetValue(work))
            {
                throw new CalendarDataException("请给出 --rest（休息日）或 --work（工作日）之一。");
            }

            var d = ParseDate(r.GetValue(date)!);
            await using var scope = await ScopeAsync(Options(r), "gongkai calendar set", ct);
            await scope.ServiceProvider.GetRequiredService<CalendarService>().SetOverrideAsync(d, r.GetValue(rest), r.GetValue(label) ?? "", r.GetValue(reason)!, ct);
            Console.WriteLine($"已把 {Iso(d)} 设为{(r.GetValue(rest) ? "休息日" : "工作日")}。");
            return 0;
        }));
        calendar.Subcommands.Add(set);

        var unset = new Command("unset", "撤销某天的本地调整") { date };
        unset.SetAction((r, ct) => Guarded(async () =>
        {
            var d = ParseDate(r.GetValue(date)!);
            await using var scope = await ScopeAsync(Options(r), "gongkai calendar unset", ct);
            var removed = await scope.ServiceProvider.GetRequiredService<CalendarService>().RemoveOverrideAsync(d, ct);
            Console.WriteLine(removed ? $"已撤销 {Iso(d)} 的本地调整。" : $"{Iso(d)} 没有本地调整。");
            return 0;
        }));
        calendar.Subcommands.Add(unset);
        return calendar;
    }

    /// <summary>The calendar with the database's imports and overrides; without a database yet, the built-in schedules.</summary>
    private static async Task<WorkingCalendar> LoadCalendarAsync(HostOptions options, CancellationToken ct)
    {
        if (options.Database.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(options.DataDirectory, DatabaseSettings.SqliteFileName)))
        {
            return BuiltInSchedules.Calendar();
        }

        await using var scope = await ScopeAsync(options, "gongkai calendar", ct);
        return await scope.ServiceProvider.GetRequiredService<CalendarService>().LoadAsync(ct);
    }

    private static DateOnly ParseDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CalendarDataException($"日期“{s}”格式不正确，应为 YYYY-MM-DD。");

    private static DateOnly ParseMonth(string s) =>
        DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CalendarDataException($"月份“{s}”格式不正确，应为 YYYY-MM。");

    private static string Iso(DateOnly d) => Api.CalendarApi.Iso(d);

    public static string DueText(DateOnly? due, bool provisional) =>
        due is { } d ? Iso(d) + (provisional ? "（暂定）" : "") : "—";

    public static string Weekday(DateOnly d) => "星期" + "日一二三四五六"[(int)d.DayOfWeek];

    /// <summary>The rule and the name of a day, e.g. “调休上班（国庆节）” or “元旦（法定节假日，待国务院公布安排）”.</summary>
    public static string DayLabel(DayInfo d) => (RuleLabel(d.Rule), d.Name) switch
    {
        (var rule, null or "") => rule,
        ("", var name) => name,
        var (rule, name) => rule + "（" + name + "）",
    };

    public static string RuleLabel(DayRule rule) => rule switch
    {
        DayRule.Weekday => "",
        DayRule.Weekend => "周末",
        DayRule.OfficialRestDay => "法定节假日/调休",
        DayRule.OfficialWorkingDay => "调休上班",
        DayRule.LocalRestDay => "本地调整休息",
        DayRule.LocalWorkingDay => "本地调整上班",
        // The day's name already says it is a statutory holiday awaiting the notice.
        DayRule.StatutoryRestDay or DayRule.StatutoryMakeUpDay => "",
        _ => rule.ToString(),
    };
}
