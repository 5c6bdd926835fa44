using System.Security.Cryptography;
using System.Text;
using MndCare.Application.Files;

namespace MndCare.Application.Tests.Files;

public sealed class MasterKeyFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mndcare-keys-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Create_WritesA32ByteBase64KeyReadableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only.");
            return;
        }
        var path = Path.Combine(_directory, "nested", "master.key");

        MasterKeyFile.Create(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(path)).Length);
        Assert.Equal(Convert.FromBase64String(File.ReadAllText(path)), MasterKeyFile.Load(path));
    }

    [Fact]
    public void Create_NeverOverwritesAnExistingKey()
    {
        var path = Path.Combine(_directory, "master.key");
        MasterKeyFile.Create(path);
        var before = File.ReadAllBytes(path);

        Assert.Throws<IOException>(() => MasterKeyFile.Create(path));

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Load_AcceptsRawBytesAndBase64WithWhitespace()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var raw = Path.Combine(_directory, "raw.key");
        var text = Path.Combine(_directory, "text.key");
        File.WriteAllBytes(raw, key);
        File.WriteAllText(text, "  " + Convert.ToBase64String(key) + "\r\n");

        Assert.Equal(key, MasterKeyFile.Load(raw));
        Assert.Equal(key, MasterKeyFile.Load(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=AAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA")] // base64 of 18 bytes
    public void Load_RefusesAnythingButA32ByteKey(string content)
    {
        var path = Path.Combine(_directory, "bad.key");
        File.WriteAllText(path, content, Encoding.ASCII);

        Assert.Throws<InvalidDataException>(() => MasterKeyFile.Load(path));
    }

    [Fact]
    public void KeyIdOf_IsTheFirst8BytesOfSha256InHex()
    {
        var key = RandomNumberGenerator.GetBytes(32);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8)), MasterKeyFile.KeyIdOf(key));
    }
}
