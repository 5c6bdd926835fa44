using MndCare.Domain.Patients;

namespace MndCare.Domain.Consultations;

/// <summary>The wire names of the questionnaire's choices (camelCase, as in the API and the stored JSON).</summary>
public static class QuestionnaireChoices
{
    /// <summary>Onset sites a patient can report; "generalized" is a clinician's judgement, not offered here.</summary>
    public static readonly IReadOnlyList<OnsetSite> OnsetSites =
        [OnsetSite.Bulbar, OnsetSite.UpperLimb, OnsetSite.LowerLimb, OnsetSite.Trunk, OnsetSite.Respiratory];

    /// <summary>The wire name of the C9orf72 gene among <see cref="NamedGenes"/>.</summary>
    public const string C9orf72Gene = "c9orf72";

    /// <summary>Genes the questionnaire names; anything else goes in the free-text "other" field.</summary>
    public static readonly IReadOnlyList<string> NamedGenes = [C9orf72Gene, "sod1", "tardbp", "fus"];

    /// <summary>The wire name of a yes/no/unknown answer.</summary>
    public static string Of(YesNoUnknown value) => value switch
    {
        YesNoUnknown.Yes => "yes",
        YesNoUnknown.No => "no",
        YesNoUnknown.Unknown => "unknown",
    };

    /// <summary>The wire name of a breathing support.</summary>
    public static string Of(BreathingSupport value) => value switch
    {
        BreathingSupport.None => "none",
        BreathingSupport.NonInvasivePartTime => "nonInvasivePartTime",
        BreathingSupport.NonInvasiveFullTime => "nonInvasiveFullTime",
        BreathingSupport.Invasive => "invasive",
    };

    /// <summary>The wire name of a reported diagnosis.</summary>
    public static string Of(ReportedDiagnosis value) => value switch
    {
        ReportedDiagnosis.Als => "als",
        ReportedDiagnosis.Pma => "pma",
        ReportedDiagnosis.Pbp => "pbp",
        ReportedDiagnosis.Pls => "pls",
        ReportedDiagnosis.MndUnspecified => "mndUnspecified",
        ReportedDiagnosis.NotYetDiagnosed => "notYetDiagnosed",
    };

    /// <summary>The wire name of a genetic testing answer.</summary>
    public static string Of(GeneticTesting value) => value switch
    {
        GeneticTesting.NotTested => "notTested",
        GeneticTesting.NoVariantFound => "noVariantFound",
        GeneticTesting.VariantFound => "variantFound",
        GeneticTesting.Unknown => "unknown",
    };

    /// <summary>The wire name of a consultation status.</summary>
    public static string Of(ConsultationStatus value) => value switch
    {
        ConsultationStatus.Draft => "draft",
        ConsultationStatus.Submitted => "submitted",
        ConsultationStatus.InReview => "inReview",
        ConsultationStatus.InformationRequested => "informationRequested",
        ConsultationStatus.Answered => "answered",
        ConsultationStatus.Declined => "declined",
    };
}
