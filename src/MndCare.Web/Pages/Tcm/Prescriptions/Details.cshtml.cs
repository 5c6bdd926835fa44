using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Prescriptions;

/// <summary>One prescription version: items, findings with their sources, versions; the practitioner confirms botanical sources,
/// acknowledges the riluzole warning and signs with the password here.</summary>
[Authorize(Policy = Policies.HerbalPrescriptionAccess)]
[Audited(HerbalPrescriptions.ReadAction, HerbalPrescriptions.EntityType)]
[EnableRateLimiting(WebServiceCollectionExtensions.SigningRateLimit)]
public sealed class DetailsModel(HerbalPrescriptions prescriptions, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const string SignHandler = "Sign";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PrescriptionView Prescription { get; private set; } = null!;

    public bool CanPrescribe { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>Whether a request signs a prescription on this page (what the signing rate limit counts).</summary>
    public static bool IsSigning(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/HerbalPrescriptions", StringComparison.OrdinalIgnoreCase)
            && string.Equals(request.Query["handler"].ToString(), SignHandler, StringComparison.OrdinalIgnoreCase);
    }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync([]);

    public async Task<IActionResult> OnPostSignAsync(string? password, Dictionary<string, string>? sources, bool acknowledgeRiluzoleWarning)
    {
        var result = await prescriptions.SignAsync(await actor.GetAsync(HttpContext.RequestAborted), Id,
            new SignPrescriptionInput(password, sources, acknowledgeRiluzoleWarning), HttpContext.RequestAborted);
        return result.IsSuccess ? Redirect($"/HerbalPrescriptions/{Id}") : await ShowAsync(result.Errors);
    }

    private async Task<IActionResult> ShowAsync(IReadOnlyList<Error> errors)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var found = await prescriptions.GetAsync(current, Id, HttpContext.RequestAborted);
        if (!found.IsSuccess || errors.Any(e => e is NotFoundError))
        {
            return NotFound();
        }
        Prescription = found.Value;
        CanPrescribe = current.CanAnywhere(Permission.PrescribeHerbs);
        PageErrors = [.. errors.Select(e => PrescriptionText.Error(localizer, e))];
        return Page();
    }
}
