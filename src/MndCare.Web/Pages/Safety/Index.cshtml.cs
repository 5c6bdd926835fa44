using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Application.Safety.Views;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Safety;

/// <summary>The clinic's adverse-event rates by term, grade, seriousness and suspect, with exact 95% intervals over the patients exposed.</summary>
[Authorize(Policy = Policies.AdverseEventAccess)]
[Audited(SafetyViews.RatesAction, AdverseEventScope.EntityType)]
public sealed class IndexModel(SafetyViews views, HttpActor actor) : PageModel
{
    public ClinicSafetyView Safety { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        if (!current.CanAnywhere(Permission.ReadAdverseEvents))
        {
            return Forbid();
        }
        var result = await views.ClinicRatesAsync(current, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Safety = result.Value;
        return Page();
    }
}
