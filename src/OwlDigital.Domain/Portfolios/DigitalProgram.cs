using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Portfolios;

/// <summary>
/// A program of the tenant's digital strategy (Programm, e.g. "Online-Dienste", "DMS",
/// "Prozessmanagement") with its SMART targets. Named DigitalProgram because "Program" is the
/// entry point's name in every .NET host.
/// </summary>
public class DigitalProgram : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<ProgramTarget> _targets = [];

    private DigitalProgram()
    {
        Name = null!;
    }

    public DigitalProgram(Guid id, string name, string? description, string? strategicGoal = null)
        : base(id)
    {
        Name = null!;
        Rename(name, description);
        SetStrategicGoal(strategicGoal);
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>
    /// The goal of the digital strategy the program serves (Handlungsziel, e.g. "Wir machen städtische
    /// Leistungen umfassend digital verfügbar."); programs with the same goal are shown together.
    /// </summary>
    public string? StrategicGoal { get; private set; }

    public void SetStrategicGoal(string? goal)
    {
        var trimmed = string.IsNullOrWhiteSpace(goal) ? null : goal.Trim();
        if (trimmed is { Length: > ProgramConsts.MaxStrategicGoalLength })
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.TextTooLong).WithDetail("MaxLength", ProgramConsts.MaxStrategicGoalLength).ForField(nameof(StrategicGoal));
        }

        StrategicGoal = trimmed;
    }

    public IReadOnlyCollection<ProgramTarget> Targets => _targets;

    public void Rename(string name, string? description)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ProgramConsts.MaxNameLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidProgramName).WithDetail("MaxLength", ProgramConsts.MaxNameLength).ForField(nameof(Name));
        }

        Name = trimmed;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim()[..Math.Min(description.Trim().Length, ProgramConsts.MaxDescriptionLength)];
    }

    public ProgramTarget AddTarget(string text, TargetMetric metric, decimal targetValue, DateOnly deadline)
    {
        var target = new ProgramTarget(Guid.NewGuid(), Id, text, metric, targetValue, deadline);
        _targets.Add(target);
        RenewConcurrencyStamp();
        return target;
    }

    public void RemoveTarget(Guid targetId)
    {
        var target = _targets.FirstOrDefault(t => t.Id == targetId) ?? throw new EntityNotFoundException(typeof(ProgramTarget), targetId);
        _targets.Remove(target);
        RenewConcurrencyStamp();
    }

    public void RecordManualValue(Guid targetId, decimal value, DateOnly asOf)
    {
        var target = _targets.FirstOrDefault(t => t.Id == targetId) ?? throw new EntityNotFoundException(typeof(ProgramTarget), targetId);
        target.Record(value, asOf);
        RenewConcurrencyStamp();
    }
}
