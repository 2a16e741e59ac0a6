using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;

namespace Gongkai.Web;

/// <summary>
/// Installing the platform for a real county: `gongkai setup` (the county government and the first
/// administrator), `gongkai bodies add|list|import` and `gongkai users import`.
/// </summary>
public static partial class Cli
{
    private static readonly JsonSerializerOptions ListJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static Command SetupCommand()
    {
        var county = new Option<string>("--county") { Description = "县（市、区）名称，如 巫溪县；根单位为“巫溪县人民政府”", Required = true };
        var code = new Option<string>("--code") { Description = "县人民政府的单位代码（小写英文字母、数字，如 wuxi）", Required = true };
        var division = new Option<string?>("--division") { Description = "行政区划代码（6 位，如 500238）" };
        var credit = new Option<string?>("--credit-code") { Description = "县人民政府的统一社会信用代码（18 位）" };
        var admin = new Option<string>("--admin") { Description = "第一位系统管理员的用户名", Required = true };
        var adminName = new Option<string?>("--admin-name") { Description = "系统管理员的姓名或称呼" };
        var password = new Option<string?>("--password") { Description = "系统管理员的密码（至少 10 个字符，含小写字母和数字）；不给则生成一个并只显示这一次" };
        var office = new Option<string?>("--office-name") { Description = "政府信息公开工作机构名称" };
        var address = new Option<string?>("--address") { Description = "办公地址" };
        var phone = new Option<string?>("--phone") { Description = "联系电话" };
        var postcode = new Option<string?>("--postcode") { Description = "邮政编码" };
        var email = new Option<string?>("--email") { Description = "电子邮箱" };
        var setup = new Command("setup", "在空数据库上安装平台：建立县人民政府（根单位）和第一位系统管理员；已安装则不做任何改动")
        {
            county, code, division, credit, admin, adminName, password, office, address, phone, postcode, email,
        };
        setup.SetAction((r, ct) => Guarded(async () =>
        {
            var (pw, generated) = PasswordOrNew(r.GetValue(password));
            var input = new CountySetup
            {
                County = r.GetValue(county)!,
                Code = r.GetValue(code)!,
                DivisionCode = r.GetValue(division),
                CreditCode = r.GetValue(credit),
                AdminUserName = r.GetValue(admin)!,
                AdminDisplayName = r.GetValue(adminName),
                Password = pw,
                OfficeName = r.GetValue(office),
                Address = r.GetValue(address),
                Telephone = r.GetValue(phone),
                Postcode = r.GetValue(postcode),
                Email = r.GetValue(email),
            };
            await using var scope = await ScopeAsync(Options(r), "gongkai setup", ct, migrate: true);
            var (root, user) = await scope.ServiceProvider.GetRequiredService<PlatformSetup>().SetUpAsync(input, ct);
            Console.WriteLine($"已安装：{root.Name}（单位代码 {root.Code}），系统管理员 {user.UserName}。");
            if (generated)
            {
                Console.WriteLine($"初始密码：{pw}（只显示这一次，请登录后台后修改）");
            }

            Console.WriteLine("下一步：gongkai bodies import 单位.csv 导入各单位，gongkai users import 账号.csv 导入工作人员账号。");
            return 0;
        }));
        return setup;
    }

