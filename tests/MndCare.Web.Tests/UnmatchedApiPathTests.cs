using System.Net;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 7: an /api path that matches nothing answers a 404 problem, never a redirect to the sign-in page, whoever asks and
// with whatever method; a known path with another method answers 405 with Allow.
public sealed class UnmatchedApiPathTests(ApiWorld worlds)
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task UnknownApiPath_IsANotFoundProblem_ForEveryCallerAndMethod(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var callers = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = world.Factory.CreateClient(),
            ["patient"] = await world.ClientAsync("patient"),
            ["clinician"] = await world.ClientAsync("clinician"),
        };

        var wrong = new List<string>();
        foreach (var (caller, client) in callers)
        {
            foreach (var path in new[] { "/api/no-such-thing", "/api/patients/not-an-id/files", "/API/Nothing" })
            {
                foreach (var method in Methods)
                {
                    var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
                    var type = response.Content.Headers.ContentType?.MediaType;
                    if (response.StatusCode != HttpStatusCode.NotFound || (method != "HEAD" && type != "application/problem+json"))
                    {
                        wrong.Add($"{caller} {method} {path} -> {(int)response.StatusCode} {type}");
                    }
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task KnownApiPath_WithAnotherMethod_IsMethodNotAllowed(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);

        var response = await world.Factory.CreateClient().DeleteAsync("/api/auth/login");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}
