using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MndCare.Application.Staff;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)]
[Audited(StaffInvitations.AcceptAction, StaffScope.EntityType)]
public sealed class AcceptInvitationModel(StaffInvitations invitations, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public InvitationGreeting? Greeting { get; private set; }

    public bool Accepted { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var opened = await invitations.OpenAsync(await actor.GetAsync(HttpContext.RequestAborted), UserId, Token, HttpContext.RequestAborted);
        Greeting = opened.IsSuccess ? opened.Value : null;
    }

    public async Task OnPostAsync()
    {
        var result = await invitations.AcceptAsync(await actor.GetAsync(HttpContext.RequestAborted), UserId, Token, Password, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            (Greeting, Accepted) = (result.Value, true);
            return;
        }
        if (result.Errors.Any(e => e is Domain.Results.ValidationError { Field: "token" }))
        {
            return;
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        var opened = await invitations.OpenAsync(await actor.GetAsync(HttpContext.RequestAborted), UserId, Token, HttpContext.RequestAborted);
        Greeting = opened.IsSuccess ? opened.Value : null;
    }
}
