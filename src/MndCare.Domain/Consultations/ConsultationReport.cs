namespace MndCare.Domain.Consultations;

/// <summary>A signed consultation report; never changed once saved (a correction is a new signed version).</summary>
/// <remarks>
/// Electronic signature by re-entering the password, with the signer's printed name, the time and the meaning
/// ("consultation report") kept with the record (21 CFR 11.50, 11.200). The PDF is kept encrypted in the file store
/// with its SHA-256; <see cref="ContentJson"/> is the same content the page shows.
/// </remarks>
public sealed class ConsultationReport
{
    /// <summary>Longest free text of a report (explanation, plan, costs, correction and override reasons), in text elements.</summary>
    public const int MaxTextLength = 8000;

    private ConsultationReport()
    {
        Language = ContentJson = SignerName = BlobName = KeyId = string.Empty;
        WrappedKey = Sha256 = [];
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The consultation it answers.</summary>
    public Guid ConsultationId { get; private set; }

    /// <summary>The patient (kept for scoping and for the file store's binding of the PDF to its owner).</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>1 for the first signed report, then 2, 3 … for corrections.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The report's language (en or zh-Hans): the patient's.</summary>
    public string Language { get; private set; }

    /// <summary>The recommendation.</summary>
    public ProgrammeRecommendation Recommendation { get; private set; }

    /// <summary>The report's content as JSON (document model), as signed.</summary>
    public string ContentJson { get; private set; }

    /// <summary>Who signed.</summary>
    public Guid SignedByUserId { get; private set; }

    /// <summary>The signer's printed name at the time of signing.</summary>
    public string SignerName { get; private set; }

    /// <summary>When it was signed (UTC).</summary>
    public DateTime SignedAtUtc { get; private set; }

    /// <summary>The earlier version this one corrects; null for version 1.</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>Why the earlier version was corrected; null for version 1.</summary>
    public string? CorrectionReason { get; private set; }

    /// <summary>Why the programme is offered although a safeguard failed (<see cref="OfferSafeguard"/>); null otherwise.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>The clinician's decisions the report was composed from (JSON), so a correction starts from them; null for reports
    /// signed before they were kept.</summary>
    public string? DecisionsJson { get; private set; }

    /// <summary>The PDF's blob in the encrypted file store.</summary>
    public string BlobName { get; private set; }

    /// <summary>The PDF's data key, wrapped by the master key.</summary>
    public byte[] WrappedKey { get; private set; }

    /// <summary>Which master key wrapped <see cref="WrappedKey"/>.</summary>
    public string KeyId { get; private set; }

    /// <summary>SHA-256 of the PDF.</summary>
    public byte[] Sha256 { get; private set; }

    /// <summary>The PDF's length in bytes.</summary>
    public long PdfLength { get; private set; }

    /// <summary>Where the PDF is stored, as the file store needs it.</summary>
    public EncryptedBlob Pdf => new(BlobName, WrappedKey, KeyId, Sha256, PdfLength);

    /// <summary>A new signed report.</summary>
    public static ConsultationReport Sign(Guid id, Consultation consultation, int versionNumber, string language, ProgrammeRecommendation recommendation,
        string contentJson, string decisionsJson, Guid signedByUserId, string signerName, DateTimeOffset signedAt, ConsultationReport? supersedes,
        string? correctionReason, string? overrideReason, EncryptedBlob pdf)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(pdf);
        if ((supersedes is null) != (correctionReason is null) || versionNumber != (supersedes?.VersionNumber ?? 0) + 1)
        {
            throw new ArgumentException("A correction needs the version it supersedes and a reason; version numbers go up by one.");
        }
        return new ConsultationReport
        {
            Id = id,
            ConsultationId = consultation.Id,
            PatientId = consultation.PatientId,
            ClinicId = consultation.ClinicId,
            VersionNumber = versionNumber,
            Language = language,
            Recommendation = recommendation,
            ContentJson = contentJson,
            SignedByUserId = signedByUserId,
            SignerName = signerName,
            SignedAtUtc = signedAt.UtcDateTime,
            SupersedesId = supersedes?.Id,
            CorrectionReason = correctionReason,
            OverrideReason = overrideReason,
            DecisionsJson = decisionsJson,
            BlobName = pdf.BlobName,
            WrappedKey = pdf.WrappedKey,
            KeyId = pdf.KeyId,
            Sha256 = pdf.Sha256,
            PdfLength = pdf.Length,
        };
    }
}
