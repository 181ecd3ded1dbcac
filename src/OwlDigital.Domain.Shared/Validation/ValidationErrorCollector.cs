namespace OwlDigital.Validation;

/// <summary>Collects every problem with an input first, so the caller learns all of them in one answer.</summary>
public sealed class ValidationErrorCollector
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    public bool HasErrors => _errors.Count > 0;

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new OwlDigitalValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
