using MndCare.Domain.Assessments;
using MndCare.Domain.Explanations;
using MndCare.Domain.Prognosis;

namespace MndCare.Application.Assessments;

/// <summary>One assessment with every result and the reasons behind each; <paramref name="TimeZoneId"/> is the clinic's.</summary>
public sealed record AssessmentReport(
    Guid Id,
    Guid PatientId,
    string PatientName,
    AssessmentInputs Inputs,
    DateTime RecordedAtUtc,
    string TimeZoneId,
    Guid? SupersedesId,
    string? CorrectionReason,
    Guid? SupersededById,
    CaseResult Results,
    AssessmentExplanations Why,
    double? MonthsFromOnsetToday,
    bool FtdAndC9orf72FromCheckboxes = false)
{
    /// <summary>The ENCALS prediction, when every predictor was known.</summary>
    public EncalsPrediction? Encals => Results.EncalsPrediction;
}

/// <summary>Why each result came out as it did, as reason codes with their values (the clinical text catalogue renders them).</summary>
public sealed record AssessmentExplanations(
    IReadOnlyList<ClinicalReason> ElEscorial,
    IReadOnlyList<ClinicalReason> Awaji,
    IReadOnlyList<ClinicalReason> GoldCoast,
    IReadOnlyList<ClinicalReason> Pls,
    IReadOnlyList<ClinicalReason> Phenotype,
    IReadOnlyList<ClinicalReason> Kings,
    IReadOnlyList<ClinicalReason> Mitos);
