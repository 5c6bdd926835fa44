namespace MndCare.Application.Files;

/// <summary>How many files were checked, which failed, and which blobs no row refers to.</summary>
/// <param name="Checked">Files and report PDFs checked.</param>
/// <param name="Failures">The ones that failed, with the reason.</param>
/// <param name="OrphanedBlobs">Blobs older than <see cref="FileScrub.OrphanGracePeriod"/> that no current file or report refers to.</param>
/// <param name="Reclaimed">How many of those were deleted.</param>
public sealed record FileScrubResult(int Checked, IReadOnlyList<FileScrubFailure> Failures, IReadOnlyList<string> OrphanedBlobs, int Reclaimed);
