using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.Entities;

namespace OwlDigital.EntityFrameworkCore;

public static class EntityTypeBuilderExtensions
{
    /// <summary>The columns every aggregate root has: concurrency stamp and audit times.</summary>
    public static void ConfigureAuditedAggregateRoot<T>(this EntityTypeBuilder<T> builder)
        where T : class, IHasConcurrencyStamp, IAuditedObject
    {
        builder.Property(e => e.ConcurrencyStamp).HasMaxLength(40).IsRequired().IsConcurrencyToken();
        builder.Property(e => e.CreationTime).IsRequired();
        builder.Property(e => e.LastModificationTime);
    }
}
