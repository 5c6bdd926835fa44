using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.CellProducts;
using MndCare.Application.Infusions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Http;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Infusions;

/// <summary>Infusions over JSON: the clinician's order, the nurse's bedside identity check, vital signs and completion, and the
/// recall queries (a lot's recipients, a patient's lots).</summary>
/// <remarks>docs/therapy/infusion.md, "API". Reads and changes send the infusion's version as the ETag; a change may send it back in
/// If-Match (optional, so the request contracts hold without it) and then answers 412 when someone changed the infusion meanwhile.</remarks>
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

        var settings = app.MapGroup("/api/infusion-settings").WithTags("Infusions").RequireAuthorization(Policies.Api, Policies.ManageInfusionSettings);
        settings.MapGet("/", GetSettingsAsync)
            .WithSummary("The clinic's infusion settings {minCellsPerKg, maxCellsPerKg, weightMaxAgeDays, monitoringIntervalMinutes, "
                + "monitoringAfterEndMinutes, version}; the version is also the ETag.")
            .Audited(InfusionPolicies.ReadAction, InfusionPolicies.EntityType);
        settings.MapPut("/", SaveSettingsAsync)
            .WithSummary("Replace the clinic's infusion settings; 400 naming each setting that breaks its rule (max/min must stay below 10); "
                + "If-Match optional, 412 when stale.")
            .Audited(InfusionPolicies.SaveAction, InfusionPolicies.EntityType);
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
        WithETag(context, await infusions.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted));

    private static Task<Results<Ok<InfusionView>, ProblemHttpResult>> CheckIdentityAsync(
        Guid id, IdentityCheckInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        ChangeAsync(context, actor, (a, version) => infusions.CheckIdentityAsync(a, id, body, version, context.RequestAborted));

    private static async Task<Results<Created<VitalSignsView>, ProblemHttpResult>> RecordVitalSignsAsync(
        Guid id, VitalSignsInput body, HttpContext context, HttpActor actor, InfusionRecords infusions)
    {
        if (!TryGetOptionalIfMatch(context, out var version, out var precondition))
        {
            return precondition!;
        }
        var result = await infusions.RecordVitalSignsAsync(await actor.GetAsync(context.RequestAborted), id, body, version, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Created($"/api/infusions/{id}", result.Value) : result.Errors.ToProblem(context);
    }

    private static Task<Results<Ok<InfusionView>, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteInfusionInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        ChangeAsync(context, actor, (a, version) => infusions.CompleteAsync(a, id, body, version, context.RequestAborted));

    private static Task<Results<Ok<InfusionView>, ProblemHttpResult>> RecordThawAsync(
        Guid id, ThawInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        ChangeAsync(context, actor, (a, version) => infusions.RecordThawAsync(a, id, body, version, context.RequestAborted));

    private static Task<Results<Ok<InfusionView>, ProblemHttpResult>> StopAsync(
        Guid id, StopInfusionInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        ChangeAsync(context, actor, (a, version) => infusions.StopAsync(a, id, body, version, context.RequestAborted));

    private static Task<Results<Ok<InfusionView>, ProblemHttpResult>> RecordDeviationAsync(
        Guid id, DeviationInput body, HttpContext context, HttpActor actor, InfusionRecords infusions) =>
        ChangeAsync(context, actor, (a, version) => infusions.RecordDeviationAsync(a, id, body, version, context.RequestAborted));

    private static async Task<Results<Ok<InfusionSettingsView>, ProblemHttpResult>> GetSettingsAsync(
        HttpContext context, HttpActor actor, InfusionPolicies settings)
    {
        var result = await settings.GetAsync(await actor.GetAsync(context.RequestAborted), context.RequestAborted);
        return WithETag(context, result, result.IsSuccess ? result.Value.Version : null);
    }

    private static async Task<Results<Ok<InfusionSettingsView>, ProblemHttpResult>> SaveSettingsAsync(
        InfusionSettingsInput body, HttpContext context, HttpActor actor, InfusionPolicies settings)
    {
        if (!TryGetOptionalIfMatch(context, out var version, out var precondition))
        {
            return precondition!;
        }
        var result = await settings.SaveAsync(await actor.GetAsync(context.RequestAborted), body, version, context.RequestAborted);
        return WithETag(context, result, result.IsSuccess ? result.Value.Version : null);
    }

    // A change of one infusion: the version from If-Match when sent (412 when stale), and the new version as the ETag.
    private static async Task<Results<Ok<InfusionView>, ProblemHttpResult>> ChangeAsync(HttpContext context, HttpActor actor,
        Func<Application.Access.Actor, Guid?, Task<Result<InfusionView>>> change)
    {
        if (!TryGetOptionalIfMatch(context, out var version, out var precondition))
        {
            return precondition!;
        }
        return WithETag(context, await change(await actor.GetAsync(context.RequestAborted), version));
    }

    // If-Match is optional here: absent, the change is made; present, it must hold a version (412 otherwise).
    private static bool TryGetOptionalIfMatch(HttpContext context, out Guid? version, out ProblemHttpResult? problem)
    {
        version = null;
        problem = null;
        if (context.Request.Headers.IfMatch.Count == 0)
        {
            return true;
        }
        if (!Preconditions.TryGetIfMatch(context, "infusion", out var sent, out problem))
        {
            return false;
        }
        version = sent;
        return true;
    }

    private static Results<Ok<InfusionView>, ProblemHttpResult> WithETag(HttpContext context, Result<InfusionView> result) =>
        WithETag(context, result, result.IsSuccess ? result.Value.Version : null);

    private static Results<Ok<T>, ProblemHttpResult> WithETag<T>(HttpContext context, Result<T> result, string? version)
    {
        if (version is not null)
        {
            Preconditions.SetETag(context, version);
        }
        return result.ToOk(context);
    }

    private static async Task<Results<Ok<IReadOnlyList<RecipientView>>, ProblemHttpResult>> RecipientsAsync(
        Guid id, HttpContext context, HttpActor actor, LotRecipients recipients) =>
        (await recipients.RecipientsAsync(await actor.GetAsync(context.RequestAborted), id, export: false, context.RequestAborted)).ToOk(context);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RecipientsCsvAsync(
        Guid id, HttpContext context, HttpActor actor, LotRecipients recipients, Application.Safety.Views.SafetyViews safety)
    {
        var result = await recipients.RecipientsAsync(await actor.GetAsync(context.RequestAborted), id, export: true, context.RequestAborted);
        return result.IsSuccess
            ? TypedResults.File(RecipientsCsv.Write(result.Value, await safety.LotEventsByRecipientAsync(id, context.RequestAborted)), "text/csv; charset=utf-8",
                $"lot-{id:D}-recipients.csv")
            : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<IReadOnlyList<ReceivedLotView>>, ProblemHttpResult>> LotsOfPatientAsync(
        Guid id, HttpContext context, HttpActor actor, LotRecipients recipients) =>
        (await recipients.LotsOfPatientAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);
}
