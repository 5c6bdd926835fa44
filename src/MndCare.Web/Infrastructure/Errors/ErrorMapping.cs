using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Domain.Results;

namespace MndCare.Web.Infrastructure.Errors;

/// <summary>The one place where domain errors become HTTP problem details.</summary>
public static class ErrorMapping
{
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
        var (status, title) = first switch
        {
            NotFoundError => (StatusCodes.Status404NotFound, "Not found"),
            ForbiddenError => (StatusCodes.Status403Forbidden, "Forbidden"),
            ConflictError { Code: "versionMismatch" } when context.Request.Headers.IfMatch.Count > 0 =>
                (StatusCodes.Status412PreconditionFailed, "Precondition failed"),
            ConflictError => (StatusCodes.Status409Conflict, "Conflict"),
            _ => (StatusCodes.Status400BadRequest, "Bad request"),
        };
        return TypedResults.Problem(Problems.Create(context, status, title, first.Message, first.Code));
    }
}
