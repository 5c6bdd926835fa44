using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Tcm.Visits;
using MndCare.Domain.Tcm.Visits;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Tcm;

/// <summary>TCM visits, sessions, the clinic's patterns and the acupoint catalogue over JSON.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "API". The same use cases as the pages under /Tcm/Visits.</remarks>
public static class TcmVisitEndpoints
{
    public static IEndpointRouteBuilder MapTcmVisitEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/acupoints", SearchAcupointsAsync).WithTags("TCM").RequireAuthorization(Policies.Api, Policies.ReadTcmCatalogues)
            .WithSummary("Acupoints whose code, pinyin or Chinese name matches q (code, pinyin, Chinese, English name, meridian), with the data's attribution. "
                + "A catalogue read: audited with the query, no patient data.")
            .Audited(AcupointSearch.SearchAction, AcupointSearch.EntityType);
        app.MapPost("/api/tcm-patterns", AddPatternAsync).WithTags("TCM").RequireAuthorization(Policies.Api, Policies.ManageTcmPatterns)
            .WithSummary("Add a pattern to the clinic's list {chineseName, englishName}; clinicId only for someone managing several clinics.")
            .Audited(TcmRecords.AddPatternAction, TcmRecords.PatternEntityType);

        var patient = app.MapGroup("/api/patients/{id:guid}").WithTags("TCM").RequireAuthorization(Policies.Api);
        patient.MapGet("/tcm-record", GetRecordAsync).RequireAuthorization(Policies.ReadTcmRecords)
            .WithSummary("The patient's TCM visits (patterns, tongue, pulse) and sessions, newest first.")
            .Audited(TcmRecords.ReadAction, TcmRecords.RecordEntityType);
        patient.MapPost("/tcm-visits", RecordVisitAsync).RequireAuthorization(Policies.RecordTcmRecords)
            .WithSummary("Record a visit {patternCodes: [...], tongue, pulse, notes, visitedAt?}: 201.")
            .Audited(TcmRecords.RecordVisitAction, TcmRecords.VisitEntityType);
        patient.MapPost("/tcm-sessions", RecordSessionAsync).RequireAuthorization(Policies.RecordTcmRecords)
            .WithSummary("Record a session {modality, performedAt?, courseSessionId?, points: [{code, side}], technique, frequencyHz, retentionMinutes | "
                + "region, method, durationMinutes, notes}: 201; 409 slotAlreadyDone, slotModalityMismatch or courseClosed.")
            .Audited(TcmRecords.RecordSessionAction, TcmRecords.SessionEntityType);
        return app;
    }

    private static async Task<Ok<AcupointSearchView>> SearchAcupointsAsync(string? q, HttpContext context, HttpActor actor, AcupointSearch search) =>
        TypedResults.Ok(await search.SearchAsync(await actor.GetAsync(context.RequestAborted), q, context.RequestAborted));

    private static async Task<Results<Created<TcmPatternView>, ProblemHttpResult>> AddPatternAsync(ClinicPatternInput body, Guid? clinicId,
        HttpContext context, HttpActor actor, TcmRecords records)
    {
        var result = await records.AddPatternAsync(await actor.GetAsync(context.RequestAborted), clinicId, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/tcm-patterns/{result.Value.Code}", result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<TcmRecordView>, ProblemHttpResult>> GetRecordAsync(Guid id, HttpContext context, HttpActor actor,
        TcmRecords records) =>
        (await records.GetRecordAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<TcmVisitView>, ProblemHttpResult>> RecordVisitAsync(Guid id, TcmVisitDraft body, HttpContext context,
        HttpActor actor, TcmRecords records)
    {
        var result = await records.RecordVisitAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/patients/{id}/tcm-record", result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Created<TcmSessionView>, ProblemHttpResult>> RecordSessionAsync(Guid id, TcmSessionDraft body,
        HttpContext context, HttpActor actor, TcmRecords records)
    {
        var result = await records.RecordSessionAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/patients/{id}/tcm-record", result.Value) : result.Errors.ToProblem(context);
    }
}
