using System.Net;
using System.Text.Json;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

public sealed class AuthApiTests(ApiWorld worlds)
{
    private static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Login_PatientUser_ReturnsABearerToken(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);

        var response = await ApiClient.LoginAsync(world.Factory.CreateClient(), world.Emails["patient"], TestWorld.Password);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", json.RootElement.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("accessToken").GetString()));
        Assert.True(json.RootElement.GetProperty("expiresIn").GetInt32() > 0);
    }

    // Security test plan AS-02: an unknown e-mail and a wrong password get the same answer.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Login_UnknownUserAndWrongPassword_AnswerTheSame(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = world.Factory.CreateClient();
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, world.PatientA1, PatientRelationship.Child);

        var unknown = await ApiClient.LoginAsync(client, "nobody@test.mndcare.local", "whatever-password");
        var wrong = await ApiClient.LoginAsync(client, user.Email!, "wrong-password-123");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(await CodeOf(unknown), await CodeOf(wrong));
    }

    // Security test plan AS-01: locked after five failures; the right password then does not open the account.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Login_FiveFailures_LockTheAccount(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = world.Factory.CreateClient();
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, world.PatientA1, PatientRelationship.Sibling);

        for (var i = 0; i < 5; i++)
        {
            await ApiClient.LoginAsync(client, user.Email!, "wrong-password-123");
        }
        var response = await ApiClient.LoginAsync(client, user.Email!, TestWorld.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("lockedOut", await CodeOf(response));
    }

    // Security test plan AS-08: a staff account without an authenticator cannot use the API.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Login_StaffWithoutTwoFactor_IsRefusedOutsideDemoMode(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var nurse = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Nurse);

        var response = await ApiClient.LoginAsync(world.Factory.CreateClient(), nurse.Email!, TestWorld.Password);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("twoFactorEnrollmentRequired", await CodeOf(response));
    }

    // Security test plan AS-04: a code is needed, works once, and codes more than one step away are refused.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Login_TwoFactorCode_IsRequiredAndSingleUse(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinician = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Clinician);
        var key = await world.EnrolAuthenticatorAsync(clinician.Email!);
        var client = world.Factory.CreateClient();

        var noCode = await ApiClient.LoginAsync(client, clinician.Email!, TestWorld.Password);
        var tooOld = await ApiClient.LoginAsync(client, clinician.Email!, TestWorld.Password, ApiClient.TotpCode(key, DateTime.UtcNow, stepOffset: -3));
        var code = ApiClient.TotpCode(key, DateTime.UtcNow);
        var first = await ApiClient.LoginAsync(client, clinician.Email!, TestWorld.Password, code);
        var replay = await ApiClient.LoginAsync(client, clinician.Email!, TestWorld.Password, code);

        Assert.Equal(("twoFactorRequired", "invalidTwoFactorCode"), (await CodeOf(noCode), await CodeOf(tooOld)));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("invalidTwoFactorCode", await CodeOf(replay));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Api_WithAGarbageToken_IsUnauthorized(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = world.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/patients")).StatusCode);
    }
}
