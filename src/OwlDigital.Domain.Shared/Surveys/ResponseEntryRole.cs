namespace OwlDigital.Surveys;

/// <summary>Who entered a response: the tenant itself, or the district's interviewer during the interview.</summary>
public enum ResponseEntryRole
{
    Tenant = 1,
    Interviewer = 2,
}
