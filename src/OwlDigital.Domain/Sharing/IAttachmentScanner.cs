namespace OwlDigital.Sharing;

/// <summary>
/// The hook for virus scanning of shared files. An installation plugs in its scanner (ClamAV's
/// clamd, the municipal IT provider's gateway); without one, <see cref="NoAttachmentScanner"/>
/// records that files were not scanned, and the type and content checks still apply.
/// </summary>
public interface IAttachmentScanner
{
    Task<ScanVerdict> ScanAsync(string fileName, byte[] content, CancellationToken cancellationToken);
}

/// <param name="IsClean">False refuses the file.</param>
/// <param name="Finding">What the scanner found, shown to the uploader (e.g. the signature name).</param>
public sealed record ScanVerdict(bool IsClean, string? Finding = null);

/// <summary>No scanner configured: every file passes this hook (and only this one).</summary>
public sealed class NoAttachmentScanner : IAttachmentScanner
{
    public Task<ScanVerdict> ScanAsync(string fileName, byte[] content, CancellationToken cancellationToken) => Task.FromResult(new ScanVerdict(true));
}
