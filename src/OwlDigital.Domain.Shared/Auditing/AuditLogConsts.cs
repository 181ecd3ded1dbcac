namespace OwlDigital.Auditing;

public static class AuditLogConsts
{
    public const int MaxUserNameLength = 256;
    public const int MaxEntityTypeLength = 128;
    public const int MaxEntityIdLength = 128;

    /// <summary>Upper bound of one CSV export, so one click cannot tie up the database for minutes.</summary>
    public const int MaxExportRows = 50_000;

    /// <summary>Stands for the value of a secret property (password hash, security stamp, token).</summary>
    public const string MaskedValue = "***";
}
