using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>A password hash at the configured cost that no password matches.</summary>
/// <remarks>Checked instead of a real hash when the e-mail is unknown or locked, so such an answer costs what a wrong password
/// costs (security test plan AS-02).</remarks>
public sealed class DummyPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private static readonly MndCareUser Nobody = new();

    private readonly Lazy<string> _hash = new(() =>
        new PasswordHasher<MndCareUser>(options).HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    /// <summary>Does the work of checking <paramref name="password"/>; the answer is always no.</summary>
    public void Verify(IPasswordHasher<MndCareUser> hasher, string? password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        hasher.VerifyHashedPassword(Nobody, _hash.Value, password ?? string.Empty);
    }
}
