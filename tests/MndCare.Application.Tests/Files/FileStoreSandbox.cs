using Microsoft.Extensions.Options;
using MndCare.Application.Files;

namespace MndCare.Application.Tests.Files;

// A storage root and master key in a fresh temporary directory, deleted with the sandbox.
public sealed class FileStoreSandbox : IDisposable
{
    public FileStoreSandbox(long maxFileBytes = FileStoreOptions.DefaultMaxFileBytes)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("mndcare-files-").FullName;
        StorageRoot = Path.Combine(Directory, "store");
        MasterKeyPath = Path.Combine(Directory, "keys", "master.key");
        MasterKeyFile.Create(MasterKeyPath);
        MaxFileBytes = maxFileBytes;
        Store = OpenStore(MasterKeyPath);
    }

    public string Directory { get; }

    public string StorageRoot { get; }

    public string MasterKeyPath { get; }

    public long MaxFileBytes { get; }

    public EncryptedFileStore Store { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public EncryptedFileStore OpenStore(string masterKeyPath) => new(Options.Create(new FileStoreOptions
    {
        StorageRoot = StorageRoot,
        MasterKeyPath = masterKeyPath,
        MaxFileBytes = MaxFileBytes,
    }));

    public string BlobPath(string blobName) => Path.Combine(StorageRoot, blobName[..2], blobName);

    public string TempDirectory => Path.Combine(StorageRoot, "tmp");

    public IReadOnlyList<string> AllFiles() => System.IO.Directory.EnumerateFiles(StorageRoot, "*", SearchOption.AllDirectories).ToList();

    public async Task<StoredBlobReference> WriteAsync(byte[] content, Guid fileId, Guid ownerId)
    {
        var result = await Store.WriteAsync(fileId, ownerId, new MemoryStream(content), Token);
        return result.Value.ToReference(fileId, ownerId);
    }

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
