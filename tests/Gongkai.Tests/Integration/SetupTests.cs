using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Search;
using Gongkai.Staff;
using Gongkai.Tests.Support;
using Gongkai.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>A real county's first day, with no demo data: the command-line install, the browser install, and an empty portal.</summary>
public partial class SetupTests
{
    static SetupTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A government body's credit code with valid check characters (登记管理部门 1, 机关 1, 巫溪县).</summary>
    internal static string CreditCode(int serial)
    {
        var first8 = (10923000 + (serial * 7919 % 89000)).ToString("D8", CultureInfo.InvariantCulture);
        var credit17 = "11500238" + first8 + RegistrationCodes.OrganizationCheck(first8);
        return credit17 + RegistrationCodes.CreditCheck(credit17);
    }

    /// <summary>60 bodies as a county office would type them in Excel: Chinese headers and kinds, villages listed before their townships.</summary>
    private static string BodiesCsv()
    {
        var rows = new List<string> { "代码,名称,简称,类型,层级,上级代码,统一社会信用代码,办公地址,联系电话,电子邮箱,邮政编码" };
        for (var i = 1; i <= 8; i++)
        {
            rows.Add($"cun{i},巫溪县第{i}镇第{i}村民委员会,第{i}村,村民委员会,村级,zhen{i},,,,,");
        }

        rows.Add("czj,巫溪县财政局,县财政局,政府工作部门,县级,wuxi," + CreditCode(1) + ",\"重庆市巫溪县柏杨街道滨河北路106号，二楼\",023-51528101,czj@example.gov.cn,405800");
        for (var i = 2; i <= 32; i++)
        {
            rows.Add($"bm{i},巫溪县第{i}工作部门,县第{i}部门,政府工作部门,,wuxi,{CreditCode(i)},重庆市巫溪县马镇坝广场东路88号,023-5152{8100 + i},,405800");
        }

        rows.Add("ninghe,巫溪县宁河街道办事处,宁河街道,街道办事处,,wuxi,,,,,");
        rows.Add("baiyang,巫溪县柏杨街道办事处,柏杨街道,街道办事处,,wuxi,,,,,");
        for (var i = 1; i <= 18; i++)
        {
            rows.Add($"zhen{i},巫溪县第{i}镇人民政府,第{i}镇,乡镇人民政府,,wuxi,,,,,");
        }

        rows.Add("CZJ2,巫溪县大写代码局,,政府工作部门,,wuxi,,,,,");
        rows.Add("tjj,巫溪县统计局,,政府工作部门,,nosuch,,,,,");
        rows.Add("sjj,巫溪县审计局,,政府工作部门,,wuxi,91500238MA5U000000,,,,");
        return string.Join("\r\n", rows) + "\r\n";
    }

