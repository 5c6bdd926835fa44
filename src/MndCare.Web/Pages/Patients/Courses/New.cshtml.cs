using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Courses;
using MndCare.Application.Patients;
using MndCare.Domain.Courses;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients.Courses;

/// <summary>Plans a course for a patient: a template and a first day. The calendar, with any unplaced sessions, shows on the course page
/// right after saving.</summary>
[Authorize(Policy = Policies.PlanCourses)]
[Audited(TreatmentCourses.PlanAction, TreatmentCourses.EntityType)]
public sealed class NewModel(TreatmentCourses courses, CourseTemplates templates, PatientRegistry registry, HttpActor actor, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PatientRecord Patient { get; private set; } = null!;

    public IReadOnlyList<CourseTemplateView> Templates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? ConsultationId { get; set; }

    [BindProperty]
    public Guid? TemplateId { get; set; }

    [BindProperty]
    public string? StartsOn { get; set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // The next Monday in the clinic's zone: the demo templates' weeks start on Mondays.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        StartsOn = ClinicTime.Format(WeekView.MondayOf(today).AddDays(CourseTemplate.DaysPerWeek));
        TemplateId = Templates.Count > 0 ? Templates[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var planned = await courses.PlanAsync(current, id, new PlanCourseInput(TemplateId, StartsOn, ConsultationId), HttpContext.RequestAborted);
        if (planned.IsSuccess)
        {
            return Redirect($"/Courses/{planned.Value.Id}");
        }
        if (planned.Errors.Any(e => e is Domain.Results.NotFoundError { EntityType: "patient" }) || !await LoadAsync(id))
        {
            return NotFound();
        }
        PageErrors = FormErrors.Apply(ModelState, planned.Errors, localizer);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var patient = await registry.GetAsync(current, id, HttpContext.RequestAborted);
        if (!patient.IsSuccess || !current.Can(Domain.Clinics.Permission.PlanCourses, patient.Value.ClinicId))
        {
            return false;
        }
        Patient = patient.Value;
        var listed = await templates.ListAsync(current, HttpContext.RequestAborted);
        Templates = listed.IsSuccess ? [.. listed.Value.Where(t => t.ClinicId == Patient.ClinicId && !t.Archived)] : [];
        return true;
    }

    /// <summary>"4 weeks · 4 MSC infusions, at least 7 days apart": a template in one line for the choice.</summary>
    public string Describe(CourseTemplateView template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var t = template.Template;
        return localizer["{0} weeks · {1} MSC infusions, at least {2} days apart", t.LengthWeeks.ToString(CultureInfo.InvariantCulture),
            t.InfusionCount.ToString(CultureInfo.InvariantCulture), t.InfusionSpacingDays.ToString(CultureInfo.InvariantCulture)];
    }
}
