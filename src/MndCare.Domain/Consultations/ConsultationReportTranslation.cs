namespace MndCare.Domain.Consultations;

/// <summary>A signed consultation report in another language than the patient's, rendered and signed with it; never changed.</summary>
/// <remarks>
/// The signer signs once and both languages are rendered at that moment from the same facts, so a patient or a clinician
/// reads whichever they prefer (docs/adr/0016-reports-in-both-languages.md). Like the report, its PDF is kept encrypted
/// with its SHA-256, and <see cref="ContentJson"/> is the content the page shows.
/// </remarks>
public sealed class ConsultationReportTranslation
{
    private ConsultationReportTranslation()
    {
        Language = ContentJson = BlobName = KeyId = string.Empty;
        WrappedKey = Sha256 = [];
    }

    /// <summary>The record id (UUIDv7); the file store binds the PDF to it.</summary>
    public Guid Id { get; private set; }

    /// <summary>The signed report this renders in another language.</summary>
    public Guid ReportId { get; private set; }

    /// <summary>The language (en or zh-Hans), never the report's own.</summary>
    public string Language { get; private set; }

    /// <summary>The content as JSON (document model), as signed.</summary>
    public string ContentJson { get; private set; }

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

    /// <summary>The translation of <paramref name="report"/> into <paramref name="language"/>.</summary>
    /// <param name="id">A new UUIDv7 (the PDF was stored under it).</param>
    /// <param name="report">The signed report.</param>
    /// <param name="language">The other language.</param>
    /// <param name="contentJson">The translated content.</param>
    /// <param name="pdf">The stored PDF.</param>
    public static ConsultationReportTranslation Of(Guid id, ConsultationReport report, string language, string contentJson, EncryptedBlob pdf)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(pdf);
        if (language == report.Language)
        {
            throw new ArgumentException("A translation is in another language than the report.", nameof(language));
        }
        return new ConsultationReportTranslation
        {
            Id = id,
            ReportId = report.Id,
            Language = language,
            ContentJson = contentJson,
            BlobName = pdf.BlobName,
            WrappedKey = pdf.WrappedKey,
            KeyId = pdf.KeyId,
            Sha256 = pdf.Sha256,
            PdfLength = pdf.Length,
        };
    }
}
