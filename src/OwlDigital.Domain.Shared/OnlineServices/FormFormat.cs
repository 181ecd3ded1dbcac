namespace OwlDigital.OnlineServices;

/// <summary>The kind of form behind the service (interview guide, chapter "Online services").</summary>
public enum FormFormat
{
    SmartAssistant = 1,
    FillablePdf = 2,
    NonFillablePdf = 3,
    SpecialistWebForm = 4,
}
