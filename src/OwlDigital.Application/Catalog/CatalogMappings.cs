namespace OwlDigital.Catalog;

public static class CatalogMappings
{
    public static LeiKaServiceDto ToDto(this LeiKaService service, OzgService? ozg) =>
        new(service.Id, service.Key, service.Name, service.LeiKaType, service.OzgServiceId, ozg?.Name, ozg?.Topic, service.SdgRelevant, service.MunicipallyRelevant, service.IsRetired);

    public static OzgServiceDto ToDto(this OzgService service) =>
        new(service.Id, service.Name, service.LifeSituation, service.Topic, service.ResponsibilityType, service.IsRetired);

    public static EfaServiceDto ToDto(this EfaService service) =>
        new(service.Id, service.Name, service.OzgServiceId, service.ProvidingState, service.Status);
}
