using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MndCare.Application.Consultations;
using MndCare.Application.Files;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

[Authorize(Policy = Policies.ConsultationAccess)]
[EnableRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)]
[Audited("consultation.read", ConsultationRequests.EntityType)]
public sealed class ConsultationModel(ConsultationRequests requests, ConsultationFiles files, HttpActor actor,
    IStringLocalizer<SharedResource> localizer, IOptions<FileStoreOptions> limits) : PageModel
{
    public ConsultationView Consultation { get; private set; } = null!;

    /// <summary>The largest file accepted, in whole megabytes (Files:MaxFileBytes).</summary>
    public long MaxFileMegabytes => limits.Value.MaxFileBytes / (1024 * 1024);

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? uploadError)
    {
        if (uploadError is not null)
        {
            PageErrors = [localizer["error." + uploadError].ResourceNotFound ? localizer["The file was refused."] : localizer["error." + uploadError]];
        }
        return await LoadAsync(id);
    }

    /// <summary>Sends the consultation; a patient or family member who has not consented yet (the demo patient, say) consents here first.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(Guid id, bool consentGiven, string? consentVersion)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        if (consentGiven)
        {
            var consent = await requests.GiveConsentAsync(current, id, consentVersion, CultureInfo.CurrentUICulture.Name, HttpContext.RequestAborted);
            if (!consent.IsSuccess)
            {
                return await AfterAsync(id, consent);
            }
        }
        return await AfterAsync(id, await requests.SubmitAsync(current, id, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostMessageAsync(Guid id, string? body) =>
        await AfterAsync(id, await requests.PostMessageAsync(await actor.GetAsync(HttpContext.RequestAborted), id, body, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid fileId) =>
        await AfterAsync(id, await files.WithdrawAsync(await actor.GetAsync(HttpContext.RequestAborted), id, fileId, HttpContext.RequestAborted));

    /// <summary>One file per request; the page's script sends them one by one with a progress bar and reads the JSON answer.</summary>
    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, string? category, string? documentDate)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        Result<ConsultationFileView> result;
        if (file is null)
        {
            result = new ValidationError("file", "required", "Choose a file to upload.");
        }
        else
        {
            await using var content = file.OpenReadStream();
            result = await files.UploadAsync(current, id, new FileUpload(content, file.FileName, category, documentDate), HttpContext.RequestAborted);
        }
        var wantsJson = Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
        if (wantsJson)
        {
            return result.IsSuccess
                ? new JsonResult(result.Value) { StatusCode = StatusCodes.Status201Created }
                : new JsonResult(new { message = ErrorText.Localize(localizer, result.Errors[0]), code = result.Errors[0].Code })
                {
                    StatusCode = ErrorMapping.StatusOf(result.Errors[0]),
                };
        }
        return result.IsSuccess || result.Errors[0] is NotFoundError
            ? Redirect($"/Portal/Consultations/{id}")
            : Redirect($"/Portal/Consultations/{id}?uploadError={Uri.EscapeDataString(result.Errors[0].Code)}");
    }

    private async Task<IActionResult> AfterAsync<T>(Guid id, Result<T> result)
    {
        if (result.IsNotFound())
        {
            return NotFound();
        }
        if (result.IsSuccess)
        {
            return Redirect($"/Portal/Consultations/{id}");
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        return await LoadAsync(id);
    }

    private async Task<IActionResult> LoadAsync(Guid id)
    {
        var result = await requests.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Consultation = result.Value;
        return Page();
    }
}
