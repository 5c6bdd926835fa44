using MndCare.Domain.Assessments;

namespace MndCare.Application.Assessments;

/// <summary>An assessment as typed into the form: text, choices and check boxes, not yet validated.</summary>
public sealed class AssessmentForm
{
    public string? AssessmentDate { get; set; }

    /// <summary>clinician or selfAdministered.</summary>
    public string? Mode { get; set; } = "clinician";

    /// <summary>The id of the ALSFRS-R wording the form showed (see <see cref="Wordings.AlsfrsRWordings"/>).</summary>
    public string? AlsfrsRWording { get; set; }

    public string? Speech { get; set; }

    public string? Salivation { get; set; }

    public string? Swallowing { get; set; }

    public string? Handwriting { get; set; }

    /// <summary>Item 5: scored on 5b when <see cref="Gastrostomy"/> is set, otherwise on 5a.</summary>
    public string? Cutting { get; set; }

    public bool Gastrostomy { get; set; }

    public string? Dressing { get; set; }

    public string? Turning { get; set; }

    public string? Walking { get; set; }

    public string? Climbing { get; set; }

    public string? Dyspnea { get; set; }

    public string? Orthopnea { get; set; }

    public string? RespiratoryInsufficiency { get; set; }

    public string? FvcLiters { get; set; }

    public string? FvcPercentPredicted { get; set; }

    public string? HeightCm { get; set; }

    /// <summary>Body weight in kg (20-300); the API's <c>weightKg</c>.</summary>
    public string? WeightKg { get; set; }

    /// <summary>caucasian, africanAmerican or mexicanAmerican (Hankinson 1999).</summary>
    public string? Ethnicity { get; set; }

    /// <summary>Whether the neurological examination (regional findings) is recorded at this visit.</summary>
    public bool ExaminationRecorded { get; set; }

    /// <summary>Regions (bulbar, cervical, thoracic, lumbosacral) with UMN signs.</summary>
    public List<string> Umn { get; set; } = [];

    public List<string> LmnClinical { get; set; } = [];

    public List<string> LmnEmg { get; set; } = [];

    public List<string> FasciculationEmg { get; set; } = [];

    public bool Progression { get; set; }

    public bool AlternativeExcluded { get; set; }

    /// <summary>Frontotemporal dementia: yes, no or notKnown (the default).</summary>
    public string? Ftd { get; set; } = NotKnown;

    /// <summary>C9orf72 repeat expansion: yes, no or notKnown (the default).</summary>
    public string? C9orf72 { get; set; } = NotKnown;

    private static readonly string NotKnown = YesNoNotKnown.NotKnown.WireName();

    /// <summary>Why an earlier assessment is corrected; only for corrections.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>The twelve ALSFRS-R item fields with their names, in scale order (item 5 as "cutting").</summary>
    public IReadOnlyList<(string Name, string? Value)> Items =>
    [
        ("speech", Speech), ("salivation", Salivation), ("swallowing", Swallowing), ("handwriting", Handwriting), ("cutting", Cutting),
        ("dressing", Dressing), ("turning", Turning), ("walking", Walking), ("climbing", Climbing), ("dyspnea", Dyspnea),
        ("orthopnea", Orthopnea), ("respiratoryInsufficiency", RespiratoryInsufficiency),
    ];
}
