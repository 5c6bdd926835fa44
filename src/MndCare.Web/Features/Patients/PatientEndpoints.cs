using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Paging;
using MndCare.Application.Patients;
using MndCare.Domain.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Http;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Patients;

/// <summary>The patient registry over JSON: search, read, register, edit. Scoped by clinic and role; audited.</summary>
public static class PatientEndpoints
{
    public static IEndpointRouteBuilder MapPatientEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/patients").WithTags("Patients").RequireAuthorization(Policies.Api);
        group.MapGet("/", SearchAsync)
            .WithSummary("Search (name, MRN or birth date yyyy-MM-dd) and list patients, paged.")
            .RequireAuthorization(Policies.PatientAccess).Audited("patient.search", PatientRegistry.EntityType);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One patient's registry entry; the ETag header is its version.")
            .RequireAuthorization(Policies.PatientAccess).Audited("patient.read", PatientRegistry.EntityType);
        group.MapPost("/", CreateAsync)
            .WithSummary("Register a patient; clinicId is needed only for staff of several clinics.")
            .RequireAuthorization(Policies.WritePatients).Audited("patient.create", PatientRegistry.EntityType);
        group.MapPut("/{id:guid}", UpdateAsync)
            .WithSummary("Replace a patient's registry fields; If-Match with the ETag read is required (428 without it, 412 when stale).")
            .RequireAuthorization(Policies.WritePatients).Audited("patient.update", PatientRegistry.EntityType);
        return app;
    }

    private static async Task<Results<Ok<Paged<PatientSummary>>, ProblemHttpResult>> SearchAsync(
        string? q, int? page, int? pageSize, HttpContext context, HttpActor actor, PatientRegistry registry)
    {
        var request = PageRequest.Create(page, pageSize, PatientQuery.DefaultPageSize);
        if (!request.IsSuccess)
        {
            return request.Errors.ToProblem(context);
        }
        var query = new PatientQuery(q, request.Value);
        return (await registry.SearchAsync(await actor.GetAsync(context.RequestAborted), query, context.RequestAborted)).ToOk(context);
    }

    private static async Task<Results<Ok<PatientRecord>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, HttpActor actor, PatientRegistry registry)
    {
        var result = await registry.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        Preconditions.SetETag(context, result.Value.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Results<Created<PatientRecord>, ProblemHttpResult>> CreateAsync(
        PatientDetailsInput body, Guid? clinicId, HttpContext context, HttpActor actor, PatientRegistry registry)
    {
        var result = await registry.RegisterAsync(await actor.GetAsync(context.RequestAborted), clinicId, body, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        Preconditions.SetETag(context, result.Value.Version);
        return TypedResults.Created($"/api/patients/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<PatientRecord>, ProblemHttpResult>> UpdateAsync(
        Guid id, PatientDetailsInput body, HttpContext context, HttpActor actor, PatientRegistry registry)
    {
        if (!Preconditions.TryGetIfMatch(context, "patient", out var expectedVersion, out var precondition))
        {
            return precondition!;
        }
        var result = await registry.UpdateAsync(await actor.GetAsync(context.RequestAborted), id, body, expectedVersion, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        Preconditions.SetETag(context, result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
