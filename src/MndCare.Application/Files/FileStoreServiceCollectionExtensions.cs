using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MndCare.Application.Files;

/// <summary>Registers the encrypted file store and its options.</summary>
public static class FileStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="EncryptedFileStore"/> for the "Files" section, validated when the host starts, and encrypts the
    /// DataProtection key ring with its master key (<see cref="KeyRingEncryptor"/>).</summary>
    /// <remarks>Relative paths are resolved against <paramref name="contentRoot"/>. When Files:CreateMasterKeyIfMissing is true
    /// and the key file is missing, it is created (0600) while the options are first built; otherwise start fails.</remarks>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="contentRoot">The application's content root.</param>
    public static IServiceCollection AddMndCareFileStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        services.AddOptions<FileStoreOptions>()
            .Bind(configuration.GetSection(FileStoreOptions.Section))
            .PostConfigure(options => Resolve(options, contentRoot))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FileStoreOptions>>(new FileStoreOptionsValidator(contentRoot));
        services.AddSingleton<EncryptedFileStore>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlEncryptor = new KeyRingEncryptor(provider.GetRequiredService<EncryptedFileStore>())));
        services.AddScoped<FileScrub>();
        return services;
    }

    private static void Resolve(FileStoreOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.StorageRoot))
        {
            options.StorageRoot = Path.GetFullPath(options.StorageRoot, contentRoot);
        }
        if (string.IsNullOrWhiteSpace(options.MasterKeyPath))
        {
            return;
        }
        options.MasterKeyPath = Path.GetFullPath(options.MasterKeyPath, contentRoot);
        if (options.CreateMasterKeyIfMissing && !File.Exists(options.MasterKeyPath))
        {
            MasterKeyFile.Create(options.MasterKeyPath);
        }
    }
}
