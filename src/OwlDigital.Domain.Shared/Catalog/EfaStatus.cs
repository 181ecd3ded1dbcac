namespace OwlDigital.Catalog;

/// <summary>Where an "Einer für Alle" service stands for reuse in NRW.</summary>
public enum EfaStatus
{
    InDevelopment = 1,
    Available = 2,
    Discontinued = 3,
}
