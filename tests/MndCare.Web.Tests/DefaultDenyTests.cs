using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Persistence;

namespace MndCare.Web.Tests;

// Security test plan AC-07: every endpoint, enumerated from the application, refuses a caller who is not signed in,
// except an explicit allowlist; a new anonymous endpoint must be added here on purpose.
public sealed partial class DefaultDenyTests(ApiWorld worlds)
{
    private static readonly string[] AnonymousRoutes =
    [
        "/api/auth/login", "/health", "/openapi/{documentName}.json",
        "Account/AcceptInvitation", "Account/AccessDenied", "Account/ConfirmEmail", "Account/Login", "Account/LoginWith2fa", "Account/Register",
        "Consultation", "Language", "Status/{code:int}",
    ];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public async Task EveryEndpoint_WithoutSignIn_IsRefused_ExceptTheAllowlist()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var endpoints = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText!)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var client = world.Factory.CreateClient();

        var answers = new List<string>();
        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), Guid.CreateVersion7().ToString("D"));
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods)
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);
                var refused = path.StartsWith("/api/", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal);
                if (!refused)
                {
                    answers.Add($"{method} {path} -> {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(endpoints.Count >= 30, $"Only {endpoints.Count} endpoints were found; is the enumeration broken?");
        Assert.Equal(AnonymousRoutes.Order(StringComparer.Ordinal), anonymous);
        Assert.Empty(answers);
    }
}
