using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.CellProducts;
using MndCare.Application.Infusions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Infusions;

/// <summary>Infusions over JSON: the clinician's order, the nurse's bedside identity check, vital signs and completion, and the
/// recall queries (a lot's recipients, a patient's lots).</summary>
/// <remarks>docs/therapy/infusion.md, "API".</remarks>
public static class InfusionEndpoints
{
    public static IEndpointRouteBuilder MapInfusionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/courses/{id:guid}/infusions", OrderAsync).WithTags("Infusions")
            .RequireAuthorization(Policies.Api, Policies.OrderInfusions)
            .WithSummary("Order an infusion {lotId, scheduledAt, cellsPerKg, weightKg, weighedAt?}: 201 {id, totalCells, units, deliveredCells, "
                + "deliveredCellsPerKg, ...}; 422 doseOutOfRange or weightTooOld; 409 lotNotReleased.")
            .Audited(InfusionRecords.OrderAction, InfusionRecords.EntityType);

        var infusions = app.MapGroup("/api/infusions/{id:guid}").WithTags("Infusions").RequireAuthorization(Policies.Api);
        infusions.MapGet("/", GetAsync)
            .WithSummary("One infusion: the order and dose, status, units given, vital signs with flags, monitoring schedule and thaw-to-end.")
            .RequireAuthorization(Policies.ReadInfusions).Audited(InfusionRecords.ReadAction, InfusionRecords.EntityType);
        infusions.MapPost("/identity-check", CheckIdentityAsync)
            .WithSummary("The bedside identity check {patientCode, unitCodes}: 200 and the infusion is in progress, or 409 identityCheckFailed "
                + "with its mismatches; nothing starts and no unit is used on a failure.")
            .RequireAuthorization(Policies.AdministerInfusions)
            .Audited(InfusionRecords.IdentityCheckAction, InfusionRecords.EntityType);
        infusions.MapPost("/vital-signs", RecordVitalSignsAsync)
            .WithSummary("Record vital signs {takenAt, temperatureCelsius, heartRate, systolicMmHg, diastolicMmHg, respiratoryRate, spo2Percent}: "
                + "201 with fever and out-of-range flags.")
            .RequireAuthorization(Policies.AdministerInfusions)
            .Audited(InfusionRecords.VitalSignsAction, InfusionRecords.EntityType);
        infusions.MapPost("/complete", CompleteAsync)
            .WithSummary("Complete a running infusion {endedAt}.")
            .RequireAuthorization(Policies.AdministerInfusions)
            .Audited(InfusionRecords.CompleteAction, InfusionRecords.EntityType);
        infusions.MapPost("/thaw", RecordThawAsync)
            .WithSummary("Record the thaw {thawedAt, diluent}; not after the start.")
            .RequireAuthorization(Policies.AdministerInfusions).Audited(InfusionRecords.ThawAction, InfusionRecords.EntityType);
        infusions.MapPost("/stop", StopAsync)
            .WithSummary("Stop a running infusion, or cancel an order before it starts {reason, stoppedAt?}.")
            .RequireAuthorization(Policies.AdministerInfusions).Audited(InfusionRecords.StopAction, InfusionRecords.EntityType);
        infusions.MapPost("/deviations", RecordDeviationAsync)
            .WithSummary("Record a deviation {text, occurredAt?}.")
            .RequireAuthorization(Policies.AdministerInfusions).Audited(InfusionRecords.DeviationAction, InfusionRecords.EntityType);

        app.MapGet("/api/lots/{id:guid}/recipients", RecipientsAsync).WithTags("Infusions")
            .RequireAuthorization(Policies.Api, Policies.ReadCellProducts)
            .WithSummary("The patients whose infusion from the lot passed the identity check; the cell lab sees coded references only.")
            .Audited(LotRecipients.RecipientsAction, CellProductScope.LotEntityType);
        app.MapGet("/api/lots/{id:guid}/recipients.csv", RecipientsCsvAsync).WithTags("Infusions")
            .RequireAuthorization(Policies.Api, Policies.ReadCellProducts)
            .WithSummary("The same recipients as CSV (UTF-8 with BOM; headings are the JSON field names).")
            .Audited(LotRecipients.RecipientsExportAction, CellProductScope.LotEntityType);
        app.MapGet("/api/patients/{id:guid}/lots", LotsOfPatientAsync).WithTags("Infusions")
            .RequireAuthorization(Policies.Api, Policies.ReadCellProducts)
            .WithSummary("The lots a patient received, with the infusions that gave them (staff who read patients and the cell product).")
            .Audited(LotRecipients.PatientLotsAction, "patient");
        return app;
    }

    private static async Task<Results<Created<InfusionView>, ProblemHttpResult>> OrderAsync(
        Guid id, OrderInfusionInput body, HttpContext context, HttpActor actor, InfusionRecords infusions)
    {
        var result = await infusions.OrderAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/infusions/{result.Value.Id}", result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<InfusionView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        (await infusions.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<InfusionView>, ProblemHttpResult>> CheckIdentityAsync(
        Guid id, IdentityCheckInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        (await infusions.CheckIdentityAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<VitalSignsView>, ProblemHttpResult>> RecordVitalSignsAsync(
        Guid id, VitalSignsInput body, HttpContext context, HttpActor actor, InfusionRecords infusions)
    {
        var result = await infusions.RecordVitalSignsAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/infusions/{id}", result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<InfusionView>, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteInfusionInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        (await infusions.CompleteAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<InfusionView>, ProblemHttpResult>> RecordThawAsync(
        Guid id, ThawInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        (await infusions.RecordThawAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<InfusionView>, ProblemHttpResult>> StopAsync(
        Guid id, StopInfusionInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        (await infusions.StopAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<InfusionView>, ProblemHttpResult>> RecordDeviationAsync(
        Guid id, DeviationInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        (await infusions.RecordDeviationAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<IReadOnlyList<RecipientView>>, ProblemHttpResult>> RecipientsAsync(
        Guid id, HttpContext context, HttpActor actor, LotRecipients recipients) =>
        (await recipients.RecipientsAsync(await actor.GetAsync(context.RequestAborted), id, export: false, context.RequestAborted)).ToOk(context);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RecipientsCsvAsync(
        Guid id, HttpContext context, HttpActor actor, LotRecipients recipients)
    {
        var result = await recipients.RecipientsAsync(await actor.GetAsync(context.RequestAborted), id, export: true, context.RequestAborted);
        return result.IsSuccess
            ? TypedResults.File(RecipientsCsv.Write(result.Value), "text/csv; charset=utf-8", $"lot-{id:D}-recipients.csv")
            : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<IReadOnlyList<ReceivedLotView>>, ProblemHttpResult>> LotsOfPatientAsync(
        Guid id, HttpContext context, HttpActor actor, LotRecipients recipients) =>
        (await recipients.LotsOfPatientAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);
}
