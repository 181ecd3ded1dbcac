using QRCoder;

namespace OwlDigital.Blazor.Account;

/// <summary>
/// The authenticator link as a QR code to scan with the phone, as an SVG data URI (the page's
/// content security policy allows data: images). Drawn on the server: no script library needed.
/// </summary>
public static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
