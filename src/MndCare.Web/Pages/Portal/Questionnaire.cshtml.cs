using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Consultations;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

[Authorize(Policy = Policies.ConsultationAccess)]
[Audited("consultation.questionnaire.save", ConsultationRequests.EntityType)]
public sealed class QuestionnaireModel(ConsultationRequests requests, HttpActor actor, AlsfrsRWordings wordings, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty]
    public QuestionnaireForm Form { get; set; } = new();

    public ConsultationView? Consultation { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await requests.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Consultation = result.Value;
        Form = QuestionnaireForm.From(result.Value.Answers);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? next)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        // The form names the wording it showed; a post without it was answered in the interface language's wording.
        Form.AlsfrsrWording ??= wordings.ForInterface().Id;
        var answers = Form.ToAnswers();
        Result<ConsultationView> result = answers.IsSuccess
            ? await requests.SaveAnswersAsync(current, id, answers.Value, HttpContext.RequestAborted)
            : Result<ConsultationView>.Failure(answers.Errors);
        if (result.IsNotFound())
        {
            return NotFound();
        }
        if (result.IsSuccess && next == "review")
        {
            return Redirect($"/Portal/Consultations/{id}");
        }
        // A refused save changed nothing: show the stored consultation again (and read it, audited, like a page view).
        Consultation = result.IsSuccess ? result.Value
            : await requests.GetAsync(current, id, HttpContext.RequestAborted) is { IsSuccess: true } reload ? reload.Value : null;
        Saved = result.IsSuccess;
        PageErrors = result.IsSuccess ? [] : FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }
}
