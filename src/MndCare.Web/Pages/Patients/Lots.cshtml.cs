using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.CellProducts;
using MndCare.Application.Infusions;
using MndCare.Application.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients;

/// <summary>Which lots a patient received (the reverse recall query), for staff who read both the patient and the cell product; the CSV
/// downloads in the browser session.</summary>
[Authorize(Policy = Policies.ReadCellProducts)]
[Audited(LotRecipients.PatientLotsAction, PatientRegistry.EntityType)]
public sealed class LotsModel(PatientRegistry registry, LotRecipients recipients, CellProductScope scope, HttpActor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PatientRecord Patient { get; private set; } = null!;

    public string TimeZoneId { get; private set; } = "UTC";

    public IReadOnlyList<ReceivedLotView> Lots { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var lots = await recipients.LotsOfPatientAsync(current, Id, HttpContext.RequestAborted);
        var patient = lots.IsSuccess ? await registry.GetAsync(current, Id, HttpContext.RequestAborted) : default;
        if (!lots.IsSuccess || !patient.IsSuccess)
        {
            return NotFound();
        }
        (Lots, Patient) = (lots.Value, patient.Value);
        TimeZoneId = await scope.TimeZoneIdAsync(Patient.ClinicId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var lots = await recipients.LotsOfPatientAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, HttpContext.RequestAborted);
        return lots.IsSuccess ? File(ReceivedLotsCsv.Write(lots.Value), "text/csv; charset=utf-8", $"patient-{Id:D}-lots.csv") : NotFound();
    }
}
