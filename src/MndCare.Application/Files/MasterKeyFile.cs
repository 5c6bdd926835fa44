using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace MndCare.Application.Files;

/// <summary>Creates, reads and identifies the master key file: the key-encryption key that wraps every file's data key and never enters the database.</summary>
public static class MasterKeyFile
{
    /// <summary>The length of the master key: 32 bytes, for AES-256 key wrap.</summary>
    public const int KeyBytes = 32;

    private const int KeyIdBytes = 8;

    /// <summary>Creates the key file with 32 fresh random bytes (base64 text) readable and writable by the owner only (0600).</summary>
    /// <param name="path">The key file; it must not exist yet, so a key is never overwritten.</param>
    /// <exception cref="IOException">The file already exists or cannot be written.</exception>
    public static void Create(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(directory))
        {
            PrivateDirectory.Create(directory);
        }
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var text = new byte[Base64.GetMaxEncodedToUtf8Length(KeyBytes) + 1];
        try
        {
            Base64.EncodeToUtf8(key, text, out _, out var written);
            text[written] = (byte)'\n';
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                // Set at creation, so the key is never readable by others even for an instant.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var stream = new FileStream(fullPath, options))
            {
                stream.Write(text, 0, checked(written + 1));
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
            {
                // The umask can only narrow the creation mode; setting it again makes it exactly 0600.
                File.SetUnixFileMode(fullPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            // Losing the key to a power cut would make every file unreadable, so its directory entry is flushed too.
            DirectorySync.Flush(directory);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(text);
        }
    }

    /// <summary>Reads the master key from a file holding exactly 32 raw bytes or their base64 text (surrounding whitespace ignored).</summary>
    /// <param name="path">The key file.</param>
    /// <returns>The 32 key bytes; the caller zeroes them when done.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file holds neither 32 raw bytes nor base64 of 32 bytes.</exception>
    public static byte[] Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var content = File.ReadAllBytes(path);
        try
        {
            // 32 raw bytes cannot be base64 of a 32-byte key (that is 44 characters), so the two forms never collide.
            if (content.Length == KeyBytes)
            {
                return [.. content];
            }
            var text = content.AsSpan().Trim(" \t\r\n"u8);
            var key = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
            try
            {
                if (Base64.DecodeFromUtf8(text, key, out _, out var decoded) == OperationStatus.Done && decoded == KeyBytes)
                {
                    return key[..KeyBytes];
                }
            }
            finally
            {
                CryptographicOperations.ZeroMemory(key);
            }
            throw new InvalidDataException($"The master key file '{path}' must hold exactly {KeyBytes} random bytes, raw or base64.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(content);
        }
    }

    /// <summary>The key id recorded with every wrapped data key: the first 8 bytes of SHA-256 of the key, as 16 lowercase hex characters.</summary>
    /// <param name="key">The master key.</param>
    public static string KeyIdOf(ReadOnlySpan<byte> key) => Convert.ToHexStringLower(SHA256.HashData(key)[..KeyIdBytes]);
}
