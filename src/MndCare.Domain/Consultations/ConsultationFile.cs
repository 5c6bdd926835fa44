namespace MndCare.Domain.Consultations;

/// <summary>A medical file sent with a consultation: metadata here, the content encrypted in the file store.</summary>
/// <remarks>
/// Kind and category are stored by wire name (see Files.MedicalFileKind and Files.MedicalFileCategory). A withdrawn
/// file is crypto-shredded: its wrapped key and blob are deleted and only this tombstone remains, without a name.
/// </remarks>
public sealed class ConsultationFile
{
    private ConsultationFile()
    {
        FileName = Kind = ContentType = Category = BlobName = KeyId = string.Empty;
        WrappedKey = Sha256 = [];
    }

    /// <summary>The record id (UUIDv7); also bound into the encryption so blobs cannot be swapped.</summary>
    public Guid Id { get; private set; }

    /// <summary>The consultation it was sent with.</summary>
    public Guid ConsultationId { get; private set; }

    /// <summary>The patient (the owner the encryption binds the blob to).</summary>
    public Guid PatientId { get; private set; }

    /// <summary>Who uploaded it.</summary>
    public Guid UploadedByUserId { get; private set; }

    /// <summary>The sanitised original name, for display only (never used as a path); empty once withdrawn.</summary>
    public string FileName { get; private set; }

    /// <summary>The type decided from the content: pdf, jpeg, png or dicom.</summary>
    public string Kind { get; private set; }

    /// <summary>The MIME type served, decided on the server from the content.</summary>
    public string ContentType { get; private set; }

    /// <summary>The category chosen by the patient (emgNerveConduction, mri, laboratory, geneticTest, dischargeLetter, other).</summary>
    public string Category { get; private set; }

    /// <summary>The date of the document itself (the examination or letter), when given.</summary>
    public DateOnly? DocumentDate { get; private set; }

    /// <summary>Plaintext length in bytes.</summary>
    public long Length { get; private set; }

    /// <summary>SHA-256 of the plaintext, checked on every read.</summary>
    public byte[] Sha256 { get; private set; }

    /// <summary>The blob's generated name in the file store.</summary>
    public string BlobName { get; private set; }

    /// <summary>The data key wrapped by the master key; empty once withdrawn (crypto-shred).</summary>
    public byte[] WrappedKey { get; private set; }

    /// <summary>Which master key wrapped the data key.</summary>
    public string KeyId { get; private set; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>When the patient withdrew it (UTC); null while it counts.</summary>
    public DateTime? WithdrawnAtUtc { get; private set; }

    /// <summary>Where the content is stored.</summary>
    public EncryptedBlob Blob => new(BlobName, WrappedKey, KeyId, Sha256, Length);

    /// <summary>A file just stored.</summary>
    public static ConsultationFile Add(Guid id, Consultation consultation, Guid userId, string fileName, string kind, string contentType, string category,
        DateOnly? documentDate, EncryptedBlob blob, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(blob);
        return new ConsultationFile
        {
            Id = id,
            ConsultationId = consultation.Id,
            PatientId = consultation.PatientId,
            UploadedByUserId = userId,
            FileName = fileName,
            Kind = kind,
            ContentType = contentType,
            Category = category,
            DocumentDate = documentDate,
            Length = blob.Length,
            Sha256 = blob.Sha256,
            BlobName = blob.BlobName,
            WrappedKey = blob.WrappedKey,
            KeyId = blob.KeyId,
            UploadedAtUtc = now.UtcDateTime,
        };
    }

    /// <summary>Withdraws the file: forgets its name and key so the content can never be read again.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        WithdrawnAtUtc = now.UtcDateTime;
        FileName = string.Empty;
        WrappedKey = [];
    }
}
