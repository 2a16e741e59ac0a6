using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>Every error the visitor sees: a Chinese page, or problem+json for the API. Never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>Chinese written as it is, as in every other JSON answer, not as \u escapes.</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    // From the route only: a re-executed POST still carries its form, whose own "code" field (an item code, a
    // 事项编码) would otherwise be read as the status and turn a 403 into a 500.
    public IActionResult OnGet([FromRoute] int code) => Render(code);

    public IActionResult OnPost([FromRoute] int code) => Render(code);

    private IActionResult Render(int code)
    {
        var status = code is >= 400 and <= 599 ? code : 500;
        // Limits the server enforces surface as exceptions; they are the client's doing, not a fault of ours.
        // They may arrive wrapped (the antiforgery check reads the form first), so the whole chain is looked at.
        for (var e = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error; e is not null; e = e.InnerException)
        {
            if (e is Gongkai.Catalog.BlobMissingException)
            {
                // The file store is not mounted here or lost a file: another node may still serve it (nginx tries one on 503).
                status = StatusCodes.Status503ServiceUnavailable;
                break;
            }

            if (e is BadHttpRequestException or InvalidDataException)
            {
                status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status413PayloadTooLarge;
                break;
            }
        }
        (Title, Message) = status switch
        {
            400 => ("请求有误", "提交的内容不完整或格式不正确，请返回检查后重试。"),
            401 => ("请先登录", "该页面仅供工作人员使用，请先登录。"),
            403 => ("无权操作", "您的账号没有对该单位或该记录执行此操作的权限。如需开通，请联系本单位管理员。"),
            404 => ("页面不存在", "您访问的页面不存在或已被移除。"),
            405 => ("请求方式有误", "该地址不支持此种请求方式。"),
            413 => ("提交的内容过大", "提交的文字或文件超过了允许的大小（每个附件不超过 20 MB，一次提交的文字不超过 4 MB）。请精简后重试。"),
            415 => ("内容类型不受支持", "请以 JSON 格式提交，并在请求头中写明 Content-Type: application/json。"),
            429 => ("操作过于频繁", "您的请求过于频繁，请稍后再试。"),
            503 => ("暂时无法提供", "所请求的内容暂时无法读取，已记录。请稍后重试；若多次出现，请联系网站管理员。"),
            _ => ("系统暂时出错", "系统处理您的请求时出错，已记录。请稍后重试；若多次出现，请联系网站管理员。"),
        };
        Response.StatusCode = status;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? "";
        if (original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            var body = JsonSerializer.Serialize(new { type = "about:blank", title = Title, status, detail = Message }, Readable);
            return Content(body, "application/problem+json; charset=utf-8");
        }

        return Page();
    }
}
