using MndCare.Domain.Explanations;
using MndCare.Domain.Prognosis;

namespace MndCare.Application.Patients;

/// <summary>A patient in a search result list; <see cref="Deceased"/> is null for readers who do not see the MND history.</summary>
public sealed record PatientSummary(Guid Id, string Mrn, string NativeName, string? LatinName, string Sex, string BirthDate, bool? Deceased);

/// <summary>A patient's registry entry with every field as wire text (what a client sends back on update).</summary>
/// <remarks>Onset, diagnosis, onset site and death are null for readers who do not see the MND history (administrators); an
/// update from them keeps those fields.</remarks>
public sealed record PatientRecord(
    Guid Id,
    Guid ClinicId,
    string ClinicName,
    string Mrn,
    string NativeName,
    string? LatinName,
    string Sex,
    string BirthDate,
    string? Phone,
    string? Email,
    string PreferredLanguage,
    string? OnsetDate,
    string? DiagnosisDate,
    string? OnsetSite,
    string? DeathDate,
    string Version);

/// <summary>One current assessment on a patient's timeline (corrected versions are replaced by their correction).</summary>
public sealed record TimelineEntry(
    Guid Id,
    DateOnly AssessmentDate,
    double? MonthsFromOnset,
    string? AlsfrsRMode,
    string? AlsfrsRWording,
    int? AlsfrsRTotal,
    int? Bulbar,
    int? FineMotor,
    int? GrossMotor,
    int? Respiratory,
    double? FvcLiters,
    double? FvcPercentPredicted,
    string? KingsStage,
    int? MitosStage,
    bool IsCorrection);

/// <summary>The patient page: registry entry, the current assessments oldest first, and the D50 fit when estimable.</summary>
/// <param name="Patient">The registry entry.</param>
/// <param name="Timeline">Current assessments, oldest first.</param>
/// <param name="D50">The D50 fit, or null.</param>
/// <param name="D50NotEstimable">Why there is no fit, as a reason code, or null.</param>
/// <param name="RelativeD50">Disease duration today (or at death) over D50; null without a fit.</param>
/// <param name="D50Phase">The phase that <paramref name="RelativeD50"/> falls in; null without a fit.</param>
public sealed record PatientChart(PatientRecord Patient, IReadOnlyList<TimelineEntry> Timeline, D50Fit? D50, ClinicalReason? D50NotEstimable,
    double? RelativeD50 = null, D50Phase? D50Phase = null);
