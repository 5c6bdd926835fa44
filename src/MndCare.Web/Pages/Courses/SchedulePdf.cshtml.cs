using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Courses;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Courses;

/// <summary>The printable schedule: staff who read the course choose the language; the patient and family get theirs from the portal.</summary>
[Authorize(Policy = Policies.CourseAccess)]
[Audited(CourseSchedules.DownloadAction, TreatmentCourses.EntityType)]
public sealed class SchedulePdfModel(CourseSchedules schedules, HttpActor actor) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang) =>
        FileResponses.From(HttpContext, await schedules.PdfAsync(await actor.GetAsync(HttpContext.RequestAborted), id, lang, HttpContext.RequestAborted),
            inline: false);
}
