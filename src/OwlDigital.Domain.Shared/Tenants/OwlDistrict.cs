namespace OwlDigital.Tenants;

/// <summary>
/// A district-level unit of Ostwestfalen-Lippe (Regierungsbezirk Detmold): the six districts and the
/// district-free city of Bielefeld, which the official statistics list at the same level.
/// </summary>
public sealed record OwlDistrict(string Key, string Name, string Seat, bool IsDistrictFreeCity);
