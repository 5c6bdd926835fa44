using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Patients;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients;

[Authorize(Policy = Policies.WritePatients)]
[Audited("patient.create", PatientRegistry.EntityType)]
public sealed class NewModel(PatientRegistry registry, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PatientForm Form { get; set; } = new() { PreferredLanguage = "zh-Hans" };

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task OnGetAsync() => await ShowMndHistoryAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await registry.RegisterAsync(await actor.GetAsync(HttpContext.RequestAborted), null, Form.ToInput(), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/Patients/{result.Value.Id}");
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        await ShowMndHistoryAsync();
        return Page();
    }

    // The patient is registered in a clinic where the actor writes patients; the history fields show where they also see it.
    private async Task ShowMndHistoryAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        ViewData[PatientForm.ShowMndHistoryKey] = current.ClinicsGranting(Permission.WritePatients)
            .Any(clinic => PatientRegistry.SeesMndHistory(current, clinic, null));
    }
}
