using MndCare.Domain.Auditing;

namespace MndCare.Domain.Patients;

/// <summary>A patient in a clinic's registry: identity, contact and the dates that anchor the MND history.</summary>
public sealed class Patient
{
    private Patient()
    {
        Mrn = NativeName = string.Empty;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic the record belongs to.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>Medical record number, unique within the clinic.</summary>
    public string Mrn { get; private set; }

    /// <summary>Full name in the patient's own script.</summary>
    public string NativeName { get; private set; }

    /// <summary>Full name in Latin letters; null when not given.</summary>
    public string? LatinName { get; private set; }

    /// <summary>Administrative sex.</summary>
    public Sex Sex { get; private set; }

    /// <summary>Date of birth.</summary>
    public DateOnly BirthDate { get; private set; }

    /// <summary>Telephone; null when not given.</summary>
    public string? Phone { get; private set; }

    /// <summary>E-mail address; null when not given.</summary>
    public string? Email { get; private set; }

    /// <summary>Language for letters and reports.</summary>
    public PreferredLanguage PreferredLanguage { get; private set; }

    /// <summary>Date of the first symptom; null when unknown.</summary>
    public DateOnly? OnsetDate { get; private set; }

    /// <summary>Date of diagnosis; null when unknown.</summary>
    public DateOnly? DiagnosisDate { get; private set; }

    /// <summary>Where the first symptom appeared; null when unknown.</summary>
    public OnsetSite? OnsetSite { get; private set; }

    /// <summary>Date of death; null while alive or unknown.</summary>
    public DateOnly? DeathDate { get; private set; }

    /// <summary>When the record was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the record last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change; also the ETag.</summary>
    public Guid Version { get; private set; }

    /// <summary>Folds searchable text: Latin letters to lower case, spaces removed; other scripts unchanged.</summary>
    public string SearchText { get; private set; } = string.Empty;

    /// <summary>The registry fields as a validated value.</summary>
    public PatientDetails Details => PatientDetailsFromStored();

    /// <summary>Registers a new patient.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="details">Validated fields.</param>
    /// <param name="nowUtc">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static Patient Register(Guid id, Guid clinicId, PatientDetails details, DateTimeOffset nowUtc, Guid version)
    {
        ArgumentNullException.ThrowIfNull(details);
        var patient = new Patient { Id = id, ClinicId = clinicId, CreatedAtUtc = nowUtc.UtcDateTime };
        patient.Apply(details, nowUtc, version);
        return patient;
    }

    /// <summary>Replaces the registry fields and returns what changed (empty when nothing did).</summary>
    /// <param name="details">Validated fields.</param>
    /// <param name="nowUtc">The injected clock's time.</param>
    /// <param name="version">A new concurrency token, used only when something changed.</param>
    public IReadOnlyList<FieldChange> Update(PatientDetails details, DateTimeOffset nowUtc, Guid version)
    {
        ArgumentNullException.ThrowIfNull(details);
        var changes = details.ChangesSince(Details);
        if (changes.Count > 0)
        {
            Apply(details, nowUtc, version);
        }
        return changes;
    }

    /// <summary>The text a search term is matched against: MRN and both names, folded.</summary>
    /// <param name="text">Any text.</param>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new string([.. text.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant)]);
    }

    private void Apply(PatientDetails details, DateTimeOffset nowUtc, Guid version)
    {
        Mrn = details.Mrn;
        NativeName = details.NativeName;
        LatinName = details.LatinName;
        Sex = details.Sex;
        BirthDate = details.BirthDate;
        Phone = details.Phone;
        Email = details.Email;
        PreferredLanguage = details.PreferredLanguage;
        OnsetDate = details.OnsetDate;
        DiagnosisDate = details.DiagnosisDate;
        OnsetSite = details.OnsetSite;
        DeathDate = details.DeathDate;
        UpdatedAtUtc = nowUtc.UtcDateTime;
        Version = version;
        SearchText = Fold($"{Mrn}|{NativeName}|{LatinName}");
    }

    private PatientDetails PatientDetailsFromStored() =>
        PatientDetails.FromTrusted(Mrn, NativeName, LatinName, Sex, BirthDate, Phone, Email, PreferredLanguage,
            OnsetDate, DiagnosisDate, OnsetSite, DeathDate);
}
