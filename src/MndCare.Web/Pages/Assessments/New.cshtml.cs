using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Assessments;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Patients;
using MndCare.Domain.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Assessments;

[Authorize(Policy = Policies.RecordAssessments)]
[Audited("assessment.create", AssessmentRecords.EntityType)]
public sealed class NewModel(AssessmentRecords assessments, PatientRegistry registry, HttpActor actor, AlsfrsRWordings wordings,
    IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AssessmentForm Form { get; set; } = new();

    public string PatientName { get; private set; } = string.Empty;

    public AssessmentReport? Preview { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var patient = await registry.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, HttpContext.RequestAborted);
        if (!patient.IsSuccess)
        {
            return NotFound();
        }
        PatientName = patient.Value.NativeName;
        Form = new AssessmentForm
        {
            AssessmentDate = PatientDetails.FormatDate(await assessments.TodayAtClinicOfAsync(Id, HttpContext.RequestAborted)),
            ExaminationRecorded = true,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        Form.AlsfrsRWording ??= wordings.ForInterface().Id;
        var result = await assessments.PreviewAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, Form, HttpContext.RequestAborted);
        return Show(result, saved: false);
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        // The form names the ALSFRS-R wording it showed; a post without it was rated in the interface language's wording.
        Form.AlsfrsRWording ??= wordings.ForInterface().Id;
        var result = await assessments.RecordAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, Form, HttpContext.RequestAborted);
        return Show(result, saved: true);
    }

    private IActionResult Show(MndCare.Domain.Results.Result<AssessmentReport> result, bool saved)
    {
        if (result.IsSuccess)
        {
            if (saved)
            {
                return Redirect($"/Assessments/{result.Value.Id}");
            }
            Preview = result.Value;
            PatientName = result.Value.PatientName;
            return Page();
        }
        if (result.Errors.Any(e => e is MndCare.Domain.Results.NotFoundError))
        {
            return NotFound();
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }
}
