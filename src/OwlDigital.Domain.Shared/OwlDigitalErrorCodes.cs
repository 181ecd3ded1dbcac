namespace OwlDigital;

/// <summary>
/// Error codes of domain and application exceptions. Each code is also the localization key of
/// the message shown to the user, so a code is never reused for a different meaning.
/// </summary>
public static class OwlDigitalErrorCodes
{
    public const string EntityNotFound = "OwlDigital:0404";
    public const string ValidationFailed = "OwlDigital:0400";
    public const string ConcurrencyConflict = "OwlDigital:0409";

    public static class Tenants
    {
        public const string MalformedAgs = "OwlDigital:Tenants:0001";
        public const string MalformedArs = "OwlDigital:Tenants:0002";
        public const string DistrictOutsideRegion = "OwlDigital:Tenants:0003";
        public const string DuplicateAgs = "OwlDigital:Tenants:0004";
        public const string ArsDoesNotMatchAgs = "OwlDigital:Tenants:0006";
        public const string AgsNotInDistrict = "OwlDigital:Tenants:0007";
        public const string InvalidName = "OwlDigital:Tenants:0008";
        public const string InvalidPopulation = "OwlDigital:Tenants:0009";
        public const string InvalidCoordinates = "OwlDigital:Tenants:0010";
    }
}
