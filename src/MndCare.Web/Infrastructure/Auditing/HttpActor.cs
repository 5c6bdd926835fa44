using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MndCare.Application.Access;

namespace MndCare.Web.Infrastructure.Auditing;

/// <summary>The <see cref="Actor"/> of the current request, loaded once from the database.</summary>
public sealed class HttpActor(IHttpContextAccessor accessor, ActorLoader loader, IOptions<IdentityOptions> identity)
{
    private Actor? _actor;

    /// <summary>The header that carries the correlation id back to the client.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    public async Task<Actor> GetAsync(CancellationToken cancellationToken)
    {
        if (_actor is not null)
        {
            return _actor;
        }
        var context = accessor.HttpContext ?? throw new InvalidOperationException("No HTTP request is in progress.");
        var correlationId = context.TraceIdentifier;
        var address = context.Connection.RemoteIpAddress?.ToString();
        var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        _actor = id is not null && Guid.TryParse(id, out var userId)
            ? await loader.LoadAsync(userId, context.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType), correlationId,
                address, cancellationToken)
            : Actor.Anonymous(correlationId, address);
        return _actor;
    }
}
