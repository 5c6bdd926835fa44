using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MndCare.Domain.Results;

namespace MndCare.Application.Files;

/// <summary>Keeps patients' medical files encrypted at rest: each file gets its own AES-256 data key, its content is sealed with
/// AES-GCM in 64 KiB chunks bound to the file and patient, and the data key is wrapped by the master key (security test plan H-AC4, UP-09).</summary>
/// <remarks>
/// The caller keeps the returned <see cref="StoredBlob"/> in the file's database row; deleting its wrapped key crypto-shreds the
/// file (UP-10). Reads decrypt into a private buffer sized from the row and release it only after every chunk tag and the
/// SHA-256 match, so tampered plaintext is never served (IN-01). Blob layout: <c>BlobFormat</c>.
/// Thread-safe: each operation uses its own cipher instances.
/// </remarks>
public sealed class EncryptedFileStore
{
    private const int DataKeyBytes = 32;
    private const int BlobNameBytes = 16;
    private const string TempDirectoryName = "tmp";

    private readonly byte[] _masterKey;
    private readonly string _root;
    private readonly string _tempDirectory;

    /// <summary>Loads the master key and creates the storage root and its tmp directory (0700) when missing.</summary>
    /// <param name="options">The validated options; paths are absolute once the options pipeline has resolved them.</param>
    public EncryptedFileStore(IOptions<FileStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _root = Path.GetFullPath(value.StorageRoot);
        _tempDirectory = Path.Combine(_root, TempDirectoryName);
        MaxFileBytes = value.MaxFileBytes;
        var loaded = MasterKeyFile.Load(value.MasterKeyPath);
        // Pinned, so the garbage collector never leaves copies of the master key around the heap.
        _masterKey = GC.AllocateUninitializedArray<byte>(MasterKeyFile.KeyBytes, pinned: true);
        loaded.CopyTo(_masterKey, 0);
        CryptographicOperations.ZeroMemory(loaded);
        KeyId = MasterKeyFile.KeyIdOf(_masterKey);
        PrivateDirectory.Create(_root);
        PrivateDirectory.Create(_tempDirectory);
    }

    /// <summary>The id of the loaded master key, recorded with every data key it wraps.</summary>
    public string KeyId { get; }

