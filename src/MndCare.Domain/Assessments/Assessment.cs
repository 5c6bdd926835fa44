namespace MndCare.Domain.Assessments;

/// <summary>One dated clinical assessment of a patient: ALSFRS-R items and vital capacity. Append-only.</summary>
/// <remarks>A correction is a new assessment; the record is never edited (21 CFR 11.10(e): changes must not
/// obscure previous entries).</remarks>
public sealed class Assessment
{
    private Assessment()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The patient assessed.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The patient's clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>Date of the examination or rating.</summary>
    public DateOnly AssessmentDate { get; private set; }

    /// <summary>Who rated the ALSFRS-R; null when no ALSFRS-R was rated.</summary>
    public AlsfrsRMode? AlsfrsRMode { get; private set; }

    /// <summary>The ALSFRS-R items; null when none was rated.</summary>
    public AlsfrsR? AlsfrsR { get; private set; }

    /// <summary>Observed forced vital capacity in litres (BTPS); null when not measured.</summary>
    public double? FvcLiters { get; private set; }

    /// <summary>Forced vital capacity in percent of predicted, as reported by the laboratory; null when not reported.</summary>
    public double? FvcPercentPredicted { get; private set; }

    /// <summary>When the assessment was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The user who recorded it; null for imported or generated data.</summary>
    public Guid? RecordedByUserId { get; private set; }

    /// <summary>Records an assessment.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="assessmentDate">Date of the examination.</param>
    /// <param name="alsfrsR">A valid ALSFRS-R, or null.</param>
    /// <param name="mode">Who rated it; required with an ALSFRS-R.</param>
    /// <param name="fvcLiters">Observed FVC in litres, or null.</param>
    /// <param name="fvcPercentPredicted">FVC % predicted as reported, or null.</param>
    /// <param name="recordedAt">The injected clock's time.</param>
    /// <param name="recordedByUserId">The recording user, or null.</param>
    public static Assessment Record(Guid id, Guid patientId, Guid clinicId, DateOnly assessmentDate, AlsfrsR? alsfrsR,
        AlsfrsRMode? mode, double? fvcLiters, double? fvcPercentPredicted, DateTimeOffset recordedAt, Guid? recordedByUserId)
    {
        if ((alsfrsR is null) != (mode is null))
        {
            throw new ArgumentException("An ALSFRS-R needs its mode, and a mode needs an ALSFRS-R.", nameof(mode));
        }
        return new Assessment
        {
            Id = id,
            PatientId = patientId,
            ClinicId = clinicId,
            AssessmentDate = assessmentDate,
            AlsfrsR = alsfrsR,
            AlsfrsRMode = mode,
            FvcLiters = fvcLiters,
            FvcPercentPredicted = fvcPercentPredicted,
            RecordedAtUtc = recordedAt.UtcDateTime,
            RecordedByUserId = recordedByUserId,
        };
    }
}
