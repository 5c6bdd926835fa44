using Microsoft.AspNetCore.Authorization;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>Some role of the user, in some clinic, grants <see cref="Permission"/> (or the user is a patient, when allowed).</summary>
/// <remarks>A coarse gate at the door; which records are reachable is decided again in each use case.</remarks>
public sealed class PermissionRequirement(Permission permission, bool allowPatients = false) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;

    public bool AllowPatients { get; } = allowPatients;

    /// <summary>A second permission that also satisfies the requirement (e.g. administrators who manage what others read).</summary>
    public Permission? OrPermission { get; init; }
}

public sealed class PermissionRequirementHandler(HttpActor actor) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var current = await actor.GetAsync(CancellationToken.None);
        if (current.CanAnywhere(requirement.Permission) || (requirement.OrPermission is { } other && current.CanAnywhere(other))
            || (requirement.AllowPatients && current.Holds(ClinicRole.Patient)))
        {
            context.Succeed(requirement);
        }
    }
}
