using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Auditing;
using MndCare.Application.Identity;
using MndCare.Domain.Auditing;
using MndCare.Web.Features.Auth;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages.Account;

[AllowAnonymous]
[Audited(SignInAudit.Action, "user")]
public sealed class LoginModel(MndCareSignInManager signIn, PasswordSignIn passwords, AuditTrail audit, HttpActor actor) : PageModel
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
        var requester = await actor.GetAsync(HttpContext.RequestAborted);
        var check = await passwords.CheckAsync(requester, Email, Password, HttpContext.RequestAborted);
        var result = check.Outcome == PasswordCheckOutcome.Success ? await signIn.SignInCheckedUserAsync(check.User!) : null;
        var code = result is { RequiresTwoFactor: true } ? SignInGate.TwoFactorRequired : SignInGate.CodeOf(check.Outcome);
        await SignInAudit.RecordAsync(audit, requester, check.User, result is { Succeeded: true } ? AuditOutcome.Success : AuditOutcome.Unauthenticated,
            new { channel = "web", result = code }, HttpContext.RequestAborted);

        if (result is { Succeeded: true })
        {
            return LocalRedirect(SafeReturnUrl());
        }
        if (result is { RequiresTwoFactor: true })
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl = SafeReturnUrl() });
        }
        Message = MessageFor(check.Outcome);
        return Page();
    }

    private static string MessageFor(PasswordCheckOutcome outcome) => outcome switch
    {
        PasswordCheckOutcome.LockedOut => "The account is locked after repeated failures. Try again in 15 minutes.",
        PasswordCheckOutcome.EmailNotConfirmed => "Confirm your e-mail address first: open the link we sent you.",
        PasswordCheckOutcome.Deactivated => "This account is deactivated. Ask your clinic's administrator.",
        _ => "The e-mail or password is wrong.",
    };

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
