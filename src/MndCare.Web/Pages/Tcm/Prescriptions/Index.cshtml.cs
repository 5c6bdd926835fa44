using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Prescriptions;

/// <summary>A patient's herbal prescriptions, newest first; the TCM practitioner starts a new one here.</summary>
[Authorize(Policy = Policies.HerbalPrescriptionAccess)]
[Audited(HerbalPrescriptions.ListAction, "patient")]
public sealed class IndexModel(HerbalPrescriptions prescriptions, HttpActor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PatientId { get; set; }

    public IReadOnlyList<PrescriptionSummary> Prescriptions { get; private set; } = [];

    public bool CanPrescribe { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var list = await prescriptions.ListAsync(current, PatientId, HttpContext.RequestAborted);
        if (!list.IsSuccess)
        {
            return NotFound();
        }
        Prescriptions = list.Value;
        CanPrescribe = current.CanAnywhere(Permission.PrescribeHerbs);
        return Page();
    }
}
