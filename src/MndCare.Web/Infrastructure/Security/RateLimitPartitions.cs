using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using MndCare.Application.Access;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>What the rate-limit policies count requests by, and how a refusal tells the caller when to come back.</summary>
/// <remarks>The client's address is the one the trusted reverse proxy reported (<see cref="ReverseProxyOptions"/>), so
/// clients behind one proxy each have their own budget; an account's budget follows it from address to address.</remarks>
public static class RateLimitPartitions
{
    /// <summary>Told to a refused caller when the limiter cannot say better.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary>Counts per client network (<see cref="ClientNetwork"/>).</summary>
    public static string ByClientNetwork(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return "network:" + ClientNetwork.Of(context.Connection.RemoteIpAddress);
    }

    /// <summary>Counts per signed-in account; callers who are not signed in count per client network.</summary>
    public static string ByAccount(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? "account:" + userId : ByClientNetwork(context);
    }

    /// <summary>Only POSTs count (sign-in forms are read freely).</summary>
    public static bool Posts(HttpContext context) => HttpMethods.IsPost(context.Request.Method);

    /// <summary>Every method but GET and HEAD counts.</summary>
    public static bool Writes(HttpContext context) => !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);

    /// <summary>A fixed window of <paramref name="permitLimit"/> counted requests per partition; uncounted requests pass.</summary>
    public static Func<HttpContext, RateLimitPartition<string>> FixedWindow(Func<HttpContext, bool> counts,
        Func<HttpContext, string> partitionBy, int permitLimit, TimeSpan window) => context => counts(context)
            ? RateLimitPartition.GetFixedWindowLimiter(partitionBy(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("uncounted");

    /// <summary>Every 429 carries Retry-After (RFC 9110 section 10.2.3), in whole seconds.</summary>
    public static ValueTask TellWhenToRetryAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : DefaultRetryAfter;
        context.HttpContext.Response.Headers.RetryAfter =
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }
}
