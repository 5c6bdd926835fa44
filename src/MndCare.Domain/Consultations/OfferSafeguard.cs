using System.Globalization;
using MndCare.Domain.Auditing;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Domain.Results;

namespace MndCare.Domain.Consultations;

/// <summary>The checks before a report that offers the programme is signed: a current clinician assessment, and every
/// eligibility criterion answered and met. When a check fails, only an override reason lets the clinician sign.</summary>
/// <remarks>
/// "Current" is the clinic's rule (<see cref="EligibilityCriteria.CurrentAssessmentDays"/>): the assessment date lies at
/// most that many days before the report date, in the clinic's time zone. No source defines such a window for this
/// programme; it keeps an offer of an investigational treatment from resting on an outdated examination. The reason is
/// printed in the report and kept in the audit trail.
/// </remarks>
/// <param name="AssessmentDate">The date of the clinician assessment the report uses; null when it uses none.</param>
/// <param name="CurrentAssessmentDays">How many days old an assessment may be and still count as current.</param>
/// <param name="AssessmentCurrent">Whether that assessment is current.</param>
/// <param name="Unanswered">The checklist lines whose outcome is unknown.</param>
/// <param name="NotMet">The checklist lines that are not met.</param>
public sealed record OfferSafeguard(DateOnly? AssessmentDate, int CurrentAssessmentDays, bool AssessmentCurrent,
    IReadOnlyList<EligibilityLine> Unanswered, IReadOnlyList<EligibilityLine> NotMet)
{
    /// <summary>The API field of the override reason.</summary>
    public const string OverrideReasonField = "overrideReason";

    /// <summary>What stands in the way of an offer; empty when it may be signed without an override reason.</summary>
    public IReadOnlyList<OfferConcern> Concerns { get; } = ConcernsOf(AssessmentDate, AssessmentCurrent, Unanswered, NotMet);

    /// <summary>Whether the clinician must give an override reason to sign the offer.</summary>
    public bool NeedsOverride => Concerns.Count > 0;

    /// <summary>Checks an offer made on <paramref name="today"/> (the clinic's date) against the assessment and checklist used.</summary>
    public static OfferSafeguard Check(DateOnly? assessmentDate, DateOnly today, int currentAssessmentDays, EligibilityChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(currentAssessmentDays);
        var current = assessmentDate is { } date && checked(today.DayNumber - date.DayNumber) <= currentAssessmentDays;
        return new OfferSafeguard(assessmentDate, currentAssessmentDays, current,
            [.. checklist.Lines.Where(l => l.Outcome == EligibilityOutcome.Unknown)],
            [.. checklist.Lines.Where(l => l.Outcome == EligibilityOutcome.NotMet)]);
    }

    /// <summary>Why the offer cannot be signed with the given (normalized) override reason; empty when it can.</summary>
    /// <param name="overrideReason">The clinician's reason, already checked as free text; null when none was given.</param>
    public IReadOnlyList<ValidationError> Refusals(string? overrideReason)
    {
        if (!NeedsOverride)
        {
            return [];
        }
        if (overrideReason is null)
        {
            return [.. Concerns.Select(c => new ValidationError(OverrideReasonField, WireName(c), MessageOf(c)))];
        }
        return ReasonForChange.TooShort(overrideReason, OverrideReasonField) is { } tooShort
            ? [tooShort with { Message = string.Create(CultureInfo.InvariantCulture,
                $"Say why the programme is offered anyway (at least {ReasonForChange.MinLength} characters).") }]
            : [];
    }

    /// <summary>The wire name of a concern (camelCase), also its error code.</summary>
    public static string WireName(OfferConcern concern) => concern switch
    {
        OfferConcern.NoClinicianAssessment => "noClinicianAssessment",
        OfferConcern.AssessmentNotCurrent => "assessmentNotCurrent",
        OfferConcern.CriteriaUnanswered => "criteriaUnanswered",
        OfferConcern.CriteriaNotMet => "criteriaNotMet",
    };

    private static List<OfferConcern> ConcernsOf(DateOnly? assessmentDate, bool assessmentCurrent, IReadOnlyList<EligibilityLine> unanswered,
        IReadOnlyList<EligibilityLine> notMet)
    {
        var concerns = new List<OfferConcern>();
        if (assessmentDate is null)
        {
            concerns.Add(OfferConcern.NoClinicianAssessment);
        }
        else if (!assessmentCurrent)
        {
            concerns.Add(OfferConcern.AssessmentNotCurrent);
        }
        if (unanswered.Count > 0)
        {
            concerns.Add(OfferConcern.CriteriaUnanswered);
        }
        if (notMet.Count > 0)
        {
            concerns.Add(OfferConcern.CriteriaNotMet);
        }
        return concerns;
    }

    private string MessageOf(OfferConcern concern) => concern switch
    {
        OfferConcern.NoClinicianAssessment => "Offering the programme needs a clinician assessment of this patient; choose one, or give an override reason.",
        OfferConcern.AssessmentNotCurrent =>
            string.Create(CultureInfo.InvariantCulture,
                $"The assessment of {AssessmentDate:yyyy-MM-dd} is older than {CurrentAssessmentDays} days; record a new one, or give an override reason."),
        OfferConcern.CriteriaUnanswered =>
            $"These criteria are not answered: {string.Join(", ", Unanswered.Select(l => l.Code).Distinct())}; answer them, or give an override reason.",
        OfferConcern.CriteriaNotMet =>
            $"The patient does not meet: {string.Join(", ", NotMet.Select(l => l.Code).Distinct())}; offering the programme anyway needs an override reason.",
    };
}
