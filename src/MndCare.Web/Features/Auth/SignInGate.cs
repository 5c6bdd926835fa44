using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;

namespace MndCare.Web.Features.Auth;

/// <summary>Checks e-mail, password, lockout and the second factor for API sign-in, without signing in.</summary>
/// <remarks>Unknown e-mails and wrong passwords give the same answer, and an unknown e-mail still costs one password
/// hash, so responses do not reveal which accounts exist (security test plan AS-02).</remarks>
public sealed class SignInGate(UserManager<MndCareUser> users, SignInManager<MndCareUser> signIn, IPasswordHasher<MndCareUser> hasher,
    MndCareDbContext db, IOptions<DemoOptions> demo)
{
    public const string InvalidCredentials = "invalidCredentials";
    public const string LockedOut = "lockedOut";
    public const string TwoFactorRequired = "twoFactorRequired";
    public const string InvalidTwoFactorCode = "invalidTwoFactorCode";
    public const string EnrollmentRequired = "twoFactorEnrollmentRequired";
    public const string EmailNotConfirmed = "emailNotConfirmed";
    public const string AccountDeactivated = "accountDeactivated";

    private static readonly MndCareUser DummyUser = new() { Id = Guid.Empty, UserName = "dummy" };
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<MndCareUser>().HashPassword(DummyUser, "not-a-real-password"));

    public sealed record Result(MndCareUser? User, AuditOutcome Outcome, string Code, string Message, bool UsedSecondFactor);

    public async Task<Result> CheckAsync(string? email, string? password, string? twoFactorCode)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            hasher.VerifyHashedPassword(DummyUser, DummyHash.Value, password ?? string.Empty);
            return Fail(null, InvalidCredentials, "The e-mail or password is wrong.");
        }
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return Fail(user, LockedOut, "The account is locked after repeated failures; try again later.");
        }
        if (check.IsNotAllowed && await users.CheckPasswordAsync(user, password))
        {
            return user.DeactivatedAtUtc is not null
                ? Fail(user, AccountDeactivated, "This account is deactivated; ask your clinic's administrator.")
                : Fail(user, EmailNotConfirmed, "Confirm your e-mail address first: open the link we sent you.");
        }
        if (!check.Succeeded)
        {
            return Fail(user, InvalidCredentials, "The e-mail or password is wrong.");
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            if (string.IsNullOrWhiteSpace(twoFactorCode))
            {
                return Fail(user, TwoFactorRequired, "Send twoFactorCode: the current code of your authenticator app.");
            }
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, twoFactorCode);
            if (!valid)
            {
                await users.AccessFailedAsync(user);
                return Fail(user, InvalidTwoFactorCode, "The authenticator code is wrong or was already used.");
            }
            return new Result(user, AuditOutcome.Success, "success", "Signed in.", UsedSecondFactor: true);
        }
        if (!demo.Value.Enabled && await IsStaffAsync(user.Id))
        {
            return Fail(user, EnrollmentRequired, "Staff accounts must set up an authenticator app on the web first.");
        }
        return new Result(user, AuditOutcome.Success, "success", "Signed in.", UsedSecondFactor: false);
    }

    private Task<bool> IsStaffAsync(Guid userId) =>
        db.ClinicMemberships.AnyAsync(m => m.UserId == userId && m.Role != ClinicRole.Patient);

    private static Result Fail(MndCareUser? user, string code, string message) =>
        new(user, code == EnrollmentRequired ? AuditOutcome.Denied : AuditOutcome.Unauthenticated, code, message, UsedSecondFactor: false);
}
