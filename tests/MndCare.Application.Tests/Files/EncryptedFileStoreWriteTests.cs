using MndCare.Application.Files;

namespace MndCare.Application.Tests.Files;

// Size limits, failed and cancelled writes and the start-up sweep (security test plan AV-05, DR-04, DR-07).
public sealed class EncryptedFileStoreWriteTests : IDisposable
{
    private const long Limit = 200_000;

    private readonly FileStoreSandbox _sandbox = new(maxFileBytes: Limit);

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task StreamOfExactlyTheLimit_IsStored()
    {
        var result = await _sandbox.Store.WriteAsync(
            Guid.CreateVersion7(), Guid.CreateVersion7(), new MemoryStream(FileStoreSandbox.RandomBytes((int)Limit, 1)), FileStoreSandbox.Token);

        Assert.Equal(Limit, result.Value.PlaintextLength);
    }

    [Fact]
    public async Task EndlessStream_StopsJustPastTheLimit_AndLeavesNothing()
    {
        var source = new ScriptedStream();

        var result = await _sandbox.Store.WriteAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), source, FileStoreSandbox.Token);

        Assert.Equal(new FileTooLargeError(Limit), Assert.Single(result.Errors));
        // At most one chunk is read beyond the limit, and none of it reaches the disk.
        Assert.InRange(source.BytesRead, Limit + 1, Limit + (64 * 1024));
        Assert.Empty(_sandbox.AllFiles());
    }

    [Fact]
    public async Task StreamOneByteOverTheLimit_IsRefused()
    {
        var result = await _sandbox.Store.WriteAsync(
            Guid.CreateVersion7(), Guid.CreateVersion7(), new MemoryStream(new byte[Limit + 1]), FileStoreSandbox.Token);

        Assert.Equal(new FileTooLargeError(Limit), Assert.Single(result.Errors));
        Assert.Empty(_sandbox.AllFiles());
    }

    [Fact]
    public async Task TighterLimitOfTheCall_Wins()
    {
        var result = await _sandbox.Store.WriteAsync(
            Guid.CreateVersion7(), Guid.CreateVersion7(), new MemoryStream(new byte[1001]), limitBytes: 1000, FileStoreSandbox.Token);

        Assert.Equal(new FileTooLargeError(1000), Assert.Single(result.Errors));
        Assert.Empty(_sandbox.AllFiles());
    }

    [Fact]
    public async Task CancellationMidWrite_Throws_AndLeavesNothing()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(FileStoreSandbox.Token);
        var source = new ScriptedStream(failAfter: 150_000, cancelAfter: cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _sandbox.Store.WriteAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), source, cancellation.Token));

        Assert.True(source.BytesRead >= 150_000);
        Assert.Empty(_sandbox.AllFiles());
    }

    [Fact]
    public async Task SourceFailingMidWrite_Throws_AndLeavesNothing()
    {
        var source = new ScriptedStream(failAfter: 150_000);

        await Assert.ThrowsAsync<IOException>(() =>
            _sandbox.Store.WriteAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), source, FileStoreSandbox.Token));

        Assert.Empty(_sandbox.AllFiles());
    }

    [Fact]
    public async Task EmptyIds_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _sandbox.Store.WriteAsync(Guid.Empty, Guid.CreateVersion7(), new MemoryStream([1]), FileStoreSandbox.Token));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _sandbox.Store.WriteAsync(Guid.CreateVersion7(), Guid.Empty, new MemoryStream([1]), FileStoreSandbox.Token));
    }

    [Fact]
    public async Task Sweep_DeletesLeftoverTempFiles_AndKeepsBlobs()
    {
        var reference = await _sandbox.WriteAsync([1, 2, 3], Guid.CreateVersion7(), Guid.CreateVersion7());
        // What a process killed mid-upload leaves behind.
        await File.WriteAllBytesAsync(Path.Combine(_sandbox.TempDirectory, "0123456789abcdef0123456789abcdef"), new byte[100], FileStoreSandbox.Token);
        await File.WriteAllBytesAsync(Path.Combine(_sandbox.TempDirectory, "fedcba9876543210fedcba9876543210"), new byte[100], FileStoreSandbox.Token);

        Assert.Equal(2, _sandbox.Store.SweepOrphanTempFiles());

        Assert.Equal([_sandbox.BlobPath(reference.BlobName)], _sandbox.AllFiles());
        Assert.Equal([1, 2, 3], (await _sandbox.Store.ReadAsync(reference, FileStoreSandbox.Token)).Value);
    }

    [Fact]
    public void Store_CreatesItsDirectoriesForTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only.");
            return;
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_sandbox.StorageRoot));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_sandbox.TempDirectory));
    }

    [Fact]
    public async Task Blob_IsReadableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only.");
            return;
        }
        var reference = await _sandbox.WriteAsync([1], Guid.CreateVersion7(), Guid.CreateVersion7());

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_sandbox.BlobPath(reference.BlobName)));
    }
}
