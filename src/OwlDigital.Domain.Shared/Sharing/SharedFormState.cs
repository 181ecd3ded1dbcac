namespace OwlDigital.Sharing;

/// <summary>A form in the library is published when created; withdrawing hides it from new adopters.</summary>
public enum SharedFormState
{
    Published = 1,
    Withdrawn = 2,
}
