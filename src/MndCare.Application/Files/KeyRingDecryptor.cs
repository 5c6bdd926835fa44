using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace MndCare.Application.Files;

/// <summary>Decrypts key-ring elements written by <see cref="KeyRingEncryptor"/>.</summary>
/// <remarks>DataProtection creates decryptors by type name with the service provider, hence the constructor.</remarks>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    /// <inheritdoc />
    /// <exception cref="CryptographicException">The element was encrypted under another master key, or it was altered.</exception>
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var store = services.GetRequiredService<EncryptedFileStore>();
        var masterKeyId = (string?)encryptedElement.Attribute("masterKeyId");
        if (!string.Equals(masterKeyId, store.KeyId, StringComparison.Ordinal))
        {
            throw new CryptographicException(
                $"The DataProtection key ring was encrypted under master key {masterKeyId}, but the loaded master key is {store.KeyId}.");
        }
        var nonce = Bytes(encryptedElement, "nonce");
        var tag = Bytes(encryptedElement, "tag");
        var ciphertext = Bytes(encryptedElement, "value");
        var plaintext = new byte[ciphertext.Length];
        var key = store.DeriveKey(KeyRingEncryptor.Purpose);
        try
        {
            using (var gcm = new AesGcm(key, KeyRingEncryptor.TagBytes))
            {
                gcm.Decrypt(nonce, ciphertext, tag, plaintext, KeyRingEncryptor.AssociatedData(store.KeyId));
            }
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] Bytes(XElement element, string name) =>
        Convert.FromBase64String((string?)element.Element(KeyRingEncryptor.Namespace + name)
            ?? throw new CryptographicException($"The encrypted key-ring element has no {name}."));
}
