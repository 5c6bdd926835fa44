using System.Globalization;
using Microsoft.AspNetCore.Identity;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>Authenticator-app codes that are accepted once only, within one step either side of now.</summary>
/// <remarks>ASP.NET Core's default authenticator provider accepts a code for 90 seconds either side and accepts it
/// again (dotnet/aspnetcore#14423); ASVS 6.5.1 and the security test plan AS-04 require single use. The last
/// accepted step is stored on the user and updated with the user's concurrency stamp, so two simultaneous uses of
/// one code cannot both succeed.</remarks>
public sealed class ReplayProtectedTotpProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<MndCareUser>
{
    /// <summary>The provider's registered name.</summary>
    public const string ProviderName = "MndCareTotp";

    /// <summary>Steps accepted either side of the current one (clock drift).</summary>
    public const int AllowedDriftSteps = 1;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<MndCareUser> manager, MndCareUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    // Codes come from the user's authenticator app; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<MndCareUser> manager, MndCareUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<MndCareUser> manager, MndCareUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = token?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (code is not { Length: Totp.Digits } || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        var keyText = await manager.GetAuthenticatorKeyAsync(user);
        var key = keyText is null ? null : Totp.DecodeBase32(keyText);
        if (key is null || key.Length == 0)
        {
            return false;
        }
        var now = Totp.StepAt(clock.GetUtcNow());
        for (var step = now - AllowedDriftSteps; step <= now + AllowedDriftSteps; step++)
        {
            if (Totp.Compute(key, step) != number)
            {
                continue;
            }
            if (user.LastTotpTimeStep is { } last && step <= last)
            {
                return false;
            }
            user.LastTotpTimeStep = step;
            return (await manager.UpdateAsync(user)).Succeeded;
        }
        return false;
    }
}
