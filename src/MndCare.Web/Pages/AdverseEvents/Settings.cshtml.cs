using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.AdverseEvents;

/// <summary>The administrator names the clinic's safety officers (clinicians) and edits its list of expected events, each with its source.</summary>
[Authorize(Policy = Policies.ManageAdverseEventSettings)]
[Audited(SafetyOffice.OfficersAction, "user")]
public sealed class SettingsModel(SafetyOffice office, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<SafetyOfficerRow> Clinicians { get; private set; } = [];

    public IReadOnlyList<ExpectedEventRow> Expected { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostOfficerAsync(Guid userId, bool officer)
    {
        var result = await office.DesignateAsync(await actor.GetAsync(HttpContext.RequestAborted), userId, officer, HttpContext.RequestAborted);
        return result.IsSuccess ? Redirect("/AdverseEvents/Settings") : await ShowAsync(result.Errors);
    }

    public async Task<IActionResult> OnPostAddExpectedAsync(string? term, string? source)
    {
        var result = await office.AddExpectedAsync(await actor.GetAsync(HttpContext.RequestAborted), term, source, HttpContext.RequestAborted);
        return result.IsSuccess ? Redirect("/AdverseEvents/Settings") : await ShowAsync(result.Errors);
    }

    public async Task<IActionResult> OnPostRemoveExpectedAsync(string term)
    {
        var result = await office.RemoveExpectedAsync(await actor.GetAsync(HttpContext.RequestAborted), term, HttpContext.RequestAborted);
        return result.IsSuccess ? Redirect("/AdverseEvents/Settings") : await ShowAsync(result.Errors);
    }

    private async Task<IActionResult> ShowAsync(IReadOnlyList<Domain.Results.Error> errors)
    {
        PageErrors = FormErrors.Localize(errors, localizer);
        return await LoadAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var clinicians = await office.OfficersAsync(current, HttpContext.RequestAborted);
        if (!clinicians.IsSuccess)
        {
            return NotFound();
        }
        Clinicians = clinicians.Value;
        Expected = await office.ExpectedAsync(current.ClinicsGranting(Permission.ManageAdverseEventSettings)[0], HttpContext.RequestAborted);
        return null;
    }
}
