namespace MndCare.Domain.Consultations;

/// <summary>Where an encrypted file is kept and how to check it: the database half of an encrypted file.</summary>
/// <param name="BlobName">The blob's generated name in the file store (never a user's file name).</param>
/// <param name="WrappedKey">The file's data key, wrapped by the master key that is kept outside the database.</param>
/// <param name="KeyId">Which master key wrapped it.</param>
/// <param name="Sha256">SHA-256 of the plaintext, checked on every read.</param>
/// <param name="Length">Plaintext length in bytes.</param>
public sealed record EncryptedBlob(string BlobName, byte[] WrappedKey, string KeyId, byte[] Sha256, long Length);
