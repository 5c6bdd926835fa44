using Microsoft.AspNetCore.Identity;
using MndCare.Application.Access;
using MndCare.Domain.Consultations;
using MndCare.Domain.Results;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>The password re-entered for an electronic signature (a signed report, a lot release or recall): the signer's
/// account, or why the signature is refused.</summary>
/// <remarks>21 CFR 11.200(a): the signed-in session and the re-entered password are the two components. The check honours the
/// account's lockout and counts a wrong password like a failed sign-in, and a right one clears the count (ASVS 6.3.1).</remarks>
public sealed class SignaturePassword(UserManager<MndCareUser> users)
{
    /// <summary>The signer when <paramref name="password"/> is theirs and the account is not locked; otherwise
    /// <c>signerLockedOut</c> or <c>signatureFailed</c> on the field <c>password</c>.</summary>
    /// <param name="actor">The signed-in signer.</param>
    /// <param name="password">The password as re-entered.</param>
    /// <param name="notDone">What did not happen, for the message (e.g. "the report was not signed").</param>
    public async Task<Result<MndCareUser>> VerifyAsync(Actor actor, string? password, string notDone)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var signer = actor.UserId is { } id ? await users.FindByIdAsync(id.ToString("D")) : null;
        if (signer is not null && await users.IsLockedOutAsync(signer))
        {
            return new ValidationError("password", ConsultationErrorCodes.SignerLockedOut,
                $"Your account is locked after too many wrong passwords; {notDone}. Try again later.");
        }
        if (signer is null || string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(signer, password))
        {
            if (signer is not null)
            {
                await users.AccessFailedAsync(signer);
            }
            return new ValidationError("password", ConsultationErrorCodes.SignatureFailed, $"The password is wrong; {notDone}.");
        }
        if (await users.GetAccessFailedCountAsync(signer) > 0)
        {
            await users.ResetAccessFailedCountAsync(signer);
        }
        return signer;
    }
}
