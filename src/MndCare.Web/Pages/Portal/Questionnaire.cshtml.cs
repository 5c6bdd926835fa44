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

    /// <summary>The version the form was filled from, sent back on save so that two windows cannot overwrite each other.</summary>
    [BindProperty]
    public string? Version { get; set; }

    /// <summary>Whether the save was refused because the questionnaire changed since this page was opened.</summary>
    public bool ChangedMeanwhile { get; private set; }

    public ConsultationView? Consultation { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved = false)
    {
        Saved = saved;
        var result = await requests.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Consultation = result.Value;
        Form = QuestionnaireForm.From(result.Value.Answers);
        Version = result.Value.Version.ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? next)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        // The form names the wording it showed; a post without it was answered in the interface language's wording.
        Form.AlsfrsrWording ??= wordings.ForInterface().Id;
        var answers = Form.ToAnswers();
        // A missing or garbled version can match nothing: the save is refused as changed meanwhile.
        var expected = Guid.TryParseExact(Version, "N", out var version) ? version : Guid.Empty;
        Result<ConsultationView> result = answers.IsSuccess
            ? await requests.SaveAnswersAsync(current, id, answers.Value, expected, HttpContext.RequestAborted)
            : Result<ConsultationView>.Failure(answers.Errors);
        if (result.IsNotFound())
        {
            return NotFound();
        }
        if (result.IsSuccess)
        {
            // Post, then redirect: reloading the page reads the questionnaire again instead of sending it once more.
            return Redirect(next == "review" ? $"/Portal/Consultations/{id}" : $"/Portal/Consultations/{id}/Questionnaire?saved=true");
        }
        // A refused save changed nothing: show the stored consultation again (and read it, audited, like a page view).
        Consultation = await requests.GetAsync(current, id, HttpContext.RequestAborted) is { IsSuccess: true } reload ? reload.Value : null;
        ChangedMeanwhile = result.Errors.Any(e => e.Code == ConflictError.VersionMismatch);
        // After "changed meanwhile" the form keeps what was typed and the old version, so saving again cannot overwrite either.
        PageErrors = ChangedMeanwhile
            ? [localizer["This questionnaire was changed in another window or by someone else after you opened it, so your changes were not saved. Note what you typed, reload the questionnaire and enter it again."]]
            : FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }
}
