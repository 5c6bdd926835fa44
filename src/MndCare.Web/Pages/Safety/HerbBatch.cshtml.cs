using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Application.Safety.Views;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Safety;

/// <summary>The adverse events where a herb batch is a suspect, with the causality assessed for it, and the patients exposed to the batch.</summary>
[Authorize(Policy = Policies.AdverseEventAccess)]
[Audited(SafetyViews.HerbBatchAction, AdverseEventScope.EntityType)]
public sealed class HerbBatchModel(SafetyViews views, HttpActor actor) : PageModel
{
    public HerbBatchView Batch { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? herb, string? batch)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        if (!current.CanAnywhere(Permission.ReadAdverseEvents))
        {
            return Forbid();
        }
        var result = await views.HerbBatchAsync(current, herb, batch, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Batch = result.Value;
        return Page();
    }
}