    private static Command BodiesCommand()
    {
        var bodies = new Command("bodies", "管理单位（县人民政府以下的工作部门、乡镇、街道等）：列出、增加、批量导入");

        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var list = new Command("list", "列出全部单位") { json };
        list.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai bodies list", ct);
            var all = await scope.ServiceProvider.GetRequiredService<BodyRegistry>().ListAsync(ct);
            var codes = all.ToDictionary(b => b.Id, b => b.Code);
            string? Parent(Body b) => b.ParentId is { } p ? codes[p] : null;
            if (r.GetValue(json))
            {
                var rows = all.Select(b => new
                {
                    code = b.Code,
                    name = b.Name,
                    shortName = b.ShortName,
                    kind = b.Kind.ToString(),
                    level = b.Level.ToString(),
                    parent = Parent(b),
                    creditCode = b.CreditCode,
                    officeName = b.OfficeName,
                    address = b.Address,
                    officeHours = b.OfficeHours,
                    telephone = b.Telephone,
                    fax = b.Fax,
                    email = b.Email,
                    postcode = b.Postcode,
                });
                Console.WriteLine(JsonSerializer.Serialize(rows, ListJson));
                return 0;
            }

            foreach (var b in all)
            {
                Console.WriteLine($"{b.Code,-14} {b.Name}  {Body.KindLabel(b.Kind)}  {Body.LevelLabel(b.Level)}  上级 {Parent(b) ?? "（无）"}");
            }

            Console.WriteLine($"共 {all.Count} 个单位。");
            return 0;
        }));
        bodies.Subcommands.Add(list);

        var code = new Option<string>("--code") { Description = "单位代码（小写英文字母、数字和连字符，如 czj）", Required = true };
        var name = new Option<string>("--name") { Description = "单位全称，如 巫溪县财政局", Required = true };
        var kind = new Option<string>("--kind") { Description = "类型：" + BodyRegistry.KindChoices, Required = true };
        var parent = new Option<string>("--parent") { Description = "上级单位代码（如县人民政府的代码 wuxi）", Required = true };
        var shortName = new Option<string?>("--short-name") { Description = "简称，如 县财政局" };
        var level = new Option<string?>("--level") { Description = "层级：county（县级）、township（乡镇（街道）级）、village（村（社区）级）；不给则按类型" };
        var credit = new Option<string?>("--credit-code") { Description = "统一社会信用代码（18 位）" };
        var office = new Option<string?>("--office-name") { Description = "政府信息公开工作机构名称" };
        var address = new Option<string?>("--address") { Description = "办公地址" };
        var hours = new Option<string?>("--office-hours") { Description = "办公时间" };
        var phone = new Option<string?>("--phone") { Description = "联系电话" };
        var fax = new Option<string?>("--fax") { Description = "传真" };
        var email = new Option<string?>("--email") { Description = "电子邮箱" };
        var postcode = new Option<string?>("--postcode") { Description = "邮政编码" };
        var add = new Command("add", "增加一个单位") { code, name, kind, parent, shortName, level, credit, office, address, hours, phone, fax, email, postcode };
        add.SetAction((r, ct) => Guarded(async () =>
        {
            await using var scope = await ScopeAsync(Options(r), "gongkai bodies add", ct);
            var body = await scope.ServiceProvider.GetRequiredService<BodyRegistry>().AddAsync(new BodySpec
            {
                Code = r.GetValue(code)!,
                Name = r.GetValue(name)!,
                Kind = r.GetValue(kind),
                ParentCode = r.GetValue(parent),
                ShortName = r.GetValue(shortName),
                Level = r.GetValue(level),
                CreditCode = r.GetValue(credit),
                OfficeName = r.GetValue(office),
                Address = r.GetValue(address),
                OfficeHours = r.GetValue(hours),
                Telephone = r.GetValue(phone),
                Fax = r.GetValue(fax),
                Email = r.GetValue(email),
                Postcode = r.GetValue(postcode),
            }, ct);
            Console.WriteLine($"已增加单位 {body.Name}（代码 {body.Code}，{Body.KindLabel(body.Kind)}）。");
            return 0;
        }));
        bodies.Subcommands.Add(add);

        var file = new Argument<FileInfo>("文件") { Description = "CSV（UTF-8 或 Excel/WPS 保存的 GBK）或 .xlsx，首行列名：code,name,short_name,kind,level,parent,credit_code,office_name,address,office_hours,telephone,fax,email,postcode（也可用中文列名：代码,名称,简称,类型,层级,上级代码,统一社会信用代码,工作机构,办公地址,办公时间,联系电话,传真,电子邮箱,邮政编码）" };
        var import = new Command("import", "批量导入单位：代码已有的更新，相同的跳过，可重复执行；被拒绝的行及原因写入 文件名.rejects.csv") { file };
        import.SetAction((r, ct) => Guarded(async () =>
        {
            var f = ExistingFile(r.GetValue(file)!);
            await using var scope = await ScopeAsync(Options(r), "gongkai bodies import", ct);
            var result = await scope.ServiceProvider.GetRequiredService<BodyRegistry>().ImportAsync(BodyRegistry.ReadFile(f.FullName), ct);
            var report = f.FullName + ".rejects.csv";
            await WriteRejectsAsync(report, ["行号", "原因", "代码", "名称"], result.Rejected.Select(x => new[] { x.Line.ToString(CultureInfo.InvariantCulture), x.Reason, x.Code, x.Name }), ct);
            Console.WriteLine($"新增 {result.Added} 个单位，更新 {result.Updated} 个，未变 {result.Unchanged} 个，拒绝 {result.Rejected.Count} 行" + (result.Rejected.Count > 0 ? $"（原因见 {report}）" : "") + "。");
            return 0;
        }));
        bodies.Subcommands.Add(import);
        return bodies;
    }

    private static Command UsersImportCommand()
    {
        var file = new Argument<FileInfo>("文件") { Description = "CSV（UTF-8 或 GBK）或 .xlsx，首行列名：user,name,body,roles（也可用中文列名：用户名,姓名,单位代码,角色）；多个角色用 ; 或 | 分隔" };
        var passwords = new Option<string?>("--passwords") { Description = "初始密码文件，默认为 文件名.passwords.csv；已存在则不执行" };
        var import = new Command("import", "批量创建工作人员账号：初始密码写入只有本人可读的文件；已有的账号不做改动；被拒绝的行写入 文件名.rejects.csv") { file, passwords };
        import.SetAction((r, ct) => Guarded(async () =>
        {
            var f = ExistingFile(r.GetValue(file)!);
            var passwordFile = Path.GetFullPath(r.GetValue(passwords) ?? f.FullName + ".passwords.csv");
            if (File.Exists(passwordFile))
            {
                throw new SettingsException($"初始密码文件 {passwordFile} 已存在：请先把其中的密码交给本人，再删除该文件后重新执行。");
            }

            await using var scope = await ScopeAsync(Options(r), "gongkai users import", ct);
            StaffImportResult result;
            // Only the caller can read the passwords; the file is created before any account exists.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var w = new StreamWriter(passwordFile, new System.Text.UTF8Encoding(true), options))
            {
                await w.WriteLineAsync("用户名,姓名,单位代码,初始密码".AsMemory(), ct);
                result = await scope.ServiceProvider.GetRequiredService<StaffImporter>().ImportAsync(StaffImporter.ReadFile(f.FullName), async (user, body, password) =>
                {
                    await w.WriteLineAsync(string.Join(',', new[] { user.UserName!, user.DisplayName, body, password }.Select(CsvField)).AsMemory(), ct);
                    await w.FlushAsync(ct);
                }, ct);
            }

            if (result.Created == 0)
            {
                File.Delete(passwordFile);
            }

            var report = f.FullName + ".rejects.csv";
            await WriteRejectsAsync(report, ["行号", "原因", "用户名"], result.Rejected.Select(x => new[] { x.Line.ToString(CultureInfo.InvariantCulture), x.Reason, x.UserName }), ct);
            Console.WriteLine($"创建 {result.Created} 个账号" + (result.Created > 0 ? $"（初始密码见 {passwordFile}，仅本人可读）" : "")
                + $"，已存在未改动 {result.Existing.Count} 个，拒绝 {result.Rejected.Count} 行" + (result.Rejected.Count > 0 ? $"（原因见 {report}）" : "") + "。");
            if (result.Existing.Count > 0)
            {
                Console.WriteLine("已存在的账号（未改动，未重置密码）：" + string.Join("、", result.Existing));
            }

            return 0;
        }));
        return import;
    }

    private static FileInfo ExistingFile(FileInfo f) => f.Exists ? f : throw new SettingsException($"找不到文件 {f.FullName}。");
}
