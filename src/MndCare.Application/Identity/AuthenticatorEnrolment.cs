using Microsoft.AspNetCore.Identity;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Results;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>Enrolment of an authenticator app, and new recovery codes afterwards.</summary>
/// <remarks>The secret is shown only until the account is enrolled, and opening the enrolment never replaces a key or
/// ends other sessions (issue 7); new recovery codes need the password again, and wrong passwords count towards the
/// account's lockout (security test plan AS-09, 21 CFR 11.300(d)).</remarks>
public sealed class AuthenticatorEnrolment(UserManager<MndCareUser> users, IUserStore<MndCareUser> store, AuditTrail audit)
{
    /// <summary>How many recovery codes are issued at a time.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>The audit action of enrolment.</summary>
    public const string EnrolAction = "auth.twofactor.enroll";

    /// <summary>The audit action of new recovery codes.</summary>
    public const string RecoveryCodesAction = "auth.recoveryCodes.reissue";

    /// <summary>The key to add to the authenticator app while the account is not enrolled (made on first need); null once it is.</summary>
    public async Task<string?> PendingKeyAsync(MndCareUser user, CancellationToken cancellationToken)
    {
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return null;
        }
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }
        // A first key changes no credential in use, so the security stamp stays and no other session ends
        // (UserManager.ResetAuthenticatorKeyAsync would renew it).
        await ((IUserAuthenticatorKeyStore<MndCareUser>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), cancellationToken);
        await users.UpdateAsync(user);
        return await users.GetAuthenticatorKeyAsync(user);
    }

    /// <summary>Turns two-factor sign-in on with the app's first code and issues the recovery codes.</summary>
    public async Task<Result<IReadOnlyList<string>>> EnrolAsync(Actor actor, MndCareUser user, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entry = new AuditEntry(EnrolAction, AuditOutcome.Success) { EntityType = "user", EntityId = user.Id.ToString("D") };
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            // A code alone never yields new recovery codes; those need the password.
            return await audit.RefuseAsync<IReadOnlyList<string>>(actor, new ConflictError("alreadyEnrolled", "Two-factor sign-in is already on."), entry);
        }
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code ?? string.Empty))
        {
            return await audit.RefuseAsync<IReadOnlyList<string>>(actor,
                new ValidationError("code", "invalidCode", "The code is wrong or was already used."), entry);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await NewRecoveryCodesAsync(user);
        await audit.RecordAsync(actor, entry with { Changes = [new FieldChange("twoFactorEnabled", "false", "true")] }, cancellationToken);
        return Result<IReadOnlyList<string>>.Success(codes);
    }

    /// <summary>New recovery codes for an enrolled account, the old ones void, once the password is entered again.</summary>
    public async Task<Result<IReadOnlyList<string>>> ReissueRecoveryCodesAsync(Actor actor, MndCareUser user, string? password,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entry = new AuditEntry(RecoveryCodesAction, AuditOutcome.Success) { EntityType = "user", EntityId = user.Id.ToString("D") };
        Error? refusal = !await users.GetTwoFactorEnabledAsync(user) ? new ConflictError("notEnrolled", "Two-factor sign-in is not on.")
            : await users.IsLockedOutAsync(user) ? new ConflictError("lockedOut", "The account is locked after repeated failures.")
            : null;
        if (refusal is null && !await users.CheckPasswordAsync(user, password ?? string.Empty))
        {
            await users.AccessFailedAsync(user);
            refusal = await users.IsLockedOutAsync(user)
                ? new ConflictError("lockedOut", "The account is locked after repeated failures.")
                : new ValidationError("password", "wrongPassword", "The password is wrong.");
        }
        if (refusal is not null)
        {
            return await audit.RefuseAsync<IReadOnlyList<string>>(actor, refusal,
                entry with { Outcome = refusal is ValidationError ? AuditOutcome.Invalid : AuditOutcome.Denied });
        }
        await users.ResetAccessFailedCountAsync(user);
        var codes = await NewRecoveryCodesAsync(user);
        await audit.RecordAsync(actor, entry, cancellationToken);
        return Result<IReadOnlyList<string>>.Success(codes);
    }

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(MndCareUser user) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
}
