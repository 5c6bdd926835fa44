using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>Ends a cookie session a fixed time after sign-in, however active it is (NIST SP 800-63B rev. 3 AAL2).</summary>
/// <remarks>Sliding renewal re-issues the cookie, so the sign-in time is kept in the ticket's properties.</remarks>
public static class SessionLifetime
{
    private const string SignedInAtKey = "mndcare.signed-in-at";

    public static void Configure(CookieAuthenticationEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var baseSigningIn = events.OnSigningIn;
        events.OnSigningIn = async context =>
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            context.Properties.Items.TryAdd(SignedInAtKey, clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            await baseSigningIn(context);
        };
        var baseValidate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var limit = TimeSpan.FromHours(services.GetRequiredService<IOptions<SecurityOptions>>().Value.AbsoluteTimeoutHours);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var text)
                || !long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > limit)
            {
                context.RejectPrincipal();
                return;
            }
            await baseValidate(context);
        };
    }
}
