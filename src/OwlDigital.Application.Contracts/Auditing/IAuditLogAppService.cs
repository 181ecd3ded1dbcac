using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Auditing;

public interface IAuditLogAppService
{
    /// <summary>Host staff see every tenant's and the host's entries; a tenant admin the current tenant's.</summary>
    Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default);

    /// <summary>The same search as CSV (UTF-8 with BOM, semicolons, for German spreadsheet programs), at most <see cref="AuditLogConsts.MaxExportRows"/> rows.</summary>
    Task<byte[]> ExportCsvAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default);
}
