namespace OwlDigital.Portfolios;

/// <summary>What <see cref="MeasureManager.CreateManyAsync"/> needs of each new measure.</summary>
public sealed record NewMeasure(string Number, YearReported YearReported, Guid OrgUnitId, string Title, BenefitCategories Benefits);
