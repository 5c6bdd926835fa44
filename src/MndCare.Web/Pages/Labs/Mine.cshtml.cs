using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.Labs;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Labs;

/// <summary>The patient's (or family member's) own lab results: date, test, value with unit, reference limit and grade.</summary>
[Authorize(Policy = Policies.ConsultationAccess)]
[Audited(LabResults.ListAction, LabResults.EntityType)]
public sealed class MineModel(LabResults labs, HttpActor actor) : PageModel
{
    public IReadOnlyList<PatientLabsView> Patients { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var found = new List<PatientLabsView>();
        foreach (var patientId in current.OwnPatientIds.Distinct())
        {
            if (await labs.ForPatientAsync(current, patientId, HttpContext.RequestAborted) is { IsSuccess: true } own)
            {
                found.Add(own.Value);
            }
        }
        Patients = found;
    }
}
