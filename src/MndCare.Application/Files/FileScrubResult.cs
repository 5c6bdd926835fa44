namespace MndCare.Application.Files;

/// <summary>How many files were checked and which failed.</summary>
/// <param name="Checked">Files and report PDFs checked.</param>
/// <param name="Failures">The ones that failed, with the reason.</param>
public sealed record FileScrubResult(int Checked, IReadOnlyList<FileScrubFailure> Failures);
