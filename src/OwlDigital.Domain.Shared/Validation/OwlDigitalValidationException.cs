namespace OwlDigital.Validation;

/// <summary>Input was rejected before any work was done. Every error names the field it is about.</summary>
public class OwlDigitalValidationException : Exception
{
    public OwlDigitalValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("Validation failed: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
