namespace OwlDigital.Notifications;

/// <summary>What another tenant did that concerns this tenant.</summary>
public enum NotificationKind
{
    /// <summary>A tenant declared interest in an EfA service this tenant uses or plans.</summary>
    EfaInterest = 1,

    /// <summary>A form this tenant adopted has a newer version.</summary>
    NewFormVersion = 2,

    /// <summary>A question or answer on a shared form.</summary>
    FormQuestion = 3,

    /// <summary>Another tenant adopted this tenant's form.</summary>
    FormAdopted = 4,
}