    private static string[] Database(string provider, string data, string? postgres) =>
        provider == "sqlite" ? ["--data", data] : ["--data", data, "--postgres", postgres!];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_county_is_installed_from_nothing_and_an_editor_publishes_what_citizens_find(string provider)
    {
        var data = TestDatabases.NewDataDirectory();
        var postgres = provider == "postgres" ? TestDatabases.NewPostgresDatabase() : null;
        var db = Database(provider, data, postgres);

        var setup = await GongkaiProcess.RunAsync(["setup", "--county", "巫溪县", "--code", "wuxi", "--division", "500238", "--credit-code", CreditCode(0), "--admin", "xxgk.admin", .. db]);
        Assert.True(setup.ExitCode == 0, setup.Error);
        Assert.Contains("已安装：巫溪县人民政府（单位代码 wuxi），系统管理员 xxgk.admin", setup.Out, StringComparison.Ordinal);
        var adminPassword = InitialPassword().Match(setup.Out).Groups[1].Value;
        Assert.True(adminPassword.Length >= 10, setup.Out);

        var again = await GongkaiProcess.RunAsync(["setup", "--county", "巫山县", "--code", "wushan", "--admin", "other", .. db]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("平台已经安装过（县人民政府为“巫溪县人民政府”）", Assert.Single(again.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        var bodiesFile = Path.Combine(data, "单位.csv");
        await File.WriteAllBytesAsync(bodiesFile, Encoding.GetEncoding("GB18030").GetBytes(BodiesCsv()));
        var bodies = await GongkaiProcess.RunAsync(["bodies", "import", bodiesFile, .. db]);
        Assert.True(bodies.ExitCode == 0, bodies.Error);
        Assert.Contains("新增 60 个单位，更新 0 个，未变 0 个，拒绝 3 行", bodies.Out, StringComparison.Ordinal);
        var rejects = await File.ReadAllTextAsync(bodiesFile + ".rejects.csv");
        Assert.Contains("单位代码“CZJ2”无效", rejects, StringComparison.Ordinal);
        Assert.Contains("上级单位代码“nosuch”不存在", rejects, StringComparison.Ordinal);
        Assert.Contains("统一社会信用代码“91500238MA5U000000”不正确", rejects, StringComparison.Ordinal);

        var rerun = await GongkaiProcess.RunAsync(["bodies", "import", bodiesFile, .. db]);
        Assert.Contains("新增 0 个单位，更新 0 个，未变 60 个，拒绝 3 行", rerun.Out, StringComparison.Ordinal);

        var list = await GongkaiProcess.RunAsync(["bodies", "list", "--json", .. db]);
        var listed = System.Text.Json.JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(61, listed.Count);
        var village = listed.Single(b => b.GetProperty("code").GetString() == "cun3");
        Assert.Equal("zhen3", village.GetProperty("parent").GetString());
        Assert.Equal("Village", village.GetProperty("level").GetString());
        Assert.Equal("重庆市巫溪县柏杨街道滨河北路106号，二楼", listed.Single(b => b.GetProperty("code").GetString() == "czj").GetProperty("address").GetString());

        var usersFile = Path.Combine(data, "账号.csv");
        await File.WriteAllTextAsync(usersFile, "用户名,姓名,单位代码,角色\nczj.editor,县财政局 信息员,czj,信息编辑\nczj.reviewer,县财政局 分管领导,czj,Reviewer|DisclosureOfficer\nnobody,某人,nosuch,Editor\nczj.boss,局长,czj,局长\n", new UTF8Encoding(true));
        var users = await GongkaiProcess.RunAsync(["users", "import", usersFile, .. db]);
        Assert.True(users.ExitCode == 0, users.Error);
        Assert.Contains("创建 2 个账号", users.Out, StringComparison.Ordinal);
        Assert.Contains("拒绝 2 行", users.Out, StringComparison.Ordinal);
        var passwordFile = usersFile + ".passwords.csv";
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwordFile));
        }

        var passwords = (await File.ReadAllLinesAsync(passwordFile)).Skip(1).Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray()).ToDictionary(f => f[0], f => f[3]);
        Assert.Equal(["czj.editor", "czj.reviewer"], passwords.Keys.Order());
        var userRejects = await File.ReadAllTextAsync(usersFile + ".rejects.csv");
        Assert.Contains("没有代码为“nosuch”的单位", userRejects, StringComparison.Ordinal);
        Assert.Contains("角色“局长”无效", userRejects, StringComparison.Ordinal);

