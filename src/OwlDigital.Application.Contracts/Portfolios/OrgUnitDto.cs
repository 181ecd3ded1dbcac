namespace OwlDigital.Portfolios;

public sealed record OrgUnitDto(Guid Id, string Code, string Name, Guid? BusinessAreaId, string ConcurrencyStamp);
