using MndCare.Domain.Results;

namespace MndCare.Domain.Safety.Labs;

/// <summary>One laboratory value (or temperature) of a patient as entered, with its CTCAE grade, stored with the CTCAE version.</summary>
/// <remarks>Graded by <see cref="CtcaeLabGrader"/> (CTCAE v5.0, NCI 2017) when recorded; the grade never changes afterwards, so a later
/// CTCAE version grades new results only. ALT alerts by the riluzole label: <see cref="RiluzoleLabel"/>. docs/safety/labs.md.</remarks>
public sealed class LabResult
{
    /// <summary>The grade from which CTCAE calls a value severe; round 2 opens an adverse-event draft from it.</summary>
    public const int AdverseEventDraftFromGrade = 3;

    private LabResult()
    {
        Unit = string.Empty;
        Term = string.Empty;
        CtcaeVersion = string.Empty;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The patient's clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The test.</summary>
    public LabTest Test { get; private set; }

    /// <summary>The value in <see cref="Unit"/>.</summary>
    public decimal Value { get; private set; }

    /// <summary>The UCUM unit of the value, limits and baseline.</summary>
    public string Unit { get; private set; }

    /// <summary>The ULN, for tests graded against it.</summary>
    public decimal? UpperLimitOfNormal { get; private set; }

    /// <summary>The LLN, for counts and haemoglobin.</summary>
    public decimal? LowerLimitOfNormal { get; private set; }

    /// <summary>The pre-treatment value, when given.</summary>
    public decimal? Baseline { get; private set; }

    /// <summary>How long a temperature above 40.0 °C lasted, in hours, when given.</summary>
    public decimal? DurationHours { get; private set; }

    /// <summary>When the sample was taken (or the temperature measured), UTC.</summary>
    public DateTime CollectedAtUtc { get; private set; }

    /// <summary>The CTCAE term.</summary>
    public string Term { get; private set; }

    /// <summary>The CTCAE grade, 0 within limits.</summary>
    public int Grade { get; private set; }

    /// <summary>The CTCAE version of the grade ("5.0").</summary>
    public string CtcaeVersion { get; private set; }

    /// <summary>Who entered it.</summary>
    public Guid RecordedByUserId { get; private set; }

    /// <summary>When it was entered, UTC.</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The value as a multiple of the ULN, for tests graded against the ULN.</summary>
    public decimal? TimesUpperLimit => UpperLimitOfNormal is { } uln ? Value / uln : null;

    /// <summary>The riluzole-label ALT alert of this result, if any.</summary>
    public LabAlert? Alert => RiluzoleLabel.AltAlert(Test, Value, UpperLimitOfNormal);

    /// <summary>Whether the grade is 3 or higher, which calls for an adverse-event draft.</summary>
    public bool NeedsAdverseEventDraft => Grade >= AdverseEventDraftFromGrade;

    /// <summary>A graded result, or every reason it cannot be graded (<see cref="LabValueNotGradableError"/>, the `mndcare grade`
    /// codes) or recorded.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="labCase">The value as entered.</param>
    /// <param name="collectedAt">When the sample was taken; required, not after <paramref name="now"/>.</param>
    /// <param name="recordedByUserId">Who enters it.</param>
    /// <param name="now">Now.</param>
    public static Result<LabResult> Record(Guid id, Guid clinicId, Guid patientId, LabCase labCase, DateTimeOffset? collectedAt, Guid recordedByUserId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(labCase);
        var errors = new List<Error>();
        var graded = CtcaeLabGrader.Grade(labCase);
        errors.AddRange(graded.Errors.Select(e => e is ValidationError v ? new LabValueNotGradableError(v.Field, v.Code, v.Message) : e));
        if (collectedAt is null)
        {
            errors.Add(new ValidationError("collectedAt", ValidationError.Required, "collectedAt is required (ISO 8601 with an offset)."));
        }
        else if (collectedAt > now)
        {
            errors.Add(new ValidationError("collectedAt", LabResultErrors.CollectedInFuture, "The sample cannot be taken after it is recorded."));
        }
        if (errors.Count > 0)
        {
            return Result<LabResult>.Failure(errors);
        }
        var test = LabTests.FromWireName(labCase.Test)!.Value;
        var limit = test.Limit();
        return new LabResult
        {
            Id = id,
            ClinicId = clinicId,
            PatientId = patientId,
            Test = test,
            Value = labCase.Value!.Value,
            Unit = labCase.Unit!,
            UpperLimitOfNormal = limit == LimitKind.Upper ? labCase.UpperLimitOfNormal : null,
            LowerLimitOfNormal = limit == LimitKind.Lower ? labCase.LowerLimitOfNormal : null,
            Baseline = limit == LimitKind.Upper ? labCase.Baseline : null,
            DurationHours = test == LabTest.Temperature ? labCase.DurationHours : null,
            CollectedAtUtc = collectedAt!.Value.UtcDateTime,
            Term = graded.Value.Term,
            Grade = graded.Value.Grade,
            CtcaeVersion = graded.Value.CtcaeVersion,
            RecordedByUserId = recordedByUserId,
            RecordedAtUtc = now.UtcDateTime,
        };
    }
}
