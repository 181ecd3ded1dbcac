using OwlDigital.ExceptionHandling;

namespace OwlDigital.Sharing;

/// <summary>Trimming and length rules for the texts of shared items, with the field named when refused.</summary>
internal static class SharingText
{
    public static string Required(string? value, int maxLength, string field) =>
        Optional(value, maxLength, field) ?? throw Invalid(field, maxLength);

    public static string? Optional(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength ? trimmed : throw Invalid(field, maxLength);
    }

    private static BusinessException Invalid(string field, int maxLength) =>
        new BusinessException(OwlDigitalErrorCodes.Sharing.InvalidText).WithDetail("Field", field).WithDetail("MaxLength", maxLength).ForField(field);
}
