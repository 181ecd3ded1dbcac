namespace OwlDigital.Entities;

/// <summary>Creation and modification times, stamped by the persistence layer in UTC.</summary>
public interface IAuditedObject
{
    DateTimeOffset CreationTime { get; set; }

    DateTimeOffset? LastModificationTime { get; set; }
}
