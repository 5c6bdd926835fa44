using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Consultations;
using MndCare.Application.Files;
using MndCare.Domain.Consultations.Files;
using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.Labs;
using MndCare.Domain.Tcm.Herbs;

namespace MndCare.Web.Infrastructure.Errors;

/// <summary>The one place where domain errors become HTTP problem details.</summary>
public static class ErrorMapping
{
    /// <summary>200 with the value, or the problem the errors map to.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result, HttpContext context) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Errors.ToProblem(context);

    public static ProblemHttpResult ToProblem(this IReadOnlyList<Error> errors, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var validation = errors.OfType<ValidationError>().ToList();
        if (validation.Count == errors.Count)
        {
            var byField = validation.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            var codes = validation.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
            var problem = new HttpValidationProblemDetails(byField)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request has invalid fields.",
            };
            problem.Extensions["codes"] = codes;
            return TypedResults.Problem(problem);
        }
        var first = errors.First(e => e is not ValidationError);
        var status = first is ConflictError { Code: ConflictError.VersionMismatch } && context.Request.Headers.IfMatch.Count > 0
            ? StatusCodes.Status412PreconditionFailed
            : StatusOf(first);
        // A failed integrity check says no more than that: no blob names or reasons leave the server (IN-01).
        var detail = first is FileIntegrityFailure ? "The file failed its integrity check and was not served; the clinic has been alerted." : first.Message;
        var details = Problems.Create(context, status, TitleOf(status), detail, first.Code);
        // Several reasons (a lot release names every rule it fails): all of them, the first one also as the code.
        if (errors.Count > 1)
        {
            details.Extensions["reasons"] = errors.Select(e => new { code = e.Code, detail = e.Message }).ToArray();
        }
        // A failed bedside identity check names every mismatch (codes of IdentityMismatch, the offending value, the expected count).
        if (first is IdentityCheckFailedError failed)
        {
            details.Extensions["mismatches"] = failed.Mismatches.Select(m => new { code = m.Code, value = m.Value, expected = m.Expected }).ToArray();
        }
        // A refused herb is named in every name form, whichever one was typed (issue 9: aristolochic acid).
        if (first is AristolochicAcidHerbError refused)
        {
            details.Extensions["herb"] = new { name = refused.Name, id = refused.Herb.Id, refused.Herb.Pinyin, refused.Herb.Chinese, latinName = refused.Herb.LatinName };
        }
        if (first is AmbiguousHerbError ambiguous)
        {
            details.Extensions["candidates"] = ambiguous.Candidates.Select(h => new { id = h.Id, h.Pinyin, h.Chinese, latinName = h.LatinName }).ToArray();
        }
        return TypedResults.Problem(details);
    }

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status412PreconditionFailed => "Precondition failed",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status422UnprocessableEntity => "Refused",
        StatusCodes.Status413PayloadTooLarge => "Too large",
        StatusCodes.Status415UnsupportedMediaType => "File refused",
        StatusCodes.Status507InsufficientStorage => "Storage full",
        _ => "Bad request",
    };

    /// <summary>The HTTP status of an error that is not a field validation.</summary>
    public static int StatusOf(Error error) => error switch
    {
        ValidationError => StatusCodes.Status400BadRequest,
        NotFoundError => StatusCodes.Status404NotFound,
        ForbiddenError => StatusCodes.Status403Forbidden,
        UploadRefusal { Reason: UploadRefusalReason.TooLarge } or FileTooLargeError or QuotaExceededError => StatusCodes.Status413PayloadTooLarge,
        UploadRefusal => StatusCodes.Status415UnsupportedMediaType,
        StorageFullError => StatusCodes.Status507InsufficientStorage,
        FileIntegrityFailure or ConflictError or IdentityCheckFailedError => StatusCodes.Status409Conflict,
        // Infusions (issue 8): a well-formed order the clinic's dose or weight rules refuse.
        DoseOutOfRangeError or WeightTooOldError => StatusCodes.Status422UnprocessableEntity,
        // Laboratory safety (issue 9): a value the CTCAE grader cannot grade, with the `mndcare grade` code.
        LabValueNotGradableError => StatusCodes.Status422UnprocessableEntity,
        // Herbal prescriptions (issue 9): herbs the rules refuse, and signing without a confirmation the rules ask for.
        UnknownHerbError or AmbiguousHerbError or AristolochicAcidHerbError or BotanicalSourceNotConfirmedError
            or RiluzoleWarningNotAcknowledgedError => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };
}
