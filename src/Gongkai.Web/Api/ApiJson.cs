using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Data;

namespace Gongkai.Web.Api;

/// <summary>
/// What every JSON API of the platform shares: camelCase, enums by name only, invisible characters stripped from
/// text, and the problems of a request body (wrong content type, not JSON, a wrong enum or date) in Chinese.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(GongkaiDb.JsonOptions)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Enums by name only: a number ("applicantType": 3) is refused with the names allowed (issue 12).
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false), new InvisibleTextJsonConverter() },
    };

    /// <summary>A body that is not JSON gets 415 saying what is expected, rather than a generic failure.</summary>
    public static IResult? NotJson(HttpRequest request) => request.HasJsonContentType()
        ? null
        : Results.Problem(title: "内容类型不受支持", detail: "请以 JSON 格式提交，并在请求头中写明 Content-Type: application/json。", statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>
    /// Reads a JSON body as <typeparamref name="T"/>, or says in Chinese what is wrong with it: 415 for another content
    /// type, 400 naming the field for a wrong enum or date, 400 with <paramref name="example"/> for anything else.
    /// </summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, string example, CancellationToken ct)
        where T : class
    {
        if (NotJson(request) is { } notJson)
        {
            return (null, notJson);
        }

        // Kept so that a field's error can be told from a body that is not JSON at all (both are a JsonException).
        request.EnableBuffering();
        (string Name, Type Type)? field;
        try
        {
            var value = await request.ReadFromJsonAsync<T>(Options, ct);
            return value is null
                ? (null, Results.Problem(title: "请求格式有误", detail: "请求体不能为空。", statusCode: StatusCodes.Status400BadRequest))
                : (value, null);
        }
        catch (JsonException e)
        {
            field = Field<T>(e);
        }
        catch (Exception e) when (e is InvalidOperationException or BadHttpRequestException)
        {
            field = null;
        }

        if (field is { } f && await WellFormedAsync(request, ct))
        {
            var message = f.Type.IsEnum
                ? $"“{f.Name}”应为以下名称之一：{string.Join("、", Enum.GetNames(f.Type))}（不接受数字或其他值）。"
                : $"“{f.Name}”应为 YYYY-MM-DD 格式的有效日期。";
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [f.Name] = [message] }, title: "请求格式有误", detail: message));
        }

        return (null, Results.Problem(title: "请求格式有误", detail: $"请求体应为 JSON 对象（请求头 Content-Type: application/json），枚举值用英文名称（如 {example}）。", statusCode: StatusCodes.Status400BadRequest));
    }

    private static async Task<bool> WellFormedAsync(HttpRequest request, CancellationToken ct)
    {
        request.Body.Position = 0;
        try
        {
            using var _ = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The enum or date field of <typeparamref name="T"/> a JSON error points at (by its path, such as <c>$.applicantType</c>), if any.</summary>
    private static (string Name, Type Type)? Field<T>(JsonException e)
    {
        var name = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        var property = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type is not null && (type.IsEnum || type == typeof(DateOnly)) ? (Options.PropertyNamingPolicy!.ConvertName(property!.Name), type) : null;
    }

    /// <summary>A date of a query string, as YYYY-MM-DD; null when absent, a Chinese message when it is not a date.</summary>
    public static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors[name] = [$"{name} 须为 YYYY-MM-DD 格式的有效日期。"];
        return null;
    }

    public static string? Iso(DateOnly? d) => d is { } x ? CalendarApi.Iso(x) : null;

    public static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
