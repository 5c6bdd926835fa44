using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MndCare.Application.Auditing;

/// <summary>Registers the anchor file and the chain check that uses it.</summary>
public static class AuditAnchorServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AuditAnchorLog"/> for the "Audit" section (validated when the host starts) and <see cref="AuditChainCheck"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="contentRoot">Where a relative anchor path starts.</param>
    public static IServiceCollection AddMndCareAuditAnchors(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        services.AddOptions<AuditAnchorOptions>()
            .Bind(configuration.GetSection(AuditAnchorOptions.Section))
            .PostConfigure(o => o.AnchorPath = string.IsNullOrWhiteSpace(o.AnchorPath) ? o.AnchorPath : Path.GetFullPath(o.AnchorPath, contentRoot))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AuditAnchorLog>();
        services.AddScoped<AuditChainCheck>();
        return services;
    }
}
