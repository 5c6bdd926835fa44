namespace MndCare.Domain.Consultations;

/// <summary>A user's consent to the processing of health data for a consultation: which text, in which language, when.</summary>
/// <remarks>GDPR Art. 9(2)(a) explicit consent; the text is versioned so what was agreed to can be shown later.</remarks>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
        TextVersion = Language = string.Empty;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>Who consented (the patient or the family member applying for them).</summary>
    public Guid UserId { get; private set; }

    /// <summary>The patient whose data the consent covers.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The version of the consent text shown.</summary>
    public string TextVersion { get; private set; }

    /// <summary>The language the text was shown in (en or zh-Hans).</summary>
    public string Language { get; private set; }

    /// <summary>When consent was given (UTC).</summary>
    public DateTime GivenAtUtc { get; private set; }

    /// <summary>A new consent.</summary>
    public static ConsentRecord Give(Guid id, Guid userId, Guid patientId, string textVersion, string language, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(textVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return new ConsentRecord
        {
            Id = id,
            UserId = userId,
            PatientId = patientId,
            TextVersion = textVersion,
            Language = language,
            GivenAtUtc = now.UtcDateTime,
        };
    }
}
