using OwlDigital.Import;

namespace OwlDigital.Blazor.Components.Shared;

/// <summary>What <see cref="FileImportDialog"/> shows of a preview or import: its problems, or a one-line summary; <see cref="Result"/> is the app service's own result.</summary>
public sealed record ImportOutcome(bool Committed, IReadOnlyList<ImportProblemDto> Problems, string Summary, object Result, ImportConfirmation? Confirmation = null);

/// <summary>
/// Something the import does only when the person says so (the catalogue retiring entries): what
/// it is, the entries it concerns, and the words of the check box that says yes; for something
/// drastic (more than half of a catalogue) a second check box that must be ticked as well.
/// </summary>
public sealed record ImportConfirmation(string Text, IReadOnlyList<string> Items, string? More, string Label, string? SecondLabel = null);

/// <summary>A step of a long import: what is happening, and how far (Total 0: unknown).</summary>
public sealed record ImportProgress(string Text, int Done, int Total);
