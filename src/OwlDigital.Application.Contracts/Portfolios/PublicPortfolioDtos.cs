using OwlDigital.Authorization;

namespace OwlDigital.Portfolios;

/// <summary>
/// What a tenant publishes of its measures plan: no project leads, costs or prioritisation, and
/// progress only of closed reporting rounds (an open round is work in progress).
/// </summary>
public sealed record PublicPortfolioDto(
    string TenantName,
    string Ags,
    IReadOnlyList<DateOnly> ReportingDates,
    IReadOnlyList<PublicMeasureDto> Measures,
    CouncilReportDto Report);

public sealed record PublicMeasureDto(
    string Number,
    string YearReported,
    string BusinessArea,
    string Office,
    string Title,
    string? Description,
    string? PlannedIntroduction,
    IReadOnlyList<string?> Progress,
    string? Status);

public interface IPublicPortfolioAppService
{
    /// <summary>The published plan of the tenant with this AGS; not found when the tenant has not switched its public page on.</summary>
    Task<PublicPortfolioDto> GetAsync(string ags, CancellationToken cancellationToken = default);

    /// <summary>The same as open data: CSV (semicolons, UTF-8 with BOM), one column per closed reporting date.</summary>
    Task<byte[]> GetCsvAsync(string ags, CancellationToken cancellationToken = default);
}