    /// <summary>Derives a 256-bit key for another secret kept at rest, so the one master key outside the database protects it too.</summary>
    /// <remarks>HKDF-SHA256 (RFC 5869) with the purpose as its info: every purpose gets an independent key, and none reveals the master key.</remarks>
    /// <param name="purpose">A fixed label naming what the key protects.</param>
    internal byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, DataKeyBytes, info: System.Text.Encoding.UTF8.GetBytes(purpose));

    /// <summary>The largest file a write accepts, in bytes.</summary>
    public long MaxFileBytes { get; }

    /// <summary>Encrypts a stream into a new blob; a stream longer than <see cref="MaxFileBytes"/> is refused while it is read.</summary>
    /// <param name="fileId">The file's id, bound into every chunk.</param>
    /// <param name="ownerId">The patient's id, bound into every chunk.</param>
    /// <param name="plaintext">The content; read to its end.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <returns>The blob to record, or <see cref="FileTooLargeError"/> or <see cref="StorageFullError"/> with nothing stored.</returns>
    public Task<Result<StoredBlob>> WriteAsync(Guid fileId, Guid ownerId, Stream plaintext, CancellationToken cancellationToken) =>
        WriteAsync(fileId, ownerId, plaintext, MaxFileBytes, cancellationToken);

    /// <summary>Encrypts a stream into a new blob, refusing it once it exceeds the smaller of <paramref name="limitBytes"/> and <see cref="MaxFileBytes"/>.</summary>
    /// <param name="fileId">The file's id, bound into every chunk.</param>
    /// <param name="ownerId">The patient's id, bound into every chunk.</param>
    /// <param name="plaintext">The content; read to its end or until the limit is passed.</param>
    /// <param name="limitBytes">A tighter limit for this write, such as what remains of the consultation's quota.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <returns>The blob to record, or <see cref="FileTooLargeError"/> or <see cref="StorageFullError"/> with nothing stored.</returns>
    public async Task<Result<StoredBlob>> WriteAsync(
        Guid fileId, Guid ownerId, Stream plaintext, long limitBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentOutOfRangeException.ThrowIfNegative(limitBytes);
        RequireId(fileId, nameof(fileId));
        RequireId(ownerId, nameof(ownerId));
        var limit = Math.Min(limitBytes, MaxFileBytes);
        // Random, never derived from the file name or any other input, so no path can be steered (UP-02).
        var blobName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(BlobNameBytes));
        var tempPath = Path.Combine(_tempDirectory, blobName);
        var finalPath = BlobPath(blobName);
        var dataKey = RandomNumberGenerator.GetBytes(DataKeyBytes);
        var moved = false;
        var stored = false;
        try
        {
            var noncePrefix = RandomNumberGenerator.GetBytes(BlobFormat.NoncePrefixBytes);
            long length;
            byte[] sha256;
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            await using (var target = new FileStream(tempPath, options))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var header = new byte[BlobFormat.HeaderBytes];
                BlobFormat.WriteHeader(header, noncePrefix);
                await target.WriteAsync(header, cancellationToken);
                var written = await EncryptAsync(plaintext, target, dataKey, noncePrefix, fileId, ownerId, limit, hash, cancellationToken);
                if (written is not { } total)
                {
                    return new FileTooLargeError(limit);
                }
                length = total;
                sha256 = hash.GetHashAndReset();
                // The blob must be on disk before its name is, and both before the caller acknowledges the upload (DR-02).
                target.Flush(flushToDisk: true);
            }
            var wrappedKey = WrapKey(dataKey);
            var fanOut = Path.GetDirectoryName(finalPath)!;
            if (!Directory.Exists(fanOut))
            {
                PrivateDirectory.Create(fanOut);
                DirectorySync.Flush(_root);
            }
            File.Move(tempPath, finalPath);
            moved = true;
            DirectorySync.Flush(fanOut);
            stored = true;
            return new StoredBlob(blobName, wrappedKey, KeyId, length, sha256);
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            return new StorageFullError();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
            if (!stored)
            {
                TryDelete(tempPath);
                if (moved)
                {
                    TryDelete(finalPath);
                }
            }
        }
    }

    /// <summary>Decrypts and verifies a file, returning its content only when every chunk tag and the SHA-256 match.</summary>
    /// <param name="reference">The file's database row.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plaintext, or a <see cref="FileIntegrityFailure"/> (missing, tampered, truncated or wrong key) and no content.</returns>
    public async Task<Result<byte[]>> ReadAsync(StoredBlobReference reference, CancellationToken cancellationToken)
    {
        var (failure, plaintext) = await DecryptAsync(reference, keepPlaintext: true, cancellationToken);
        return failure is { } reason ? new FileIntegrityFailure(reason) : plaintext!;
    }

    /// <summary>Verifies files without keeping their content, for the scheduled integrity scrub (IN-01).</summary>
    /// <param name="references">The database rows to check.</param>
    /// <param name="cancellationToken">Cancels the scrub.</param>
    /// <returns>Exactly the files that fail, in the order given, with the reason of each.</returns>
    public async Task<IReadOnlyList<FileScrubFailure>> ScrubAsync(IEnumerable<StoredBlobReference> references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        var failures = new List<FileScrubFailure>();
        foreach (var reference in references)
        {
            var (failure, _) = await DecryptAsync(reference, keepPlaintext: false, cancellationToken);
            if (failure is { } reason)
            {
                failures.Add(new FileScrubFailure(reference.FileId, reference.BlobName, reason));
            }
        }
        return failures;
    }

    /// <summary>Deletes a blob; the database deleting the wrapped key has already made it unreadable (crypto-shred, UP-10).</summary>
    /// <param name="blobName">The blob name from the file's row.</param>
    /// <returns>True when the blob existed.</returns>
    public bool Delete(string blobName)
    {
        var path = BlobPath(blobName);
        if (!File.Exists(path))
        {
            return false;
        }
        File.Delete(path);
        return true;
    }

    /// <summary>Every blob on disk with the time it was written, whether or not a database row refers to it.</summary>
    /// <remarks>Only names this store could have written are listed; anything else under the root is left alone.</remarks>
    public IEnumerable<(string BlobName, DateTimeOffset WrittenAtUtc)> ListBlobs()
    {
        foreach (var shard in Directory.EnumerateDirectories(_root))
        {
            var shardName = Path.GetFileName(shard);
            if (shardName is not { Length: 2 } || !shardName.All(char.IsAsciiHexDigitLower))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(shard))
            {
                var name = Path.GetFileName(path);
                if (IsBlobName(name) && name.StartsWith(shardName, StringComparison.Ordinal))
                {
                    yield return (name, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
                }
            }
        }
    }

    /// <summary>Deletes the temporary files of writes that never finished (a crash mid-upload, DR-07).</summary>
    /// <remarks>Call once at start, before uploads are accepted: a write in progress in another process on the same storage
    /// root would lose its temporary file.</remarks>
    /// <returns>How many files were deleted.</returns>
    public int SweepOrphanTempFiles()
    {
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(_tempDirectory))
        {
            File.Delete(path);
            count = checked(count + 1);
        }
        return count;
    }

    private static async Task<long?> EncryptAsync(
        Stream source, FileStream target, byte[] dataKey, byte[] noncePrefix, Guid fileId, Guid ownerId, long limit,
        IncrementalHash hash, CancellationToken cancellationToken)
    {
        var current = new byte[BlobFormat.ChunkBytes];
        var next = new byte[BlobFormat.ChunkBytes];
        var sealedChunk = new byte[BlobFormat.ChunkBytes + BlobFormat.TagBytes];
        try
        {
            using var gcm = new AesGcm(dataKey, BlobFormat.TagBytes);
            var currentLength = await source.ReadAtLeastAsync(current, BlobFormat.ChunkBytes, throwOnEndOfStream: false, cancellationToken);
            long total = currentLength;
            for (uint index = 0; ; index = checked(index + 1))
            {
                if (total > limit)
                {
                    return null;
                }
                // A chunk is final only when the stream has nothing after it, so read one chunk ahead before sealing.
                var nextLength = currentLength < BlobFormat.ChunkBytes
                    ? 0
                    : await source.ReadAtLeastAsync(next, BlobFormat.ChunkBytes, throwOnEndOfStream: false, cancellationToken);
                total = checked(total + nextLength);
                if (total > limit)
                {
                    return null;
                }
                var final = nextLength == 0;
                hash.AppendData(current, 0, currentLength);
                Seal(gcm, noncePrefix, index, final, fileId, ownerId, current.AsSpan(0, currentLength), sealedChunk);
                await target.WriteAsync(sealedChunk.AsMemory(0, checked(currentLength + BlobFormat.TagBytes)), cancellationToken);
                if (final)
                {
                    return total;
                }
                (current, next) = (next, current);
                currentLength = nextLength;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(current);
            CryptographicOperations.ZeroMemory(next);
        }
    }

    private async Task<(FileIntegrityReason? Failure, byte[]? Plaintext)> DecryptAsync(
        StoredBlobReference reference, bool keepPlaintext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegative(reference.PlaintextLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference.PlaintextLength, Array.MaxLength);
        if (!IsBlobName(reference.BlobName))
        {
            // A malformed name means the row itself was altered; it never reaches the file system.
            return (FileIntegrityReason.Tampered, null);
        }
        var path = BlobPath(reference.BlobName);
        if (!string.Equals(reference.KeyId, KeyId, StringComparison.Ordinal))
        {
            return (FileIntegrityReason.WrongKey, null);
        }
        var dataKey = UnwrapKey(reference.WrappedKey);
        if (dataKey is null)
        {
            return (FileIntegrityReason.Tampered, null);
        }
        byte[]? plaintext = null;
        byte[]? scratch = null;
        var verified = false;
        try
        {
            FileStream blob;
            try
            {
                blob = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return (FileIntegrityReason.Missing, null);
            }
            await using (blob)
            {
                var length = reference.PlaintextLength;
                var expectedBlobLength = BlobFormat.BlobLength(length);
                if (blob.Length != expectedBlobLength)
                {
                    return (blob.Length < expectedBlobLength ? FileIntegrityReason.Truncated : FileIntegrityReason.Tampered, null);
                }
                var header = new byte[BlobFormat.HeaderBytes];
                await blob.ReadExactlyAsync(header, cancellationToken);
                var noncePrefix = new byte[BlobFormat.NoncePrefixBytes];
                if (!BlobFormat.TryReadHeader(header, noncePrefix))
                {
                    return (FileIntegrityReason.Tampered, null);
                }
                // The row's length sizes the buffer, never the blob, so an inflated blob cannot make the server allocate more.
                plaintext = keepPlaintext ? new byte[length] : null;
                scratch = keepPlaintext ? null : new byte[BlobFormat.ChunkBytes];
                var sealedChunk = new byte[BlobFormat.ChunkBytes + BlobFormat.TagBytes];
                using var gcm = new AesGcm(dataKey, BlobFormat.TagBytes);
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var chunks = BlobFormat.ChunkCount(length);
                long offset = 0;
                for (long index = 0; index < chunks; index = checked(index + 1))
                {
                    var chunkLength = (int)Math.Min(BlobFormat.ChunkBytes, checked(length - offset));
                    await blob.ReadExactlyAsync(sealedChunk.AsMemory(0, checked(chunkLength + BlobFormat.TagBytes)), cancellationToken);
                    var output = plaintext is null ? scratch.AsMemory(0, chunkLength) : plaintext.AsMemory(checked((int)offset), chunkLength);
                    if (!TryOpen(gcm, noncePrefix, checked((uint)index), index == chunks - 1, reference.FileId, reference.OwnerId,
                        sealedChunk.AsSpan(0, checked(chunkLength + BlobFormat.TagBytes)), output.Span))
                    {
                        return (FileIntegrityReason.Tampered, null);
                    }
                    hash.AppendData(output.Span);
                    offset = checked(offset + chunkLength);
                }
                if (!CryptographicOperations.FixedTimeEquals(hash.GetHashAndReset(), reference.Sha256))
                {
                    return (FileIntegrityReason.Tampered, null);
                }
                verified = true;
                return (null, plaintext);
            }
        }
        catch (EndOfStreamException)
        {
            // The blob shrank between the length check and the read.
            return (FileIntegrityReason.Truncated, null);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
            if (scratch is not null)
            {
                CryptographicOperations.ZeroMemory(scratch);
            }
            if (!verified && plaintext is not null)
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
    }

    private static void Seal(
        AesGcm gcm, byte[] noncePrefix, uint index, bool final, Guid fileId, Guid ownerId, ReadOnlySpan<byte> plaintext, Span<byte> output)
    {
        Span<byte> nonce = stackalloc byte[BlobFormat.NonceBytes];
        Span<byte> aad = stackalloc byte[BlobFormat.AadBytes];
        BlobFormat.Nonce(nonce, noncePrefix, index);
        BlobFormat.AssociatedData(aad, fileId, ownerId, index, final);
        gcm.Encrypt(nonce, plaintext, output[..plaintext.Length], output.Slice(plaintext.Length, BlobFormat.TagBytes), aad);
    }

    private static bool TryOpen(
        AesGcm gcm, byte[] noncePrefix, uint index, bool final, Guid fileId, Guid ownerId, ReadOnlySpan<byte> sealedChunk, Span<byte> output)
    {
        Span<byte> nonce = stackalloc byte[BlobFormat.NonceBytes];
        Span<byte> aad = stackalloc byte[BlobFormat.AadBytes];
        BlobFormat.Nonce(nonce, noncePrefix, index);
        BlobFormat.AssociatedData(aad, fileId, ownerId, index, final);
        var cipherLength = sealedChunk.Length - BlobFormat.TagBytes;
        try
        {
            gcm.Decrypt(nonce, sealedChunk[..cipherLength], sealedChunk[cipherLength..], output, aad);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    private byte[] WrapKey(byte[] dataKey)
    {
        using var kek = Aes.Create();
        kek.Key = _masterKey;
        return kek.EncryptKeyWrapPadded(dataKey);
    }

    private byte[]? UnwrapKey(byte[] wrappedKey)
    {
        ArgumentNullException.ThrowIfNull(wrappedKey);
        using var kek = Aes.Create();
        kek.Key = _masterKey;
        byte[] dataKey;
        try
        {
            dataKey = kek.DecryptKeyWrapPadded(wrappedKey);
        }
        catch (CryptographicException)
        {
            // The key id matched, so the master key is right and the wrapped key itself was altered.
            return null;
        }
        if (dataKey.Length != DataKeyBytes)
        {
            CryptographicOperations.ZeroMemory(dataKey);
            return null;
        }
        return dataKey;
    }

    private string BlobPath(string blobName)
    {
        if (!IsBlobName(blobName))
        {
            throw new ArgumentException("A blob name is 32 lowercase hex characters.", nameof(blobName));
        }
        return Path.Combine(_root, blobName[..2], blobName);
    }

    private static bool IsBlobName(string? name) => name is { Length: BlobNameBytes * 2 } && name.All(char.IsAsciiHexDigitLower);

    private static void RequireId(Guid id, string name)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("The id must not be empty.", name);
        }
    }

    // ENOSPC and EDQUOT on Linux (HResult is the errno there); ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static bool IsDiskFull(IOException e) => e.HResult is 28 or 122 or unchecked((int)0x80070070) or unchecked((int)0x80070027);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The start-up sweep reclaims a temporary file that could not be deleted now; the original failure matters more.
        }
    }
}
