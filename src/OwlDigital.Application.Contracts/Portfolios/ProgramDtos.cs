using OwlDigital.Authorization;

namespace OwlDigital.Portfolios;

public sealed record ProgramDto(Guid Id, string Name, string? Description, string? StrategicGoal, int MeasureCount, IReadOnlyList<ProgramTargetDto> Targets, string ConcurrencyStamp);

/// <summary>A target with how far it is reached: <see cref="Current"/> computed live or entered (<see cref="AsOf"/>).</summary>
public sealed record ProgramTargetDto(
    Guid Id,
    string Text,
    TargetMetric Metric,
    decimal TargetValue,
    DateOnly Deadline,
    decimal? Current,
    DateOnly? AsOf,
    decimal? PercentReached);

public sealed record SaveProgramDto(string Name, string? Description, string? StrategicGoal = null);

public sealed record AddTargetDto(string Text, TargetMetric Metric, decimal TargetValue, DateOnly Deadline, string ConcurrencyStamp);

public sealed record RecordTargetValueDto(decimal Value, DateOnly AsOf, string ConcurrencyStamp);

public interface IProgramAppService
{
    /// <summary>The tenant's programs with every target and how far it is reached (the dashboard).</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<IReadOnlyList<ProgramDto>> GetListAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.ManagePrograms)]
    Task<ProgramDto> CreateAsync(SaveProgramDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.ManagePrograms)]
    Task<ProgramDto> AddTargetAsync(Guid programId, AddTargetDto input, CancellationToken cancellationToken = default);

    /// <summary>For a manual target: the current figure and as of when.</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.ManagePrograms)]
    Task<ProgramDto> RecordTargetValueAsync(Guid programId, Guid targetId, RecordTargetValueDto input, CancellationToken cancellationToken = default);
}
