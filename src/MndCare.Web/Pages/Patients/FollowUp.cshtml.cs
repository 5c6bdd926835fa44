using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.FollowUp;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Patients;

/// <summary>A patient's follow-up (from the patient record): each course's timepoints with status, clinical events and "known alive"
/// dates, home self-reports; clinicians and nurses record events and "known alive" dates here with the same use cases as the API. The
/// patient's own account reads it.</summary>
[Authorize(Policy = Policies.FollowUpAccess)]
[Audited(FollowUpSchedules.ReadAction, "followUp")]
public sealed class FollowUpModel(FollowUpSchedules schedules, ClinicalEvents events, HttpActor actor, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PatientFollowUpView FollowUp { get; private set; } = null!;

    public bool CanRecord { get; private set; }

    [BindProperty]
    public EventForm Event { get; set; } = new();

    [BindProperty]
    public DateOnly? KnownAliveOn { get; set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public string? Recorded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? recorded)
    {
        Recorded = recorded;
        return await LoadAsync() ?? Page();
    }

    public Task<IActionResult> OnPostEventAsync() => SaveAsync(async current =>
        (await events.RecordEventAsync(current, Id, new ClinicalEventInput(Event.Kind, Event.OccurredOn, Event.Note), HttpContext.RequestAborted)).Errors, "event");

    public Task<IActionResult> OnPostVitalStatusAsync() => SaveAsync(async current =>
        (await events.RecordVitalStatusAsync(current, Id, new VitalStatusInput(KnownAliveOn), HttpContext.RequestAborted)).Errors, "vitalStatus");

    private async Task<IActionResult> SaveAsync(Func<Application.Access.Actor, Task<IReadOnlyList<Error>>> save, string what)
    {
        var errors = await save(await actor.GetAsync(HttpContext.RequestAborted));
        if (errors.Count == 0)
        {
            return Redirect($"/Patients/{Id}/FollowUp?recorded={what}");
        }
        if (errors.Any(e => e is NotFoundError))
        {
            return NotFound();
        }
        PageErrors = FormErrors.Localize(errors, localizer);
        return await LoadAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var found = await schedules.PatientAsync(current, Id, HttpContext.RequestAborted);
        if (!found.IsSuccess)
        {
            return NotFound();
        }
        FollowUp = found.Value;
        CanRecord = current.ClinicsGranting(Permission.ManageFollowUp).Count > 0 && !current.OwnPatientIds.Contains(Id);
        return null;
    }

    public sealed class EventForm
    {
        public string? Kind { get; set; }

        public DateOnly? OccurredOn { get; set; }

        public string? Note { get; set; }
    }
}
