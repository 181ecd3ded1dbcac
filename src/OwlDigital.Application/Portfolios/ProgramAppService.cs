using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.OnlineServices;
using OwlDigital.Uow;

namespace OwlDigital.Portfolios;

public sealed class ProgramAppService(
    IProgramRepository programs,
    IMeasureRepository measures,
    IReportingPeriodRepository periods,
    IOnlineServiceRepository onlineServices,
    IUnitOfWork unitOfWork) : IProgramAppService
{
    public async Task<IReadOnlyList<ProgramDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var context = await ContextAsync(cancellationToken);
        return (await programs.GetAllAsync(cancellationToken))
            .OrderBy(p => p.StrategicGoal ?? string.Empty, StringComparer.CurrentCulture)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => ToDto(p, context))
            .ToList();
    }

    public async Task<ProgramDto> CreateAsync(SaveProgramDto input, CancellationToken cancellationToken = default)
    {
        var program = new DigitalProgram(Guid.NewGuid(), input.Name, input.Description, input.StrategicGoal);
        await programs.InsertAsync(program, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(program, await ContextAsync(cancellationToken));
    }

    public Task<ProgramDto> AddTargetAsync(Guid programId, AddTargetDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(programId, input.ConcurrencyStamp, program => program.AddTarget(input.Text, input.Metric, input.TargetValue, input.Deadline), cancellationToken);

    public Task<ProgramDto> RecordTargetValueAsync(Guid programId, Guid targetId, RecordTargetValueDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(programId, input.ConcurrencyStamp, program => program.RecordManualValue(targetId, input.Value, input.AsOf), cancellationToken);

    private async Task<ProgramDto> ChangeAsync(Guid programId, string concurrencyStamp, Action<DigitalProgram> change, CancellationToken cancellationToken)
    {
        var program = await programs.FindAsync(programId, cancellationToken) ?? throw new EntityNotFoundException(typeof(DigitalProgram), programId);
        if (program.ConcurrencyStamp != concurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        change(program);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(program, await ContextAsync(cancellationToken));
    }

    // Computed targets read the measures and online services at the latest reporting date that has a round.
    private async Task<TargetContext> ContextAsync(CancellationToken cancellationToken) =>
        new(await measures.GetAllWithProgressAsync(cancellationToken),
            await onlineServices.GetAllAsync(cancellationToken),
            (await periods.GetAllAsync(cancellationToken)).Select(p => (DateOnly?)p.ReportingDate).Max());

    private sealed record TargetContext(List<Measure> Measures, List<OnlineService> OnlineServices, DateOnly? Latest);

    private static ProgramDto ToDto(DigitalProgram program, TargetContext context)
    {
        var programMeasures = context.Measures.Where(m => m.ProgramId == program.Id).ToList();
        return new ProgramDto(
            program.Id,
            program.Name,
            program.Description,
            program.StrategicGoal,
            programMeasures.Count,
            program.Targets.OrderBy(t => t.Deadline).Select(t =>
            {
                var progress = TargetProgress.Of(t, programMeasures, context.OnlineServices, context.Latest);
                return new ProgramTargetDto(t.Id, t.Text, t.Metric, t.TargetValue, t.Deadline, progress.Current, progress.AsOf, progress.PercentReached);
            }).ToList(),
            program.ConcurrencyStamp);
    }
}
