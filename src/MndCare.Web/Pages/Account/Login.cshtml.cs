using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Persistence.Identity;
using MndCare.Web.Features.Auth;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages.Account;

[AllowAnonymous]
[Audited(SignInAudit.Action, "user")]
public sealed class LoginModel(SignInManager<MndCareUser> signIn, UserManager<MndCareUser> users, AuditTrail audit, HttpActor actor) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email?.Trim() ?? string.Empty;
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        var result = user is null || string.IsNullOrEmpty(Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        var outcome = result.Succeeded ? AuditOutcome.Success : AuditOutcome.Unauthenticated;
        // Only a right password learns that the address still needs confirming, or that the account was deactivated.
        var notAllowed = result.IsNotAllowed && await users.CheckPasswordAsync(user!, Password!);
        var deactivated = notAllowed && user!.DeactivatedAtUtc is not null;
        var unconfirmed = notAllowed && !deactivated;
        var code = result switch
        {
            { Succeeded: true } => "success",
            _ when deactivated => SignInGate.AccountDeactivated,
            _ when unconfirmed => SignInGate.EmailNotConfirmed,
            { RequiresTwoFactor: true } => SignInGate.TwoFactorRequired,
            { IsLockedOut: true } => SignInGate.LockedOut,
            _ => SignInGate.InvalidCredentials,
        };
        await SignInAudit.RecordAsync(audit, await actor.GetAsync(HttpContext.RequestAborted), user, outcome,
            new { channel = "web", result = code }, HttpContext.RequestAborted);

        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl = SafeReturnUrl() });
        }
        Message = result.IsLockedOut ? "The account is locked after repeated failures. Try again in 15 minutes."
            : deactivated ? "This account is deactivated. Ask your clinic's administrator."
            : unconfirmed ? "Confirm your e-mail address first: open the link we sent you."
            : "The e-mail or password is wrong.";
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
