namespace MndCare.Application.Files;

/// <summary>One file that failed verification during a scrub.</summary>
/// <param name="FileId">The file's id.</param>
/// <param name="BlobName">The blob that failed.</param>
/// <param name="Reason">Why it failed.</param>
public sealed record FileScrubFailure(Guid FileId, string BlobName, FileIntegrityReason Reason);
