using System.ComponentModel.DataAnnotations;
using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>The reverse proxies (TLS terminators) whose X-Forwarded-For, -Proto and -Host headers are believed; bound from
/// the "ReverseProxy" section and validated at start.</summary>
/// <remarks>Nothing is trusted by default, not even loopback: from any other sender the headers are ignored, so a client
/// cannot choose the address it is audited and rate-limited under (security test plan D7).</remarks>
public sealed class ReverseProxyOptions : IValidatableObject
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies, for example 10.0.0.5 or ::1.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, for example 10.0.0.0/24.</summary>
    public IList<string> KnownNetworks { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/24).",
                [nameof(KnownNetworks)]);
        }
    }

    /// <summary>Makes the forwarded-headers middleware believe exactly these proxies.</summary>
    public void ApplyTo(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(IPNetwork.Parse(network));
        }
        // Chained proxies are each listed; the client is the first address, from the right, that is none of them.
        options.ForwardLimit = null;
    }
}
