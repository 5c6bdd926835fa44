using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Patients;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients;

[Authorize(Policy = Policies.ReadPatients)]
[Audited("patient.search", PatientRegistry.EntityType)]
public sealed class IndexModel(PatientRegistry registry, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PatientPage? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool CanRegister { get; private set; }

    public async Task OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        CanRegister = current.CanAnywhere(Permission.WritePatients);
        var result = await registry.SearchAsync(current, new PatientQuery(Q, Math.Max(1, PageNumber)), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            Errors = [.. result.Errors.Select(e => ErrorText.Localize(localizer, e))];
        }
    }
}
