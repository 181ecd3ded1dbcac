namespace OwlDigital.Surveys;

/// <summary>
/// Where a response stands in the review window between closing and publishing a round: the tenant
/// confirms it as it will be counted, or asks the DigitalBüro for a correction, which host staff
/// answer (changing answers with a reason, or explaining why not).
/// </summary>
public enum ResponseReviewState
{
    NotReviewed = 0,
    Confirmed = 1,
    CorrectionRequested = 2,
    CorrectionAnswered = 3,
}
