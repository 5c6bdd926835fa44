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
[Audited("auth.login.twofactor", "user")]
public sealed class LoginWith2faModel(SignInManager<MndCareUser> signIn, AuditTrail audit, HttpActor actor) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }
        var code = Code?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        await SignInAudit.RecordAsync(audit, await actor.GetAsync(HttpContext.RequestAborted), user,
            result.Succeeded ? AuditOutcome.Success : AuditOutcome.Unauthenticated,
            new { channel = "web", step = "twoFactor", lockedOut = result.IsLockedOut }, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        Message = result.IsLockedOut
            ? "The account is locked after repeated failures. Try again in 15 minutes."
            : "The code is wrong or was already used.";
        return Page();
    }
}