        var refused = await GongkaiProcess.RunAsync(["users", "import", usersFile, .. db]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("已存在", refused.Error, StringComparison.Ordinal);
        File.Delete(passwordFile);
        var usersAgain = await GongkaiProcess.RunAsync(["users", "import", usersFile, .. db]);
        Assert.Contains("创建 0 个账号，已存在未改动 2 个", usersAgain.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(passwordFile));

        var catalogFile = Path.Combine(data, "目录.csv");
        await File.WriteAllBytesAsync(catalogFile, Encoding.GetEncoding("GB18030").GetBytes(
            "body,title,written_on,published_on,topic,category,body_html\r\n"
            + "czj,巫溪县财政局关于历年专项资金清理情况的公告,2026-03-01,2026-03-02,03,a20-15,<p>历年专项资金已清理完毕。</p>\r\n"
            + "zhen5,第5镇2026年防汛应急预案,2026-04-01,2026-04-03,21,a20-15,<p>防汛应急预案全文。</p>\r\n"));
        var catalog = await GongkaiProcess.RunAsync(["import", "catalog", catalogFile, .. db]);
        Assert.True(catalog.ExitCode == 0, catalog.Error);
        Assert.Contains("导入 2 条", catalog.Out, StringComparison.Ordinal);

        var settings = provider == "sqlite" ? DatabaseSettings.ForDataDirectory(data) : DatabaseSettings.ForPostgres(postgres!);
        await using var host = await TestHost.StartAsync(provider, demo: false, database: settings);
        Assert.Null(await host.Services.GetRequiredService<SetupToken>().IssueIfNeededAsync(host.Services));
        // The system administrator approves: the two review stages need two different people.
        var countyAdmin = await host.SignInAsync("xxgk.admin", adminPassword);
        var editor = await host.SignInAsync("czj.editor", passwords["czj.editor"]);
        var reviewer = await host.SignInAsync("czj.reviewer", passwords["czj.reviewer"]);
        var czj = await host.WithDbAsync((d, _) => d.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var id = await CatalogTests.PublishAsync(editor, reviewer, countyAdmin, czj, "巫溪县财政局2027年部门预算公开说明", "<p>本局2027年部门预算收支总额及三公经费说明。</p>");

        var citizen = host.NewClient();
        var list1 = await (await citizen.GetAsync("/catalog?body=czj")).Content.ReadAsStringAsync();
        Assert.Contains("巫溪县财政局2027年部门预算公开说明", list1, StringComparison.Ordinal);
        Assert.Contains("巫溪县财政局关于历年专项资金清理情况的公告", list1, StringComparison.Ordinal);
        Assert.Contains("巫溪县 政府信息公开", await (await citizen.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await host.WithDbAsync((_, sp) => sp.GetRequiredService<SearchSync>().RunOnceAsync());
        var found = await (await citizen.GetAsync("/search?q=" + Uri.EscapeDataString("三公经费"))).Content.ReadAsStringAsync();
        Assert.Contains($"/items/{id}", found, StringComparison.Ordinal);
        var imported = await (await citizen.GetAsync("/search?q=" + Uri.EscapeDataString("防汛应急预案"))).Content.ReadAsStringAsync();
        var importedId = await host.WithDbAsync((d, _) => d.CatalogItems.Where(i => i.Title == "第5镇2026年防汛应急预案").Select(i => i.Id).SingleAsync());
        Assert.Contains($"/items/{importedId}", imported, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_empty_database_answers_every_portal_page_in_Chinese_and_the_setup_page_needs_its_one_time_token(string provider)
    {
        await using var host = await TestHost.StartAsync(provider, demo: false);
        var citizen = host.NewClient();
        foreach (var (path, heading) in new[]
        {
            ("/", "<h1>政府信息公开</h1>"), ("/catalog", "<h1>政府信息公开目录</h1>"), ("/catalog?page=3", "<h1>政府信息公开目录</h1>"),
            ("/search", "<h1>站内检索</h1>"), ("/search?q=" + Uri.EscapeDataString("低保"), "没有找到与“低保”相符的信息"),
            ("/apply", "<h1>政府信息公开申请</h1>"), ("/reports", "<h1>政府信息公开工作年度报告</h1>"),
        })
        {
            var page = await citizen.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.OK, path + " " + page.StatusCode);
            Assert.Contains(heading, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/setup")).StatusCode);
        var token = await host.Services.GetRequiredService<SetupToken>().IssueIfNeededAsync(host.Services);
        Assert.NotNull(token);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/setup?token=" + new string('0', token.Length))).StatusCode);

        var form = $"/setup?token={token}";
        var fields = new Dictionary<string, string>
        {
            ["Token"] = token,
            ["Input.County"] = "巫溪县",
            ["Input.Code"] = "wuxi",
            ["Input.DivisionCode"] = "500238",
            ["Input.CreditCode"] = CreditCode(0),
            ["Input.AdminUserName"] = "xxgk.admin",
            ["Input.Password"] = "Setup-pass-2027",
            ["Input.ConfirmPassword"] = "Setup-pass-2028",
        };
        var mismatch = await TestHost.PostFormAsync(citizen, form, fields);
        Assert.Contains("两次填写的密码不一致", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        fields["Input.ConfirmPassword"] = fields["Input.Password"] = "short";
        Assert.Contains("密码至少需要 10 个字符", await (await TestHost.PostFormAsync(citizen, form, fields)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await host.WithDbAsync((db, _) => db.Bodies.AnyAsync()));

        fields["Input.ConfirmPassword"] = fields["Input.Password"] = "Setup-pass-2027";
        var done = await TestHost.PostFormAsync(citizen, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/staff/login", done.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(form)).StatusCode);

        var root = await host.WithDbAsync((db, _) => db.Bodies.AsNoTracking().SingleAsync());
        Assert.Equal(("巫溪县人民政府", "县政府", BodyKind.Government, BodyLevel.County, CreditCode(0)), (root.Name, root.ShortName, root.Kind, root.Level, root.CreditCode));
        Assert.Equal("500238", await host.WithDbAsync((db, _) => db.Settings.Where(s => s.Key == PlatformSetup.DivisionSetting).Select(s => s.Value).SingleAsync()));
        Assert.True(await host.WithDbAsync((db, _) => db.AuditEvents.AnyAsync(e => e.EntityType == nameof(Body) && e.ActorName.StartsWith("安装页面"))));
        var admin = await host.SignInAsync("xxgk.admin", "Setup-pass-2027");
        Assert.Contains("巫溪县人民政府", await (await admin.GetAsync("/staff/bodies")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("初始密码：(\\S+)（")]
    private static partial Regex InitialPassword();
}
