using System.Net;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan AS-07: signing out ends every session and token of the user at once, not after a validation interval.
public sealed class SessionRevocationTests
{
    [Fact]
    public async Task SignOut_EndsTheUsersOtherSessionsAndTokens_AtOnce()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database);
        var (_, patient, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Revocation clinic");
        var leaving = await PageSession.SignInAsync(factory, user.Email!, TestWorld.Password);
        var otherDevice = await PageSession.SignInAsync(factory, user.Email!, TestWorld.Password);
        var token = await ApiClient.SignedInAsync(factory, user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync($"/Patients/{patient.Id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync($"/api/patients/{patient.Id}", TestContext.Current.CancellationToken)).StatusCode);

        await PageSession.SubmitAsync(leaving, "/Account/Logout", new Dictionary<string, string>());

        var page = await otherDevice.GetAsync($"/Patients/{patient.Id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync($"/api/patients/{patient.Id}", TestContext.Current.CancellationToken)).StatusCode);
    }
}
