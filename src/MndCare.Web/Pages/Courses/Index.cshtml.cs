using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Courses;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Courses;

[Authorize(Policy = Policies.CourseAccess)]
[Audited(CourseListings.WeekAction, TreatmentCourses.EntityType)]
public sealed class IndexModel(CourseListings listings, HttpActor actor) : PageModel
{
    public ClinicWeekView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? week, Guid? clinicId)
    {
        DateOnly? day = DateOnly.TryParseExact(week, ClinicTime.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var result = await listings.WeekAsync(await actor.GetAsync(HttpContext.RequestAborted), clinicId, day, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors[0] is ForbiddenError ? Forbid() : NotFound();
        }
        View = result.Value;
        return Page();
    }
}
