namespace OwlDigital.Tenants;

public sealed record DistrictDto(string Key, string Name, string Seat, bool IsDistrictFreeCity);
