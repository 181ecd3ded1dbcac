namespace OwlDigital.ExceptionHandling;

/// <summary>
/// A rule of the domain was broken. <see cref="Code"/> is a stable error code and the localization
/// key of the message; <see cref="Details"/> fills the message's named placeholders.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, string? message = null, Exception? innerException = null)
        : base(message ?? code, innerException)
    {
        Code = code;
    }

    public string Code { get; }

    public Dictionary<string, object?> Details { get; } = new(StringComparer.Ordinal);

    /// <summary>The field the error is about, when there is one, so an API client or form can point at it.</summary>
    public string? Field { get; private set; }

    public BusinessException WithDetail(string name, object? value)
    {
        Details[name] = value;
        return this;
    }

    public BusinessException ForField(string field)
    {
        Field = field;
        return this;
    }
}
