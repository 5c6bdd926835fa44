using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.AdverseEvents;

/// <summary>Adverse events over JSON: record, complete a draft, assess causality per suspect, record the report to the authority, and
/// the lists with their reporting clocks; a lot's events for the cell lab with coded recipients.</summary>
/// <remarks>docs/safety/adverse-events.md, "API". Errors are problem details with a <c>code</c>.</remarks>
public static class AdverseEventEndpoints
{
    public static IEndpointRouteBuilder MapAdverseEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/patients/{id:guid}/adverse-events", RecordAsync).WithTags("Adverse events")
            .RequireAuthorization(Policies.Api, Policies.RecordAdverseEvents)
            .WithSummary("Record an adverse event {term, onsetOn, grade, seriousness: [criteria], expected, ctcaeVersion?, resolvedOn?, actionTaken?, "
                + "outcome?, description?, infusionId?}: 201 with its suspects and reportDueOn where a clock runs.")
            .Audited(AdverseEventRecords.RecordAction, AdverseEventScope.EntityType);
        app.MapPost("/api/adverse-event-drafts", OpenDraftAsync).WithTags("Adverse events")
            .RequireAuthorization(Policies.Api, Policies.RecordAdverseEvents)
            .WithSummary("Open a draft {patientId, source: staff|patientReport|infusionFever|labResult, suggestedTerm?, suggestedGrade?, "
                + "suggestedOnset?, description?, infusionId?, labResultId?}: 201.")
            .Audited(AdverseEventDrafts.OpenAction, AdverseEventScope.EntityType);
        app.MapGet("/api/adverse-events", ListAsync).WithTags("Adverse events")
            .RequireAuthorization(Policies.Api, Policies.AdverseEventAccess)
            .WithSummary("The events the caller may read [?serious=true][&patientId=][&due=true][&overdue=true], with reportDueOn where a clock runs; "
                + "a patient sees only their own.")
            .Audited(AdverseEventRecords.ListAction, AdverseEventScope.EntityType);
        var one = app.MapGroup("/api/adverse-events/{id:guid}").WithTags("Adverse events").RequireAuthorization(Policies.Api);
        one.MapGet("/", GetAsync).RequireAuthorization(Policies.AdverseEventAccess).WithSummary("One event with its suspects and causality.")
            .Audited(AdverseEventRecords.ReadAction, AdverseEventScope.EntityType);
        one.MapGet("/cioms", CiomsAsync).RequireAuthorization(Policies.ReadAdverseEvents)
            .WithSummary("The CIOMS I form as a PDF: lang=en or zh-Hans (English by default); patient by initials, age and sex only.")
            .Audited(AdverseEventCioms.ExportAction, AdverseEventScope.EntityType);
        one.MapPut("/", CompleteAsync).RequireAuthorization(Policies.RecordAdverseEvents)
            .WithSummary("Complete a draft or correct an event (the fields of the record request).")
            .Audited(AdverseEventRecords.CompleteAction, AdverseEventScope.EntityType);
        one.MapPost("/causality", AssessAsync).RequireAuthorization(Policies.AssessAdverseEvents)
            .WithSummary("WHO-UMC causality per suspect {assessments: [{suspectId, causality}]} (clinicians).")
            .Audited(AdverseEventRecords.AssessAction, AdverseEventScope.EntityType);
        one.MapPost("/reported", ReportedAsync).RequireAuthorization(Policies.AssessAdverseEvents)
            .WithSummary("The safety officer records the report to the authority {reportedOn?}; the clock stops.")
            .Audited(AdverseEventRecords.ReportAction, AdverseEventScope.EntityType);
        app.MapGet("/api/lots/{id:guid}/adverse-events", LotEventsAsync).WithTags("Adverse events")
            .RequireAuthorization(Policies.Api, Policies.ReadCellProducts)
            .WithSummary("The recorded events with the lot among their suspects; the patient only as the coded recipient (R-…).")
            .Audited(AdverseEventRecords.LotEventsAction, "lot");
        return app;
    }

    private static async Task<Results<Created<AdverseEventView>, ProblemHttpResult>> RecordAsync(Guid id, AdverseEventInput body, HttpContext context,
        HttpActor actor, AdverseEventRecords events)
    {
        var result = await events.RecordAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/adverse-events/{result.Value.Id}", result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Created<AdverseEventView>, ProblemHttpResult>> OpenDraftAsync(DraftRequest body, HttpContext context,
        HttpActor actor, AdverseEventDrafts drafts)
    {
        var result = await drafts.OpenAsync(await actor.GetAsync(context.RequestAborted), body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/adverse-events/{result.Value.Id}", result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<IReadOnlyList<AdverseEventView>>, ProblemHttpResult>> ListAsync(bool? serious, Guid? patientId, bool? due,
        bool? overdue, HttpContext context, HttpActor actor, AdverseEventRecords events) =>
        (await events.ListAsync(await actor.GetAsync(context.RequestAborted), new AdverseEventFilter(serious, patientId, due == true, overdue == true),
            context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<AdverseEventView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext context, HttpActor actor,
        AdverseEventRecords events) => (await events.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<IResult> CiomsAsync(Guid id, string? lang, HttpContext context, HttpActor actor, AdverseEventCioms cioms)
    {
        var result = await cioms.PdfAsync(await actor.GetAsync(context.RequestAborted), id, lang, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        FileResponses.Apply(context.Response.Headers);
        return TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }

    private static async Task<Results<Ok<AdverseEventView>, ProblemHttpResult>> CompleteAsync(Guid id, AdverseEventInput body, HttpContext context,
        HttpActor actor, AdverseEventRecords events) =>
        (await events.CompleteAsync(await actor.GetAsync(context.RequestAborted), id, body, null, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<AdverseEventView>, ProblemHttpResult>> AssessAsync(Guid id, CausalityInput body, HttpContext context,
        HttpActor actor, AdverseEventRecords events) =>
        (await events.AssessAsync(await actor.GetAsync(context.RequestAborted), id, body, null, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<AdverseEventView>, ProblemHttpResult>> ReportedAsync(Guid id, ReportedInput body, HttpContext context,
        HttpActor actor, AdverseEventRecords events) =>
        (await events.MarkReportedAsync(await actor.GetAsync(context.RequestAborted), id, body.ReportedOn, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<IReadOnlyList<AdverseEventView>>, ProblemHttpResult>> LotEventsAsync(Guid id, HttpContext context,
        HttpActor actor, AdverseEventRecords events) =>
        (await events.LotEventsAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    /// <summary>The day the case was reported to the authority; today when absent.</summary>
    public sealed record ReportedInput(DateOnly? ReportedOn);
}
