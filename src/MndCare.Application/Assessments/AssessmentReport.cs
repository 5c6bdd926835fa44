using MndCare.Domain.Assessments;
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
    double? MonthsFromOnsetToday)
{
    /// <summary>The ENCALS prediction, when every predictor was known.</summary>
    public EncalsPrediction? Encals => Results.EncalsPrediction;
}

/// <summary>Why each result came out as it did, in plain sentences.</summary>
public sealed record AssessmentExplanations(
    IReadOnlyList<string> ElEscorial,
    IReadOnlyList<string> Awaji,
    IReadOnlyList<string> GoldCoast,
    IReadOnlyList<string> Pls,
    IReadOnlyList<string> Phenotype,
    IReadOnlyList<string> Kings,
    IReadOnlyList<string> Mitos);
