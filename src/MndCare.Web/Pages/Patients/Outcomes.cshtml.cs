using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Outcomes.Patients;
using MndCare.Application.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients;

/// <summary>One patient's outcome around a treatment course (issue 10, "Each patient"); the same use case as
/// <c>GET /api/patients/{id}/outcomes</c>. docs/outcomes/patient-outcome.md.</summary>
[Authorize(Policy = Policies.ReadAssessments)]
[Audited(PatientOutcomes.ReadAction, PatientRegistry.EntityType)]
public sealed class OutcomesModel(PatientOutcomes outcomes, HttpActor actor) : PageModel
{
    public PatientOutcome Outcome { get; private set; } = null!;

    /// <summary>The course asked for (querystring <c>course</c>); the first started course when absent.</summary>
    [BindProperty(SupportsGet = true, Name = "course")]
    public Guid? CourseId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await outcomes.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), id, CourseId, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Outcome = result.Value;
        return Page();
    }
}
