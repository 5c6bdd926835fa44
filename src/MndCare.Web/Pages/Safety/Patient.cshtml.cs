using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Application.Safety.Views;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Safety;

/// <summary>A patient's safety timeline: infusions (lot), TCM sessions (modality), graded lab results and adverse events by date in the
/// clinic's zone. The patient's own users see it without lots.</summary>
[Authorize(Policy = Policies.AdverseEventAccess)]
[Audited(SafetyViews.TimelineAction, AdverseEventScope.EntityType)]
public sealed class PatientModel(SafetyViews views, HttpActor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PatientTimelineView Timeline { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await views.PatientTimelineAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Timeline = result.Value;
        return Page();
    }
}
