using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Paging;
using MndCare.Application.Staff;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Staff;

/// <summary>Staff administration over JSON, for administrators: invitations, roles per clinic, deactivation, authenticator reset, unlock.</summary>
public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/staff").WithTags("Staff administration").RequireAuthorization(Policies.Api, Policies.ManageStaff);
        group.MapGet("/", ListAsync)
            .WithSummary("One page of the staff of your clinics (q narrows by name or e-mail; page, pageSize).")
            .Audited(StaffAdministration.ListAction, StaffScope.EntityType);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One staff member: status, authenticator, lockout and roles per clinic; the ETag header is its version.")
            .Audited(StaffAdministration.ReadAction, StaffScope.EntityType);
        group.MapPost("/invitations", InviteAsync)
            .WithSummary("Invite by e-mail to a role in a clinic (201); an existing staff account is given the role instead (200).")
            .Audited(StaffInvitations.InviteAction, StaffScope.EntityType);
        group.MapPost("/{id:guid}/invitation", ResendAsync)
            .WithSummary("Send a new invitation link to someone who has not accepted yet; earlier links stop working.")
            .Audited(StaffInvitations.ResendAction, StaffScope.EntityType);
        group.MapPut("/{id:guid}/roles", SetRolesAsync)
            .WithSummary("Replace the roles held in one clinic ({clinicId, roles}); If-Match with the ETag is required (428 without, 412 when stale).")
            .Audited(StaffAdministration.RolesAction, StaffScope.EntityType);
        group.MapPost("/{id:guid}/deactivate", DeactivateAsync)
            .WithSummary("Deactivate the account ({reason} optional): it cannot sign in and its sessions and tokens stop at once.")
            .Audited(StaffAdministration.DeactivateAction, StaffScope.EntityType);
        group.MapPost("/{id:guid}/reactivate", ReactivateAsync)
            .WithSummary("Let a deactivated account sign in again.")
            .Audited(StaffAdministration.ReactivateAction, StaffScope.EntityType);
        group.MapPost("/{id:guid}/reset-authenticator", ResetAuthenticatorAsync)
            .WithSummary("Remove the authenticator: the person is signed out and enrols again at the next sign-in.")
            .Audited(StaffAdministration.ResetAuthenticatorAction, StaffScope.EntityType);
        group.MapPost("/{id:guid}/unlock", UnlockAsync)
            .WithSummary("End a lockout after failed sign-ins.")
            .Audited(StaffAdministration.UnlockAction, StaffScope.EntityType);
        return app;
    }

    /// <summary>Body of a deactivation.</summary>
    public sealed record DeactivateRequest(string? Reason);

    /// <summary>Body of a new invitation link.</summary>
    public sealed record ResendRequest(string? Language);

    /// <summary>The answer to an invitation: the account, whether the link was mailed, and (demo mode without mail) the link.</summary>
    public sealed record InvitationResponse(StaffMember Member, bool InvitationMailed, string? InvitationLink);

    private static async Task<Results<Ok<Paged<StaffMember>>, ProblemHttpResult>> ListAsync(
        string? q, int? page, int? pageSize, HttpContext context, HttpActor actor, StaffAdministration staff)
    {
        var request = PageRequest.Create(page, pageSize, StaffAdministration.PageSize);
        if (!request.IsSuccess)
        {
            return request.Errors.ToProblem(context);
        }
        return (await staff.ListAsync(await actor.GetAsync(context.RequestAborted), q, request.Value, context.RequestAborted)).ToOk(context);
    }

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> GetAsync(Guid id, HttpContext context, HttpActor actor, StaffAdministration staff) =>
        WithETag(await staff.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted), context);

    private static async Task<Results<Created<InvitationResponse>, Ok<InvitationResponse>, ProblemHttpResult>> InviteAsync(
        StaffInvitation body, HttpContext context, HttpActor actor, StaffInvitations invitations, InvitationDelivery delivery)
    {
        var result = await invitations.InviteAsync(await actor.GetAsync(context.RequestAborted), body, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        var response = await RespondAsync(result.Value, context, delivery);
        return result.Value.Token is null ? TypedResults.Ok(response) : TypedResults.Created($"/api/admin/staff/{result.Value.Member.Id}", response);
    }

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> ResendAsync(
        Guid id, ResendRequest? body, HttpContext context, HttpActor actor, StaffInvitations invitations, InvitationDelivery delivery)
    {
        var result = await invitations.ResendAsync(await actor.GetAsync(context.RequestAborted), id, body?.Language, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(await RespondAsync(result.Value, context, delivery)) : result.Errors.ToProblem(context);
    }

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> SetRolesAsync(
        Guid id, StaffRolesUpdate body, HttpContext context, HttpActor actor, StaffAdministration staff)
    {
        var version = context.Request.Headers.IfMatch.ToString().Trim().Trim('"');
        if (version.Length == 0)
        {
            return TypedResults.Problem(Problems.Create(context, StatusCodes.Status428PreconditionRequired, "Precondition required",
                "Send If-Match with the ETag of the staff member (GET /api/admin/staff/{id}).", "ifMatchRequired"));
        }
        return WithETag(await staff.SetRolesAsync(await actor.GetAsync(context.RequestAborted), id, body, version, context.RequestAborted), context);
    }

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> DeactivateAsync(
        Guid id, DeactivateRequest? body, HttpContext context, HttpActor actor, StaffAdministration staff) =>
        WithETag(await staff.DeactivateAsync(await actor.GetAsync(context.RequestAborted), id, body?.Reason, context.RequestAborted), context);

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> ReactivateAsync(Guid id, HttpContext context, HttpActor actor, StaffAdministration staff) =>
        WithETag(await staff.ReactivateAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted), context);

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> ResetAuthenticatorAsync(
        Guid id, HttpContext context, HttpActor actor, StaffAdministration staff) =>
        WithETag(await staff.ResetAuthenticatorAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted), context);

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> UnlockAsync(Guid id, HttpContext context, HttpActor actor, StaffAdministration staff) =>
        WithETag(await staff.UnlockAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted), context);

    private static async Task<InvitationResponse> RespondAsync(StaffInvited invited, HttpContext context, InvitationDelivery delivery)
    {
        var sent = await delivery.DeliverAsync(invited, context.RequestAborted);
        return new InvitationResponse(invited.Member, sent.Mailed, sent.DemoLink);
    }

    private static Results<Ok<StaffMember>, ProblemHttpResult> WithETag(Result<StaffMember> result, HttpContext context)
    {
        if (result.IsSuccess)
        {
            context.Response.Headers.ETag = $"\"{result.Value.Version}\"";
        }
        return result.ToOk(context);
    }
}
