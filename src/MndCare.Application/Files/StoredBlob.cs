using MndCare.Domain.Consultations;

namespace MndCare.Application.Files;

/// <summary>What the database row of a newly stored file must keep to read it back; the master key itself is never part of it.</summary>
/// <param name="BlobName">The internal blob name, 32 lowercase hex characters.</param>
/// <param name="WrappedKey">The file's data key wrapped with the master key (RFC 5649); deleting it crypto-shreds the file.</param>
/// <param name="KeyId">The id of the master key that wrapped the data key (16 lowercase hex characters).</param>
/// <param name="PlaintextLength">The file's length in bytes.</param>
/// <param name="Sha256">The SHA-256 of the plaintext (32 bytes).</param>
public sealed record StoredBlob(string BlobName, byte[] WrappedKey, string KeyId, long PlaintextLength, byte[] Sha256)
{
    /// <summary>The reference that reads this blob back as the file <paramref name="fileId"/> of the patient <paramref name="ownerId"/>.</summary>
    /// <param name="fileId">The file's id, as passed to the write.</param>
    /// <param name="ownerId">The patient's id, as passed to the write.</param>
    public StoredBlobReference ToReference(Guid fileId, Guid ownerId) =>
        new(fileId, ownerId, BlobName, WrappedKey, KeyId, PlaintextLength, Sha256);

    /// <summary>The blob as a domain record keeps it (the database half of an encrypted file).</summary>
    public EncryptedBlob ToEncryptedBlob() => new(BlobName, WrappedKey, KeyId, Sha256, PlaintextLength);
}
