namespace OwlDigital.Profiles;

/// <summary>The chapters of the DigitalBüro OWL's interview guide (seed 004), in its order.</summary>
public enum ProfileChapter
{
    ServicePortal = 1,
    OnlineServices = 2,
    Efa = 3,
    DocumentManagement = 4,
    LoRaWan = 5,
    DataPlatform = 6,
    Organisation = 7,
}
