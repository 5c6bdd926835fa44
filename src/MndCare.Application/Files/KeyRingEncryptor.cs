using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace MndCare.Application.Files;

/// <summary>Encrypts the ASP.NET Core DataProtection key ring (which signs sessions, bearer tokens and e-mail links) with a key
/// derived from the file store's master key, so a copy of the database alone cannot forge a sign-in (security test plan AS-10).</summary>
/// <remarks>AES-256-GCM with a random 96-bit nonce per key element; the element names the master key's id so that a
/// wrong key file is reported as such. Keys written before this encryptor existed stay readable as they are.</remarks>
public sealed class KeyRingEncryptor(EncryptedFileStore store) : IXmlEncryptor
{
    internal const string Purpose = "MndCare DataProtection key ring v1";
    internal static readonly XNamespace Namespace = "urn:mndcare:key-ring:v1";
    internal static readonly XName Root = Namespace + "encryptedKey";
    internal const int NonceBytes = 12;
    internal const int TagBytes = 16;

    /// <inheritdoc />
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var key = store.DeriveKey(Purpose);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagBytes];
            using (var gcm = new AesGcm(key, TagBytes))
            {
                gcm.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(store.KeyId));
            }
            var element = new XElement(Root,
                new XAttribute("masterKeyId", store.KeyId),
                new XElement(Namespace + "nonce", Convert.ToBase64String(nonce)),
                new XElement(Namespace + "tag", Convert.ToBase64String(tag)),
                new XElement(Namespace + "value", Convert.ToBase64String(ciphertext)));
            return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
            CryptographicOperations.ZeroMemory(key);
        }
    }

    internal static byte[] AssociatedData(string masterKeyId) => Encoding.UTF8.GetBytes(Purpose + "|" + masterKeyId);
}
