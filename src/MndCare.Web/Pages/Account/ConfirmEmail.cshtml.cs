using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Consultations;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages.Account;

[AllowAnonymous]
[Audited("applicant.confirmEmail", "user")]
public sealed class ConfirmEmailModel(ApplicantAccounts accounts, HttpActor actor) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? token) =>
        Confirmed = (await accounts.ConfirmEmailAsync(await actor.GetAsync(HttpContext.RequestAborted), userId, token, HttpContext.RequestAborted)).IsSuccess;
}
