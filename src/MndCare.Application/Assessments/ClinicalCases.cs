using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Respiratory;

namespace MndCare.Application.Assessments;

/// <summary>Builds the case the evaluator reads from a patient's registry entry and one assessment's inputs.</summary>
public static class ClinicalCases
{
    private static readonly Findings NoFindings = Findings.Create(new Dictionary<Region, RegionFindings>(), false, false);

    public static ClinicalCase From(Patient patient, AssessmentInputs inputs, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(inputs);
        return new ClinicalCase
        {
            Id = id?.ToString("D"),
            AssessmentDate = inputs.AssessmentDate,
            BirthDate = patient.BirthDate,
            OnsetDate = patient.OnsetDate,
            DiagnosisDate = patient.DiagnosisDate,
            Sex = patient.Sex is Sex.Male or Sex.Female ? patient.Sex : null,
            OnsetSite = patient.OnsetSite,
            Ethnicity = inputs.Ethnicity switch
            {
                SpirometryEthnicity.Caucasian => "caucasian",
                SpirometryEthnicity.AfricanAmerican => "africanAmerican",
                SpirometryEthnicity.MexicanAmerican => "mexicanAmerican",
                null => null,
            },
            HeightCm = inputs.HeightCm,
            FvcLiters = inputs.FvcLiters,
            FvcPercentPredicted = inputs.FvcPercentPredicted,
            AlsfrsR = inputs.AlsfrsR,
            Findings = inputs.Findings ?? NoFindings,
            FindingsGiven = inputs.Findings is not null,
            Ftd = inputs.Ftd,
            C9orf72 = inputs.C9orf72,
            // Stages describe the patient on the assessment date; a later death does not change them.
            Deceased = patient.DeathDate is { } death && death <= inputs.AssessmentDate,
        };
    }
}
