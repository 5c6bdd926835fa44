using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Files;

namespace MndCare.Application.Tests.Files;

// Security test plan AS-10: a key-ring element round-trips under the master key, hides its secret, and refuses an
// altered ciphertext or another master key.
public sealed class KeyRingEncryptionTests : IDisposable
{
    private static readonly XElement Secret = XElement.Parse("<descriptor><masterKey>c2VjcmV0LWtleS1tYXRlcmlhbA==</masterKey></descriptor>");

    private readonly FileStoreSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static KeyRingDecryptor DecryptorFor(EncryptedFileStore store) =>
        new(new ServiceCollection().AddSingleton(store).BuildServiceProvider());

    [Fact]
    public void Encrypted_RoundTrips_AndHidesTheSecret()
    {
        var encrypted = new KeyRingEncryptor(_sandbox.Store).Encrypt(Secret);

        Assert.Equal(typeof(KeyRingDecryptor), encrypted.DecryptorType);
        Assert.DoesNotContain("c2VjcmV0", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(Secret.ToString(), DecryptorFor(_sandbox.Store).Decrypt(encrypted.EncryptedElement).ToString());
    }

    [Fact]
    public void AlteredCiphertext_OrAnotherMasterKey_IsRefused()
    {
        var element = new KeyRingEncryptor(_sandbox.Store).Encrypt(Secret).EncryptedElement;
        var altered = new XElement(element);
        var value = altered.Elements().Single(e => e.Name.LocalName == "value");
        var bytes = Convert.FromBase64String(value.Value);
        bytes[0] ^= 0x01;
        value.Value = Convert.ToBase64String(bytes);
        var otherKey = Path.Combine(_sandbox.Directory, "other.key");
        MasterKeyFile.Create(otherKey);

        Assert.ThrowsAny<CryptographicException>(() => DecryptorFor(_sandbox.Store).Decrypt(altered));
        Assert.ThrowsAny<CryptographicException>(() => DecryptorFor(_sandbox.OpenStore(otherKey)).Decrypt(element));
    }
}
