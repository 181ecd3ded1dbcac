namespace OwlDigital.EntityFrameworkCore;

/// <summary>Search text for LIKE/ILIKE, with the wildcards a user typed taken literally (PostgreSQL's default escape is the backslash).</summary>
public static class LikePattern
{
    public static string Escape(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    public static string Contains(string value) => "%" + Escape(value) + "%";
}
