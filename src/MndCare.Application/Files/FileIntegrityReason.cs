namespace MndCare.Application.Files;

/// <summary>Why a stored file failed verification.</summary>
public enum FileIntegrityReason
{
    /// <summary>The blob is not in the storage root.</summary>
    Missing,

    /// <summary>The blob, its wrapped key or its binding to the file and patient was altered (a tag or the SHA-256 does not match).</summary>
    Tampered,

    /// <summary>The blob is shorter than the file it should hold.</summary>
    Truncated,

    /// <summary>The data key was wrapped by a master key other than the one loaded.</summary>
    WrongKey,
}
