using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.Auditing;

/// <summary>The shortest reason accepted for correcting a recorded assessment or a signed report.</summary>
/// <remarks>Security test plan AU-06 (its anchor P11-AT: an audit trail shows why a record changed): an empty or two-character
/// reason is refused. Five characters is the team's floor, counted in text elements like every other length.</remarks>
public static class ReasonForChange
{
    /// <summary>Shortest useful reason, in text elements.</summary>
    public const int MinLength = 5;

    /// <summary>An error when a normalized, non-empty <paramref name="reason"/> is too short to say why; otherwise null.</summary>
    /// <param name="reason">The reason, already checked by <c>FreeText</c>.</param>
    /// <param name="field">The input's API name.</param>
    public static ValidationError? TooShort(string reason, string field) =>
        new StringInfo(reason).LengthInTextElements < MinLength
            ? new ValidationError(field, "tooShort", $"Say why the record is corrected (at least {MinLength} characters).")
            : null;
}
