using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MndCare.Application.Access;
using MndCare.Application.Identity;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;

namespace MndCare.Web.Features.Auth;

/// <summary>Checks e-mail, password, lockout and the second factor for API sign-in, without signing in.</summary>
/// <remarks>The password step is <see cref="PasswordSignIn"/>, shared with the sign-in page: unknown e-mails and wrong
/// passwords give the same answer for the same work (security test plan AS-02).</remarks>
public sealed class SignInGate(UserManager<MndCareUser> users, PasswordSignIn passwords, MndCareDbContext db, IOptions<DemoOptions> demo)
{
    public const string InvalidCredentials = "invalidCredentials";
    public const string LockedOut = "lockedOut";
    public const string TwoFactorRequired = "twoFactorRequired";
    public const string InvalidTwoFactorCode = "invalidTwoFactorCode";
    public const string EnrollmentRequired = "twoFactorEnrollmentRequired";
    public const string EmailNotConfirmed = "emailNotConfirmed";
    public const string AccountDeactivated = "accountDeactivated";

    public sealed record Result(MndCareUser? User, AuditOutcome Outcome, string Code, string Message, bool UsedSecondFactor);

    /// <summary>The wire code of a password check's outcome.</summary>
    public static string CodeOf(PasswordCheckOutcome outcome) => outcome switch
    {
        PasswordCheckOutcome.Success => "success",
        PasswordCheckOutcome.InvalidCredentials => InvalidCredentials,
        PasswordCheckOutcome.LockedOut => LockedOut,
        PasswordCheckOutcome.EmailNotConfirmed => EmailNotConfirmed,
        PasswordCheckOutcome.Deactivated => AccountDeactivated,
    };

    public async Task<Result> CheckAsync(Actor requester, string? email, string? password, string? twoFactorCode, CancellationToken cancellationToken)
    {
        var check = await passwords.CheckAsync(requester, email, password, cancellationToken);
        var user = check.User;
        switch (check.Outcome)
        {
            case PasswordCheckOutcome.LockedOut:
                return Fail(user, LockedOut, "Sign-in is locked after repeated failures; try again later.");
            case PasswordCheckOutcome.EmailNotConfirmed:
                return Fail(user, EmailNotConfirmed, "Confirm your e-mail address first: open the link we sent you.");
            case PasswordCheckOutcome.Deactivated:
                return Fail(user, AccountDeactivated, "This account is deactivated; ask your clinic's administrator.");
            case PasswordCheckOutcome.InvalidCredentials:
                return Fail(user, InvalidCredentials, "The e-mail or password is wrong.");
        }
        if (await users.GetTwoFactorEnabledAsync(user!))
        {
            if (string.IsNullOrWhiteSpace(twoFactorCode))
            {
                return Fail(user, TwoFactorRequired, "Send twoFactorCode: the current code of your authenticator app.");
            }
            var valid = await users.VerifyTwoFactorTokenAsync(user!, users.Options.Tokens.AuthenticatorTokenProvider, twoFactorCode);
            if (!valid)
            {
                await users.AccessFailedAsync(user!);
                return Fail(user, InvalidTwoFactorCode, "The authenticator code is wrong or was already used.");
            }
            return new Result(user, AuditOutcome.Success, CodeOf(PasswordCheckOutcome.Success), "Signed in.", UsedSecondFactor: true);
        }
        if (!demo.Value.Enabled && await IsStaffAsync(user!.Id))
        {
            return Fail(user, EnrollmentRequired, "Staff accounts must set up an authenticator app on the web first.");
        }
        return new Result(user, AuditOutcome.Success, CodeOf(PasswordCheckOutcome.Success), "Signed in.", UsedSecondFactor: false);
    }

    private Task<bool> IsStaffAsync(Guid userId) =>
        db.ClinicMemberships.AnyAsync(m => m.UserId == userId && m.Role != ClinicRole.Patient);

    private static Result Fail(MndCareUser? user, string code, string message) =>
        new(user, code == EnrollmentRequired ? AuditOutcome.Denied : AuditOutcome.Unauthenticated, code, message, UsedSecondFactor: false);
}
