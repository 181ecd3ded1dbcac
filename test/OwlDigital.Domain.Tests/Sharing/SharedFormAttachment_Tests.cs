using System.Text;
using OwlDigital.ExceptionHandling;
using OwlDigital.Sharing;

namespace OwlDigital.Domain.Tests.Sharing;

public class SharedFormAttachment_Tests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_File_The_Installed_Scanner_Flags_Should_Be_Refused_Naming_The_File_And_The_Finding()
    {
        var infected = Encoding.ASCII.GetBytes("%PDF-1.7\n" + SignatureScanner.Eicar + "\n%%EOF\n");

        var exception = await Should.ThrowAsync<BusinessException>(() =>
            SharedFormAttachment.CreateAsync(Guid.NewGuid(), 1, "antrag.pdf", infected, new SignatureScanner(), Now, CancellationToken.None));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Sharing.AttachmentInfected);
        (exception.Details["FileName"], exception.Details["Finding"], exception.Field).ShouldBe(("antrag.pdf", "EICAR-Test-File", "Attachments"));
    }

    [Fact]
    public async Task A_Clean_File_Should_Pass_The_Hook_And_Keep_Its_Checksum()
    {
        var clean = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

        var attachment = await SharedFormAttachment.CreateAsync(Guid.NewGuid(), 2, " ordner/antrag.pdf ", clean, new SignatureScanner(), Now, CancellationToken.None);

        (attachment.FileName, attachment.ContentType, attachment.Size, attachment.VersionNumber).ShouldBe(("antrag.pdf", "application/pdf", clean.Length, 2));
        attachment.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(clean)));
    }

    /// <summary>
    /// What an installation plugs into the hook, reduced to the anti-virus industry's test signature
    /// (EICAR), which every real scanner reports.
    /// </summary>
    private sealed class SignatureScanner : IAttachmentScanner
    {
        // Joined at run time, so the source file itself does not alarm a scanner on a checkout.
        public static readonly string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

        public Task<ScanVerdict> ScanAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
            Task.FromResult(Encoding.ASCII.GetString(content).Contains(Eicar, StringComparison.Ordinal)
                ? new ScanVerdict(false, "EICAR-Test-File")
                : new ScanVerdict(true));
    }
}
