using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Persistence.Identity;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Account;

[Authorize(Policy = Policies.SignedInBeforeTwoFactor)]
[Audited("auth.twofactor.enroll", "user")]
public sealed class EnrollAuthenticatorModel(UserManager<MndCareUser> users, SignInManager<MndCareUser> signIn, AuditTrail audit, HttpActor actor)
    : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

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
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code ?? string.Empty);
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        await audit.RecordAsync(current, new AuditEntry("auth.twofactor.enroll", valid ? AuditOutcome.Success : AuditOutcome.Invalid)
        {
            EntityType = "user",
            EntityId = user.Id.ToString("D"),
            Changes = valid ? [new FieldChange("twoFactorEnabled", "false", "true")] : [],
        }, HttpContext.RequestAborted);
        if (!valid)
        {
            Message = "The code is wrong or was already used.";
            await LoadKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            [new Claim(TwoFactorRequirement.AuthenticationMethodClaim, TwoFactorRequirement.MultiFactorValue)]);
        return Page();
    }

    private async Task LoadKeyAsync(MndCareUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp, which would end this very session (CurrentSessionRequirement).
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
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
