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
[Audited("auth.logout", "user")]
public sealed class LogoutModel(SignInManager<MndCareUser> signIn, UserManager<MndCareUser> users, AuditTrail audit, HttpActor actor) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        // A new security stamp ends this and every other session at once, so a copied cookie is useless.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        await audit.RecordAsync(current, new AuditEntry("auth.logout", AuditOutcome.Success)
        {
            EntityType = "user",
            EntityId = current.UserId?.ToString("D"),
        }, HttpContext.RequestAborted);
        return RedirectToPage("/Account/Login");
    }
}
