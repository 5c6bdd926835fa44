using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Outcomes.Patients;
using MndCare.Application.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Patients;

/// <summary>A patient's outcome around a treatment course over JSON, the same use case as the outcome page (issue 10).</summary>
/// <remarks>docs/outcomes/patient-outcome.md, "API". Clinical readers of the patient's clinic; every read and refusal audited.</remarks>
public static class PatientOutcomeEndpoints
{
    public static IEndpointRouteBuilder MapPatientOutcomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/patients").WithTags("Patients").RequireAuthorization(Policies.Api)
            .MapGet("/{id:guid}/outcomes", GetAsync)
            .WithSummary("The outcome around the patient's first started course, or ?courseId=: visits (weightKg included), slopes before and after "
                + "with 95% CIs and n, their Welch difference, the expected ranges, ENCALS against the actual status, the D50 phase.")
            .RequireAuthorization(Policies.ReadAssessments).Audited(PatientOutcomes.ReadAction, PatientRegistry.EntityType);
        return app;
    }

    private static async Task<Results<Ok<PatientOutcome>, ProblemHttpResult>> GetAsync(
        Guid id, Guid? courseId, HttpContext context, HttpActor actor, PatientOutcomes outcomes) =>
        (await outcomes.GetAsync(await actor.GetAsync(context.RequestAborted), id, courseId, context.RequestAborted)).ToOk(context);
}
