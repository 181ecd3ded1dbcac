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

    /// <summary>Two answers are equal when they say the same: a record alone would compare the lists by reference.</summary>
    public bool Equals(ProfileAnswer? other) =>
        other is not null && Flag == other.Flag && Number == other.Number && Text == other.Text && (Values ?? []).SequenceEqual(other.Values ?? []);

    public override int GetHashCode() => HashCode.Combine(Flag, Number, Text, Values?.Count ?? 0);
}
