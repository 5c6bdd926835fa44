using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.AdverseEvents;

/// <summary>The safety officer's list: serious, unexpected, related (or not yet assessed) events whose report to the authority is due,
/// earliest deadline first, overdue ones marked; and the officer's notices of serious events (read when shown).</summary>
[Authorize(Policy = Policies.AssessAdverseEvents)]
[Audited(AdverseEventRecords.ListAction, AdverseEventScope.EntityType)]
public sealed class DueModel(AdverseEventRecords events, SafetyOffice office, HttpActor actor) : PageModel
{
    public IReadOnlyList<AdverseEventView> Rows { get; private set; } = [];

    public IReadOnlyList<NotificationRow> Notices { get; private set; } = [];

    public MndCare.Domain.Safety.AdverseEvents.ReportingTimelines Timelines { get; private set; } = MndCare.Domain.Safety.AdverseEvents.ReportingTimelines.IchE2A;

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromServices] AdverseEventScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var result = await events.ListAsync(current, new AdverseEventFilter(DueOnly: true), HttpContext.RequestAborted);
        Rows = result.IsSuccess ? result.Value : [];
        Notices = await office.NotificationsAsync(current, markRead: true, HttpContext.RequestAborted);
        Timelines = scope.Timelines;
    }
}
