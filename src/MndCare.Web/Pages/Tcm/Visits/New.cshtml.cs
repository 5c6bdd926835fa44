using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Patients;
using MndCare.Application.Tcm.Visits;
using MndCare.Domain.Clinics;
using MndCare.Domain.Tcm.Visits;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Visits;

/// <summary>The practitioner's new TCM visit: one or more patterns (shipped or the clinic's own), tongue, pulse and notes; the clinic's
/// pattern list is extended here too.</summary>
[Authorize(Policy = Policies.RecordTcmRecords)]
[Audited(TcmRecords.RecordVisitAction, TcmRecords.VisitEntityType)]
public sealed class NewModel(TcmRecords records, PatientRegistry registry, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PatientRecord Patient { get; private set; } = null!;

    public IReadOnlyList<TcmPatternView> Patterns { get; private set; } = [];

    public bool CanAddPatterns { get; private set; }

    [BindProperty]
    public VisitForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid patientId) => await LoadAsync(patientId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid patientId)
    {
        if (await LoadAsync(patientId) is { } notFound)
        {
            return notFound;
        }
        var result = await records.RecordVisitAsync(await actor.GetAsync(HttpContext.RequestAborted), patientId,
            new TcmVisitDraft(Form.PatternCodes, Form.Tongue, Form.Pulse, Form.Notes, null), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/Tcm/Visits/{patientId}");
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    public async Task<IActionResult> OnPostAddPatternAsync(Guid patientId, string? chineseName, string? englishName)
    {
        if (await LoadAsync(patientId) is { } notFound)
        {
            return notFound;
        }
        var result = await records.AddPatternAsync(await actor.GetAsync(HttpContext.RequestAborted), Patient.ClinicId,
            new ClinicPatternInput(chineseName, englishName), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/Tcm/Visits/{patientId}/New");
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid patientId)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var patient = await registry.GetAsync(current, patientId, HttpContext.RequestAborted);
        if (!patient.IsSuccess || !current.Can(Permission.RecordTcmRecords, patient.Value.ClinicId))
        {
            return NotFound();
        }
        Patient = patient.Value;
        CanAddPatterns = current.Can(Permission.ManageTcmPatterns, Patient.ClinicId);
        Patterns = await records.PatternsAsync(Patient.ClinicId, HttpContext.RequestAborted);
        return null;
    }

    public sealed class VisitForm
    {
        public List<string> PatternCodes { get; set; } = [];

        public string? Tongue { get; set; }

        public string? Pulse { get; set; }

        public string? Notes { get; set; }
    }
}
