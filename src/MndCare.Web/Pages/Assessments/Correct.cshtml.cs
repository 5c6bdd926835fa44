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
[Audited("assessment.correct", AssessmentRecords.EntityType)]
public sealed class CorrectModel(AssessmentRecords assessments, HttpActor actor, AlsfrsRWordings wordings, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AssessmentForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>The assessment was recorded with the old yes/no check boxes for FTD and C9orf72.</summary>
    public bool FtdAndC9orf72FromCheckboxes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var report = await assessments.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, HttpContext.RequestAborted);
        if (!report.IsSuccess)
        {
            return NotFound();
        }
        if (report.Value.SupersededById is { } newer)
        {
            return Redirect($"/Assessments/{newer}/Correct");
        }
        Form = AssessmentRecords.FormOf(report.Value);
        FtdAndC9orf72FromCheckboxes = report.Value.FtdAndC9orf72FromCheckboxes;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The form names the ALSFRS-R wording it showed; a post without it was rated in the interface language's wording.
        Form.AlsfrsRWording ??= wordings.ForInterface().Id;
        var result = await assessments.CorrectAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, Form, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/Assessments/{result.Value.Id}");
        }
        if (result.Errors.Any(e => e is NotFoundError))
        {
            return NotFound();
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }
}
