using MndCare.Domain.Criteria;
using MndCare.Domain.Infusions;
using MndCare.Domain.Respiratory;

namespace MndCare.Domain.Assessments;

/// <summary>What a clinician records at one assessment: ALSFRS-R, vital capacity, weight, regional findings, FTD and C9orf72.</summary>
/// <remarks>Dates of birth, onset and diagnosis, sex, onset site and death come from the patient's registry entry, so
/// every assessment of a patient uses the same history.</remarks>
public sealed record AssessmentInputs
{
    /// <summary>Date of the examination.</summary>
    public required DateOnly AssessmentDate { get; init; }

    /// <summary>The ALSFRS-R, or null when not rated.</summary>
    public AlsfrsR? AlsfrsR { get; init; }

    /// <summary>Who rated the ALSFRS-R; required with it.</summary>
    public AlsfrsRMode? AlsfrsRMode { get; init; }

    /// <summary>The id of the wording the ALSFRS-R was rated in (e.g. "en-cedarbaum-1999"); null without an ALSFRS-R, and for
    /// scores recorded before wordings were kept or generated ones.</summary>
    public string? AlsfrsRWording { get; init; }

    /// <summary>Observed FVC in litres, or null.</summary>
    public double? FvcLiters { get; init; }

    /// <summary>FVC in percent of predicted as a laboratory reported it (for example GLI), or null.</summary>
    public double? FvcPercentPredicted { get; init; }

    /// <summary>Standing height in cm, for Hankinson 1999; null when not measured.</summary>
    public double? HeightCm { get; init; }

    /// <summary>Hankinson 1999 reference group, or null.</summary>
    public SpirometryEthnicity? Ethnicity { get; init; }

    /// <summary>Body weight, or null when the patient was not weighed (issue 10: charted on the outcome page).</summary>
    public BodyWeight? Weight { get; init; }

    /// <summary>Regional findings with progression and exclusion; null when the examination was not recorded.</summary>
    public Findings? Findings { get; init; }

    /// <summary>Frontotemporal dementia (ALS-FTD): yes, no, or not known (the default; never taken as "no").</summary>
    public YesNoNotKnown Ftd { get; init; }

    /// <summary>C9orf72 repeat expansion: yes, no, or not known (the default, for example not tested).</summary>
    public YesNoNotKnown C9orf72 { get; init; }
}
