namespace OwlDigital.Blazor.Components.Shared;

/// <summary>A value with its display text, for drop-downs.</summary>
public sealed record Choice<T>(T Value, string Text);
