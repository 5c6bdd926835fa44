using MndCare.Domain.Auditing;
using MndCare.Domain.Results;

namespace MndCare.Application.Auditing;

/// <summary>Filters of the auditor's view; all optional.</summary>
/// <remarks>Dates are calendar days in the clinic's time zone, both ends included.</remarks>
public sealed record AuditFilter
{
    /// <summary>Longest text of one filter.</summary>
    public const int MaxTextLength = 200;

    /// <summary>A user id, an e-mail address, or part of the name recorded with the events.</summary>
    public string? User { get; init; }

    /// <summary>The start of the action (patient. finds every patient action).</summary>
    public string? Action { get; init; }

    /// <summary>The kind of record (patient, consultation, user...).</summary>
    public string? EntityType { get; init; }

    /// <summary>The record's id.</summary>
    public string? EntityId { get; init; }

    /// <summary>How the action ended.</summary>
    public AuditOutcome? Outcome { get; init; }

    /// <summary>The first day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The filter as written to the audit trail when it is used.</summary>
    public object Describe() => new { user = Text(User), action = Text(Action), entityType = Text(EntityType), entityId = Text(EntityId),
        outcome = Outcome?.ToString(), from = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        to = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>Field errors: a text too long, or a range that ends before it starts.</summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        foreach (var (field, value) in new[] { ("user", User), ("action", Action), ("entityType", EntityType), ("entityId", EntityId) })
        {
            if (value is { Length: > MaxTextLength })
            {
                errors.Add(new ValidationError(field, "tooLong", $"{field} must be at most {MaxTextLength} characters."));
            }
        }
        if (From > To)
        {
            errors.Add(new ValidationError("to", "beforeFrom", "to is before from."));
        }
        return errors;
    }

    /// <summary>The trimmed text, or null when empty.</summary>
    internal static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
