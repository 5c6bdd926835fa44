using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Access;
using MndCare.Application.Identity;
using MndCare.Application.Staff;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan AS-01 (issue 7): failed sign-ins from one client lock that client out of the account, never everyone
// else; one application method unlocks an account completely, for the administrator of its clinic.
public sealed class SignInLockoutTests
{
    private static MndCareWebFactory BehindTheProxy(TestDatabase database) =>
        new(database, new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = IPAddress.Loopback.ToString() });

    // The in-process server's connections come from loopback, the configured proxy, which names the client.
    private static HttpClient From(MndCareWebFactory factory, string clientAddress)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : "success";
    }

    private static async Task<List<string?>> FailFiveTimesAsync(HttpClient client, string email)
    {
        var codes = new List<string?>();
        for (var i = 0; i < SignInLockout.NetworkThreshold; i++)
        {
            codes.Add(await CodeOf(await ApiClient.LoginAsync(client, email, "wrong-password-123")));
        }
        return codes;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FailuresFromOneAddress_LockThatAddressOut_NotAnother(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = BehindTheProxy(database);
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Lockout clinic");
        var attacker = From(factory, "198.51.100.7");

        var codes = await FailFiveTimesAsync(attacker, user.Email!);

        Assert.Equal(["invalidCredentials", "invalidCredentials", "invalidCredentials", "invalidCredentials", "lockedOut"], codes);
        Assert.Equal("lockedOut", await CodeOf(await ApiClient.LoginAsync(attacker, user.Email!, TestWorld.Password)));
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.LoginAsync(From(factory, "203.0.113.50"), user.Email!, TestWorld.Password)).StatusCode);
        // The same on the sign-in page, from the locked address and from another one.
        var lockedPage = await PageSession.SubmitAsync(From(factory, "198.51.100.7"), "/Account/Login",
            new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = TestWorld.Password });
        Assert.Contains("The account is locked after repeated failures", await lockedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var otherPage = await PageSession.SubmitAsync(From(factory, "203.0.113.51"), "/Account/Login",
            new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = TestWorld.Password });
        Assert.Equal(HttpStatusCode.Redirect, otherPage.StatusCode);
    }

    // An IPv6 client holds a whole /64: moving inside it does not buy new attempts.
    [Fact]
    public async Task FailuresFromOneIpv6Network_LockTheWholeNetwork()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = BehindTheProxy(database);
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("IPv6 clinic");

        await FailFiveTimesAsync(From(factory, "2001:db8:7:7::1"), user.Email!);

        Assert.Equal("lockedOut", await CodeOf(await ApiClient.LoginAsync(From(factory, "2001:db8:7:7:ffff::2"), user.Email!, TestWorld.Password)));
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.LoginAsync(From(factory, "2001:db8:7:8::1"), user.Email!, TestWorld.Password)).StatusCode);
    }

    // Only many networks together lock an address for everyone (NIST SP 800-63B 5.2.2 caps failures at 100).
    [Fact]
    public async Task FailuresFromManyNetworks_LockTheAddressForEveryone()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = BehindTheProxy(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var lockout = scope.ServiceProvider.GetRequiredService<SignInLockout>();
        const string Email = "much-tried@test.mndcare.local";
        var networks = SignInLockout.AccountThreshold / SignInLockout.NetworkThreshold;

        var lockedBeforeTheLast = false;
        for (var network = 0; network < networks; network++)
        {
            lockedBeforeTheLast |= await lockout.IsLockedAsync(Email, "203.0.113.200", CancellationToken.None);
            for (var i = 0; i < SignInLockout.NetworkThreshold; i++)
            {
                await lockout.RecordFailureAsync(Email, $"198.51.100.{network}", CancellationToken.None);
            }
        }

        Assert.False(lockedBeforeTheLast);
        Assert.True(await lockout.IsLockedAsync(Email, "203.0.113.200", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Unlock_ByTheAdministratorOfTheClinic_ClearsEveryLock(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = BehindTheProxy(database);
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Unlock clinic");
        var user = await data.CreateStaffAsync(clinic, ClinicRole.Nurse);
        var administrator = await data.CreateStaffAsync(clinic, ClinicRole.Administrator);
        var nurse = await data.CreateStaffAsync(clinic, ClinicRole.Nurse);
        var elsewhere = await data.CreateStaffAsync(await data.CreateClinicAsync("Other clinic"), ClinicRole.Administrator);
        var attacker = From(factory, "198.51.100.9");
        await FailFiveTimesAsync(attacker, user.Email!);
        // The second factor or a signing password can also lock the account itself (Identity's lockout).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id.ToString("D")))!, DateTimeOffset.UtcNow.AddHours(1));
        }

        async Task<bool> UnlockAsync(MndCareUser by, ClinicRole role, Guid clinicId)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var actor = new Actor(by.Id, by.DisplayName, [new Membership(clinicId, role, null, null)], "unlock-" + by.Id, "192.0.2.1");
            return (await scope.ServiceProvider.GetRequiredService<StaffAdministration>().UnlockAsync(actor, user.Id, CancellationToken.None)).IsSuccess;
        }
        var refused = (await UnlockAsync(nurse, ClinicRole.Nurse, clinic.Id), await UnlockAsync(elsewhere, ClinicRole.Administrator, Guid.Empty));
        var stillLocked = await CodeOf(await ApiClient.LoginAsync(From(factory, "203.0.113.60"), user.Email!, TestWorld.Password));
        var unlocked = await UnlockAsync(administrator, ClinicRole.Administrator, clinic.Id);

        Assert.Equal((false, false), refused);
        Assert.Equal("lockedOut", stillLocked);
        Assert.True(unlocked);
        // The password is accepted again, even from the attacker's network; a staff account then enrols its authenticator.
        Assert.Equal("twoFactorEnrollmentRequired", await CodeOf(await ApiClient.LoginAsync(attacker, user.Email!, TestWorld.Password)));
        await using var db = database.CreateContext();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Action == StaffAdministration.UnlockAction).ToListAsync();
        Assert.Equal([AuditOutcome.Denied, AuditOutcome.NotFound, AuditOutcome.Success], events.OrderBy(e => e.Sequence).Select(e => e.Outcome));
        var success = events.Single(e => e.Outcome == AuditOutcome.Success);
        Assert.Equal((administrator.Id, clinic.Id), (success.ActorUserId!.Value, success.ClinicId!.Value));
        Assert.Contains(success.Changes, c => c.Field == "signInFailureCounts" && c.New == "0");
    }
}
