using System.Text.Json;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Persistence.Identity;

namespace MndCare.Web.Features.Auth;

/// <summary>Records a sign-in attempt: as the user when it succeeded, as the anonymous requester otherwise.</summary>
public static class SignInAudit
{
    public const string Action = "auth.login";

    public static Task RecordAsync(AuditTrail audit, Actor requester, MndCareUser? user, AuditOutcome outcome, object details,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(requester);
        var actor = outcome == AuditOutcome.Success && user is not null
            ? requester with { UserId = user.Id, DisplayName = user.DisplayName }
            : requester;
        return audit.RecordAsync(actor, new AuditEntry(Action, outcome)
        {
            EntityType = "user",
            EntityId = user?.Id.ToString("D"),
            Details = JsonSerializer.Serialize(details),
        }, cancellationToken);
    }
}
