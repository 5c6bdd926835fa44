using MndCare.Domain.Consultations;

namespace MndCare.Application.Files;

/// <summary>A file's database row as the store needs it to read and verify the blob.</summary>
/// <param name="FileId">The file's id; bound into every chunk, so a blob read as another file fails.</param>
/// <param name="OwnerId">The patient's id; bound into every chunk, so a blob read for another patient fails.</param>
/// <param name="BlobName">The internal blob name, 32 lowercase hex characters.</param>
/// <param name="WrappedKey">The wrapped data key.</param>
/// <param name="KeyId">The id of the master key that wrapped the data key.</param>
/// <param name="PlaintextLength">The file's length in bytes.</param>
/// <param name="Sha256">The expected SHA-256 of the plaintext.</param>
public sealed record StoredBlobReference(
    Guid FileId, Guid OwnerId, string BlobName, byte[] WrappedKey, string KeyId, long PlaintextLength, byte[] Sha256)
{
    /// <summary>The reference to a blob a database row keeps, bound to its file and owner.</summary>
    /// <param name="fileId">The file's id (bound into the encryption).</param>
    /// <param name="ownerId">The patient's id (bound into the encryption).</param>
    /// <param name="blob">The row's blob fields.</param>
    public static StoredBlobReference For(Guid fileId, Guid ownerId, EncryptedBlob blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        return new(fileId, ownerId, blob.BlobName, blob.WrappedKey, blob.KeyId, blob.Length, blob.Sha256);
    }
}
