namespace OwlDigital.Portfolios;

/// <summary>
/// A measure's progress at one reporting date, as the plans write it: 0 to 10, `a` (abandoned,
/// abgebrochen) or `g` (on hold, gestoppt/zurückgestellt). "Not reported" is the absence of a value
/// (null), written `(Leer)` in the exports.
/// </summary>
public readonly record struct ProgressValue
{
    public const int Min = 0;
    public const int Max = 10;
    public const string AbandonedText = "a";
    public const string OnHoldText = "g";

    /// <summary>How the exports write a missing value.</summary>
    public const string NotReportedText = "(Leer)";

    // default(ProgressValue) is level 0, "not started".
    private readonly int _level;
    private readonly MeasureStatus? _mark;

    private ProgressValue(int level, MeasureStatus? mark)
    {
        _level = level;
        _mark = mark;
    }

    /// <summary>0–10, or null for `a` and `g`.</summary>
    public int? Level => _mark is null ? _level : null;

    public static ProgressValue Abandoned { get; } = new(0, MeasureStatus.Abandoned);

    public static ProgressValue OnHold { get; } = new(0, MeasureStatus.OnHold);

    public MeasureStatus Status => _mark ?? _level switch
    {
        <= 3 => MeasureStatus.Planned,
        <= 7 => MeasureStatus.BeingIntroduced,
        _ => MeasureStatus.Implemented,
    };

    /// <summary>What the value adds to a sum of progress: its level; `a` and `g` add nothing.</summary>
    public int Points => Level ?? 0;

    public static ProgressValue FromLevel(int level) =>
        level is >= Min and <= Max ? new ProgressValue(level, null) : throw new ArgumentOutOfRangeException(nameof(level), level, "Progress is 0 to 10.");

    /// <summary>Reads "0"…"10", "a", "g" (any case, surrounding blanks ignored); empty and "(Leer)" mean not reported.</summary>
    /// <returns>False when the text is none of these; <paramref name="value"/> is then null.</returns>
    public static bool TryParse(string? text, out ProgressValue? value)
    {
        value = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || string.Equals(trimmed, NotReportedText, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(trimmed, AbandonedText, StringComparison.OrdinalIgnoreCase))
        {
            value = Abandoned;
            return true;
        }

        if (string.Equals(trimmed, OnHoldText, StringComparison.OrdinalIgnoreCase))
        {
            value = OnHold;
            return true;
        }

        // Spreadsheets hand numbers over as "7" or "7.0".
        if (decimal.TryParse(trimmed, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= Min and <= Max)
        {
            value = new ProgressValue((int)number, null);
            return true;
        }

        return false;
    }

    /// <summary>The short form used in exports and the database: "0"…"10", "a" or "g".</summary>
    public override string ToString() => _mark switch
    {
        MeasureStatus.Abandoned => AbandonedText,
        MeasureStatus.OnHold => OnHoldText,
        _ => _level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static ProgressValue Parse(string text) =>
        TryParse(text, out var value) && value is { } parsed
            ? parsed
            : throw new FormatException($"\"{text}\" is no progress value (0–10, a, g).");
}
