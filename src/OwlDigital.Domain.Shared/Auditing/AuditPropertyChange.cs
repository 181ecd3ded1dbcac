namespace OwlDigital.Auditing;

/// <summary>One property of an audited entity: its value before and after the write (null when absent).</summary>
public sealed record AuditPropertyChange(string Property, string? OldValue, string? NewValue);
