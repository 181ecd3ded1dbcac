namespace OwlDigital.Catalog;

public static class CatalogConsts
{
    /// <summary>A LeiKa key has exactly 14 digits ("99001001000000"; regional keys such as "77000000000032" too).</summary>
    public const int LeiKaKeyLength = 14;

    /// <summary>What the KDN catalogue writes instead of a key for OZG-relevant services the LeiKa does not list.</summary>
    public const string NotInLeiKaMarker = "nicht im LeiKa";

    public const int MaxNameLength = 512;
    public const int MaxLegalBasisLength = 4000;
    public const int MaxLeiKaTypeLength = 16;
    public const int MaxTopicLength = 128;
    public const int MaxResponsibilityTypeLength = 64;

    /// <summary>
    /// Upper bound of one catalogue file. The full LeiKa has about 7,500 services; a file ten times
    /// that size is not a catalogue but a mistake, and is refused before anything is parsed further.
    /// </summary>
    public const int MaxImportRows = 50_000;

    public static bool IsLeiKaKey(string? key) =>
        key is { Length: LeiKaKeyLength } && key.All(char.IsAsciiDigit);
}
