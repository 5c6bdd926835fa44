using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Identity;
using MndCare.Persistence.Identity;
using Microsoft.Extensions.Localization;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Account;

[Authorize(Policy = Policies.SignedInBeforeTwoFactor)]
[Audited(AuthenticatorEnrolment.EnrolAction, "user")]
public sealed class EnrollAuthenticatorModel(UserManager<MndCareUser> users, SignInManager<MndCareUser> signIn, AuthenticatorEnrolment enrolment,
    HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    /// <summary>Whether the account already signs in with an authenticator app (its key is then never shown).</summary>
    public bool Enrolled { get; private set; }

    public string FormattedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public string? Message { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await enrolment.EnrolAsync(await actor.GetAsync(HttpContext.RequestAborted), user, Code, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            Message = ErrorText.Localize(localizer, result.Errors[0]);
            await ShowAsync(user);
            return Page();
        }
        RecoveryCodes = result.Value;
        // Turning two-factor on renewed the security stamp; this session goes on as a two-factor one.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            [new Claim(TwoFactorRequirement.AuthenticationMethodClaim, TwoFactorRequirement.MultiFactorValue)]);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await enrolment.ReissueRecoveryCodesAsync(await actor.GetAsync(HttpContext.RequestAborted), user, CurrentPassword,
            HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            RecoveryCodes = result.Value;
            return Page();
        }
        Message = ErrorText.Localize(localizer, result.Errors[0]);
        await ShowAsync(user);
        return Page();
    }

    private async Task ShowAsync(MndCareUser user)
    {
        var key = await enrolment.PendingKeyAsync(user, HttpContext.RequestAborted);
        Enrolled = key is null;
        if (key is null)
        {
            return;
        }
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        FormattedKey = formatted.ToString().TrimEnd().ToLowerInvariant();
        var label = Uri.EscapeDataString("MndCare:" + user.Email);
        AuthenticatorUri = $"otpauth://totp/{label}?secret={key}&issuer=MndCare&digits=6";
    }
}
