using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.Localization;
using OwlDigital.OnlineServices;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.Catalog;

public sealed class CatalogAppService(
    ICatalogRepository catalog,
    IRegionalServiceRepository regional,
    ITenantRepository tenants,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer) : ICatalogAppService
{
    /// <summary>A picker shows a screenful; more would only slow the typing down.</summary>
    public const int MaxSearchResults = 50;

    public async Task<CatalogSummaryDto> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var counts = await catalog.CountAsync(cancellationToken);
        return new CatalogSummaryDto(
            counts.Topics,
            counts.LifeSituations,
            counts.OzgServices,
            counts.LeiKaServices,
            counts.LeiKaServicesWithoutKey,
            counts.MunicipallyRelevantLeiKaServices,
            counts.RetiredEntries,
            counts.LeiKaTypes,
            counts.EfaServices,
            counts.Products);
    }

    public async Task<IReadOnlyList<LeiKaServiceDto>> SearchLeiKaAsync(string? text, int take = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = await catalog.SearchLeiKaAsync(text.Trim(), Math.Clamp(take, 1, MaxSearchResults), cancellationToken);
        return found.Select(f => f.Service.ToDto(f.Ozg)).ToList();
    }

    public async Task<IReadOnlyList<OzgServiceDto>> SearchOzgAsync(string? text, int take = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return (await catalog.SearchOzgAsync(text.Trim(), Math.Clamp(take, 1, MaxSearchResults), cancellationToken)).Select(s => s.ToDto()).ToList();
    }

    public async Task<IReadOnlyList<OzgTopicDto>> GetTopicsAsync(CancellationToken cancellationToken = default)
    {
        return (await catalog.GetTopicsAsync(cancellationToken)).Select(t => new OzgTopicDto(t.Id, t.Name)).ToList();
    }

    public async Task<IReadOnlyList<OzgLifeSituationDto>> GetLifeSituationsAsync(CancellationToken cancellationToken = default)
    {
        return (await catalog.GetLifeSituationsAsync(cancellationToken)).Select(l => new OzgLifeSituationDto(l.Id, l.Name, l.TopicId)).ToList();
    }

    public async Task<IReadOnlyList<LeiKaTypeDto>> GetLeiKaTypesAsync(CancellationToken cancellationToken = default)
    {
        return (await catalog.GetLeiKaTypesAsync(cancellationToken)).Select(t => new LeiKaTypeDto(t.Id, t.Description, t.MunicipallyExecuted)).ToList();
    }

    public async Task<IReadOnlyList<MaturityLevelDto>> GetMaturityLevelsAsync(CancellationToken cancellationToken = default)
    {
        return Enum.GetValues<MaturityModel>()
            .SelectMany(model => Enumerable.Range(0, model.MaxLevel() + 1).Select(level => new MaturityLevelDto(model, level, MaturityName(model, level))))
            .ToList();
    }

    private string MaturityName(MaturityModel model, int level)
    {
        var text = localizer[$"Maturity:{model}:{level}"];
        return text.ResourceNotFound ? localizer["Maturity:Level", level] : text;
    }

    public async Task<IReadOnlyList<EfaServiceDto>> GetEfaServicesAsync(CancellationToken cancellationToken = default)
    {
        return (await catalog.GetEfaServicesAsync(cancellationToken)).Select(s => s.ToDto()).ToList();
    }

    public async Task<EfaServiceDto> CreateEfaServiceAsync(SaveEfaServiceDto input, CancellationToken cancellationToken = default)
    {
        if (input.OzgServiceId is { } ozgId && (await catalog.GetOzgServicesAsync([ozgId], cancellationToken)).Count == 0)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Catalog.UnknownOzgService).WithDetail("OzgServiceId", ozgId).ForField(nameof(input.OzgServiceId));
        }

        var service = new EfaService(Guid.NewGuid(), input.Name, input.OzgServiceId, input.ProvidingState, input.Status);
        await catalog.AddAsync(service, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return service.ToDto();
    }

    public async Task<IReadOnlyList<ProductDto>> GetProductsAsync(ProductKind? kind, CancellationToken cancellationToken = default)
    {
        return (await catalog.GetProductsAsync(kind, cancellationToken)).Select(p => new ProductDto(p.Id, p.Kind, p.Name)).ToList();
    }

    public async Task<ProductDto> CreateProductAsync(SaveProductDto input, CancellationToken cancellationToken = default)
    {
        var product = new CatalogProduct(Guid.NewGuid(), input.Kind, input.Name);
        var existing = await catalog.GetProductsAsync(input.Kind, cancellationToken);
        if (existing.Any(p => string.Equals(p.Name, product.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Catalog.DuplicateProduct).WithDetail("Name", product.Name).ForField(nameof(input.Name));
        }

        await catalog.AddAsync(product, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ProductDto(product.Id, product.Kind, product.Name);
    }

    public async Task<IReadOnlyList<CatalogOrphanDto>> GetOrphansAsync(CancellationToken cancellationToken = default)
    {
        var orphans = await regional.GetOrphanedMappingsAsync(cancellationToken);
        var names = (await tenants.GetAllAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        return orphans
            .Select(o => new CatalogOrphanDto(o.TenantId, names.GetValueOrDefault(o.TenantId, "?"), o.ServiceNumber, o.ServiceTitle, o.KeyWhenMapped, o.NameWhenMapped, o.CurrentName, o.IsRetired))
            .ToList();
    }
}
