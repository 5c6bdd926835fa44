using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

/// <summary>The patient's (or family member's) own signed herbal prescriptions: herbs in Chinese, pinyin and Latin, dose in g/day,
/// days and dates. Batches, suppliers and the practitioner's findings stay with the clinic (docs/tcm/prescriptions.md, "Pages").</summary>
[Authorize(Policy = Policies.HerbalPrescriptionAccess)]
[Audited(HerbalPrescriptions.ListAction, "patient")]
public sealed class HerbalPrescriptionsModel(HerbalPrescriptions prescriptions, HttpActor actor) : PageModel
{
    public IReadOnlyList<PrescriptionSummary> Prescriptions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var found = new List<PrescriptionSummary>();
        foreach (var patientId in current.OwnPatientIds.Distinct())
        {
            var listed = await prescriptions.ListAsync(current, patientId, HttpContext.RequestAborted);
            found.AddRange(listed.IsSuccess ? listed.Value : []);
        }
        Prescriptions = found;
    }
}
