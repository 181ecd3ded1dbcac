using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

/// <summary>One change host staff made to a closed response (or, without a question, their answer to a correction request).</summary>
public sealed record ResponseCorrection(string? QuestionId, ProfileAnswer? Before, ProfileAnswer? After, string Reason, string? ByName, DateTimeOffset At);
