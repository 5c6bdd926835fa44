using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MndCare.Application.Consultations;
using MndCare.Web.Features.Mail;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Startup;

namespace MndCare.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)]
[Audited("applicant.register", "user")]
public sealed class RegisterModel(ApplicantAccounts accounts, HttpActor actor, IOptions<DemoOptions> demo,
    ConfirmationMail mail, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public RegistrationForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Clinics { get; private set; } = [];

    /// <summary>Set after a registration: where the confirmation link went, and (demo only) the link itself.</summary>
    public string? SentTo { get; private set; }

    public string? DemoLink { get; private set; }

    /// <summary>True when the link could not be sent (no mail configured outside demo mode, or the relay failed).</summary>
    public bool MailFailed { get; private set; }

    public async Task OnGetAsync()
    {
        Form.PreferredLanguage = Cultures.CurrentLanguageTag;
        await LoadClinicsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await accounts.RegisterAsync(await actor.GetAsync(HttpContext.RequestAborted), Form.ToRegistration(), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
            await LoadClinicsAsync();
            return Page();
        }
        // The same screen whether the address was new or already had an account: the mail says which (ASVS 6.3.7).
        var registered = result.Value;
        SentTo = registered.Email;
        var (userId, token) = (registered.UserId, registered.ConfirmationToken);
        if (mail.IsConfigured)
        {
            MailFailed = !await (userId is not null && token is not null
                ? mail.SendConfirmationLinkAsync(registered.Email, userId.Value, token, Form.PreferredLanguage, HttpContext.RequestAborted)
                : mail.SendAccountExistsAsync(registered.Email, Form.PreferredLanguage, HttpContext.RequestAborted));
        }
        else if (demo.Value.Enabled)
        {
            // Demo mode has no mail server: the link is shown on screen instead of sent.
            DemoLink = userId is not null && token is not null ? PublicLinks.ConfirmEmailPath(userId.Value, token) : null;
        }
        else
        {
            MailFailed = true;
        }
        return Page();
    }

    private async Task LoadClinicsAsync() => Clinics = await accounts.ClinicChoicesAsync(HttpContext.RequestAborted);
}
