using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Outcomes.Cohort;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Outcomes;

/// <summary>The ethics-committee report of the selected cohort as a PDF download, in the reader's language.</summary>
[Authorize(Policy = Policies.ViewCohortOutcomes)]
[Audited(CohortOutcomes.ReportAction, CohortOutcomes.EntityType)]
public sealed class CohortReportModel(CohortOutcomes cohorts, HttpActor actor, ICohortCharts charts, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CohortSelectionQuery Query { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        FileResponses.From(HttpContext, await cohorts.ReportAsync(await actor.GetAsync(HttpContext.RequestAborted), Query.ToInput(), Cultures.CurrentLanguageTag,
            charts, CohortTerms.In(localizer, Cultures.CurrentLanguageTag), HttpContext.RequestAborted), inline: false);
}
