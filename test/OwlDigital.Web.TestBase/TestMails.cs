using System.Text.RegularExpressions;

namespace OwlDigital.Web.TestBase;

/// <summary>Reads the mails a test host wrote into its pickup folder.</summary>
public static partial class TestMails
{
    public static IReadOnlyList<string> To(this OwlDigitalWebApplicationFactory factory, string recipient) =>
        Directory.Exists(factory.MailDirectory)
            ? Directory.GetFiles(factory.MailDirectory, "*.eml")
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .Where(mail => mail.Contains($"To: {recipient}\r\n", StringComparison.OrdinalIgnoreCase))
                .ToList()
            : [];

    /// <summary>The set-password link of the newest mail to the recipient, as a path with query.</summary>
    public static string SetPasswordLink(this OwlDigitalWebApplicationFactory factory, string recipient)
    {
        var mail = factory.To(recipient).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {recipient}.");
        var match = SetPasswordLinkPattern().Match(mail);
        return match.Success ? match.Groups["path"].Value : throw new InvalidOperationException($"No link in the mail to {recipient}:\n{mail}");
    }

    /// <summary>The token of <see cref="SetPasswordLink"/>, decoded.</summary>
    public static string SetPasswordToken(this OwlDigitalWebApplicationFactory factory, string recipient)
    {
        var query = factory.SetPasswordLink(recipient).Split('?', 2)[1];
        var token = query.Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal))["token=".Length..];
        return Uri.UnescapeDataString(token);
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/account/reset-password\?\S+)")]
    private static partial Regex SetPasswordLinkPattern();
}
