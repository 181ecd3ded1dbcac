namespace OwlDigital.Emailing;

/// <summary>A plain-text mail to one recipient.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
