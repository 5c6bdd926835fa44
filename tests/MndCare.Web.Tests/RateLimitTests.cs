using System.Net;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

public sealed class RateLimitTests
{
    // Security test plan AS-01/AV-04: sign-in attempts beyond the limit answer 429.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Login_BeyondTheLimit_IsTooManyRequests(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Security:SignInPermitLimit"] = "3" });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await ApiClient.LoginAsync(client, $"user{i}@test.mndcare.local", "wrong-password-123")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
