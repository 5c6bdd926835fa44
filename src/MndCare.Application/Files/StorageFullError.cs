using MndCare.Domain.Results;

namespace MndCare.Application.Files;

/// <summary>The disk or quota of the storage root is full; nothing was stored and the caller answers 507.</summary>
public sealed record StorageFullError()
    : Error("storageFull", "There is not enough storage space for the file.");
