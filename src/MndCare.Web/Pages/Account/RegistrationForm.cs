using MndCare.Application.Consultations;

namespace MndCare.Web.Pages.Account;

/// <summary>The registration form's fields, as posted.</summary>
public sealed class RegistrationForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ApplicantName { get; set; }

    public string? Relationship { get; set; } = "self";

    public string? PatientName { get; set; }

    public string? PatientLatinName { get; set; }

    public string? Sex { get; set; }

    public string? BirthDate { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? Phone { get; set; }

    public Guid? ClinicId { get; set; }

    public bool ConsentGiven { get; set; }

    public string? ConsentVersion { get; set; }

    public ApplicantRegistration ToRegistration() => new(Email, Password, ApplicantName, Relationship,
        string.Equals(Relationship, "self", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(PatientName) ? ApplicantName : PatientName,
        PatientLatinName, Sex, BirthDate, PreferredLanguage, Phone, ClinicId, ConsentGiven, ConsentVersion);
}
