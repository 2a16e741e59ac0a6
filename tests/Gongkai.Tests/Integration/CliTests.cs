using Gongkai.Tests.Support;

namespace Gongkai.Tests.Integration;

public class CliTests
{
    [Theory]
    [InlineData]
    [InlineData("serve")]
    [InlineData("demo")]
    [InlineData("migrate")]
    [InlineData("users")]
    [InlineData("users", "create")]
    [InlineData("users", "reset")]
    [InlineData("users", "roles")]
    [InlineData("users", "list")]
    [InlineData("users", "import")]
    [InlineData("setup")]
    [InlineData("bodies")]
    [InlineData("bodies", "list")]
    [InlineData("bodies", "add")]
    [InlineData("bodies", "import")]
    [InlineData("calendar")]
    [InlineData("calendar", "show")]
    [InlineData("calendar", "add")]
    [InlineData("calendar", "between")]
    [InlineData("calendar", "import")]
    [InlineData("calendar", "set")]
    [InlineData("calendar", "unset")]
    [InlineData("reindex")]
    [InlineData("keys")]
    [InlineData("keys", "create")]
    [InlineData("keys", "rotate")]
    [InlineData("keys", "backup")]
    [InlineData("archive", "verify")]
    [InlineData("archive", "export")]
    [InlineData("archive", "verify-package")]
    [InlineData("services", "import")]
    [InlineData("services", "counts")]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task Every_verb_has_help(params string[] verb)
    {
        var r = await GongkaiProcess.RunAsync([.. verb, "--help"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Out, StringComparison.Ordinal);
        Assert.Contains("--data", r.Out + string.Join(' ', verb), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a connection string", "PostgreSQL 连接字符串无效")]
    [InlineData("Host=127.0.0.1;Port=1;Database=gongkai;Timeout=2", "无法连接数据库 PostgreSQL 127.0.0.1:1/gongkai")]
    [InlineData("Port=5432;Database=gongkai", "缺少 Host")]
    public async Task A_bad_database_setting_stops_start_up_with_one_line(string connection, string expected)
    {
        var r = await GongkaiProcess.RunAsync("serve", "--postgres", connection, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("gongkai: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Out + r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_data_directory_stops_start_up_with_one_line()
    {
        var file = Path.GetTempFileName();
        var r = await GongkaiProcess.RunAsync("serve", "--data", file, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("无法写入", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_verbs_compute_and_explain_deadlines()
    {
        var data = TestDatabases.NewDataDirectory();
        var add = await GongkaiProcess.RunAsync("calendar", "add", "2015-09-30", "5", "--explain", "--data", data);
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("期满日 2015-10-13 星期二", add.Out, StringComparison.Ordinal);
        Assert.Contains("2015-10-10 星期六  第3个工作日  调休上班（国庆节）", add.Out, StringComparison.Ordinal);

        var show = await GongkaiProcess.RunAsync("calendar", "show", "2027-02", "--data", data);
        Assert.Contains("【暂定", show.Out, StringComparison.Ordinal);
        Assert.Contains("2027-02-05 星期五  休息日  春节（法定节假日，待国务院公布安排）", show.Out, StringComparison.Ordinal);
        Assert.Contains("2027-02-09 星期二  休息日  春节补假（依法补假，待国务院公布安排）", show.Out, StringComparison.Ordinal);

        var between = await GongkaiProcess.RunAsync("calendar", "between", "2015-02-13", "2015-03-18", "--data", data);
        Assert.Contains("20 个工作日", between.Out, StringComparison.Ordinal);

        var bad = await GongkaiProcess.RunAsync("calendar", "add", "2015-13-01", "5", "--data", data);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("格式不正确", bad.Error, StringComparison.Ordinal);

        var schedule = Path.Combine(data, "2027.json");
        await File.WriteAllTextAsync(schedule, """{"year":2027,"papers":["国办发明电〔2026〕X号"],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""");
        Assert.Equal(0, (await GongkaiProcess.RunAsync("calendar", "import", schedule, "--data", data)).ExitCode);
        var set = await GongkaiProcess.RunAsync("calendar", "set", "2027-01-04", "--rest", "--reason", "县政府决定", "--data", data);
        Assert.Equal(0, set.ExitCode);
        var after = await GongkaiProcess.RunAsync("calendar", "add", "2026-12-31", "1", "--data", data);
        Assert.Contains("期满日 2027-01-05", after.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("暂定", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_node_on_the_first_ones_address_stops_with_one_line()
    {
        await using var host = await TestHost.StartAsync("sqlite", demo: false);
        var r = await GongkaiProcess.RunAsync("serve", "--data", TestDatabases.NewDataDirectory(), "--urls", host.Address.ToString().TrimEnd('/'));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("监听地址已被占用", Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_node_on_the_same_data_directory_stops_with_one_line()
    {
        await using var host = await TestHost.StartAsync("sqlite", demo: false);
        var r = await GongkaiProcess.RunAsync("serve", "--data", host.DataDirectory, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("同一数据目录只能运行一个节点", Assert.Single(r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_search_indexes_of_a_data_directory_and_shows_how_far_it_got()
    {
        string data;
        await using (var host = await TestHost.StartAsync("sqlite"))
        {
            data = host.DataDirectory;
            await host.WithDbAsync((db, _) => new Gongkai.Catalog.CatalogImporter(db).ImportAsync(
                SearchTests.Lines(Enumerable.Range(1, 50).Select(n => SearchTests.Row("czj", $"财政专项资金第{n}批分配结果公示", "<p>公示。</p>")))));
        }

        var r = await GongkaiProcess.RunAsync("reindex", "--data", data);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("第 2 代", r.Out, StringComparison.Ordinal);
        Assert.Contains("完成：50 条", r.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(Path.Combine(data, "search"), "public-g000002-*"));
        Assert.Empty(Directory.GetDirectories(Path.Combine(data, "search"), "public-g000001-*"));
    }

    [Fact]
    public async Task Staff_accounts_are_created_listed_and_reset_from_the_command_line()
    {
        await using var host = await TestHost.StartAsync("sqlite");
        var data = host.DataDirectory;
        var create = await GongkaiProcess.RunAsync("users", "create", "--user", "cz.clerk", "--name", "县财政局 收发员", "--body", "czj", "--role", "Editor", "--role", "Reviewer", "--data", data);
        Assert.Equal(0, create.ExitCode);
        var initial = System.Text.RegularExpressions.Regex.Match(create.Out, "初始密码：(\\S+)").Groups[1].Value;
        Assert.True(initial.Length >= 10);
        await host.SignInAsync("cz.clerk", initial);

        var list = await GongkaiProcess.RunAsync("users", "list", "--data", data);
        Assert.Contains("cz.clerk", list.Out, StringComparison.Ordinal);
        Assert.Contains("信息编辑@czj，信息审核@czj", list.Out, StringComparison.Ordinal);

        var reset = await GongkaiProcess.RunAsync("users", "reset", "--user", "cz.clerk", "--password", "New-pass-2027", "--data", data);
        Assert.Equal(0, reset.ExitCode);
        await host.SignInAsync("cz.clerk", "New-pass-2027");

        var weak = await GongkaiProcess.RunAsync("users", "reset", "--user", "cz.clerk", "--password", "short", "--data", data);
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("密码至少需要 10 个字符", weak.Error, StringComparison.Ordinal);

        var noBody = await GongkaiProcess.RunAsync("users", "create", "--user", "a1", "--body", "nosuch", "--role", "Editor", "--data", data);
        Assert.Equal(2, noBody.ExitCode);
        Assert.Contains("没有代码为“nosuch”的单位", noBody.Error, StringComparison.Ordinal);

        var audit = await host.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEvents, e => e.ActorName == "gongkai users create"));
        Assert.True(audit >= 3);
    }

    [Fact]
    public async Task Migrate_on_PostgreSQL_applies_once_then_reports_nothing_to_do()
    {
        var db = TestDatabases.NewPostgresDatabase();
        var first = await GongkaiProcess.RunAsync("migrate", "--postgres", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("已执行", first.Out, StringComparison.Ordinal);
        var second = await GongkaiProcess.RunAsync("migrate", "--postgres", db);
        Assert.Contains("无需迁移", second.Out, StringComparison.Ordinal);
    }
}
