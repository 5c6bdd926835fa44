using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Assessments;
using MndCare.Application.Assessments.Wordings;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Assessments;

[Authorize(Policy = Policies.RecordAssessments)]
[Audited("assessment.create", AssessmentRecords.EntityType)]
public sealed class NewModel(AssessmentRecords assessments, HttpActor actor, AlsfrsRWordings wordings, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AssessmentForm Form { get; set; } = new();

    public string PatientName { get; private set; } = string.Empty;

    /// <summary>What the patient's questionnaire said, shown with its source next to the prefilled fields; null when nothing was prefilled.</summary>
    public QuestionnairePrefill? Prefill { get; private set; }

    public AssessmentReport? Preview { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var start = await assessments.StartAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, HttpContext.RequestAborted);
        if (!start.IsSuccess)
        {
            return NotFound();
        }
        (PatientName, Form, Prefill) = start.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        Form.AlsfrsRWording ??= wordings.ForInterface().Id;
        var result = await assessments.PreviewAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, Form, HttpContext.RequestAborted);
        return await ShowAsync(result, saved: false);
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        // The form names the ALSFRS-R wording it showed; a post without it was rated in the interface language's wording.
        Form.AlsfrsRWording ??= wordings.ForInterface().Id;
        var result = await assessments.RecordAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, Form, HttpContext.RequestAborted);
        return await ShowAsync(result, saved: true);
    }

    private async Task<IActionResult> ShowAsync(Result<AssessmentReport> result, bool saved)
    {
        if (result.IsSuccess && saved)
        {
            return Redirect($"/Assessments/{result.Value.Id}");
        }
        if (result.IsNotFound())
        {
            return NotFound();
        }
        // The form is shown again as posted; the questionnaire's values keep their source until the clinician saves.
        var start = await assessments.StartAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, HttpContext.RequestAborted);
        if (!start.IsSuccess)
        {
            return NotFound();
        }
        (PatientName, _, Prefill) = start.Value;
        if (result.IsSuccess)
        {
            Preview = result.Value;
            return Page();
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }
}
