using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Outcomes.Cohort;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Outcomes;

/// <summary>The cohort outcome page: selection by phenotype, onset site, ΔFS group, course start and lot (a shareable query string), then the
/// flow, the mixed model, survival, Cox, the natural-history comparison, adverse-event rates and the limitations. Aggregate figures only.</summary>
[Authorize(Policy = Policies.ViewCohortOutcomes)]
[Audited(CohortOutcomes.ViewAction, CohortOutcomes.EntityType)]
public sealed class CohortModel(CohortOutcomes cohorts, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CohortSelectionQuery Query { get; set; } = new();

    public CohortOutcome? Outcome { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public CohortDescription Words { get; } = CohortDescription.For(Cultures.CurrentLanguageTag);

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await cohorts.ViewAsync(await actor.GetAsync(HttpContext.RequestAborted), Query.ToInput(), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Outcome = result.Value;
            return Page();
        }
        if (result.Errors[0] is ForbiddenError)
        {
            return Forbid();
        }
        Errors = [.. result.Errors.Select(e => ErrorText.Localize(localizer, e))];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The report's address with the same selection.</summary>
    public string ReportUrl => "/Outcomes/Cohort/Report" + (Outcome?.Selection.QueryString() is { Length: > 0 } query ? "?" + query : string.Empty);

    /// <summary>Whether a value is chosen in the query (to keep the form as submitted).</summary>
    public static bool Chosen(IEnumerable<string>? values, string value) => values?.Contains(value, StringComparer.Ordinal) == true;
}
