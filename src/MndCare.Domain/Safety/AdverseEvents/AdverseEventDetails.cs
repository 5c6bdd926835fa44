using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>What the clinic records about an adverse event: the CTCAE term and version, the grade (severity), onset and resolution,
/// the ICH E2A seriousness criteria, expectedness, action taken, outcome and a description.</summary>
/// <remarks>Severity (grade) and seriousness are separate fields: "severe" describes intensity, "serious" an outcome that triggers
/// regulatory reporting (ICH E2A II.B; ../shared/reference/therapy-safety-tcm.md C3). docs/safety/adverse-events.md.</remarks>
public sealed record AdverseEventDetails(string Term, string? TermKey, string? MeddraCode, string CtcaeVersion, int Grade, DateOnly OnsetOn,
    DateOnly? ResolvedOn, IReadOnlyList<SeriousnessCriterion> Seriousness, bool? Expected, ActionTaken ActionTaken, AdverseEventOutcome Outcome,
    string? Description)
{
    /// <summary>Longest free term, in text elements.</summary>
    public const int MaxTermLength = 200;

    /// <summary>Longest description, in text elements.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>Whether any seriousness criterion is met.</summary>
    public bool IsSerious => Seriousness.Count > 0;

    /// <summary>Checked details, or every problem found (field names are the API's).</summary>
    /// <param name="term">A shipped term's key or name, or a free term.</param>
    /// <param name="ctcaeVersion">The CTCAE version; null for <see cref="CtcaeTerms.DefaultVersion"/>.</param>
    /// <param name="grade">CTCAE grade 1–5 (at most the term's highest grade).</param>
    /// <param name="onsetOn">The day the event began; not after <paramref name="today"/>.</param>
    /// <param name="resolvedOn">The day it resolved; not before the onset nor after today.</param>
    /// <param name="seriousness">Wire names of <see cref="SeriousnessCriterion"/>; empty when not serious.</param>
    /// <param name="expected">Whether the event is on the clinic's list of expected events; null when not judged.</param>
    /// <param name="actionTaken">Wire name of <see cref="ActionTaken"/>; null for unknown.</param>
    /// <param name="outcome">Wire name of <see cref="AdverseEventOutcome"/>; null for unknown.</param>
    /// <param name="description">Free text.</param>
    /// <param name="today">The clinic's date now.</param>
    public static Result<AdverseEventDetails> Create(string? term, string? ctcaeVersion, int? grade, DateOnly? onsetOn, DateOnly? resolvedOn,
        IReadOnlyList<string>? seriousness, bool? expected, string? actionTaken, string? outcome, string? description, DateOnly today)
    {
        var errors = new List<Error>();
        var shipped = CtcaeTerms.Find(term);
        var freeTerm = FreeText.Required(shipped?.Name ?? term, "term", MaxTermLength);
        errors.AddRange(freeTerm.Errors);
        var version = ctcaeVersion ?? CtcaeTerms.DefaultVersion;
        if (!CtcaeTerms.Versions.Contains(version))
        {
            errors.Add(new ValidationError("ctcaeVersion", AdverseEventErrorCodes.UnknownValue, "The CTCAE version is 5.0 or 6.0."));
        }
        if (GradeError(grade, shipped) is { } gradeError)
        {
            errors.Add(gradeError);
        }
        if (onsetOn is null)
        {
            errors.Add(new ValidationError("onsetOn", ValidationError.Required, "onsetOn is required."));
        }
        else if (onsetOn > today)
        {
            errors.Add(new ValidationError("onsetOn", AdverseEventErrorCodes.InvalidDate, "The onset is in the future."));
        }
        if (resolvedOn is { } resolved && (resolved > today || resolved < onsetOn))
        {
            errors.Add(new ValidationError("resolvedOn", AdverseEventErrorCodes.InvalidDate, "The resolution is before the onset or in the future."));
        }
        var criteria = Parse<SeriousnessCriterion>(seriousness ?? [], "seriousness", errors);
        var action = actionTaken is null ? ActionTaken.Unknown : ParseOne<ActionTaken>(actionTaken, "actionTaken", errors);
        var ended = outcome is null ? AdverseEventOutcome.Unknown : ParseOne<AdverseEventOutcome>(outcome, "outcome", errors);
        var text = FreeText.Optional(description, "description", MaxDescriptionLength, multiline: true);
        errors.AddRange(text.Errors);
        return errors.Count > 0
            ? Result<AdverseEventDetails>.Failure(errors)
            : new AdverseEventDetails(freeTerm.Value, shipped?.Key, shipped?.MeddraCode, version, grade!.Value, onsetOn!.Value, resolvedOn,
                [.. criteria.Distinct().Order()], expected, action, ended, text.Value);
    }

    /// <summary>The grade's problem: missing, outside 1–5, or above the term's highest CTCAE grade; null when valid.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="term">The shipped term; null for a free term.</param>
    public static ValidationError? GradeError(int? grade, CtcaeTerm? term) => grade switch
    {
        null => new ValidationError("grade", ValidationError.Required, "grade is required."),
        < 1 or > CtcaeTerms.MaxGrade => new ValidationError("grade", AdverseEventErrorCodes.InvalidGrade, "The CTCAE grade is 1 to 5."),
        _ when term is not null && grade > term.MaxGrade =>
            new ValidationError("grade", AdverseEventErrorCodes.InvalidGrade, $"CTCAE defines {term.Name} up to grade {term.MaxGrade}."),
        _ => null,
    };

    private static List<T> Parse<T>(IReadOnlyList<string> wires, string field, List<Error> errors) where T : struct, Enum =>
        [.. wires.Select(w => ParseOne<T>(w, field, errors))];

    private static T ParseOne<T>(string wire, string field, List<Error> errors) where T : struct, Enum
    {
        if (AdverseEventWireNames.Parse<T>(wire) is { } value)
        {
            return value;
        }
        errors.Add(new ValidationError(field, AdverseEventErrorCodes.UnknownValue,
            $"{field} is one of: {string.Join(", ", Enum.GetValues<T>().Select(AdverseEventWireNames.Of))}."));
        return default;
    }
}
