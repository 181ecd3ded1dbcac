using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.ExceptionHandling;
using OwlDigital.Localization;
using OwlDigital.Uow;
using OwlDigital.Validation;

namespace OwlDigital.Tenants;

public sealed class TenantAppService(
    ITenantRepository tenantRepository,
    IPermissionChecker permissionChecker,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer)
    : ITenantAppService
{
    private static readonly IReadOnlyDictionary<string, TenantSortField> SortFields =
        Enum.GetValues<TenantSortField>().ToDictionary(f => f.ToString(), f => f, StringComparer.OrdinalIgnoreCase);

    public async Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var tenant = await tenantRepository.FindAsync(id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Tenant), id);
        return tenant.ToDto();
    }

    public async Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken cancellationToken = default)
    {
        var query = ToQuery(input);
        var (tenants, totalCount) = await tenantRepository.GetPageAsync(query, cancellationToken);
        return new PagedResultDto<TenantDto>(totalCount, tenants.Select(t => t.ToDto()).ToList());
    }

    public async Task<ListResultDto<TenantDto>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var tenants = await tenantRepository.GetAllAsync(cancellationToken);
        return new ListResultDto<TenantDto>(tenants.OrderBy(t => t.Name, StringComparer.CurrentCulture).Select(t => t.ToDto()).ToList());
    }

    public Task<ListResultDto<DistrictDto>> GetDistrictsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ListResultDto<DistrictDto>(OwlDistricts.All.Select(d => d.ToDto()).ToList()));

    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken cancellationToken = default)
    {
        var tenant = await GetForUpdateAsync(id, input.ConcurrencyStamp, cancellationToken);
        tenant.SetName(input.Name);
        tenant.SetPopulation(input.Population);
        tenant.SetLocation(input.Latitude, input.Longitude);
        if (input.IsActive)
        {
            tenant.Activate();
        }
        else
        {
            tenant.Deactivate();
        }

        if (input.Features is { } features)
        {
            await permissionChecker.CheckAsync(OwlDigitalPermissions.Tenants.ManageFeatures, cancellationToken);
            ApplyFeatures(tenant, features);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return tenant.ToDto();
    }

    public async Task<TenantDto> UpdateFeaturesAsync(Guid id, UpdateTenantFeaturesDto input, CancellationToken cancellationToken = default)
    {
        var tenant = await GetForUpdateAsync(id, input.ConcurrencyStamp, cancellationToken);
        ApplyFeatures(tenant, input.Features ?? []);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return tenant.ToDto();
    }

    private static void ApplyFeatures(Tenant tenant, IEnumerable<string> features)
    {
        var wanted = features.ToHashSet(StringComparer.Ordinal);

        // An unknown name is refused by the tenant, with the allowed names in the message.
        foreach (var unknown in wanted.Where(f => !TenantFeatures.IsKnown(f)))
        {
            tenant.SetFeature(unknown, true);
        }

        foreach (var feature in TenantFeatures.All)
        {
            tenant.SetFeature(feature, wanted.Contains(feature));
        }
    }

    private async Task<Tenant> GetForUpdateAsync(Guid id, string concurrencyStamp, CancellationToken cancellationToken)
    {
        var tenant = await tenantRepository.FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(Tenant), id);
        if (tenant.ConcurrencyStamp != concurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        return tenant;
    }

    private TenantListQuery ToQuery(GetTenantListInput input)
    {
        var errors = new ValidationErrorCollector();
        errors.AddPagingErrors(input.Skip, input.Take, localizer);

        var (sortField, descending) = ParseSorting(input.Sorting, errors);

        if (!string.IsNullOrWhiteSpace(input.DistrictKey) && !OwlDistricts.Contains(input.DistrictKey))
        {
            errors.Add(nameof(input.DistrictKey), localizer["Validation:UnknownDistrict", input.DistrictKey]);
        }

        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), localizer["Validation:InvalidValue", kind]);
        }

        errors.ThrowIfAny();

        return new TenantListQuery(
            input.Skip,
            input.Take,
            sortField,
            descending,
            string.IsNullOrWhiteSpace(input.Filter) ? null : input.Filter.Trim(),
            string.IsNullOrWhiteSpace(input.DistrictKey) ? null : input.DistrictKey,
            input.Kind);
    }

    private (TenantSortField Field, bool Descending) ParseSorting(string? sorting, ValidationErrorCollector errors)
    {
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return (TenantSortField.Name, false);
        }

        var parts = sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var direction = parts.Length == 2 ? parts[1].ToLowerInvariant() : "asc";
        if (parts.Length > 2 || !SortFields.TryGetValue(parts[0], out var field) || direction is not ("asc" or "desc"))
        {
            errors.Add(
                nameof(GetTenantListInput.Sorting),
                localizer["Validation:UnknownSorting", sorting, string.Join(", ", SortFields.Keys.Select(k => k.ToLowerInvariant()))]);
            return (TenantSortField.Name, false);
        }

        return (field, direction == "desc");
    }
}
