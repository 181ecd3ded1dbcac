namespace OwlDigital.Catalog;

public sealed record OzgServiceDto(int Id, string Name, string LifeSituation, string Topic, string? ResponsibilityType, bool IsRetired);

/// <summary>A LeiKa service with the OZG service it belongs to; <see cref="Key"/> is null for services the LeiKa does not list.</summary>
public sealed record LeiKaServiceDto(
    Guid Id,
    string? Key,
    string Name,
    string? LeiKaType,
    int? OzgServiceId,
    string? OzgServiceName,
    string? Topic,
    bool SdgRelevant,
    bool MunicipallyRelevant,
    bool IsRetired);

public sealed record LeiKaTypeDto(string Code, string Description, bool MunicipallyExecuted);

public sealed record OzgTopicDto(int Id, string Name);

public sealed record OzgLifeSituationDto(int Id, string Name, int TopicId);

public sealed record MaturityLevelDto(MaturityModel Model, int Level, string Name);

/// <summary>How much of each part of the catalogue is loaded, and when it was last imported.</summary>
public sealed record CatalogSummaryDto(
    int Topics,
    int LifeSituations,
    int OzgServices,
    int LeiKaServices,
    int LeiKaServicesWithoutKey,
    int MunicipallyRelevantLeiKaServices,
    int RetiredEntries,
    int LeiKaTypes,
    int EfaServices,
    int Products);

public sealed record EfaServiceDto(Guid Id, string Name, int? OzgServiceId, string ProvidingState, EfaStatus Status);

public sealed record SaveEfaServiceDto(string Name, int? OzgServiceId, string ProvidingState, EfaStatus Status);

public sealed record ProductDto(Guid Id, ProductKind Kind, string Name);

public sealed record SaveProductDto(ProductKind Kind, string Name);

/// <summary>A tenant's service mapped to a catalogue entry that a later import retired or renamed.</summary>
public sealed record CatalogOrphanDto(
    Guid TenantId,
    string TenantName,
    string ServiceNumber,
    string ServiceTitle,
    string? Key,
    string NameWhenMapped,
    string CurrentName,
    bool IsRetired);
