namespace OwlDigital.Auditing;

/// <summary>
/// Reference data that changes by the thousand in one import (the federal catalogues). The audit
/// log records one entry per entity type and save with the counts of created, updated and deleted
/// rows instead of one entry per row, which would bury every other entry and double the import.
/// </summary>
public interface IAuditedAsBatch;
