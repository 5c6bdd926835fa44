using MndCare.Domain.Criteria;
using MndCare.Domain.Infusions;
using MndCare.Domain.Respiratory;

namespace MndCare.Domain.Assessments;

/// <summary>One dated clinical assessment of a patient. Append-only: a correction is a new assessment that supersedes it.</summary>
/// <remarks>21 CFR 11.10(e): changes must not obscure previous entries; the correction carries its reason.</remarks>
public sealed class Assessment
{
    /// <summary>Longest ALSFRS-R wording id.</summary>
    public const int MaxWordingIdLength = 64;

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

    /// <summary>The wording the ALSFRS-R was rated in; null without one, and for scores from before wordings were kept.</summary>
    public string? AlsfrsRWording { get; private set; }

    /// <summary>Observed forced vital capacity in litres (BTPS); null when not measured.</summary>
    public double? FvcLiters { get; private set; }

    /// <summary>Forced vital capacity in percent of predicted, as reported by the laboratory; null when not reported.</summary>
    public double? FvcPercentPredicted { get; private set; }

    /// <summary>Standing height in cm; null when not measured.</summary>
    public double? HeightCm { get; private set; }

    /// <summary>Hankinson 1999 reference group; null when not recorded.</summary>
    public SpirometryEthnicity? Ethnicity { get; private set; }

    /// <summary>Body weight in kilograms (20-300, <see cref="BodyWeight"/>); null when the patient was not weighed.</summary>
    public decimal? WeightKg { get; private set; }

    /// <summary>Regions (bit n = <see cref="Region"/> n) with UMN signs; null when no examination was recorded.</summary>
    public int? UmnRegions { get; private set; }

    /// <summary>Regions with clinical LMN signs; null when no examination was recorded.</summary>
    public int? LmnClinicalRegions { get; private set; }

    /// <summary>Regions with EMG active denervation; null when no examination was recorded.</summary>
    public int? LmnEmgRegions { get; private set; }

    /// <summary>Regions with EMG fasciculation potentials only; null when no examination was recorded.</summary>
    public int? FasciculationEmgRegions { get; private set; }

    /// <summary>Progressive spread documented.</summary>
    public bool ProgressionDocumented { get; private set; }

    /// <summary>Other diseases excluded.</summary>
    public bool AlternativeExcluded { get; private set; }

    /// <summary>Frontotemporal dementia: yes, no or not known.</summary>
    public YesNoNotKnown Ftd { get; private set; }

    /// <summary>C9orf72 repeat expansion: yes, no or not known.</summary>
    public YesNoNotKnown C9orf72 { get; private set; }

    /// <summary>True for assessments recorded before FTD and C9orf72 could be "not known": the old form had check boxes,
    /// so its "no" may mean "not tested" or "not asked". Their values are kept as recorded and shown with this label.</summary>
    public bool FtdAndC9orf72FromCheckboxes { get; private set; }

    /// <summary>The assessment this one corrects; null for an original.</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>Why the earlier assessment was corrected; null for an original.</summary>
    public string? CorrectionReason { get; private set; }

    /// <summary>When the assessment was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The user who recorded it; null for imported or generated data.</summary>
    public Guid? RecordedByUserId { get; private set; }

    /// <summary>The recorded inputs as one value.</summary>
    public AssessmentInputs Inputs => new()
    {
        AssessmentDate = AssessmentDate,
        AlsfrsR = AlsfrsR,
        AlsfrsRMode = AlsfrsRMode,
        AlsfrsRWording = AlsfrsRWording,
        FvcLiters = FvcLiters,
        FvcPercentPredicted = FvcPercentPredicted,
        HeightCm = HeightCm,
        Ethnicity = Ethnicity,
        Weight = WeightKg is { } kg ? BodyWeight.Create(kg).Value : null,
        Findings = UmnRegions is null ? null : Findings.FromMasks(
            new RegionSet(UmnRegions.Value, LmnClinicalRegions ?? 0, LmnEmgRegions ?? 0, FasciculationEmgRegions ?? 0),
            ProgressionDocumented, AlternativeExcluded),
        Ftd = Ftd,
        C9orf72 = C9orf72,
    };

    /// <summary>Records an assessment, or a correction of <paramref name="supersedesId"/> with its reason.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="inputs">What was recorded.</param>
    /// <param name="recordedAt">The injected clock's time.</param>
    /// <param name="recordedByUserId">The recording user, or null.</param>
    /// <param name="supersedesId">The assessment corrected, or null.</param>
    /// <param name="correctionReason">Why, required with <paramref name="supersedesId"/>.</param>
    public static Assessment Record(Guid id, Guid patientId, Guid clinicId, AssessmentInputs inputs, DateTimeOffset recordedAt,
        Guid? recordedByUserId, Guid? supersedesId = null, string? correctionReason = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if ((inputs.AlsfrsR is null) != (inputs.AlsfrsRMode is null))
        {
            throw new ArgumentException("An ALSFRS-R needs its mode, and a mode needs an ALSFRS-R.", nameof(inputs));
        }
        if (inputs.AlsfrsRWording is { } wording && (inputs.AlsfrsR is null || wording.Length is 0 or > MaxWordingIdLength))
        {
            throw new ArgumentException("A wording belongs to a rated ALSFRS-R and has a short id.", nameof(inputs));
        }
        if ((supersedesId is null) != string.IsNullOrWhiteSpace(correctionReason))
        {
            throw new ArgumentException("A correction needs the assessment it corrects and a reason.", nameof(correctionReason));
        }
        var findings = inputs.Findings;
        var masks = findings?.Masks;
        return new Assessment
        {
            Id = id,
            PatientId = patientId,
            ClinicId = clinicId,
            AssessmentDate = inputs.AssessmentDate,
            AlsfrsR = inputs.AlsfrsR,
            AlsfrsRMode = inputs.AlsfrsRMode,
            AlsfrsRWording = inputs.AlsfrsRWording,
            FvcLiters = inputs.FvcLiters,
            FvcPercentPredicted = inputs.FvcPercentPredicted,
            HeightCm = inputs.HeightCm,
            Ethnicity = inputs.Ethnicity,
            WeightKg = inputs.Weight?.Kilograms,
            UmnRegions = masks?.Umn,
            LmnClinicalRegions = masks?.LmnClinical,
            LmnEmgRegions = masks?.LmnEmg,
            FasciculationEmgRegions = masks?.FasciculationEmg,
            ProgressionDocumented = findings?.ProgressionDocumented ?? false,
            AlternativeExcluded = findings?.AlternativeExcluded ?? false,
            Ftd = inputs.Ftd,
            C9orf72 = inputs.C9orf72,
            SupersedesId = supersedesId,
            CorrectionReason = correctionReason,
            RecordedAtUtc = recordedAt.UtcDateTime,
            RecordedByUserId = recordedByUserId,
        };
    }
}
