using Microsoft.Extensions.Diagnostics.HealthChecks;
using MndCare.Persistence;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Features.Health;

/// <summary>GET /health: 200 "Healthy" when the database answers, 503 otherwise.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddMndCareHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous().DisableRateLimiting().NotAudited("service status only; no patient data");
        return app;
    }

    private sealed class DatabaseHealthCheck(MndCareDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
