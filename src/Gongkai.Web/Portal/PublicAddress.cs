using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Gongkai.Web.Portal;

/// <summary>
/// The absolute address of the portal for feeds, sitemaps and QR codes: the configured public URL, otherwise the
/// address this node listens on. Never taken from the request, whose Host header anyone can set.
/// </summary>
public sealed class PublicAddress(HostOptions options, IServer server)
{
    private string? _listening;

    public string BaseUrl => options.PublicUrl is { } url ? url.GetLeftPart(UriPartial.Authority) : _listening ??= Listening();

    /// <summary>Whether citizens reach the portal over HTTPS whatever the proxy forwards (cookies Secure, HSTS).</summary>
    public bool Https => options.PublicUrl?.Scheme == Uri.UriSchemeHttps;

    private string Listening() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Urls[0]).TrimEnd('/');
}
