namespace OwlDigital.Emailing;

/// <summary>Sends mail. The application only ever talks to this interface; which transport stands behind it is configuration.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
