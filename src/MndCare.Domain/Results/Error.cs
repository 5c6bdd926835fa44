namespace MndCare.Domain.Results;

/// <summary>An expected failure: a stable machine code and a human message.</summary>
/// <remarks>Bugs throw exceptions; only outcomes a caller must handle are errors (NodaTime ParseResult style).</remarks>
/// <param name="Code">Stable, camelCase code that clients and tests can match on.</param>
/// <param name="Message">An English sentence for people; user interfaces may localize by <paramref name="Code"/>.</param>
public abstract record Error(string Code, string Message);

/// <summary>An input value that breaks a rule; <see cref="Field"/> names the input (camelCase, as in the API).</summary>
/// <param name="Field">The input that is wrong, as the API names it.</param>
/// <param name="Code">Stable code of the broken rule.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ValidationError(string Field, string Code, string Message) : Error(Code, Message)
{
    /// <summary>The code of a value outside its allowed range.</summary>
    public const string OutOfRange = "outOfRange";

    /// <summary>The code of a value that must be given and was not.</summary>
    public const string Required = "required";
}

/// <summary>The record does not exist or the caller may not know it exists.</summary>
/// <param name="EntityType">The kind of record that was looked for.</param>
public sealed record NotFoundError(string EntityType) : Error("notFound", $"No {EntityType} with that id was found.");

/// <summary>The caller is known but has no right to perform this operation.</summary>
/// <param name="Operation">The operation that was refused.</param>
public sealed record ForbiddenError(string Operation) : Error("forbidden", $"You are not allowed to {Operation}.");

/// <summary>The change conflicts with the current state (a duplicate key or a concurrent edit).</summary>
/// <param name="Code">Stable code of the conflict.</param>
/// <param name="Message">What conflicts, in one sentence.</param>
public sealed record ConflictError(string Code, string Message) : Error(Code, Message)
{
    /// <summary>The code of a change refused because the record changed since the caller read it (HTTP 412 with If-Match).</summary>
    public const string VersionMismatch = "versionMismatch";
}
