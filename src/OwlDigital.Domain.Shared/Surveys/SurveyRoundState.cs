namespace OwlDigital.Surveys;

/// <summary>Where a survey round stands. Only an open round takes answers; a closed one is frozen; a published one is visible to tenants.</summary>
public enum SurveyRoundState
{
    Draft = 1,
    Open = 2,
    Closed = 3,
    Published = 4,
}
