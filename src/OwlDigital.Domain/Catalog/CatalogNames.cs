using OwlDigital.ExceptionHandling;

namespace OwlDigital.Catalog;

internal static class CatalogNames
{
    public static string Require(string? name, string field)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > CatalogConsts.MaxNameLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Catalog.InvalidName)
                .WithDetail("MaxLength", CatalogConsts.MaxNameLength)
                .ForField(field);
        }

        return trimmed;
    }
}
