namespace OwlDigital.Entities;

/// <summary>
/// Optimistic concurrency: the stamp a client read must still be current when it writes, so a
/// concurrent edit is detected instead of silently overwritten.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}
