using MndCare.Application.Patients;
using MndCare.Domain.Patients;

namespace MndCare.Web.Pages.Patients;

/// <summary>The registry fields as posted by the patient form.</summary>
public sealed class PatientForm
{
    /// <summary>The view-data entry that shows the MND history fields (only to those who see them).</summary>
    public const string ShowMndHistoryKey = "ShowMndHistory";

    public string? Mrn { get; set; }

    public string? NativeName { get; set; }

    public string? LatinName { get; set; }

    public string? Sex { get; set; }

    public string? BirthDate { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? OnsetDate { get; set; }

    public string? DiagnosisDate { get; set; }

    public string? OnsetSite { get; set; }

    public string? DeathDate { get; set; }

    public PatientDetailsInput ToInput() => new(Mrn, NativeName, LatinName, Sex, BirthDate, Phone, Email, PreferredLanguage,
        OnsetDate, DiagnosisDate, OnsetSite, DeathDate);

    public static PatientForm From(PatientRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            Mrn = record.Mrn,
            NativeName = record.NativeName,
            LatinName = record.LatinName,
            Sex = record.Sex,
            BirthDate = record.BirthDate,
            Phone = record.Phone,
            Email = record.Email,
            PreferredLanguage = record.PreferredLanguage,
            OnsetDate = record.OnsetDate,
            DiagnosisDate = record.DiagnosisDate,
            OnsetSite = record.OnsetSite,
            DeathDate = record.DeathDate,
        };
    }
}
