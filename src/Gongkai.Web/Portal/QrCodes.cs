using QRCoder;

namespace Gongkai.Web.Portal;

/// <summary>The "scan to open on a phone" image of a portal page, inline so that a printout carries it too.</summary>
public static class QrCodes
{
    public static string DataUri(string url)
    {
        using var qr = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(qr).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
