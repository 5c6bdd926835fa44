using System.Security.Cryptography;
using MndCare.Application.Files;
using MndCare.Domain.Results;

namespace MndCare.Application.Tests.Files;

// Tampered, truncated, missing, swapped and wrongly keyed blobs never yield plaintext (security test plan IN-01, UP-09).
public sealed class EncryptedFileStoreIntegrityTests : IDisposable
{
    private const int Header = 17;
    private const int SealedChunk = (64 * 1024) + 16;

    private readonly FileStoreSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private Task<Result<byte[]>> ReadAsync(StoredBlobReference reference) => _sandbox.Store.ReadAsync(reference, FileStoreSandbox.Token);

    private static FileIntegrityReason Reason(Result<byte[]> result) => Assert.IsType<FileIntegrityFailure>(Assert.Single(result.Errors)).Reason;

    private async Task<StoredBlobReference> WriteAsync(int length, int seed = 1) =>
        await _sandbox.WriteAsync(FileStoreSandbox.RandomBytes(length, seed), Guid.CreateVersion7(), Guid.CreateVersion7());

    [Fact]
    public async Task FlippingAnyByte_IsTampered()
    {
        var reference = await WriteAsync((3 * 64 * 1024) + 100);
        var path = _sandbox.BlobPath(reference.BlobName);
        var original = await File.ReadAllBytesAsync(path, FileStoreSandbox.Token);
        // Every header byte, the first and last byte and tag of each chunk, and a random sample in between.
        var random = new Random(7);
        var positions = Enumerable.Range(0, Header)
            .Concat(Enumerable.Range(0, 4).SelectMany(i => new[] { Header + (i * SealedChunk), Header + (i * SealedChunk) + SealedChunk - 1 }))
            .Concat(Enumerable.Range(0, 30).Select(_ => random.Next(original.Length)))
            .Where(p => p < original.Length)
            .Append(original.Length - 1);

        foreach (var position in positions)
        {
            var tampered = (byte[])original.Clone();
            tampered[position] ^= 0x01;
            await File.WriteAllBytesAsync(path, tampered, FileStoreSandbox.Token);

            var result = await ReadAsync(reference);

            Assert.False(result.IsSuccess, $"byte {position}");
            Assert.Equal(FileIntegrityReason.Tampered, Reason(result));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)] // exactly the last tag
    [InlineData(100 + 16)] // exactly the last (short) chunk
    public async Task CuttingTheEnd_IsTruncated(int cut)
    {
        var reference = await WriteAsync((2 * 64 * 1024) + 100);
        var path = _sandbox.BlobPath(reference.BlobName);
        await using (var blob = new FileStream(path, FileMode.Open))
        {
            blob.SetLength(blob.Length - cut);
        }

        Assert.Equal(FileIntegrityReason.Truncated, Reason(await ReadAsync(reference)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Header)]
    public async Task BlobCutToNothingOrToItsHeader_IsTruncated(int keep)
    {
        var reference = await WriteAsync(10);
        var path = _sandbox.BlobPath(reference.BlobName);
        await using (var blob = new FileStream(path, FileMode.Open))
        {
            blob.SetLength(keep);
        }

        Assert.Equal(FileIntegrityReason.Truncated, Reason(await ReadAsync(reference)));
    }

    [Fact]
    public async Task AppendedBytes_AreTampered()
    {
        var reference = await WriteAsync(10);
        await File.AppendAllTextAsync(_sandbox.BlobPath(reference.BlobName), "x", FileStoreSandbox.Token);

        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference)));
    }

    [Fact]
    public async Task CutAtAChunkBoundary_WithAMatchingRow_FailsOnTheFinalFlag()
    {
        // The row is forged to the shorter length and hash, so only the final flag in the last chunk's AAD can catch the cut.
        var content = FileStoreSandbox.RandomBytes(3 * 64 * 1024, seed: 3);
        var reference = await _sandbox.WriteAsync(content, Guid.CreateVersion7(), Guid.CreateVersion7());
        var path = _sandbox.BlobPath(reference.BlobName);
        await using (var blob = new FileStream(path, FileMode.Open))
        {
            blob.SetLength(Header + (2 * SealedChunk));
        }
        var forged = reference with { PlaintextLength = 2 * 64 * 1024, Sha256 = SHA256.HashData(content.AsSpan(0, 2 * 64 * 1024)) };

        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(forged)));
    }

    [Fact]
    public async Task SwappedChunks_AreTampered()
    {
        var reference = await WriteAsync(3 * 64 * 1024);
        var path = _sandbox.BlobPath(reference.BlobName);
        var blob = await File.ReadAllBytesAsync(path, FileStoreSandbox.Token);
        var first = blob.AsSpan(Header, SealedChunk).ToArray();
        blob.AsSpan(Header + SealedChunk, SealedChunk).CopyTo(blob.AsSpan(Header));
        first.CopyTo(blob.AsSpan(Header + SealedChunk));
        await File.WriteAllBytesAsync(path, blob, FileStoreSandbox.Token);

        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference)));
    }

    [Fact]
    public async Task DeletedBlob_IsMissing()
    {
        var reference = await WriteAsync(10);

        Assert.True(_sandbox.Store.Delete(reference.BlobName));
        Assert.False(_sandbox.Store.Delete(reference.BlobName));
        Assert.Equal(FileIntegrityReason.Missing, Reason(await ReadAsync(reference)));
    }

    [Fact]
    public async Task ExpectedHashThatDiffers_IsTampered()
    {
        var reference = await WriteAsync(10);
        var wrongHash = (byte[])reference.Sha256.Clone();
        wrongHash[0] ^= 1;

        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference with { Sha256 = wrongHash })));
    }

    [Fact]
    public async Task AlteredWrappedKey_IsTampered()
    {
        var reference = await WriteAsync(10);
        var wrappedKey = (byte[])reference.WrappedKey.Clone();
        wrappedKey[^1] ^= 1;

        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference with { WrappedKey = wrappedKey })));
    }

    [Fact]
    public async Task MalformedBlobName_IsTampered_WithoutTouchingTheFileSystem()
    {
        var reference = await WriteAsync(10);

        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference with { BlobName = "../../../etc/passwd" })));
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference with { BlobName = reference.BlobName.ToUpperInvariant() })));
    }

    [Fact]
    public async Task ReadAsAnotherFileOrPatient_IsTampered()
    {
        var reference = await WriteAsync(10);

        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference with { FileId = Guid.CreateVersion7() })));
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(reference with { OwnerId = Guid.CreateVersion7() })));
    }

    [Fact]
    public async Task TwoPatientsBlobsSwapped_FailForBoth()
    {
        var a = await WriteAsync(1000, seed: 1);
        var b = await WriteAsync(1000, seed: 2);

        // The rows point at each other's blob; then the rows also carry each other's wrapped key.
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(a with { BlobName = b.BlobName })));
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(b with { BlobName = a.BlobName })));
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(a with { BlobName = b.BlobName, WrappedKey = b.WrappedKey })));
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(b with { BlobName = a.BlobName, WrappedKey = a.WrappedKey })));
        // The blob files are exchanged on disk under unchanged rows.
        var pathA = _sandbox.BlobPath(a.BlobName);
        var pathB = _sandbox.BlobPath(b.BlobName);
        var bytesA = await File.ReadAllBytesAsync(pathA, FileStoreSandbox.Token);
        await File.WriteAllBytesAsync(pathA, await File.ReadAllBytesAsync(pathB, FileStoreSandbox.Token), FileStoreSandbox.Token);
        await File.WriteAllBytesAsync(pathB, bytesA, FileStoreSandbox.Token);
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(a)));
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await ReadAsync(b)));
    }

    [Fact]
    public async Task AnotherMasterKey_IsWrongKey()
    {
        var reference = await WriteAsync(10);
        var otherKeyPath = Path.Combine(_sandbox.Directory, "keys", "other.key");
        MasterKeyFile.Create(otherKeyPath);
        var otherStore = _sandbox.OpenStore(otherKeyPath);

        Assert.NotEqual(_sandbox.Store.KeyId, otherStore.KeyId);
        Assert.Equal(FileIntegrityReason.WrongKey, Reason(await otherStore.ReadAsync(reference, FileStoreSandbox.Token)));
        // A row whose key id was forged to the loaded key still cannot be unwrapped.
        var forged = reference with { KeyId = otherStore.KeyId };
        Assert.Equal(FileIntegrityReason.Tampered, Reason(await otherStore.ReadAsync(forged, FileStoreSandbox.Token)));
    }

    [Fact]
    public async Task Scrub_ListsExactlyTheBrokenFiles()
    {
        var references = new List<StoredBlobReference>();
        for (var i = 0; i < 6; i++)
        {
            references.Add(await WriteAsync(70_000, seed: i));
        }
        var flipped = _sandbox.BlobPath(references[1].BlobName);
        var bytes = await File.ReadAllBytesAsync(flipped, FileStoreSandbox.Token);
        bytes[1000] ^= 0x80;
        await File.WriteAllBytesAsync(flipped, bytes, FileStoreSandbox.Token);
        await using (var blob = new FileStream(_sandbox.BlobPath(references[3].BlobName), FileMode.Open))
        {
            blob.SetLength(blob.Length - 10);
        }
        File.Delete(_sandbox.BlobPath(references[4].BlobName));

        var failures = await _sandbox.Store.ScrubAsync(references, FileStoreSandbox.Token);

        Assert.Equal(
            [
                new FileScrubFailure(references[1].FileId, references[1].BlobName, FileIntegrityReason.Tampered),
                new FileScrubFailure(references[3].FileId, references[3].BlobName, FileIntegrityReason.Truncated),
                new FileScrubFailure(references[4].FileId, references[4].BlobName, FileIntegrityReason.Missing),
            ],
            failures);
    }
}
