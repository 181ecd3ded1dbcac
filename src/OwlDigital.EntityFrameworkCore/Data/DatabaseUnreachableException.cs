namespace OwlDigital.Data;

public sealed class DatabaseUnreachableException(string message, Exception innerException) : Exception(message, innerException);
