using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.AdverseEvents;

/// <summary>The CIOMS I form of one event as a PDF download, in the language chosen on the event's page (staff who read adverse events).</summary>
[Authorize(Policy = Policies.ReadAdverseEvents)]
[Audited(AdverseEventCioms.ExportAction, AdverseEventScope.EntityType)]
public sealed class CiomsModel(AdverseEventCioms cioms, HttpActor actor) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang) =>
        FileResponses.From(HttpContext, await cioms.PdfAsync(await actor.GetAsync(HttpContext.RequestAborted), id, lang, HttpContext.RequestAborted),
            inline: false);
}
