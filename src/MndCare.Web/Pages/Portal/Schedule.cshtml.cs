using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Courses;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

/// <summary>The patient's (or family member's) own treatment schedules: sessions and assessments due, nothing staff-only.</summary>
[Authorize(Policy = Policies.ConsultationAccess)]
[Audited(TreatmentCourses.ReadAction, TreatmentCourses.EntityType)]
public sealed class ScheduleModel(CourseListings listings, TreatmentCourses courses, HttpActor actor) : PageModel
{
    public IReadOnlyList<CourseView> Courses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var found = new List<CourseView>();
        foreach (var patientId in current.OwnPatientIds.Distinct())
        {
            var listed = await listings.ForPatientAsync(current, patientId, HttpContext.RequestAborted);
            foreach (var summary in listed.IsSuccess ? listed.Value : [])
            {
                if (await courses.GetAsync(current, summary.Id, HttpContext.RequestAborted) is { IsSuccess: true } course)
                {
                    found.Add(course.Value);
                }
            }
        }
        Courses = found;
    }
}
