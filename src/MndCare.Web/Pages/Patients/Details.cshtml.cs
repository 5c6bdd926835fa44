using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Courses;
using MndCare.Application.Patients;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients;

[Authorize(Policy = Policies.PatientAccess)]
[Audited("patient.chart.read", PatientRegistry.EntityType)]
public sealed class DetailsModel(PatientRegistry registry, CourseListings courseListings, HttpActor actor, Application.Tcm.Visits.TcmRecords tcm) : PageModel
{
    public PatientChart Chart { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanReadAssessments { get; private set; }

    public bool CanRecordAssessments { get; private set; }

    /// <summary>The clinical team, and the patient themself, see the course; registration staff do not.</summary>
    public bool ShowCourse { get; private set; }

    /// <summary>Onset, diagnosis and death: the clinical team and the patient, not registration staff.</summary>
    public bool ShowMndHistory { get; private set; }

    /// <summary>The patient's treatment courses, for the staff who read courses; null when the reader may not see them.</summary>
    public IReadOnlyList<CourseSummary>? Courses { get; private set; }

    public bool CanPlanCourses { get; private set; }

    public bool CanReadCellProducts { get; private set; }

    public bool CanReadLabResults { get; private set; }

    public bool CanReadAdverseEvents { get; private set; }
    /// <summary>Whether the reader sees the patient's herbal prescriptions (issue 9): staff who read them, and the patient themself.</summary>
    public bool CanReadHerbalPrescriptions { get; private set; }
    /// <summary>The patient's TCM record (patterns apart from the diagnosis), for staff who read it; null otherwise (issue 9).</summary>
    public Application.Tcm.Visits.TcmRecordView? Tcm { get; private set; }

    /// <summary>Whether the reader manages follow-up in the patient's clinic (issue 10): the follow-up page with events and vital status.</summary>
    public bool CanManageFollowUp { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var result = await registry.GetChartAsync(current, id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Chart = result.Value;
        CanEdit = current.Can(Permission.WritePatients, Chart.Patient.ClinicId);
        CanReadAssessments = current.Can(Permission.ReadAssessments, Chart.Patient.ClinicId);
        CanRecordAssessments = current.Can(Permission.RecordAssessments, Chart.Patient.ClinicId);
        ShowCourse = CanReadAssessments || current.OwnPatientIds.Contains(id);
        ShowMndHistory = PatientRegistry.SeesMndHistory(current, Chart.Patient.ClinicId, id);
        CanPlanCourses = current.Can(Permission.PlanCourses, Chart.Patient.ClinicId);
        CanReadCellProducts = current.Can(Permission.ReadCellProducts, Chart.Patient.ClinicId);
        CanManageFollowUp = current.Can(Permission.ManageFollowUp, Chart.Patient.ClinicId);
        CanReadLabResults = current.Can(Permission.ReadLabResults, Chart.Patient.ClinicId);
        CanReadAdverseEvents = current.Can(Permission.ReadAdverseEvents, Chart.Patient.ClinicId);
        CanReadHerbalPrescriptions = current.Can(Permission.ReadHerbalPrescriptions, Chart.Patient.ClinicId) || current.OwnPatientIds.Contains(id);
        if (current.Can(Permission.ReadCourses, Chart.Patient.ClinicId))
        {
            var courses = await courseListings.ForPatientAsync(current, id, HttpContext.RequestAborted);
            Courses = courses.IsSuccess ? courses.Value : null;
        }
        if (current.Can(Permission.ReadTcmRecords, Chart.Patient.ClinicId))
        {
            var tcmRecord = await tcm.GetRecordAsync(current, id, HttpContext.RequestAborted);
            Tcm = tcmRecord.IsSuccess ? tcmRecord.Value : null;
        }
        return Page();
    }
}
