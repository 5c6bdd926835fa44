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

    /// <summary>Every input field, in contract order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Id, AssessmentDate, BirthDate, OnsetDate, DiagnosisDate, Sex, OnsetSite, Ethnicity, HeightCm, FvcLiters, FvcPercentPredicted, Alsfrsr,
        Findings, Progression, AlternativeExcluded, Ftd, C9orf72, Deceased,
    ];
}

/// <summary>The outputs a missing input can leave empty, as the `mndcare assess` contract names them.</summary>
public static class CaseOutputs
{
    public const string Alsfrsr = "alsfrsr";
    public const string DeltaFs = "deltaFs";
    public const string KingsStage = "kingsStage";
    public const string MitosStage = "mitosStage";
    public const string Pls = "pls";
    public const string Fvc = "fvc";

    /// <summary>Every output a missing input can name.</summary>
    public static IReadOnlyList<string> All { get; } = [Alsfrsr, DeltaFs, KingsStage, MitosStage, Pls, Fvc];
}
