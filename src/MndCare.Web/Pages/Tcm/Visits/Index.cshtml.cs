using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Patients;
using MndCare.Application.Tcm.Visits;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Visits;

/// <summary>A patient's TCM record: visits with their patterns (never a diagnosis) and acupuncture, moxibustion and tuina sessions.</summary>
[Authorize(Policy = Policies.ReadTcmRecords)]
[Audited(TcmRecords.ReadAction, TcmRecords.RecordEntityType)]
public sealed class IndexModel(TcmRecords records, PatientRegistry registry, HttpActor actor) : PageModel
{
    public TcmRecordView Record { get; private set; } = null!;

    public PatientRecord Patient { get; private set; } = null!;

    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid patientId)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var record = await records.GetRecordAsync(current, patientId, HttpContext.RequestAborted);
        var patient = record.IsSuccess ? await registry.GetAsync(current, patientId, HttpContext.RequestAborted) : default;
        if (!record.IsSuccess || !patient.IsSuccess)
        {
            return NotFound();
        }
        Record = record.Value;
        Patient = patient.Value;
        CanRecord = current.Can(Permission.RecordTcmRecords, Record.ClinicId);
        return Page();
    }
}
