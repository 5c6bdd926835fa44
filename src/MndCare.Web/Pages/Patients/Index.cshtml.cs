using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Paging;
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

    public Paged<PatientSummary>? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool CanRegister { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), so the number is read from the query string only.
    public async Task OnGetAsync([FromQuery(Name = Pager.QueryName)] int? page)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        CanRegister = current.CanAnywhere(Permission.WritePatients);
        var result = await registry.SearchAsync(current, new PatientQuery(Q, PageRequest.Clamp(page, PatientQuery.DefaultPageSize)), HttpContext.RequestAborted);
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
