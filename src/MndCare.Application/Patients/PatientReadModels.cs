namespace MndCare.Application.Patients;

/// <summary>A patient in a search result list.</summary>
public sealed record PatientSummary(Guid Id, string Mrn, string NativeName, string? LatinName, string Sex, string BirthDate, bool Deceased);

/// <summary>One page of search results.</summary>
public sealed record PatientPage(IReadOnlyList<PatientSummary> Items, int Page, int PageSize, int Total);

/// <summary>A patient's registry entry with every field as wire text (what a client sends back on update).</summary>
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

/// <summary>One assessment on a patient's timeline.</summary>
public sealed record TimelineEntry(
    Guid Id,
    string AssessmentDate,
    string? AlsfrsRMode,
    int? AlsfrsRTotal,
    int? Bulbar,
    int? FineMotor,
    int? GrossMotor,
    int? Respiratory,
    double? FvcLiters,
    double? FvcPercentPredicted);

/// <summary>The patient page: registry entry and the assessments over time, oldest first.</summary>
public sealed record PatientChart(PatientRecord Patient, IReadOnlyList<TimelineEntry> Timeline);
