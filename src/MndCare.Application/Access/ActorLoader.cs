using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;

namespace MndCare.Application.Access;

/// <summary>Builds the <see cref="Actor"/> for a signed-in user from their current memberships.</summary>
public sealed class ActorLoader(MndCareDbContext db)
{
    /// <summary>The actor for <paramref name="userId"/>, or anonymous when the user no longer exists, was deactivated, or the
    /// session's <paramref name="securityStamp"/> is no longer theirs.</summary>
    /// <remarks>Signing out or resetting the authenticator changes the stamp, so a copied cookie or token stops working on
    /// the next request (security test plan AS-07), without another query.</remarks>
    public async Task<Actor> LoadAsync(Guid userId, string? securityStamp, string? correlationId, string? clientAddress,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.SecurityStamp, u.DeactivatedAtUtc }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.DeactivatedAtUtc is not null || !string.Equals(user.SecurityStamp, securityStamp, StringComparison.Ordinal))
        {
            return Actor.Anonymous(correlationId, clientAddress);
        }
        var memberships = await db.ClinicMemberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new Membership(m.ClinicId, m.Role, m.PatientId, m.Relationship))
            .ToListAsync(cancellationToken);
        return new Actor(userId, user.DisplayName, memberships, correlationId, clientAddress);
    }
}
