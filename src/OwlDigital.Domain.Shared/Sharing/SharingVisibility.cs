namespace OwlDigital.Sharing;

/// <summary>Who may find and adopt a published item.</summary>
public enum SharingVisibility
{
    /// <summary>Every tenant of OWL.</summary>
    Region = 1,

    /// <summary>The tenants of the publisher's district only (a district's municipalities working together).</summary>
    District = 2,
}
