namespace OwlDigital.Emailing;

public sealed class EmailingOptions
{
    public const string SectionName = "Emailing";

    /// <summary>Where <see cref="PickupDirectoryEmailSender"/> writes each mail as an .eml file.</summary>
    public string PickupDirectory { get; set; } = "mails";

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "no-reply@owldigital.example";

    /// <summary>The public address of the web application, for the links in mails.</summary>
    public string ApplicationBaseUrl { get; set; } = "http://localhost:5080";
}
