using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MndCare.Application.Consultations;
using MndCare.Application.Consultations.Reports;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Consultations;

[Authorize(Policy = Policies.ReadConsultations)]
[EnableRateLimiting(WebServiceCollectionExtensions.SigningRateLimit)]
[Audited("consultation.read", ConsultationRequests.EntityType)]
public sealed class WorkspaceModel(ConsultationRequests requests, ConsultationReports reports, ConsultationViews views, EligibilityPolicies policies,
    HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The page handler that signs the report (rate-limited per account).</summary>
    public const string SignHandler = "Sign";

    public ConsultationView Consultation { get; private set; } = null!;

    [BindProperty]
    public ReportForm Form { get; set; } = new();

    public EligibilityCriteria Criteria { get; private set; } = EligibilityCriteria.Defaults;

    public IReadOnlyList<(Guid Id, DateOnly Date)> Assessments { get; private set; } = [];

    public ReportPreview? Preview { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool CanTriage { get; private set; }

    public bool CanSign { get; private set; }

    public bool CanRecordAssessments { get; private set; }

    /// <summary>Whether the report form shows: a clinician who may sign, on a consultation in review or answered.</summary>
    public bool ShowReportForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, fillForm: true);

    public async Task<IActionResult> OnPostAssignAsync(Guid id) =>
        await AfterAsync(id, await requests.AssignAsync(await Current(), id, null, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostRequestInformationAsync(Guid id, string? text) =>
        await AfterAsync(id, await requests.RequestInformationAsync(await Current(), id, text, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, string? text) =>
        await AfterAsync(id, await requests.DeclineAsync(await Current(), id, text, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostMessageAsync(Guid id, string? text) =>
        await AfterAsync(id, await requests.PostMessageAsync(await Current(), id, text, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostPreviewAsync(Guid id)
    {
        var result = await reports.PreviewAsync(await Current(), id, Form.ToDraft(), HttpContext.RequestAborted);
        if (result.IsNotFound())
        {
            return NotFound();
        }
        Preview = result.IsSuccess ? result.Value : null;
        PageErrors = result.IsSuccess ? [] : FormErrors.Apply(ModelState, result.Errors, localizer);
        return await LoadAsync(id, fillForm: false);
    }

    /// <summary>Whether a request signs a report (what the signing rate limit counts).</summary>
    public static bool IsSigning(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method) && string.Equals(request.Query["handler"], SignHandler, StringComparison.OrdinalIgnoreCase);
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, string? password)
    {
        var result = await reports.SignAsync(await Current(), id, Form.ToDraft(), password, HttpContext.RequestAborted);
        if (result.IsNotFound())
        {
            return NotFound();
        }
        if (result.IsSuccess)
        {
            return Redirect($"/Consultations/{id}/Reports/{result.Value.Id}");
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        if (result.Errors.Any(e => e is ValidationError { Field: OfferSafeguard.OverrideReasonField }))
        {
            // Show what stands in the way of the offer: the preview carries the checklist and the safeguards.
            var preview = await reports.PreviewAsync(await Current(), id, Form.ToDraft(), HttpContext.RequestAborted);
            Preview = preview.IsSuccess ? preview.Value : null;
        }
        return await LoadAsync(id, fillForm: false);
    }

    private Task<Application.Access.Actor> Current() => actor.GetAsync(HttpContext.RequestAborted);

    private async Task<IActionResult> AfterAsync(Guid id, Result<ConsultationView> result)
    {
        if (result.IsNotFound())
        {
            return NotFound();
        }
        if (result.IsSuccess)
        {
            return Redirect($"/Consultations/{id}");
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        return await LoadAsync(id, fillForm: true);
    }

    private async Task<IActionResult> LoadAsync(Guid id, bool fillForm)
    {
        var current = await Current();
        var result = await requests.GetAsync(current, id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Consultation = result.Value;
        CanTriage = current.Can(Permission.TriageConsultations, Consultation.ClinicId);
        CanSign = current.Can(Permission.SignConsultationReports, Consultation.ClinicId);
        CanRecordAssessments = current.Can(Permission.RecordAssessments, Consultation.ClinicId);
        ShowReportForm = CanSign && Consultation.AllowsReport;
        if (!ShowReportForm)
        {
            return Page();
        }
        Criteria = await policies.CriteriaAsync(Consultation.ClinicId, HttpContext.RequestAborted);
        Assessments = await views.AssessmentChoicesAsync(Consultation.PatientId, HttpContext.RequestAborted);
        if (fillForm)
        {
            // A correction starts from the signed version's decisions; a first report from the newest assessment.
            var signed = Consultation.Reports.Count > 0 ? await reports.CorrectionStartAsync(current, id, HttpContext.RequestAborted) : null;
            Form = signed is null ? new ReportForm { AssessmentId = Assessments.Count > 0 ? Assessments[0].Id : null } : ReportForm.From(signed);
        }
        return Page();
    }
}
