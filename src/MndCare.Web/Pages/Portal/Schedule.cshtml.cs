using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Courses;
using MndCare.Application.Tcm.Visits;
using MndCare.Domain.Courses;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

/// <summary>The patient's (or family member's) own treatment schedules: sessions and assessments due, each TCM slot marked done once
/// its session is recorded; nothing staff-only.</summary>
[Authorize(Policy = Policies.ConsultationAccess)]
[Audited(TreatmentCourses.ReadAction, TreatmentCourses.EntityType)]
public sealed class ScheduleModel(CourseListings listings, TreatmentCourses courses, TcmRecords tcm, HttpActor actor) : PageModel
{
    /// <summary>The session kinds a TCM session fills (acupuncture, moxibustion, tuina), by wire name.</summary>
    public static readonly IReadOnlySet<string> TcmSessionKinds = new HashSet<string>(
        new[] { SessionKind.Acupuncture, SessionKind.Moxibustion, SessionKind.Tuina }.Select(CourseWireNames.Of), StringComparer.Ordinal);

    public IReadOnlyList<CourseView> Courses { get; private set; } = [];

    /// <summary>The TCM slots a recorded session filled (done).</summary>
    public IReadOnlySet<Guid> DoneSlots { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var found = new List<CourseView>();
        var done = new HashSet<Guid>();
        foreach (var patientId in current.OwnPatientIds.Distinct())
        {
            var listed = await listings.ForPatientAsync(current, patientId, HttpContext.RequestAborted);
            foreach (var summary in listed.IsSuccess ? listed.Value : [])
            {
                if (await courses.GetAsync(current, summary.Id, HttpContext.RequestAborted) is { IsSuccess: true } course)
                {
                    found.Add(course.Value);
                    done.UnionWith((await tcm.FilledSlotsAsync(course.Value.Id, HttpContext.RequestAborted)).Keys);
                }
            }
        }
        Courses = found;
        DoneSlots = done;
    }
}
