using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>Issue 12, finding 16: future birth dates, invisible characters and numeric enum values.</summary>
public abstract class InputHygieneTests(TestHost host)
{
    // U+202E (right-to-left override), U+200B (zero-width space), U+FEFF, U+2066 (isolate), U+200D (zero-width joiner).
    private const string Rlo = "\u202E";
    private const string Hidden = "\u200B\uFEFF\u2066\u200D\u2060";

    /// <summary>A resident card number with a valid check digit for someone born on <paramref name="born"/>.</summary>
    private static string CardBornOn(DateOnly born, int serial)
    {
        var first17 = $"500238{born:yyyyMMdd}{serial % 1000:D3}";
        return first17 + IdNumbers.ResidentCheck(first17);
    }

    private static Dictionary<string, object> ApiBody(string description, string idNumber, string name = "卫生测试人") => new()
    {
        ["applicantType"] = "Person",
        ["name"] = name,
        ["idDocument"] = "ResidentCard",
        ["idNumber"] = idNumber,
        ["phone"] = "13902380000",
        ["description"] = description,
        ["delivery"] = "ElectronicFile",
        ["body"] = "czj",
    };

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    private Task<int> CountAsync(string description) => host.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.Description == description));

    [Fact]
    public async Task A_birth_date_after_today_is_refused_on_the_form_and_the_API()
    {
        // The host's clock stands at 2026-11-30.
        var tomorrow = CardBornOn(new DateOnly(2026, 12, 1), 601);
        using var client = host.NewClient();
        var api = await ProblemAsync(await client.PostAsJsonAsync("/api/applications", ApiBody("未来出生日期测试（接口）", tomorrow)));
        Assert.Contains("居民身份证号码中的出生日期（2026年12月1日）晚于今天", api.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("未来出生日期测试（接口）"));

        var czj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var form = await TestHost.PostFormAsync(client, "/apply", ApplicationTests.Fields("未来出生", "未来出生日期测试（表单）", CardBornOn(new DateOnly(2031, 5, 4), 602), czj));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
        Assert.Contains("居民身份证号码中的出生日期（2031年5月4日）晚于今天", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("未来出生日期测试（表单）"));

        // Born today is fine.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/applications", ApiBody("今天出生测试", CardBornOn(new DateOnly(2026, 11, 30), 603)))).StatusCode);
    }

    [Fact]
    public async Task A_number_for_an_enum_on_the_API_is_refused_with_the_allowed_names()
    {
        using var client = host.NewClient();
        foreach (var (field, value) in new (string, object)[] { ("applicantType", 0), ("idDocument", 0), ("delivery", 3), ("applicantType", 99) })
        {
            var body = ApiBody($"数字枚举测试 {field} {value}", ApplicationTests.IdNumber(611));
            body[field] = value;
            var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/applications", body));
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains($"“{field}”应为以下名称之一：", detail, StringComparison.Ordinal);
            var names = field switch { "applicantType" => Enum.GetNames<ApplicantType>(), "idDocument" => Enum.GetNames<IdDocument>(), _ => Enum.GetNames<Delivery>() };
            Assert.Contains(string.Join("、", names), detail, StringComparison.Ordinal);
            Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
            Assert.Equal(0, await CountAsync($"数字枚举测试 {field} {value}"));
        }

        // Names are still taken.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/applications", ApiBody("名称枚举测试", ApplicationTests.IdNumber(612)))).StatusCode);
    }

    [Fact]
    public async Task An_undefined_or_numeric_enum_on_a_form_is_never_stored()
    {
        var czj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        using var citizen = host.NewClient();
        foreach (var (field, value) in new[] { ("Form.ApplicantType", "99"), ("Form.IdDocument", "1"), ("Form.Delivery", "99") })
        {
            var fields = ApplicationTests.Fields("枚举表单", $"表单枚举测试 {field} {value}", ApplicationTests.IdNumber(621), czj);
            fields[field] = value;
            var page = await TestHost.PostFormAsync(citizen, "/apply", fields);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
            Assert.Contains($"“{value}”不是有效的值，请从列表中选择。", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await CountAsync($"表单枚举测试 {field} {value}"));
        }

        using var editor = await host.SignInAsync("czj.editor");
        var item = CatalogTests.ItemFields("枚举表单测试：有效性为数字");
        item["Form.BodyId"] = czj.ToString(System.Globalization.CultureInfo.InvariantCulture);
        item["Form.Validity"] = "1";
        var refused = await TestHost.PostFormAsync(editor, "/staff/catalog/new", item);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("“1”不是有效的值，请从列表中选择。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await host.WithDbAsync((db, _) => db.CatalogItems.AnyAsync(i => i.Title == "枚举表单测试：有效性为数字")));
    }

    [Fact]
    public async Task Bidi_overrides_and_zero_width_characters_are_removed_from_public_forms_the_API_and_staff_forms()
    {
        using var client = host.NewClient();
        var created = await client.PostAsJsonAsync("/api/applications", ApiBody($"隐藏字符测试{Rlo}（接口）{Hidden}", ApplicationTests.IdNumber(631), $"张{Hidden}三{Rlo}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var viaApi = await host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Description.StartsWith("隐藏字符测试") && a.Description.EndsWith("（接口）")));
        Assert.Equal(("张三", "隐藏字符测试（接口）"), (viaApi.ApplicantName, viaApi.Description));

        var czj = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "czj").Select(b => b.Id).SingleAsync());
        var form = await TestHost.PostFormAsync(client, "/apply", ApplicationTests.Fields($"李{Rlo}四{Hidden}", $"{Hidden}隐藏字符测试（表单）{Rlo}", ApplicationTests.IdNumber(632), czj));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("申请已提交", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var viaForm = await host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Description == "隐藏字符测试（表单）"));
        Assert.Equal("李四", viaForm.ApplicantName);

        using var editor = await host.SignInAsync("czj.editor");
        var item = CatalogTests.ItemFields($"关于{Rlo}隐藏字符{Hidden}的通知");
        item["Form.BodyId"] = czj.ToString(System.Globalization.CultureInfo.InvariantCulture);
        item["Form.Keywords"] = $"隐藏{Hidden} 字符";
        var saved = await TestHost.PostFormAsync(editor, "/staff/catalog/new", item);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogTests.UploadAsync(editor, id, $"申请书{Rlo}fdp.exe{Hidden}.pdf", Samples.Pdf())).StatusCode);
        var stored = await host.WithDbAsync((db, _) => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(("关于隐藏字符的通知", "隐藏 字符"), (stored.Title, stored.Keywords));
        Assert.Equal("申请书fdp.exe.pdf", await host.WithDbAsync((db, _) => db.Attachments.Where(a => a.ItemId == id).Select(a => a.FileName).SingleAsync()));
    }
}

public sealed class InputHygieneTestsSqlite(BusySqliteHost f) : InputHygieneTests(f.Host), IClassFixture<BusySqliteHost>;

public sealed class InputHygieneTestsPostgres(BusyPostgresHost f) : InputHygieneTests(f.Host), IClassFixture<BusyPostgresHost>;
