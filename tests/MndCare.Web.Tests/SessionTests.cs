using System.Net;
using Microsoft.Extensions.Time.Testing;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan AS-06: sessions end after 15 idle minutes and 12 hours after sign-in however active.
public sealed class SessionTests
{
    private static async Task<(HttpClient Client, FakeTimeProvider Clock, MndCareWebFactory Factory, TestDatabase Database)> SignedInPatientAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var factory = new MndCareWebFactory(database, clock: clock);
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Session clinic");
        return (await PageSession.SignInAsync(factory, user.Email!, TestWorld.Password), clock, factory, database);
    }

    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal);

    [Fact]
    public async Task Session_EndsAfterFifteenIdleMinutes()
    {
        var (client, clock, factory, database) = await SignedInPatientAsync();
        await using (database)
        await using (factory)
        {
            clock.Advance(TimeSpan.FromMinutes(14));
            Assert.False(SentToSignIn(await client.GetAsync("/")));

            clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
            Assert.True(SentToSignIn(await client.GetAsync("/")));
        }
    }

    [Fact]
    public async Task Session_EndsTwelveHoursAfterSignInEvenWhenActive()
    {
        var (client, clock, factory, database) = await SignedInPatientAsync();
        await using (database)
        await using (factory)
        {
            for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(10); elapsed += TimeSpan.FromMinutes(10))
            {
                clock.Advance(TimeSpan.FromMinutes(10));
                Assert.False(SentToSignIn(await client.GetAsync("/")), $"signed out early, after {elapsed}");
            }

            clock.Advance(TimeSpan.FromMinutes(11));
            Assert.True(SentToSignIn(await client.GetAsync("/")));
        }
    }
}
