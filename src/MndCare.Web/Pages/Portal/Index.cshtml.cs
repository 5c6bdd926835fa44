using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MndCare.Application.Consultations;
using MndCare.Application.FollowUp;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

[Authorize(Policy = Policies.ConsultationAccess)]
[EnableRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)]
[Audited("consultation.list.own", ConsultationRequests.EntityType)]
public sealed class IndexModel(ConsultationRequests requests, HttpActor actor, IStringLocalizer<SharedResource> localizer, FollowUpSchedules followUp)
    : PageModel
{
    public IReadOnlyList<OwnConsultationItem> Consultations { get; private set; } = [];

    public string? Message { get; private set; }

    public IReadOnlyList<Guid> OwnPatientIds { get; private set; } = [];

    /// <summary>Follow-up ratings due for the actor's own patients (issue 10), with the link to the home self-report.</summary>
    public IReadOnlyList<FollowUpReminder> Reminders { get; private set; } = [];

    /// <summary>Whether the account enters home self-reports (patients and their caregivers).</summary>
    public bool CanSelfReport { get; private set; }

    public async Task OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        OwnPatientIds = current.OwnPatientIds;
        Consultations = await requests.ListOwnAsync(current, HttpContext.RequestAborted);
        CanSelfReport = current.CanAnywhere(Permission.SelfReport) && OwnPatientIds.Count > 0;
        Reminders = CanSelfReport ? await followUp.RemindersAsync(current, HttpContext.RequestAborted) : [];
    }

    public async Task<IActionResult> OnPostOpenAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var opened = await requests.OpenAsync(current, null, HttpContext.RequestAborted);
        if (opened.IsSuccess)
        {
            return Redirect($"/Portal/Consultations/{opened.Value.Id}/Questionnaire");
        }
        Message = ErrorText.Localize(localizer, opened.Errors[0]);
        OwnPatientIds = current.OwnPatientIds;
        Consultations = await requests.ListOwnAsync(current, HttpContext.RequestAborted);
        return Page();
    }
}
