namespace Gongkai.Web.Portal;

/// <summary>
/// 适老化模式: large text and high contrast, chosen by a plain link and remembered in a cookie, so it works without
/// JavaScript and is applied by the server to the page itself (no flash of the standard look while a script runs).
/// </summary>
public static class DisplayMode
{
    public const string Cookie = "gk-display";
    public const string Elder = "elder";

    public static bool IsElder(HttpRequest request) => request.Cookies[Cookie] == Elder;

    /// <summary>The output cache keeps one copy of a page per mode (see the portal policy).</summary>
    public static KeyValuePair<string, string> CacheKey(HttpContext http) => new(Cookie, IsElder(http.Request) ? Elder : "");

    public static void MapDisplayMode(this IEndpointRouteBuilder app) =>
        app.MapGet("/display", (string? mode, HttpContext http) =>
        {
            var cookies = http.Response.Cookies;
            if (mode == Elder)
            {
                cookies.Append(Cookie, Elder, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                    Path = "/",
                });
            }
            else
            {
                cookies.Delete(Cookie, new CookieOptions { Path = "/" });
            }

            http.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(ReturnPath(http.Request));
        });

    /// <summary>
    /// Back to the page the link was on: the same-origin Referer (the pages send it, Referrer-Policy same-origin), so
    /// the link itself is one constant address that cached pages can share. Never another site.
    /// </summary>
    public static string ReturnPath(HttpRequest request)
    {
        if (Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var from)
            && (from.Scheme == Uri.UriSchemeHttp || from.Scheme == Uri.UriSchemeHttps)
            && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && !from.AbsolutePath.StartsWith("/display", StringComparison.OrdinalIgnoreCase)
            && !from.PathAndQuery.StartsWith("//", StringComparison.Ordinal)
            && !from.PathAndQuery.StartsWith("/\\", StringComparison.Ordinal))
        {
            return from.PathAndQuery;
        }

        return "/";
    }
}
