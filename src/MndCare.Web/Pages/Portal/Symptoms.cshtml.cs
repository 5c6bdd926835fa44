using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

/// <summary>A patient or family member reports a symptom (it arrives at the clinic as a draft adverse event to assess) and sees their
/// own reports and recorded events in plain words.</summary>
[Authorize(Policy = Policies.AdverseEventAccess)]
[Audited(AdverseEventRecords.ListAction, AdverseEventScope.EntityType)]
public sealed class SymptomsModel(AdverseEventDrafts drafts, AdverseEventRecords events, HttpActor actor, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    public IReadOnlyList<AdverseEventView> Events { get; private set; } = [];

    public IReadOnlyList<Guid> OwnPatientIds { get; private set; } = [];

    [BindProperty]
    public string? What { get; set; }

    [BindProperty]
    public DateOnly? Since { get; set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool Sent { get; private set; }

    public async Task OnGetAsync(bool sent)
    {
        Sent = sent;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        if (current.OwnPatientIds is not [var patientId, ..])
        {
            return NotFound();
        }
        var opened = await drafts.OpenAsync(current, new DraftRequest(patientId, AdverseEventWireNames.Of(AdverseEventSource.PatientReport),
            SuggestedOnset: Since, Description: What), HttpContext.RequestAborted);
        if (opened.IsSuccess && !string.IsNullOrWhiteSpace(What))
        {
            return Redirect("/Portal/Symptoms?sent=true");
        }
        PageErrors = opened.IsSuccess ? [localizer["Please describe the symptom."]] : FormErrors.Localize(opened.Errors, localizer);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        OwnPatientIds = current.OwnPatientIds;
        var result = await events.ListAsync(current, new AdverseEventFilter(), HttpContext.RequestAborted);
        Events = result.IsSuccess ? [.. result.Value.Where(e => OwnPatientIds.Contains(e.PatientId ?? Guid.Empty))] : [];
    }
}
