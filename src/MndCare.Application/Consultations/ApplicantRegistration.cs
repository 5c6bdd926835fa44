namespace MndCare.Application.Consultations;

/// <summary>What a patient, or a family member applying for one, enters to open an account.</summary>
/// <param name="Email">The applicant's e-mail address (their sign-in name).</param>
/// <param name="Password">At least 12 characters.</param>
/// <param name="ApplicantName">The applicant's own name.</param>
/// <param name="Relationship">self, spouse, parent, child, sibling, otherRelative or carer.</param>
/// <param name="PatientName">The patient's full name, in their own script.</param>
/// <param name="PatientLatinName">The patient's name in Latin letters, optional.</param>
/// <param name="Sex">female, male, other or unknown.</param>
/// <param name="BirthDate">The patient's date of birth, yyyy-MM-dd.</param>
/// <param name="PreferredLanguage">en or zh-Hans: the language of the portal and the report.</param>
/// <param name="Phone">Optional telephone.</param>
/// <param name="ClinicId">The clinic asked; needed only when several clinics take requests.</param>
/// <param name="ConsentGiven">Whether the consent box was ticked.</param>
/// <param name="ConsentVersion">The version of the consent text shown.</param>
public sealed record ApplicantRegistration(
    string? Email,
    string? Password,
    string? ApplicantName,
    string? Relationship,
    string? PatientName,
    string? PatientLatinName,
    string? Sex,
    string? BirthDate,
    string? PreferredLanguage,
    string? Phone,
    Guid? ClinicId,
    bool ConsentGiven,
    string? ConsentVersion);
