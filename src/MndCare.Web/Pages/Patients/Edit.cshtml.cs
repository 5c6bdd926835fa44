using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients;

[Authorize(Policy = Policies.WritePatients)]
[Audited("patient.update", PatientRegistry.EntityType)]
public sealed class EditModel(PatientRegistry registry, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public PatientForm Form { get; set; } = new();

    [BindProperty]
    public string? Version { get; set; }

    [BindProperty]
    public Guid ClinicId { get; set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await registry.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Form = PatientForm.From(result.Value);
        Version = result.Value.Version;
        return await ShowAsync(result.Value.ClinicId);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Guid? expected = Guid.TryParseExact(Version, "N", out var version) ? version : null;
        var result = await registry.UpdateAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, Form.ToInput(), expected, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/Patients/{Id}");
        }
        if (result.Errors.Any(e => e is MndCare.Domain.Results.NotFoundError))
        {
            return NotFound();
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return await ShowAsync(ClinicId);
    }

    // The clinic only chooses which fields the form shows again; the registry decides what may be seen and changed.
    private async Task<IActionResult> ShowAsync(Guid clinicId)
    {
        ClinicId = clinicId;
        ViewData[PatientForm.ShowMndHistoryKey] = PatientRegistry.SeesMndHistory(await actor.GetAsync(HttpContext.RequestAborted), clinicId, Id);
        return Page();
    }
}
