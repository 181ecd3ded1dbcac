using System.Globalization;
using System.Text;
using OwlDigital.Export;
using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.Localization;
using OwlDigital.Tenants;
using OwlDigital.Validation;

namespace OwlDigital.Auditing;

public sealed class AuditLogAppService(
    IAuditLogRepository auditLog,
    ITenantRepository tenants,
    IPermissionChecker permissionChecker,
    IStringLocalizer<OwlDigitalResource> localizer) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        var query = ToQuery(input, input.Take, PagedAndSortedResultRequestDto.MaxTake);
        var (items, total) = await ReadAsync(query, cancellationToken);
        return new PagedResultDto<AuditLogEntryDto>(total, await ToDtosAsync(items, cancellationToken));
    }

    public async Task<byte[]> ExportCsvAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        var query = ToQuery(input, AuditLogConsts.MaxExportRows, AuditLogConsts.MaxExportRows) with { Skip = 0 };
        var (items, _) = await ReadAsync(query, cancellationToken);
        var rows = await ToDtosAsync(items, cancellationToken);

        var csv = new CsvBuilder();
        csv.AddRow(
            localizer["AuditLog:Time"], localizer["AuditLog:Tenant"], localizer["AuditLog:User"], localizer["AuditLog:Action"],
            localizer["AuditLog:EntityType"], localizer["AuditLog:EntityId"], localizer["AuditLog:Changes"]);
        foreach (var row in rows)
        {
            csv.AddRow(
                row.Time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                row.TenantName ?? localizer["AuditLog:Host"],
                row.UserName,
                localizer[$"AuditLogAction:{row.Action}"],
                row.EntityType,
                row.EntityId,
                string.Join(" | ", row.Changes.Select(c => $"{c.Property}: {c.OldValue ?? "–"} → {c.NewValue ?? "–"}")));
        }

        return csv.ToUtf8WithBom();
    }

    // Host staff with the whole log read across tenants; everyone else only where they work now.
    private async Task<(List<AuditLogEntry> Items, long TotalCount)> ReadAsync(AuditLogQuery query, CancellationToken cancellationToken)
    {
        if (await permissionChecker.IsGrantedAsync(OwlDigitalPermissions.AuditLogs.All, cancellationToken))
        {
            return await auditLog.GetListAcrossTenantsAsync(query, cancellationToken);
        }

        await permissionChecker.CheckAsync(OwlDigitalPermissions.AuditLogs.Default, cancellationToken);
        return await auditLog.GetListAsync(query, cancellationToken);
    }

    private AuditLogQuery ToQuery(GetAuditLogListInput input, int take, int maxTake)
    {
        var errors = new ValidationErrorCollector();
        errors.AddPagingErrors(input.Skip, take, localizer, maxTake);

        if (input.Action is { } action && !Enum.IsDefined(action))
        {
            errors.Add(nameof(input.Action), localizer["Validation:InvalidValue", action]);
        }

        if (input.From is { } from && input.To is { } to && from >= to)
        {
            errors.Add(nameof(input.To), localizer["Validation:RangeOrder"]);
        }

        errors.ThrowIfAny();
        return new AuditLogQuery
        {
            Skip = input.Skip,
            Take = take,
            TenantId = input.TenantId,
            HostOnly = input.HostOnly,
            UserName = input.UserName,
            EntityType = input.EntityType,
            EntityId = input.EntityId,
            Action = input.Action,
            From = input.From,
            To = input.To,
        };
    }

    private async Task<IReadOnlyList<AuditLogEntryDto>> ToDtosAsync(List<AuditLogEntry> entries, CancellationToken cancellationToken)
    {
        var tenantIds = entries.Where(e => e.TenantId is not null).Select(e => e.TenantId!.Value).ToHashSet();
        var names = (await tenants.GetByIdsAsync(tenantIds, cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        return entries
            .Select(e => new AuditLogEntryDto(
                e.Id,
                e.Time,
                e.Action,
                e.TenantId,
                e.TenantId is { } id && names.TryGetValue(id, out var name) ? name : null,
                e.UserId,
                e.UserName,
                e.EntityType,
                e.EntityId,
                e.Changes))
            .ToList();
    }
}
