using System.Text.Json;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Auditing;

/// <summary>
/// Adds an audit log entry for every created, changed or deleted entity to the same save, so the
/// change and its record are committed together or not at all. Registered after the interceptors
/// that stamp tenants and audit times, so it records the values that are actually written.
/// </summary>
public sealed class AuditLogSaveChangesInterceptor(TimeProvider timeProvider) : BeforeSaveInterceptor
{
    // Bookkeeping that changes on every save or sign-in and says nothing about who changed what.
    private static readonly HashSet<string> IgnoredProperties = new(StringComparer.Ordinal)
    {
        "ConcurrencyStamp", "CreationTime", "LastModificationTime", "AccessFailedCount", "NormalizedEmail", "NormalizedUserName",

        // Where a person last worked: recorded in the tenant they leave, it would tell that tenant where else they work.
        "LastTenantId",
    };

    // Secrets: the log says that they changed, never what they are.
    private static readonly HashSet<string> MaskedProperties = new(StringComparer.Ordinal) { "PasswordHash", "SecurityStamp" };

    protected override void BeforeSave(DbContext? context)
    {
        if (context is not OwlDigitalDbContext owlContext)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var user = owlContext.CurrentUser;
        var userName = user?.Principal?.Identity?.Name;
        var entries = new List<AuditLogEntry>();
        var batches = new Dictionary<string, Dictionary<AuditLogAction, int>>(StringComparer.Ordinal);
        foreach (var entry in owlContext.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditLogEntry or DataProtectionKey
                || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IAuditedAsBatch)
            {
                var entityType = EntityTypeName(entry);
                if (!batches.TryGetValue(entityType, out var counts))
                {
                    batches[entityType] = counts = [];
                }

                var kind = entry.State switch
                {
                    EntityState.Added => AuditLogAction.Created,
                    EntityState.Deleted => AuditLogAction.Deleted,
                    _ => AuditLogAction.Updated,
                };
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                continue;
            }

            var changes = DescribeChanges(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditLogAction.Created,
                EntityState.Deleted => AuditLogAction.Deleted,
                _ => AuditLogAction.Updated,
            };
            entries.Add(new AuditLogEntry(
                Guid.NewGuid(),
                now,
                action,
                owlContext.CurrentTenantId,
                user?.Id,
                userName,
                EntityTypeName(entry),
                EntityKey(entry),
                changes));
        }

        foreach (var (entityType, counts) in batches)
        {
            var summary = counts.OrderBy(c => c.Key)
                .Select(c => new AuditPropertyChange(c.Key.ToString(), null, c.Value.ToString(CultureInfo.InvariantCulture)))
                .ToList();
            entries.Add(new AuditLogEntry(Guid.NewGuid(), now, AuditLogAction.Imported, owlContext.CurrentTenantId, user?.Id, userName, entityType, null, summary));
        }

        owlContext.AuditLogEntries.AddRange(entries);
    }

    private static List<AuditPropertyChange> DescribeChanges(EntityEntry entry)
    {
        var isSecret = entry.Entity is IdentityUserToken<Guid>;
        var changes = new List<AuditPropertyChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (IgnoredProperties.Contains(name) || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            var oldValue = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
            var newValue = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (oldValue == newValue)
            {
                continue;
            }

            if (isSecret || MaskedProperties.Contains(name))
            {
                oldValue = oldValue is null ? null : AuditLogConsts.MaskedValue;
                newValue = newValue is null ? null : AuditLogConsts.MaskedValue;
            }

            changes.Add(new AuditPropertyChange(name, oldValue, newValue));
        }

        return changes;
    }

    private static string EntityTypeName(EntityEntry entry) => entry.Entity switch
    {
        OwlUser => "User",
        IdentityUserToken<Guid> => "UserToken",
        IdentityUserLogin<Guid> => "UserLogin",
        IdentityUserClaim<Guid> => "UserClaim",
        _ => entry.Metadata.ClrType.Name,
    };

    private static string? EntityKey(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTimeOffset time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(", ", list),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),

        // Answers and other documents: their content, not their type name.
        System.Collections.IEnumerable => JsonSerializer.Serialize(value, DocumentJson),
        _ => value.ToString(),
    };

    private static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
