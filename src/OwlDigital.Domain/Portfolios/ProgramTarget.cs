using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Portfolios;

/// <summary>
/// A SMART target of a program: "by end of 2025, 100 of the online services are implemented" is
/// metric, target value and deadline. Part of the <see cref="DigitalProgram"/> aggregate.
/// </summary>
public class ProgramTarget : Entity<Guid>, IMultiTenant
{
    private ProgramTarget()
    {
        Text = null!;
    }

    internal ProgramTarget(Guid id, Guid programId, string text, TargetMetric metric, decimal targetValue, DateOnly deadline)
        : base(id)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ProgramConsts.MaxTargetTextLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidTarget).WithDetail("MaxLength", ProgramConsts.MaxTargetTextLength).ForField(nameof(Text));
        }

        if (!Enum.IsDefined(metric))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidTarget).WithDetail("MaxLength", ProgramConsts.MaxTargetTextLength).ForField(nameof(Metric));
        }

        if (targetValue <= 0 || (metric is TargetMetric.MeasuresImplementedPercent or TargetMetric.FeeServicesPayableOnlinePercent && targetValue > 100))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidTargetValue).WithDetail("Value", targetValue).ForField(nameof(TargetValue));
        }

        ProgramId = programId;
        Text = trimmed;
        Metric = metric;
        TargetValue = targetValue;
        Deadline = deadline;
    }

    public Guid TenantId { get; private set; }

    public Guid ProgramId { get; private set; }

    public string Text { get; private set; }

    public TargetMetric Metric { get; private set; }

    public decimal TargetValue { get; private set; }

    public DateOnly Deadline { get; private set; }

    /// <summary>For <see cref="TargetMetric.Manual"/>: the figure last entered, and as of when.</summary>
    public decimal? ManualValue { get; private set; }

    public DateOnly? ManualAsOf { get; private set; }

    internal void Record(decimal value, DateOnly asOf)
    {
        if (Metric != TargetMetric.Manual)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.ComputedTarget).ForField(nameof(ManualValue));
        }

        if (value < 0)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidTargetValue).WithDetail("Value", value).ForField(nameof(ManualValue));
        }

        ManualValue = value;
        ManualAsOf = asOf;
    }
}
