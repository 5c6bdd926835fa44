using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Access;
using MndCare.Application.Courses;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Http;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Courses;

/// <summary>Treatment courses over JSON: templates, planning, the calendar, states, sessions and concomitant medications.</summary>
/// <remarks>docs/therapy/courses.md, "API". Every change of a course or a template needs If-Match with the ETag read
/// (428 without it, 412 when stale), like the patient record.</remarks>
public static class CourseEndpoints
{
    public static IEndpointRouteBuilder MapCourseEndpoints(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/course-templates").WithTags("Treatment courses").RequireAuthorization(Policies.Api);
        templates.MapGet("/", ListTemplatesAsync)
            .WithSummary("The course templates of your clinics, archived ones included (clinicians and administrators).")
            .Audited(CourseTemplates.ListAction, CourseTemplates.EntityType);
        templates.MapPost("/", CreateTemplateAsync)
            .WithSummary("Add a template {template: {...}, archived}; clinicId is needed only for administrators of several clinics.")
            .RequireAuthorization(Policies.ManageCourseTemplates).Audited(CourseTemplates.CreateAction, CourseTemplates.EntityType);
        templates.MapPut("/{id:guid}", UpdateTemplateAsync)
            .WithSummary("Replace a template's values and archived flag; planned courses keep their copy. If-Match is required.")
            .RequireAuthorization(Policies.ManageCourseTemplates).Audited(CourseTemplates.UpdateAction, CourseTemplates.EntityType);

        app.MapPost("/api/patients/{id:guid}/courses", PlanAsync).WithTags("Treatment courses").RequireAuthorization(Policies.Api, Policies.PlanCourses)
            .WithSummary("Plan a course {templateId, startsOn}: 201 with its calendar; 409 patientDoubleBooked or templateArchived.")
            .Audited(TreatmentCourses.PlanAction, TreatmentCourses.EntityType);

        var courses = app.MapGroup("/api/courses/{id:guid}").WithTags("Treatment courses").RequireAuthorization(Policies.Api);
        courses.MapGet("/", GetAsync)
            .WithSummary("One course: state, sessions, medications and double-bookings; the ETag header is its version.")
            .RequireAuthorization(Policies.CourseAccess).Audited(TreatmentCourses.ReadAction, TreatmentCourses.EntityType);
        courses.MapPost("/start", StartAsync)
            .WithSummary("Mark a planned course in progress (not before its first day).")
            .RequireAuthorization(Policies.PlanCourses).Audited(TreatmentCourses.StartAction, TreatmentCourses.EntityType);
        courses.MapPost("/complete", CompleteAsync)
            .WithSummary("Complete a course in progress once every session has started.")
            .RequireAuthorization(Policies.PlanCourses).Audited(TreatmentCourses.CompleteAction, TreatmentCourses.EntityType);
        courses.MapPost("/stop", StopAsync)
            .WithSummary("Stop a planned or running course early {reason}.")
            .RequireAuthorization(Policies.PlanCourses).Audited(TreatmentCourses.StopAction, TreatmentCourses.EntityType);
        courses.MapPost("/sessions/{sessionId:guid}/reschedule", RescheduleAsync)
            .WithSummary("Move a session {startsAt (ISO 8601 with offset), durationMinutes?, reason}; 409 patientDoubleBooked.")
            .RequireAuthorization(Policies.PlanCourses).Audited(TreatmentCourses.RescheduleAction, TreatmentCourses.EntityType);
        courses.MapPut("/sessions/{sessionId:guid}/assignment", AssignAsync)
            .WithSummary("Set a session's room and staff member {room, staffUserId}; overlaps come back as warnings in conflicts.")
            .RequireAuthorization(Policies.PlanCourses).Audited(TreatmentCourses.AssignAction, TreatmentCourses.EntityType);
        courses.MapPost("/medications", AddMedicationAsync)
            .WithSummary("Record a concomitant medication {medication, name, doseText, startsOn, stopsOn}.")
            .RequireAuthorization(Policies.PlanCourses).Audited(TreatmentCourses.AddMedicationAction, TreatmentCourses.EntityType);
        courses.MapPost("/medications/{medicationId:guid}/stop", StopMedicationAsync)
            .WithSummary("Record the last day a medication was taken {stopsOn}.")
            .RequireAuthorization(Policies.PlanCourses).Audited(TreatmentCourses.StopMedicationAction, TreatmentCourses.EntityType);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<CourseTemplateView>>, ProblemHttpResult>> ListTemplatesAsync(
        HttpContext context, HttpActor actor, CourseTemplates templates) =>
        (await templates.ListAsync(await actor.GetAsync(context.RequestAborted), context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<CourseTemplateView>, ProblemHttpResult>> CreateTemplateAsync(
        CourseTemplateBody body, Guid? clinicId, HttpContext context, HttpActor actor, CourseTemplates templates)
    {
        var result = await templates.CreateAsync(await actor.GetAsync(context.RequestAborted), clinicId, body, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        Preconditions.SetETag(context, result.Value.Version);
        return TypedResults.Created($"/api/course-templates/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<CourseTemplateView>, ProblemHttpResult>> UpdateTemplateAsync(
        Guid id, CourseTemplateBody body, HttpContext context, HttpActor actor, CourseTemplates templates)
    {
        if (!Preconditions.TryGetIfMatch(context, "template", out var version, out var precondition))
        {
            return precondition!;
        }
        var result = await templates.UpdateAsync(await actor.GetAsync(context.RequestAborted), id, body, version, context.RequestAborted);
        return WithETag(context, result, result.IsSuccess ? result.Value.Version : null);
    }

    private static async Task<Results<Created<CourseView>, ProblemHttpResult>> PlanAsync(
        Guid id, PlanCourseInput body, HttpContext context, HttpActor actor, TreatmentCourses courses)
    {
        var result = await courses.PlanAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        Preconditions.SetETag(context, result.Value.Version);
        return TypedResults.Created($"/api/courses/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<CourseView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext context, HttpActor actor, TreatmentCourses courses)
    {
        var result = await courses.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted);
        return WithETag(context, result, result.IsSuccess ? result.Value.Version : null);
    }

    private static Task<Results<Ok<CourseView>, ProblemHttpResult>> StartAsync(Guid id, HttpContext context, HttpActor actor, TreatmentCourses courses) =>
        ChangeAsync(context, actor, (a, version) => courses.StartAsync(a, id, version, context.RequestAborted));

    private static Task<Results<Ok<CourseView>, ProblemHttpResult>> CompleteAsync(Guid id, HttpContext context, HttpActor actor, TreatmentCourses courses) =>
        ChangeAsync(context, actor, (a, version) => courses.CompleteAsync(a, id, version, context.RequestAborted));

    private static Task<Results<Ok<CourseView>, ProblemHttpResult>> StopAsync(
        Guid id, StopCourseInput body, HttpContext context, HttpActor actor, TreatmentCourses courses) =>
        ChangeAsync(context, actor, (a, version) => courses.StopAsync(a, id, body, version, context.RequestAborted));

    private static Task<Results<Ok<CourseView>, ProblemHttpResult>> RescheduleAsync(
        Guid id, Guid sessionId, RescheduleSessionInput body, HttpContext context, HttpActor actor, TreatmentCourses courses) =>
        ChangeAsync(context, actor, (a, version) => courses.RescheduleAsync(a, id, sessionId, body, version, context.RequestAborted));

    private static Task<Results<Ok<CourseView>, ProblemHttpResult>> AssignAsync(
        Guid id, Guid sessionId, AssignSessionInput body, HttpContext context, HttpActor actor, TreatmentCourses courses) =>
        ChangeAsync(context, actor, (a, version) => courses.AssignAsync(a, id, sessionId, body, version, context.RequestAborted));

    private static Task<Results<Ok<CourseView>, ProblemHttpResult>> AddMedicationAsync(
        Guid id, MedicationInput body, HttpContext context, HttpActor actor, TreatmentCourses courses) =>
        ChangeAsync(context, actor, (a, version) => courses.AddMedicationAsync(a, id, body, version, context.RequestAborted));

    private static Task<Results<Ok<CourseView>, ProblemHttpResult>> StopMedicationAsync(
        Guid id, Guid medicationId, StopMedicationInput body, HttpContext context, HttpActor actor, TreatmentCourses courses) =>
        ChangeAsync(context, actor, (a, version) => courses.StopMedicationAsync(a, id, medicationId, body, version, context.RequestAborted));

    // Every change of a course needs the version read: a change made meanwhile is never overwritten.
    private static async Task<Results<Ok<CourseView>, ProblemHttpResult>> ChangeAsync(HttpContext context, HttpActor actor,
        Func<Actor, Guid, Task<Result<CourseView>>> change)
    {
        if (!Preconditions.TryGetIfMatch(context, "course", out var version, out var precondition))
        {
            return precondition!;
        }
        var result = await change(await actor.GetAsync(context.RequestAborted), version);
        return WithETag(context, result, result.IsSuccess ? result.Value.Version : null);
    }

    private static Results<Ok<T>, ProblemHttpResult> WithETag<T>(HttpContext context, Result<T> result, string? version)
    {
        if (version is not null)
        {
            Preconditions.SetETag(context, version);
        }
        return result.ToOk(context);
    }
}
