using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Assessments;

[Authorize(Policy = Policies.ReadAssessments)]
[Audited("assessment.read", AssessmentRecords.EntityType)]
public sealed class DetailsModel(AssessmentRecords assessments, HttpActor actor) : PageModel
{
    public AssessmentReport Report { get; private set; } = null!;

    public bool CanCorrect { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var result = await assessments.GetAsync(current, id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Report = result.Value;
        CanCorrect = current.CanAnywhere(Permission.RecordAssessments);
        return Page();
    }
}
