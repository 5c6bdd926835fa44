using System.Net;
using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Tests;

// Issue 7, the documented production set-up: the application in Production behind a TLS-terminating reverse proxy, over
// real loopback sockets. Forms work (security test plan AS-05 cookies), HSTS is sent (HC-01), the audit trail names the
// client (AU-01), sign-in limits count per client (AS-01, AV-04), and forwarded headers from an unknown sender are
// ignored (D7: X-Forwarded-For spoofing).
public sealed class ReverseProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Loopback;
    private static readonly IPAddress Stranger = IPAddress.Parse("127.0.0.2");
    private const string PublicHost = "clinic.example.org";

    private static HttpClient From(Uri server, IPAddress sender, string claimedClient) => RealServer.Client(server, sender, new Dictionary<string, string>
    {
        ["X-Forwarded-For"] = claimedClient,
        ["X-Forwarded-Proto"] = "https",
        ["X-Forwarded-Host"] = PublicHost,
    });

    private static async Task<string?> ClientAddressAuditedFor(TestDatabase database, HttpResponseMessage response)
    {
        var correlation = response.Headers.GetValues(HttpActor.CorrelationHeader).Single();
        await using var db = database.CreateContext();
        return (await db.AuditEvents.AsNoTracking().SingleAsync(e => e.CorrelationId == correlation)).ClientAddress;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Production_BehindTheProxy_FormsWork_ClientsAreToldApart_SpoofingIsIgnored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["ReverseProxy:KnownProxies:0"] = Proxy.ToString(),
            ["Mail:PublicBaseUrl"] = "https://" + PublicHost,
            ["Security:SignInPermitLimit"] = "3",
        }, environment: "Production");
        var server = RealServer.Start(factory);
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Proxied clinic");

        // A page with a form, read and posted through the proxy: secure cookies, antiforgery, HSTS, the client's address.
        var browser = From(server, Proxy, "203.0.113.10");
        var form = await browser.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", form.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains(form.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith("__Host-", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var signIn = await PageSession.SubmitAsync(browser, "/Account/Login",
            new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = TestWorld.Password });
        Assert.Equal((HttpStatusCode.Redirect, "/"), (signIn.StatusCode, signIn.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Portal")).StatusCode);
        Assert.Equal("203.0.113.10", await ClientAddressAuditedFor(database, signIn));

        // Sign-in limits count per client, not for the proxy as a whole; a refusal says when to come back.
        var busy = From(server, Proxy, "203.0.113.20");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await ApiClient.LoginAsync(busy, "nobody@example.org", "wrong-password-123");
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.LoginAsync(From(server, Proxy, "203.0.113.21"), "nobody@example.org", "wrong-password-123")).StatusCode);

        // The same headers from a sender that is not the proxy change nothing: its own address is audited and limited,
        // whatever client it claims, and the request stays plain http (no HSTS).
        var spoofed = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            spoofed.Add(await ApiClient.LoginAsync(From(server, Stranger, $"198.51.100.{i + 1}"), "nobody@example.org", "wrong-password-123"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed[^1].StatusCode);
        Assert.Equal("127.0.0.2", await ClientAddressAuditedFor(database, spoofed[0]));
        Assert.False(spoofed[0].Headers.Contains("Strict-Transport-Security"));

        // Production does not publish the API description.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/openapi/v1.json")).StatusCode);
    }

    // Issue 7: confirmation links come only from Mail:PublicBaseUrl, which Production cannot start without.
    [Fact]
    public async Task Production_WithoutAPublicBaseUrl_DoesNotStart()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, environment: "Production");

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Mail:PublicBaseUrl", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReverseProxy_WithAMalformedAddress_DoesNotStart()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["ReverseProxy:KnownNetworks:0"] = "10.0.0.0/33" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ReverseProxy:KnownNetworks", failure.ToString(), StringComparison.Ordinal);
    }
}
