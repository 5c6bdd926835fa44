namespace MndCare.Application.Assessments;

/// <summary>The input field names of the `mndcare assess` contract.</summary>
public static class CaseFields
{
    public const string Id = "id";
    public const string AssessmentDate = "assessmentDate";
    public const string BirthDate = "birthDate";
    public const string OnsetDate = "onsetDate";
    public const string DiagnosisDate = "diagnosisDate";
    public const string Sex = "sex";
    public const string OnsetSite = "onsetSite";
    public const string Ethnicity = "ethnicity";
    public const string HeightCm = "heightCm";
    public const string FvcLiters = "fvcLiters";
    public const string FvcPercentPredicted = "fvcPercentPredicted";
    public const string Alsfrsr = "alsfrsr";
    public const string Findings = "findings";
    public const string Progression = "progression";
    public const string AlternativeExcluded = "alternativeExcluded";
    public const string Ftd = "ftd";
    public const string C9orf72 = "c9orf72";
    public const string Deceased = "deceased";
}
