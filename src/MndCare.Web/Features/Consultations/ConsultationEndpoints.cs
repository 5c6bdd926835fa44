using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Consultations;
using MndCare.Application.Paging;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Http;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Consultations;

/// <summary>Consultation requests over JSON: the patient's draft and submission, the clinic's queue and triage.</summary>
public static class ConsultationEndpoints
{
    public static IEndpointRouteBuilder MapConsultationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/consultations").WithTags("Consultations").RequireAuthorization(Policies.Api, Policies.ConsultationAccess);
        group.MapPost("/", OpenAsync)
            .WithSummary("A patient (or family member) opens a draft consultation request; returns it with its id.")
            .RequireRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit).Audited("consultation.open", ConsultationRequests.EntityType);
        group.MapGet("/", ListAsync)
            .WithSummary("Staff: one page of the triage queue (filter by status, or assignedToMe=true; page, pageSize). Patients: their own requests.")
            .Audited("consultation.queue", ConsultationRequests.EntityType);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One consultation: questionnaire, files, messages, reports and status.")
            .Audited("consultation.read", ConsultationRequests.EntityType);
        group.MapPut("/{id:guid}/questionnaire", SaveQuestionnaireAsync)
            .WithSummary("Save the questionnaire (a draft may be partial; every given answer is checked). If-Match with the consultation's ETag is required (428 without it, 412 when stale). alsfrsrWording names the ALSFRS-R wording the items were answered in; without it, the wording of the request's language (Accept-Language).")
            .RequireRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)
            .Audited("consultation.questionnaire.save", ConsultationRequests.EntityType);
        group.MapPost("/{id:guid}/consent", ConsentAsync)
            .WithSummary("The patient (or family member) consents to the processing of health data: the consent text version read, and its language.")
            .RequireRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit).Audited("consent.give", "patient");
        group.MapPost("/{id:guid}/submit", SubmitAsync)
            .WithSummary("Send the consultation to the clinic; the questionnaire must be complete.")
            .RequireRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit).Audited("consultation.submit", ConsultationRequests.EntityType);
        group.MapPost("/{id:guid}/messages", PostMessageAsync)
            .WithSummary("Write to the clinic (patient) or to the patient (triage staff).")
            .RequireRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)
            .Audited("consultation.message.post", ConsultationRequests.EntityType);
        group.MapPost("/{id:guid}/assign", AssignAsync)
            .WithSummary("Assign to a clinician of the clinic (yourself when clinicianId is omitted).")
            .RequireAuthorization(Policies.TriageConsultations).Audited("consultation.assign", ConsultationRequests.EntityType);
        group.MapPost("/{id:guid}/request-information", RequestInformationAsync)
            .WithSummary("Ask the patient for more information; the message says what is needed.")
            .RequireAuthorization(Policies.TriageConsultations).Audited("consultation.requestInformation", ConsultationRequests.EntityType);
        group.MapPost("/{id:guid}/decline", DeclineAsync)
            .WithSummary("Decline the request, with a reason the patient reads.")
            .RequireAuthorization(Policies.TriageConsultations).Audited("consultation.decline", ConsultationRequests.EntityType);
        return app;
    }

    /// <summary>Body of the open request.</summary>
    public sealed record OpenRequest(Guid? PatientId);

    /// <summary>Body of a message, a request for information or a decline.</summary>
    public sealed record TextRequest(string? Text);

    /// <summary>Body of an assignment.</summary>
    public sealed record AssignRequest(Guid? ClinicianId);

    /// <summary>Body of a consent: the version of the consent text read, and the language it was read in (the request's language when omitted).</summary>
    public sealed record ConsentRequest(string? ConsentVersion, string? Language);

    private static async Task<Results<Created<ConsultationView>, ProblemHttpResult>> OpenAsync(
        OpenRequest? body, HttpContext context, HttpActor actor, ConsultationRequests requests)
    {
        var result = await requests.OpenAsync(await actor.GetAsync(context.RequestAborted), body?.PatientId, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        Preconditions.SetETag(context, result.Value.Version);
        return TypedResults.Created($"/api/consultations/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<Paged<ConsultationQueueItem>>, Ok<IReadOnlyList<OwnConsultationItem>>, ProblemHttpResult>> ListAsync(
        string? status, bool? assignedToMe, int? page, int? pageSize, HttpContext context, HttpActor actor, ConsultationRequests requests)
    {
        var current = await actor.GetAsync(context.RequestAborted);
        if (!current.CanAnywhere(Permission.ReadConsultations))
        {
            return TypedResults.Ok(await requests.ListOwnAsync(current, context.RequestAborted));
        }
        var request = PageRequest.Create(page, pageSize, ConsultationRequests.QueuePageSize);
        if (!request.IsSuccess)
        {
            return request.Errors.ToProblem(context);
        }
        var result = await requests.QueueAsync(current, status, assignedToMe ?? false, request.Value, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, HttpActor actor, ConsultationRequests requests) =>
        WithETag(await requests.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted), context);

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> SaveQuestionnaireAsync(
        Guid id, QuestionnaireAnswers body, HttpContext context, HttpActor actor, ConsultationRequests requests, AlsfrsRWordings wordings)
    {
        if (!Preconditions.TryGetIfMatch(context, "questionnaire", out var version, out var precondition))
        {
            return precondition!;
        }
        return WithETag(await requests.SaveAnswersAsync(await actor.GetAsync(context.RequestAborted), id,
            body with { AlsfrsrWording = body.AlsfrsrWording ?? wordings.ForInterface().Id }, version, context.RequestAborted), context);
    }

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> ConsentAsync(
        Guid id, ConsentRequest body, HttpContext context, HttpActor actor, ConsultationRequests requests) =>
        WithETag(await requests.GiveConsentAsync(await actor.GetAsync(context.RequestAborted), id, body.ConsentVersion,
            body.Language ?? CultureInfo.CurrentUICulture.Name, context.RequestAborted), context);

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> SubmitAsync(
        Guid id, HttpContext context, HttpActor actor, ConsultationRequests requests) =>
        WithETag(await requests.SubmitAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted), context);

    /// <summary>200 with the consultation and its version as the ETag (the questionnaire's If-Match), or the problem.</summary>
    private static Results<Ok<ConsultationView>, ProblemHttpResult> WithETag(Result<ConsultationView> result, HttpContext context)
    {
        if (result.IsSuccess)
        {
            Preconditions.SetETag(context, result.Value.Version);
        }
        return result.ToOk(context);
    }

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> PostMessageAsync(
        Guid id, TextRequest body, HttpContext context, HttpActor actor, ConsultationRequests requests) =>
        (await requests.PostMessageAsync(await actor.GetAsync(context.RequestAborted), id, body.Text, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> AssignAsync(
        Guid id, AssignRequest? body, HttpContext context, HttpActor actor, ConsultationRequests requests) =>
        (await requests.AssignAsync(await actor.GetAsync(context.RequestAborted), id, body?.ClinicianId, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> RequestInformationAsync(
        Guid id, TextRequest body, HttpContext context, HttpActor actor, ConsultationRequests requests) =>
        (await requests.RequestInformationAsync(await actor.GetAsync(context.RequestAborted), id, body.Text, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> DeclineAsync(
        Guid id, TextRequest body, HttpContext context, HttpActor actor, ConsultationRequests requests) =>
        (await requests.DeclineAsync(await actor.GetAsync(context.RequestAborted), id, body.Text, context.RequestAborted)).ToOk(context);
}
