using System.Net;
using System.Text.RegularExpressions;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 7 (security test plan AS-04, AS-07, AS-09): the authenticator key is shown only while enrolling, opening the
// enrolment page never replaces a key nor ends another session, and new recovery codes need the password again.
public sealed partial class AuthenticatorEnrolmentTests(ApiWorld worlds)
{
    private const string Page = "/Account/EnrollAuthenticator";

    [GeneratedRegex("secret=([A-Z2-7]+)")]
    private static partial Regex Secret();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();

    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal);

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, Dictionary<string, string> fields, string? handler = null)
    {
        var response = await PageSession.SubmitAsync(client, Page, fields, handler is null ? null : $"{Page}?handler={handler}");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Enrolment_ShowsTheKeyOnlyUntilEnrolled_AndOpeningItEndsNoOtherSession(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var nurse = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Nurse);
        var otherDevice = await PageSession.SignInAsync(world.Factory, nurse.Email!, TestWorld.Password);
        var client = await PageSession.SignInAsync(world.Factory, nurse.Email!, TestWorld.Password);

        var key = Secret().Match(await client.GetStringAsync(Page)).Groups[1].Value;
        var keyAgain = Secret().Match(await client.GetStringAsync(Page)).Groups[1].Value;
        var otherStillSignedIn = !SentToSignIn(await otherDevice.GetAsync(Page));
        var (_, enrolled) = await PostAsync(client, new() { ["Code"] = ApiClient.TotpCode(key, DateTime.UtcNow) });
        var afterwards = await client.GetStringAsync(Page);

        Assert.NotEmpty(key);
        Assert.Equal(key, keyAgain);
        Assert.True(otherStillSignedIn);
        Assert.Equal(10, RecoveryCode().Count(enrolled));
        Assert.Contains("id=\"enrolled\"", afterwards, StringComparison.Ordinal);
        Assert.DoesNotContain(key, afterwards, StringComparison.Ordinal);
        Assert.DoesNotContain(key.ToLowerInvariant()[..4], afterwards, StringComparison.Ordinal);
        Assert.DoesNotContain("authenticator-key", afterwards, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task RecoveryCodes_AreReissuedOnlyWithThePassword_NeverWithACodeAlone(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinician = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Clinician);
        var key = await world.EnrolAuthenticatorAsync(clinician.Email!);
        var client = await PageSession.SignInAsync(world.Factory, clinician.Email!, TestWorld.Password, key);

        var (_, withCode) = await PostAsync(client, new() { ["Code"] = ApiClient.TotpCode(key, DateTime.UtcNow, stepOffset: 1) });
        var (_, withWrongPassword) = await PostAsync(client, new() { ["CurrentPassword"] = "not-my-password-at-all" }, "RecoveryCodes");
        var (status, withPassword) = await PostAsync(client, new() { ["CurrentPassword"] = TestWorld.Password }, "RecoveryCodes");
        var (_, again) = await PostAsync(client, new() { ["CurrentPassword"] = TestWorld.Password }, "RecoveryCodes");

        Assert.Contains("Two-factor sign-in is already on.", withCode, StringComparison.Ordinal);
        Assert.Empty(RecoveryCode().Matches(withCode));
        Assert.Contains("Password: is wrong.", withWrongPassword, StringComparison.Ordinal);
        Assert.Empty(RecoveryCode().Matches(withWrongPassword));
        Assert.Equal(HttpStatusCode.OK, status);
        var first = RecoveryCode().Matches(withPassword).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, first.Count);
        Assert.Empty(first.Intersect(RecoveryCode().Matches(again).Select(m => m.Groups[1].Value)));
        Assert.DoesNotContain(key, withPassword, StringComparison.Ordinal);
    }
}
