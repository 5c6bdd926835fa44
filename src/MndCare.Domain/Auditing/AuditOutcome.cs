namespace MndCare.Domain.Auditing;

/// <summary>How an audited request ended.</summary>
public enum AuditOutcome
{
    /// <summary>The action was carried out.</summary>
    Success,

    /// <summary>The input was refused as invalid; nothing changed.</summary>
    Invalid,

    /// <summary>The caller was not signed in.</summary>
    Unauthenticated,

    /// <summary>The caller was signed in but not allowed.</summary>
    Denied,

    /// <summary>The record did not exist or was outside the caller's scope.</summary>
    NotFound,

    /// <summary>The change conflicted with the current state.</summary>
    Conflict,

    /// <summary>The server failed.</summary>
    Error,
}
