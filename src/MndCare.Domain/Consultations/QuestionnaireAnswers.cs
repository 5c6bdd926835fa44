using MndCare.Domain.Assessments;

namespace MndCare.Domain.Consultations;

/// <summary>The patient's answers to the consultation questionnaire, as sent and as stored (a draft may be partial).</summary>
/// <remarks>
/// Choices and dates are wire strings (yyyy-MM-dd, camelCase names in <see cref="QuestionnaireChoices"/>) so that a
/// wrong value gets a per-field message instead of a generic parse failure. <see cref="QuestionnaireRules"/> checks
/// them; only answers that pass are stored. Birth date and sex are in the patient's registry entry, not here.
/// </remarks>
public sealed record QuestionnaireAnswers
{
    /// <summary>Country or region where the patient lives.</summary>
    public string? CountryOfResidence { get; init; }

    /// <summary>Height in centimetres.</summary>
    public int? HeightCm { get; init; }

    /// <summary>Weight now, in kilograms.</summary>
    public decimal? WeightKg { get; init; }

    /// <summary>Usual weight before the illness, in kilograms (weight loss is prognostic).</summary>
    public decimal? WeightBeforeIllnessKg { get; init; }

    /// <summary>Date of the first symptom, yyyy-MM-dd (the 1st of the month when only the month is known).</summary>
    public string? OnsetDate { get; init; }

    /// <summary>Where the first symptom appeared: bulbar, upperLimb, lowerLimb, trunk or respiratory.</summary>
    public string? OnsetSite { get; init; }

    /// <summary>The first symptoms, in the patient's words.</summary>
    public string? FirstSymptoms { get; init; }

    /// <summary>How the symptoms spread since, in the patient's words.</summary>
    public string? Spread { get; init; }

    /// <summary>The diagnosis the patient was given: als, pma, pbp, pls, mndUnspecified or notYetDiagnosed.</summary>
    public string? Diagnosis { get; init; }

    /// <summary>Date of diagnosis, yyyy-MM-dd.</summary>
    public string? DiagnosisDate { get; init; }

    /// <summary>Who made the diagnosis (doctor, hospital, city).</summary>
    public string? DiagnosedBy { get; init; }

    /// <summary>Self-administered ALSFRS-R item scores by item name (see AlsfrsR.ItemNames); 5a or 5b, not both.</summary>
    public IReadOnlyDictionary<string, int?>? Alsfrsr { get; init; }

    /// <summary>The id of the ALSFRS-R wording the items were answered in, e.g. "zh-Hans-mndcare-unvalidated-1"; kept with the items only.</summary>
    public string? AlsfrsrWording { get; init; }

    /// <summary>Breathing support now: none, nonInvasivePartTime, nonInvasiveFullTime or invasive.</summary>
    public string? BreathingSupport { get; init; }

    /// <summary>Whether the patient has a gastrostomy (feeding tube): yes or no.</summary>
    public string? Gastrostomy { get; init; }

    /// <summary>Date the gastrostomy was placed, yyyy-MM-dd; optional.</summary>
    public string? GastrostomyDate { get; init; }

    /// <summary>Genetic testing: notTested, noVariantFound, variantFound or unknown.</summary>
    public string? GeneticTesting { get; init; }

    /// <summary>Genes with a variant found, from <see cref="QuestionnaireChoices.NamedGenes"/>.</summary>
    public IReadOnlyList<string>? GenesWithVariant { get; init; }

    /// <summary>Other genetic findings, in words.</summary>
    public string? OtherGeneticFindings { get; init; }

    /// <summary>Whether a blood relative had MND or frontotemporal dementia: yes, no or unknown.</summary>
    public string? FamilyHistory { get; init; }

    /// <summary>Who in the family, and what they had.</summary>
    public string? FamilyHistoryDetails { get; init; }

    /// <summary>Whether family noticed changes in thinking, language or behaviour: yes, no or unknown.</summary>
    public string? CognitiveOrBehaviouralChange { get; init; }

    /// <summary>The changes noticed, in words.</summary>
    public string? CognitiveOrBehaviouralDetails { get; init; }

    /// <summary>Takes riluzole now.</summary>
    public bool? TakesRiluzole { get; init; }

    /// <summary>Takes edaravone now.</summary>
    public bool? TakesEdaravone { get; init; }

    /// <summary>Receives tofersen now.</summary>
    public bool? TakesTofersen { get; init; }

    /// <summary>Other medicines and supplements, with doses when known.</summary>
    public string? OtherMedications { get; init; }

    /// <summary>Allergies and past reactions to medicines.</summary>
    public string? Allergies { get; init; }

    /// <summary>Whether the patient had stem-cell treatment before: yes, no or unknown.</summary>
    public string? EarlierStemCellTreatment { get; init; }

    /// <summary>Where, when and what stem-cell treatment.</summary>
    public string? EarlierStemCellDetails { get; init; }

    /// <summary>Whether the patient had Traditional Chinese Medicine treatment before: yes, no or unknown.</summary>
    public string? EarlierTcmTreatment { get; init; }

    /// <summary>What TCM treatment, and for how long.</summary>
    public string? EarlierTcmDetails { get; init; }

    /// <summary>What the patient hopes for from the consultation.</summary>
    public string? Goals { get; init; }

    /// <summary>Questions for the clinic.</summary>
    public string? Questions { get; init; }

    /// <summary>The C9orf72 status these answers establish: yes when C9orf72 is named among the genes with a variant;
    /// otherwise not known, never "no".</summary>
    /// <remarks>A reported "no variant found" does not establish "no": gene panels and exomes usually cannot detect the
    /// C9orf72 repeat expansion, which needs a dedicated test (repeat-primed PCR), so the clinician confirms what was tested
    /// before recording "no" (docs/instruments/questionnaire-prefill.md).</remarks>
    public YesNoNotKnown C9orf72Status() =>
        GeneticTesting == QuestionnaireChoices.Of(Consultations.GeneticTesting.VariantFound)
        && GenesWithVariant?.Contains(QuestionnaireChoices.C9orf72Gene, StringComparer.Ordinal) == true
            ? YesNoNotKnown.Yes
            : YesNoNotKnown.NotKnown;

    /// <summary>The self-rated ALSFRS-R when every item is answered, else null.</summary>
    public AlsfrsR? SelfRatedAlsfrsR() => Alsfrsr is { } items && AlsfrsR.Create(items) is { IsSuccess: true } rated ? rated.Value : null;
}
