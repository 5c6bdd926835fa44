using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MndCare.Application.Files;

/// <summary>Checks at start that the master key file exists and holds a valid key, and that neither the blobs nor the key lie under the web root.</summary>
/// <param name="contentRoot">The application's content root; its wwwroot is served as static files.</param>
public sealed class FileStoreOptionsValidator(string contentRoot) : IValidateOptions<FileStoreOptions>
{
    /// <summary>Validates options whose paths are already absolute.</summary>
    /// <param name="name">The options name (unused: there is one file store).</param>
    /// <param name="options">The options.</param>
    public ValidateOptionsResult Validate(string? name, FileStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var webRoot = Path.GetFullPath("wwwroot", contentRoot);
        if (!string.IsNullOrWhiteSpace(options.StorageRoot) && IsWithin(options.StorageRoot, webRoot))
        {
            failures.Add($"Files:StorageRoot '{options.StorageRoot}' lies under the web root '{webRoot}'; choose a directory that is never served.");
        }
        if (!string.IsNullOrWhiteSpace(options.MasterKeyPath))
        {
            if (IsWithin(options.MasterKeyPath, webRoot))
            {
                failures.Add($"Files:MasterKeyPath '{options.MasterKeyPath}' lies under the web root '{webRoot}'.");
            }
            CheckMasterKey(options, failures);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckMasterKey(FileStoreOptions options, List<string> failures)
    {
        if (!File.Exists(options.MasterKeyPath))
        {
            failures.Add($"Files:MasterKeyPath '{options.MasterKeyPath}' does not exist. Provision {MasterKeyFile.KeyBytes} random bytes there " +
                "(raw or base64, mode 0600) before start; only development and demo set Files:CreateMasterKeyIfMissing=true.");
            return;
        }
        try
        {
            CryptographicOperations.ZeroMemory(MasterKeyFile.Load(options.MasterKeyPath));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            failures.Add($"Files:MasterKeyPath cannot be used: {e.Message}");
        }
    }

    private static bool IsWithin(string path, string directory)
    {
        var relative = Path.GetRelativePath(directory, Path.GetFullPath(path));
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
