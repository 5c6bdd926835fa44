using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MndCare.Application.Files;

namespace MndCare.Application.Tests.Files;

// Round trips and the at-rest properties of the blob (security test plan UP-02, UP-09).
public sealed class EncryptedFileStoreRoundTripTests : IDisposable
{
    private const int Chunk = 64 * 1024;

    private readonly FileStoreSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(0)] // an empty file is one empty final chunk
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)] // exactly one chunk: no empty chunk follows it
    [InlineData(Chunk + 1)]
    [InlineData(3 * Chunk)]
    [InlineData(5 * 1024 * 1024)]
    [InlineData((5 * 1024 * 1024) + 12345)]
    public async Task WriteThenRead_ReturnsTheSameBytes(int length)
    {
        var content = FileStoreSandbox.RandomBytes(length, seed: length);
        var fileId = Guid.CreateVersion7();
        var ownerId = Guid.CreateVersion7();

        var stored = (await _sandbox.Store.WriteAsync(fileId, ownerId, new MemoryStream(content), FileStoreSandbox.Token)).Value;
        var read = await _sandbox.Store.ReadAsync(stored.ToReference(fileId, ownerId), FileStoreSandbox.Token);

        Assert.Equal(content, read.Value);
        Assert.Equal(length, stored.PlaintextLength);
        Assert.Equal(SHA256.HashData(content), stored.Sha256);
        var chunks = Math.Max(1, (length + Chunk - 1) / Chunk);
        Assert.Equal(17 + length + (16 * chunks), new FileInfo(_sandbox.BlobPath(stored.BlobName)).Length);
    }

    [Fact]
    public async Task Write_NamesTheBlobWith32RandomHexCharsInATwoCharFanOut()
    {
        var stored = (await _sandbox.Store.WriteAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), new MemoryStream([1, 2, 3]), FileStoreSandbox.Token)).Value;

        Assert.Matches(new Regex("^[0-9a-f]{32}$"), stored.BlobName);
        Assert.Equal([_sandbox.BlobPath(stored.BlobName)], _sandbox.AllFiles());
        Assert.Equal(_sandbox.Store.KeyId, stored.KeyId);
        Assert.Matches(new Regex("^[0-9a-f]{16}$"), stored.KeyId);
    }

    [Theory]
    [InlineData("%PDF-1.7\n")]
    [InlineData("\x89PNG\r\n\x1a\n")]
    [InlineData("\xFF\xD8\xFF\xE0")]
    public async Task Blob_StartsWithTheStoreMagic_NotTheFileSignature(string signature)
    {
        var content = Encoding.Latin1.GetBytes(signature + "body");

        var reference = await _sandbox.WriteAsync(content, Guid.CreateVersion7(), Guid.CreateVersion7());

        var blob = await File.ReadAllBytesAsync(_sandbox.BlobPath(reference.BlobName), FileStoreSandbox.Token);
        Assert.Equal("MNDF"u8.ToArray(), blob[..4]);
        Assert.Equal(1, blob[4]);
        Assert.False(blob.AsSpan().StartsWith(Encoding.Latin1.GetBytes(signature[..3])));
    }

    [Fact]
    public async Task Blob_OfRepetitivePlaintext_HasNoCanaryAndNearMaximalEntropy()
    {
        var canary = "CANARY-7f3c-ALS-patient-Jane-Doe"u8.ToArray();
        var content = Enumerable.Repeat(canary, 1024 * 1024 / canary.Length).SelectMany(c => c).ToArray();

        var reference = await _sandbox.WriteAsync(content, Guid.CreateVersion7(), Guid.CreateVersion7());

        var blob = await File.ReadAllBytesAsync(_sandbox.BlobPath(reference.BlobName), FileStoreSandbox.Token);
        Assert.Equal(-1, blob.AsSpan().IndexOf(canary));
        Assert.Equal(-1, blob.AsSpan().IndexOf(canary.AsSpan(0, 8)));
        Assert.True(Entropy(blob) > 7.9, $"entropy {Entropy(blob)} bits/byte");
    }

    [Fact]
    public async Task SameContentTwice_GetsDifferentDataKeysAndCiphertext()
    {
        var content = FileStoreSandbox.RandomBytes(1000, seed: 1);
        var fileId = Guid.CreateVersion7();
        var ownerId = Guid.CreateVersion7();

        var first = await _sandbox.WriteAsync(content, fileId, ownerId);
        var second = await _sandbox.WriteAsync(content, fileId, ownerId);

        Assert.NotEqual(first.BlobName, second.BlobName);
        Assert.NotEqual(first.WrappedKey, second.WrappedKey);
        Assert.NotEqual(
            await File.ReadAllBytesAsync(_sandbox.BlobPath(first.BlobName), FileStoreSandbox.Token),
            await File.ReadAllBytesAsync(_sandbox.BlobPath(second.BlobName), FileStoreSandbox.Token));
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task WrappedKey_IsARfc5649WrapThatContainsNoMasterKey()
    {
        var reference = await _sandbox.WriteAsync([42], Guid.CreateVersion7(), Guid.CreateVersion7());
        var masterKey = MasterKeyFile.Load(_sandbox.MasterKeyPath);

        // RFC 5649 wraps a 32-byte key into 40 bytes.
        Assert.Equal(40, reference.WrappedKey.Length);
        Assert.Equal(-1, reference.WrappedKey.AsSpan().IndexOf(masterKey.AsSpan(0, 8)));
    }

    private static double Entropy(byte[] data)
    {
        var counts = new long[256];
        foreach (var b in data)
        {
            counts[b]++;
        }
        return -counts.Where(c => c > 0).Sum(c => (double)c / data.Length * Math.Log2((double)c / data.Length));
    }
}
