using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;

namespace MndCare.Application.Access;

/// <summary>Builds the <see cref="Actor"/> for a signed-in user from their current memberships.</summary>
public sealed class ActorLoader(MndCareDbContext db)
{
    /// <summary>The actor for <paramref name="userId"/>, or anonymous when the user no longer exists.</summary>
    public async Task<Actor> LoadAsync(Guid userId, string? correlationId, string? clientAddress, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return Actor.Anonymous(correlationId, clientAddress);
        }
        var memberships = await db.ClinicMemberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new Membership(m.ClinicId, m.Role, m.PatientId, m.Relationship))
            .ToListAsync(cancellationToken);
        return new Actor(userId, user.DisplayName, memberships, correlationId, clientAddress);
    }
}
