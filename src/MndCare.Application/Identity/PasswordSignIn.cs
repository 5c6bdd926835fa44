using Microsoft.AspNetCore.Identity;
using MndCare.Application.Access;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>The outcome of a password check; only <see cref="Success"/> lets the caller go on (to the second factor).</summary>
public enum PasswordCheckOutcome
{
    /// <summary>The password is right and the account may sign in.</summary>
    Success,

    /// <summary>The e-mail or the password is wrong (the two are never told apart).</summary>
    InvalidCredentials,

    /// <summary>Too many failures: this address is locked from this network, or the account is locked.</summary>
    LockedOut,

    /// <summary>The password is right but the e-mail address is not confirmed yet.</summary>
    EmailNotConfirmed,

    /// <summary>The password is right but an administrator deactivated the account.</summary>
    Deactivated,
}

/// <summary>The password check of a sign-in, on the page and in the API, without signing in.</summary>
/// <param name="User">The account the e-mail belongs to, for the audit trail; never tell the caller whether there is one.</param>
/// <param name="Outcome">What the caller may be told.</param>
public sealed record PasswordCheck(MndCareUser? User, PasswordCheckOutcome Outcome);

/// <summary>Checks an e-mail and password under the <see cref="SignInLockout"/> rule, so that known and unknown addresses
/// get the same answers for the same work.</summary>
/// <remarks>Security test plan AS-01 and AS-02, ASVS 6.3.8: an unknown or locked address is checked against
/// <see cref="DummyPasswordHash"/>, and failures are counted for it like for an account. Only the right password learns
/// the account's own state: an unconfirmed address, a deactivated account, or Identity's lockout (second factor, an administrator).</remarks>
public sealed class PasswordSignIn(UserManager<MndCareUser> users, DummyPasswordHash dummy, SignInLockout lockout)
{
    public async Task<PasswordCheck> CheckAsync(Actor requester, string? email, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var address = email?.Trim() ?? string.Empty;
        var user = address.Length == 0 ? null : await users.FindByEmailAsync(address);
        var locked = address.Length > 0 && await lockout.IsLockedAsync(address, requester.ClientAddress, cancellationToken);
        if (user is null || locked || string.IsNullOrEmpty(password))
        {
            dummy.Verify(users.PasswordHasher, password);
        }
        else if (await users.CheckPasswordAsync(user, password))
        {
            await lockout.RecordSuccessAsync(address, cancellationToken);
            return new PasswordCheck(user, await users.IsLockedOutAsync(user) ? PasswordCheckOutcome.LockedOut
                : user.DeactivatedAtUtc is not null ? PasswordCheckOutcome.Deactivated
                : !await users.IsEmailConfirmedAsync(user) ? PasswordCheckOutcome.EmailNotConfirmed
                : PasswordCheckOutcome.Success);
        }
        if (locked)
        {
            return new PasswordCheck(user, PasswordCheckOutcome.LockedOut);
        }
        var nowLocked = address.Length > 0 && await lockout.RecordFailureAsync(address, requester.ClientAddress, cancellationToken);
        return new PasswordCheck(user, nowLocked ? PasswordCheckOutcome.LockedOut : PasswordCheckOutcome.InvalidCredentials);
    }
}
