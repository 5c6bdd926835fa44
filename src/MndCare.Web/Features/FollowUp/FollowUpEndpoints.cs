using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MndCare.Application.FollowUp;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Http;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.FollowUp;

/// <summary>Follow-up over JSON: the clinic's due, overdue and missed list, a patient's follow-up, clinical events, "known alive" dates, the
/// home self-report of the ALSFRS-R and the clinic's schedule settings.</summary>
/// <remarks>docs/outcomes/follow-up.md, "API".</remarks>
public static class FollowUpEndpoints
{
    public static IEndpointRouteBuilder MapFollowUpEndpoints(this IEndpointRouteBuilder app)
    {
        var clinic = app.MapGroup("/api/follow-up").WithTags("Follow-up").RequireAuthorization(Policies.Api);
        clinic.MapGet("/", ListAsync)
            .WithSummary("The clinic's follow-up timepoints of living patients by due date: ?status=due&status=overdue (the default), missed, upcoming, "
                + "done; ?clinicId= for staff of several clinics.")
            .RequireAuthorization(Policies.ManageFollowUp).Audited(FollowUpSchedules.ListAction, "followUp");
        clinic.MapGet("/settings", GetSettingsAsync)
            .WithSummary("The clinic's follow-up schedule {monthsAfterEnd, windowDays, version}, with its ETag.")
            .RequireAuthorization(Policies.ManageFollowUpSettings).Audited(FollowUpPolicies.ReadAction, FollowUpPolicies.EntityType);
        clinic.MapPut("/settings", SaveSettingsAsync)
            .WithSummary("Replace the clinic's follow-up schedule {monthsAfterEnd: [1, 3, 6, 12], windowDays: 14}; If-Match required.")
            .RequireAuthorization(Policies.ManageFollowUpSettings).Audited(FollowUpPolicies.SaveAction, FollowUpPolicies.EntityType);

        var patients = app.MapGroup("/api/patients/{id:guid}").WithTags("Follow-up").RequireAuthorization(Policies.Api);
        patients.MapGet("/follow-up", PatientAsync)
            .WithSummary("The patient's follow-up: each course's timepoints with status, clinical events, known-alive dates and self-reports; "
                + "the patient and caregivers read their own.")
            .RequireAuthorization(Policies.FollowUpAccess).Audited(FollowUpSchedules.ReadAction, "followUp");
        patients.MapPost("/clinical-events", RecordEventAsync)
            .WithSummary("Record a clinical event {kind: gastrostomy|nonInvasiveVentilation|permanentVentilation|tracheostomy|death, occurredOn, note?}: "
                + "201; 409 eventAlreadyRecorded for a second event of a kind; a death also sets the patient's death date.")
            .RequireAuthorization(Policies.ManageFollowUp).Audited(ClinicalEvents.RecordEventAction, ClinicalEvents.EventEntityType);
        patients.MapPost("/vital-status", RecordVitalStatusAsync)
            .WithSummary("Record that the patient was known alive {knownAliveOn}: 201.")
            .RequireAuthorization(Policies.ManageFollowUp).Audited(ClinicalEvents.RecordVitalStatusAction, ClinicalEvents.VitalStatusEntityType);
        patients.MapPost("/self-reports", RecordSelfReportAsync)
            .WithSummary("The patient or a caregiver enters the self-administered ALSFRS-R at home {enteredBy: patient|caregiver, relationship?, "
                + "alsfrsrWording, items: {speech: 4, ...}}: 201; stored as an assessment in mode selfAdministered, dated today.")
            .RequireAuthorization(Policies.SelfReport).Audited(SelfReports.RecordAction, SelfReports.EntityType);
        return app;
    }

    private static async Task<Results<Ok<FollowUpListView>, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "status")] string[]? status, Guid? clinicId, HttpContext context, HttpActor actor, FollowUpSchedules schedules) =>
        (await schedules.ClinicListAsync(await actor.GetAsync(context.RequestAborted), status, clinicId, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<PatientFollowUpView>, ProblemHttpResult>> PatientAsync(
        Guid id, HttpContext context, HttpActor actor, FollowUpSchedules schedules) =>
        (await schedules.PatientAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<ClinicalEventView>, ProblemHttpResult>> RecordEventAsync(
        Guid id, ClinicalEventInput body, HttpContext context, HttpActor actor, ClinicalEvents events) =>
        Created(context, id, await events.RecordEventAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted));

    private static async Task<Results<Created<VitalStatusView>, ProblemHttpResult>> RecordVitalStatusAsync(
        Guid id, VitalStatusInput body, HttpContext context, HttpActor actor, ClinicalEvents events) =>
        Created(context, id, await events.RecordVitalStatusAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted));

    private static async Task<Results<Created<SelfReportView>, ProblemHttpResult>> RecordSelfReportAsync(
        Guid id, SelfReportInput body, HttpContext context, HttpActor actor, SelfReports reports) =>
        Created(context, id, await reports.RecordAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted));

    private static async Task<Results<Ok<FollowUpSettingsView>, ProblemHttpResult>> GetSettingsAsync(
        HttpContext context, HttpActor actor, FollowUpPolicies settings)
    {
        var result = await settings.GetAsync(await actor.GetAsync(context.RequestAborted), context.RequestAborted);
        return WithETag(context, result);
    }

    private static async Task<Results<Ok<FollowUpSettingsView>, ProblemHttpResult>> SaveSettingsAsync(
        FollowUpSettingsInput body, HttpContext context, HttpActor actor, FollowUpPolicies settings)
    {
        if (!Preconditions.TryGetIfMatch(context, "follow-up schedule", out var version, out var precondition))
        {
            return precondition!;
        }
        var result = await settings.SaveAsync(await actor.GetAsync(context.RequestAborted), body, version, context.RequestAborted);
        return WithETag(context, result);
    }

    private static Results<Created<T>, ProblemHttpResult> Created<T>(HttpContext context, Guid patientId, Result<T> result) =>
        result.IsSuccess ? TypedResults.Created($"/api/patients/{patientId}/follow-up", result.Value) : result.Errors.ToProblem(context);

    private static Results<Ok<FollowUpSettingsView>, ProblemHttpResult> WithETag(HttpContext context, Result<FollowUpSettingsView> result)
    {
        if (result.IsSuccess)
        {
            Preconditions.SetETag(context, result.Value.Version);
        }
        return result.ToOk(context);
    }
}
