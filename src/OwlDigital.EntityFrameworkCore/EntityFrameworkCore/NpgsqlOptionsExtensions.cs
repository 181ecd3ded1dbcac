using Microsoft.EntityFrameworkCore;

namespace OwlDigital.EntityFrameworkCore;

public static class NpgsqlOptionsExtensions
{
    /// <summary>The one place that decides how the context talks to PostgreSQL (runtime, migrator and design time alike).</summary>
    public static TBuilder UseOwlDigitalNpgsql<TBuilder>(this TBuilder builder, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
            .UseSnakeCaseNamingConvention();
        return builder;
    }
}
