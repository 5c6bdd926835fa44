namespace MndCare.Domain.Patients;

/// <summary>Patient registry fields as typed by a person or sent by a client: text, not yet validated.</summary>
/// <param name="Mrn">Medical record number, unique within the clinic.</param>
/// <param name="NativeName">Full name in the patient's own script.</param>
/// <param name="LatinName">Full name in Latin letters (for example pinyin); optional.</param>
/// <param name="Sex">female, male, other or unknown.</param>
/// <param name="BirthDate">yyyy-MM-dd.</param>
/// <param name="Phone">Telephone; optional.</param>
/// <param name="Email">E-mail address; optional.</param>
/// <param name="PreferredLanguage">en or zh-Hans.</param>
/// <param name="OnsetDate">First symptom, yyyy-MM-dd; optional.</param>
/// <param name="DiagnosisDate">Diagnosis of MND, yyyy-MM-dd; optional.</param>
/// <param name="OnsetSite">bulbar, upperLimb, lowerLimb, trunk, respiratory or generalized; optional.</param>
/// <param name="DeathDate">Date of death, yyyy-MM-dd; optional.</param>
public sealed record PatientDetailsInput(
    string? Mrn,
    string? NativeName,
    string? LatinName,
    string? Sex,
    string? BirthDate,
    string? Phone,
    string? Email,
    string? PreferredLanguage,
    string? OnsetDate = null,
    string? DiagnosisDate = null,
    string? OnsetSite = null,
    string? DeathDate = null);
