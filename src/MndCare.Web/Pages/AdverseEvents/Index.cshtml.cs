using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.AdverseEvents;

/// <summary>The clinic's adverse events, filtered by serious, clock due or overdue; the safety officer's due list is the same list
/// with the clock running (/AdverseEvents/Due).</summary>
[Authorize(Policy = Policies.AdverseEventAccess)]
[Audited(AdverseEventRecords.ListAction, AdverseEventScope.EntityType)]
public sealed class IndexModel(AdverseEventRecords events, HttpActor actor) : PageModel
{
    public IReadOnlyList<AdverseEventView> Rows { get; private set; } = [];

    public bool Serious { get; private set; }

    public bool Due { get; private set; }

    public bool Overdue { get; private set; }

    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool serious, bool due, bool overdue)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        if (!current.CanAnywhere(Permission.ReadAdverseEvents))
        {
            return Redirect("/Portal/Symptoms");
        }
        (Serious, Due, Overdue) = (serious, due, overdue);
        CanRecord = current.CanAnywhere(Permission.RecordAdverseEvents);
        var result = await events.ListAsync(current, new AdverseEventFilter(serious ? true : null, null, due, overdue), HttpContext.RequestAborted);
        Rows = result.IsSuccess ? result.Value : [];
        return Page();
    }
}
