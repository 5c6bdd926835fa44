using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Safety.Labs;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Labs;

/// <summary>Lab results over JSON: record one (graded by CTCAE v5.0 when saved), list a patient's, schedule lab checks.</summary>
/// <remarks>docs/safety/labs.md, "API". A value that cannot be graded is 422 with the `mndcare grade` error code
/// (docs/instruments/grade-contract.md).</remarks>
public static class LabEndpoints
{
    public static IEndpointRouteBuilder MapLabEndpoints(this IEndpointRouteBuilder app)
    {
        var patients = app.MapGroup("/api/patients/{id:guid}").WithTags("Labs").RequireAuthorization(Policies.Api);
        patients.MapPost("/lab-results", RecordAsync)
            .WithSummary("Record a lab result {test, value, unit, upperLimitOfNormal | lowerLimitOfNormal, baseline?, durationHours?, collectedAt}: "
                + "201 {id, term, grade, ctcaeVersion, timesUpperLimit, alerts, needsAdverseEventDraft, ...}; 422 with the `mndcare grade` code.")
            .RequireAuthorization(Policies.RecordLabResults).Audited(LabResults.RecordAction, LabResults.EntityType);
        patients.MapGet("/lab-results", ListAsync)
            .WithSummary("The patient's lab results (newest first) with grades and alerts, and their scheduled checks; the patient reads their own.")
            .RequireAuthorization(Policies.LabResultAccess).Audited(LabResults.ListAction, LabResults.EntityType);
        patients.MapPost("/lab-checks", ScheduleAsync)
            .WithSummary("Schedule lab checks {tests: [\"ALT\", ...], dueOn, reason}: 201 with the checks; a later result of the test satisfies each.")
            .RequireAuthorization(Policies.ScheduleLabChecks).Audited(LabChecks.ScheduleAction, LabChecks.EntityType);
        return app;
    }

    private static async Task<Results<Created<LabResultView>, ProblemHttpResult>> RecordAsync(
        Guid id, LabResultInput body, HttpContext context, HttpActor actor, LabResults labs)
    {
        var result = await labs.RecordAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/patients/{id}/lab-results", result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<PatientLabsView>, ProblemHttpResult>> ListAsync(Guid id, HttpContext context, HttpActor actor, LabResults labs) =>
        (await labs.ForPatientAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<IReadOnlyList<LabCheckView>>, ProblemHttpResult>> ScheduleAsync(
        Guid id, LabCheckRequest body, HttpContext context, HttpActor actor, LabChecks checks)
    {
        var result = await checks.ScheduleAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/patients/{id}/lab-results", result.Value) : result.Errors.ToProblem(context);
    }
}
