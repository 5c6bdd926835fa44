using MndCare.Domain.Results;

namespace MndCare.Application.Files;

/// <summary>A stored file could not be verified, so none of its content is released; the caller answers 409 or 500 and raises an alert.</summary>
/// <param name="Reason">What went wrong.</param>
public sealed record FileIntegrityFailure(FileIntegrityReason Reason)
    : Error("integrityFailed", $"The stored file failed verification ({Reason}).");
