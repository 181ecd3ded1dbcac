namespace OwlDigital.Dtos;

public sealed record ListResultDto<T>(IReadOnlyList<T> Items);
