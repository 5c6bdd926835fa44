using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MndCare.Application.Files;

namespace MndCare.Application.Tests.Files;

// Options are checked when the host starts: production never runs without a provisioned master key.
public sealed class FileStoreOptionsTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("mndcare-content-").FullName;

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMndCareFileStore(configuration, _contentRoot).BuildServiceProvider();
    }

    private static void ValidateOnStart(ServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public void MissingKeyFile_WithCreationDisabled_FailsAtStartWithAClearMessage()
    {
        using var provider = Build(new() { ["Files:StorageRoot"] = "files", ["Files:MasterKeyPath"] = "keys/master.key" });

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("Files:MasterKeyPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_contentRoot, "keys", "master.key")));
    }

    [Fact]
    public async Task MissingKeyFile_WithCreationEnabled_IsCreatedAndTheStoreWorks()
    {
        using var provider = Build(new()
        {
            ["Files:StorageRoot"] = "files",
            ["Files:MasterKeyPath"] = "keys/master.key",
            ["Files:CreateMasterKeyIfMissing"] = "true",
        });

        ValidateOnStart(provider);

        var keyPath = Path.Combine(_contentRoot, "keys", "master.key");
        Assert.True(File.Exists(keyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        }
        var store = provider.GetRequiredService<EncryptedFileStore>();
        Assert.Equal(MasterKeyFile.KeyIdOf(MasterKeyFile.Load(keyPath)), store.KeyId);
        var stored = (await store.WriteAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), new MemoryStream([7]), FileStoreSandbox.Token)).Value;
        Assert.True(File.Exists(Path.Combine(_contentRoot, "files", stored.BlobName[..2], stored.BlobName)));
    }

    [Fact]
    public void Defaults_Are50MiBPerFileAnd500MiBPerConsultation()
    {
        var options = new FileStoreOptions();

        Assert.Equal((50L * 1024 * 1024, 500L * 1024 * 1024), (options.MaxFileBytes, options.MaxConsultationBytes));
        Assert.False(options.CreateMasterKeyIfMissing);
    }

    [Fact]
    public void MissingPaths_FailAtStart()
    {
        using var provider = Build([]);

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("StorageRoot", error.Message, StringComparison.Ordinal);
        Assert.Contains("MasterKeyPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageRootUnderTheWebRoot_FailsAtStart()
    {
        using var provider = Build(new()
        {
            ["Files:StorageRoot"] = "wwwroot/uploads",
            ["Files:MasterKeyPath"] = "keys/master.key",
            ["Files:CreateMasterKeyIfMissing"] = "true",
        });

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("web root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedKeyFile_FailsAtStart()
    {
        Directory.CreateDirectory(Path.Combine(_contentRoot, "keys"));
        File.WriteAllText(Path.Combine(_contentRoot, "keys", "master.key"), "too short");
        using var provider = Build(new() { ["Files:StorageRoot"] = "files", ["Files:MasterKeyPath"] = "keys/master.key" });

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("32 random bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void NonPositiveLimit_FailsAtStart(string limit)
    {
        using var provider = Build(new()
        {
            ["Files:StorageRoot"] = "files",
            ["Files:MasterKeyPath"] = "keys/master.key",
            ["Files:CreateMasterKeyIfMissing"] = "true",
            ["Files:MaxFileBytes"] = limit,
        });

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("MaxFileBytes", error.Message, StringComparison.Ordinal);
    }
}
