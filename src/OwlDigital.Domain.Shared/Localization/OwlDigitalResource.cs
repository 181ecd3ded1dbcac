namespace OwlDigital.Localization;

/// <summary>Marker type of the application's texts: inject <c>IStringLocalizer&lt;OwlDigitalResource&gt;</c>.</summary>
public sealed class OwlDigitalResource;
