using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>One case of the `mndcare assess` contract after reading: each input valid, missing or invalid.</summary>
/// <remarks>Decision 14 (docs/instruments/assess-contract.md): an absent flag means false, a region absent from the
/// findings has no finding; an input that is given but invalid leaves the outputs that need it empty, with an error.
/// FTD and C9orf72 are the exception: absent or null is "not known", never "no" (docs/instruments/encals.md).</remarks>
public sealed class ClinicalCase
{
    private static readonly Findings NoFindings = Findings.Create(new Dictionary<Region, RegionFindings>(), false, false);

    private readonly HashSet<string> _invalid = new(StringComparer.Ordinal);

    public string? Id { get; set; }

    public DateOnly? AssessmentDate { get; set; }

    public DateOnly? BirthDate { get; set; }

    public DateOnly? OnsetDate { get; set; }

    public DateOnly? DiagnosisDate { get; set; }

    /// <summary>Male or female only (the contract's values).</summary>
    public Sex? Sex { get; set; }

    public OnsetSite? OnsetSite { get; set; }

    /// <summary>Hankinson 1999 ethnicity as its contract string (caucasian, africanAmerican, mexicanAmerican).</summary>
    public string? Ethnicity { get; set; }

    public double? HeightCm { get; set; }

    public double? FvcLiters { get; set; }

    public double? FvcPercentPredicted { get; set; }

    /// <summary>The ALSFRS-R, when given and valid.</summary>
    public AlsfrsR? AlsfrsR { get; set; }

    /// <summary>The findings; no finding anywhere when none were given.</summary>
    public Findings Findings { get; set; } = NoFindings;

    /// <summary>Whether any regional finding was given (ENCALS needs it for "definite El Escorial").</summary>
    public bool FindingsGiven { get; set; }

    /// <summary>Frontotemporal dementia: not known unless given as true or false.</summary>
    public YesNoNotKnown Ftd { get; set; }

    /// <summary>C9orf72 repeat expansion: not known unless given as true or false.</summary>
    public YesNoNotKnown C9orf72 { get; set; }

    public bool Deceased { get; set; }

    /// <summary>Errors found while reading, in the order met.</summary>
    public List<Error> Errors { get; } = [];

    /// <summary>Marks an input as given but unusable.</summary>
    public void MarkInvalid(string field) => _invalid.Add(field);

    /// <summary>Whether an input was given but unusable.</summary>
    public bool IsInvalid(string field) => _invalid.Contains(field);
}
