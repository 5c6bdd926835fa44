using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.AdverseEvents;

/// <summary>One adverse event: what, when, how severe and how serious, its reporting deadline, and each suspect with its WHO-UMC
/// causality; a clinician assesses causality per suspect here, and the safety officer records the report to the authority.</summary>
[Authorize(Policy = Policies.AdverseEventAccess)]
[Audited(AdverseEventRecords.ReadAction, AdverseEventScope.EntityType)]
public sealed class DetailsModel(AdverseEventRecords events, SafetyOffice office, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public AdverseEventView Event { get; private set; } = null!;

    public bool CanAssess { get; private set; }

    public bool CanComplete { get; private set; }

    public bool IsOfficer { get; private set; }

    /// <summary>Whether the reader may download the CIOMS I form (staff who read adverse events, not the patient).</summary>
    public bool CanExportCioms { get; private set; }

    /// <summary>Chosen WHO-UMC category per suspect id.</summary>
    [BindProperty]
    public Dictionary<Guid, string> Causality { get; set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAssessAsync(Guid id)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var items = Causality.Where(c => !string.IsNullOrEmpty(c.Value)).Select(c => new CausalityItem(c.Key, c.Value)).ToList();
        var result = await events.AssessAsync(current, id, new CausalityInput(items), null, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/AdverseEvents/{id:D}");
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostReportedAsync(Guid id, DateOnly? reportedOn)
    {
        var result = await events.MarkReportedAsync(await actor.GetAsync(HttpContext.RequestAborted), id, reportedOn, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/AdverseEvents/{id:D}");
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var result = await events.GetAsync(current, id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        if (current.OwnPatientIds.Contains(result.Value.PatientId ?? Guid.Empty) && !current.CanAnywhere(Permission.ReadAdverseEvents))
        {
            return Redirect("/Portal/Symptoms");
        }
        Event = result.Value;
        CanAssess = current.CanAnywhere(Permission.AssessAdverseEvents) && Event.Status != "draft";
        CanComplete = current.CanAnywhere(Permission.RecordAdverseEvents);
        CanExportCioms = current.CanAnywhere(Permission.ReadAdverseEvents);
        IsOfficer = current.UserId is { } userId && await office.IsOfficerAsync(userId, HttpContext.RequestAborted);
        foreach (var suspect in Event.Suspects)
        {
            Causality.TryAdd(suspect.Id, suspect.Causality ?? string.Empty);
        }
        return null;
    }
}
