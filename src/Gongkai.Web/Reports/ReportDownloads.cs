using System.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Web.Reports;

/// <summary>Lets a page handler return a minimal-API result (the file downloads shared by the back office and the portal).</summary>
public sealed class ResultAction(IResult result) : Microsoft.AspNetCore.Mvc.IActionResult
{
    public Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context) => result.ExecuteAsync(context.HttpContext);
}

/// <summary>The report's files for download: DOCX, XLSX, JSON, and PDF printed by Chromium where the server has it.</summary>
public static class ReportDownloads
{
    public static readonly IReadOnlyList<(string Format, string Label)> Formats = [("docx", "Word（DOCX）"), ("xlsx", "表格（XLSX）"), ("json", "数据（JSON）"), ("pdf", "PDF")];

    /// <summary>Whether the charting library was fetched (scripts/web-libs); without it the pages show the tables only.</summary>
    public static bool ChartsAvailable(IWebHostEnvironment env) => File.Exists(Path.Combine(env.WebRootPath, "lib", "echarts.min.js"));

    public static string? ChromiumPath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("GONGKAI_CHROMIUM") ?? "/usr/bin/chromium";
            return File.Exists(path) ? path : null;
        }
    }

    /// <summary>The file, or null for an unknown format or a PDF without Chromium.</summary>
    public static async Task<IResult?> FileAsync(ReportData data, ReportTexts texts, string format, string css, CancellationToken ct)
    {
        var name = $"{ReportHtml.Title(data)}";
        return format switch
        {
            "docx" => Results.File(ReportFiles.Docx(data, texts), ReportFiles.DocxType, name + ".docx"),
            "xlsx" => Results.File(ReportFiles.Xlsx(data), ReportFiles.XlsxType, name + ".xlsx"),
            "json" => Results.File(System.Text.Encoding.UTF8.GetBytes(ReportFiles.Json(data)), "application/json; charset=utf-8", name + ".json"),
            "pdf" when await PdfAsync(ReportHtml.Render(data, texts), ReportHtml.Title(data), css, ct) is { } pdf => Results.File(pdf, "application/pdf", name + ".pdf"),
            _ => null,
        };
    }

    /// <summary>Prints the report page with headless Chromium; null when Chromium is missing or fails within a minute.</summary>
    public static async Task<byte[]?> PdfAsync(string article, string title, string css, CancellationToken ct)
    {
        if (ChromiumPath is not { } chromium)
        {
            return null;
        }

        var dir = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var html = Path.Combine(dir.FullName, "report.html");
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(html, $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title><style>{css}</style></head><body class=\"print-view\">{article}</body></html>", ct);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(dir.FullName, "profile")}", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await drain;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 && File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, ct) : null;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
