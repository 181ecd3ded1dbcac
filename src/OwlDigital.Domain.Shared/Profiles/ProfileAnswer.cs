namespace OwlDigital.Profiles;

/// <summary>
/// The answer to one question. Which member is used depends on the question's type: YesNo →
/// <see cref="Flag"/>; Number, Percent, Year → <see cref="Number"/>; Choice, Text → <see cref="Text"/>;
/// MultiChoice, TextList → <see cref="Values"/>. An answer with nothing set is "not answered".
/// </summary>
public sealed record ProfileAnswer(bool? Flag = null, decimal? Number = null, string? Text = null, IReadOnlyList<string>? Values = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Flag is null && Number is null && string.IsNullOrWhiteSpace(Text) && (Values is null || Values.Count == 0);
}
