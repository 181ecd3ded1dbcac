using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OwlDigital.Emailing;

/// <summary>
/// Writes every mail as an .eml file into a folder instead of sending it: for development and
/// tests, and for installations whose mail relay picks files up from a folder. The log names the
/// recipient, subject and file, not the body, which carries one-time links.
/// </summary>
public sealed class PickupDirectoryEmailSender(IOptions<EmailingOptions> options, TimeProvider timeProvider, ILogger<PickupDirectoryEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(directory);
        var now = timeProvider.GetUtcNow();
        var path = Path.Combine(directory, $"{now:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        var text = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject))).Append("?=\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n"))
            .ToString();
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
        logger.LogInformation("Mail to {Recipient} ({Subject}) written to {Path}", message.To, message.Subject, path);
    }
}
