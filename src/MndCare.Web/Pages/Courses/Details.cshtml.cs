using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Courses;
using MndCare.Application.Infusions;
using MndCare.Application.Patients;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Courses;

[Authorize(Policy = Policies.CourseAccess)]
[Audited(TreatmentCourses.ReadAction, TreatmentCourses.EntityType)]
public sealed class DetailsModel(TreatmentCourses courses, CourseListings listings, PatientRegistry registry, InfusionRecords infusions, HttpActor actor,
    IStringLocalizer<SharedResource> localizer, Application.Tcm.Visits.TcmRecords tcm) : PageModel
{
    public CourseView Course { get; private set; } = null!;

    public PatientRecord Patient { get; private set; } = null!;

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public IReadOnlyList<InfusionView> Infusions { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool CanPlan { get; private set; }

    public bool CanOrderInfusions { get; private set; }

    /// <summary>TCM slots a session filled (slot id to TCM session id): they show as done (issue 9).</summary>
    public IReadOnlyDictionary<Guid, Guid> FilledTcmSlots { get; private set; } = new Dictionary<Guid, Guid>();

    public bool CanRecordTcm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id);

    public Task<IActionResult> OnPostStartAsync(Guid id, string? version) =>
        AfterAsync(id, (a, v) => courses.StartAsync(a, id, v, HttpContext.RequestAborted), version);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, string? version) =>
        AfterAsync(id, (a, v) => courses.CompleteAsync(a, id, v, HttpContext.RequestAborted), version);

    public Task<IActionResult> OnPostStopAsync(Guid id, string? version, string? reason) =>
        AfterAsync(id, (a, v) => courses.StopAsync(a, id, new StopCourseInput(reason), v, HttpContext.RequestAborted), version);

    // The date and time are typed in the course's zone, read from the course itself.
    public Task<IActionResult> OnPostRescheduleAsync(Guid id, string? version, Guid sessionId, string? date, string? time, int? durationMinutes,
        string? reason) =>
        AfterAsync(id, async (a, v) =>
        {
            var course = await courses.GetAsync(a, id, HttpContext.RequestAborted);
            return course.IsSuccess
                ? await courses.RescheduleAsync(a, id, sessionId, new RescheduleSessionInput(Instant(date, time, course.Value.TimeZoneId), durationMinutes, reason),
                    v, HttpContext.RequestAborted)
                : course;
        }, version);

    public Task<IActionResult> OnPostAssignAsync(Guid id, string? version, Guid sessionId, string? room, Guid? staffUserId) =>
        AfterAsync(id, (a, v) => courses.AssignAsync(a, id, sessionId,
            new AssignSessionInput(string.IsNullOrWhiteSpace(room) ? null : room, staffUserId), v, HttpContext.RequestAborted), version);

    public Task<IActionResult> OnPostAddMedicationAsync(Guid id, string? version, string? medication, string? name, string? doseText, string? startsOn,
        string? stopsOn) =>
        AfterAsync(id, (a, v) => courses.AddMedicationAsync(a, id,
            new MedicationInput(medication, string.IsNullOrWhiteSpace(name) ? null : name, doseText, startsOn, string.IsNullOrEmpty(stopsOn) ? null : stopsOn),
            v, HttpContext.RequestAborted), version);

    public Task<IActionResult> OnPostStopMedicationAsync(Guid id, string? version, Guid medicationId, string? stopsOn) =>
        AfterAsync(id, (a, v) => courses.StopMedicationAsync(a, id, medicationId, new StopMedicationInput(stopsOn), v, HttpContext.RequestAborted), version);

    /// <summary>A date and a time typed in the clinic's zone as an ISO 8601 instant, or what was typed when it is not one (the use case names the error).</summary>
    public static string? Instant(string? date, string? time, string? timeZoneId)
    {
        if (string.IsNullOrEmpty(date) && string.IsNullOrEmpty(time))
        {
            return null;
        }
        return DateOnly.TryParseExact(date, ClinicTime.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            && ClinicTime.FindZone(timeZoneId) is { } zone
            ? ClinicTime.ToUtc(day, at, zone).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : $"{date} {time}";
    }

    private async Task<IActionResult> AfterAsync(Guid id, Func<Application.Access.Actor, Guid?, Task<Result<CourseView>>> change, string? version)
    {
        var result = await change(await actor.GetAsync(HttpContext.RequestAborted), Guid.TryParse(version, out var v) ? v : null);
        if (result.IsNotFound())
        {
            return NotFound();
        }
        if (result.IsSuccess)
        {
            return Redirect($"/Courses/{id}");
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        return await LoadAsync(id);
    }

    private async Task<IActionResult> LoadAsync(Guid id)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var result = await courses.GetAsync(current, id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Course = result.Value;
        if (!current.Can(Permission.ReadCourses, Course.ClinicId))
        {
            return Redirect("/Portal/Schedule"); // the patient and their family read their schedule in the portal
        }
        var patient = await registry.GetAsync(current, Course.PatientId, HttpContext.RequestAborted);
        if (!patient.IsSuccess)
        {
            return NotFound();
        }
        Patient = patient.Value;
        CanPlan = current.Can(Permission.PlanCourses, Course.ClinicId);
        CanOrderInfusions = current.Can(Permission.OrderInfusions, Course.ClinicId);
        CanRecordTcm = current.Can(Permission.RecordTcmRecords, Course.ClinicId);
        FilledTcmSlots = await tcm.FilledSlotsAsync(Course.Id, HttpContext.RequestAborted);
        Staff = await listings.StaffAsync(Course.ClinicId, HttpContext.RequestAborted);
        var read = new List<InfusionView>();
        foreach (var infusionId in await listings.InfusionIdsAsync(Course.Id, HttpContext.RequestAborted))
        {
            if (await infusions.GetAsync(current, infusionId, HttpContext.RequestAborted) is { IsSuccess: true } infusion)
            {
                read.Add(infusion.Value);
            }
        }
        Infusions = read;
        return Page();
    }
}
