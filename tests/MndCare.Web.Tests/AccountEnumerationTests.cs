using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Identity;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Testing;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Tests;

// Security test plan AS-02 (ASVS 6.3.8): sign-in answers an unknown e-mail exactly as it answers a known one with a wrong
// password, whatever the account's state (confirmed or not, locked or deactivated by Identity's lockout), on the API and
// the page; once an address is locked from a client, known or unknown again look alike. Status, headers and body are
// compared; the comparable work (a dummy hash at the configured cost) is measured by eng/sign-in-timing.sh, not here.
public sealed partial class AccountEnumerationTests
{
    private const string WrongPassword = "wrong-password-123";

    [GeneratedRegex("value=\"CfDJ8[^\"]+\"")]
    private static partial Regex AntiforgeryValue();

    private static readonly string[] VaryingHeaders = ["Date", HttpActor.CorrelationHeader, "Content-Length"];

    /// <summary>The answer with what differs by request (time, correlation, antiforgery values, the e-mail typed) taken out.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response, string email)
    {
        var headers = response.Headers.Concat(response.Content.Headers).Where(h => !VaryingHeaders.Contains(h.Key))
            .Select(h => h.Key + ": " + string.Join(",", h.Key == "Set-Cookie" ? h.Value.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]) : h.Value))
            .Order(StringComparer.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            var problem = JsonNode.Parse(body)!.AsObject();
            problem.Remove("correlationId");
            problem.Remove("traceId");
            body = problem.ToJsonString();
        }
        body = AntiforgeryValue().Replace(body.Replace(email, "{email}", StringComparison.Ordinal), "value=\"{token}\"");
        return $"{(int)response.StatusCode}\n{string.Join("\n", headers)}\n{body}";
    }

    private static async Task<string> ApiAnswerAsync(MndCareWebFactory factory, string email) =>
        await AnswerAsync(await ApiClient.LoginAsync(factory.CreateClient(), email, WrongPassword), email);

    private static async Task<string> PageAnswerAsync(MndCareWebFactory factory, string email) =>
        await AnswerAsync(await PageSession.SubmitAsync(factory.CreateClient(), "/Account/Login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = WrongPassword }), email);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task SignIn_AnswersAnUnknownAddressLikeEveryKindOfKnownOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var data = new TestWorld(factory.Services);
        var (clinic, patient, confirmed) = await data.CreatePatientWithUserAsync("Enumeration clinic");
        var unconfirmed = await data.CreatePatientUserAsync(clinic, patient, Domain.Clinics.PatientRelationship.Spouse);
        var locked = await data.CreatePatientUserAsync(clinic, patient, Domain.Clinics.PatientRelationship.Child);
        var deactivated = await data.CreatePatientUserAsync(clinic, patient, Domain.Clinics.PatientRelationship.Sibling);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();
            var user = (await users.FindByIdAsync(unconfirmed.Id.ToString("D")))!;
            user.EmailConfirmed = false;
            await users.UpdateAsync(user);
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id.ToString("D")))!, DateTimeOffset.UtcNow.AddMinutes(15));
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(deactivated.Id.ToString("D")))!, DateTimeOffset.MaxValue);
        }
        var unknown = "nobody-" + Guid.CreateVersion7().ToString("N")[^8..] + "@test.mndcare.local";
        string[] known = [confirmed.Email!, unconfirmed.Email!, locked.Email!, deactivated.Email!];

        var apiUnknown = await ApiAnswerAsync(factory, unknown);
        var pageUnknown = await PageAnswerAsync(factory, unknown);

        Assert.StartsWith("401", apiUnknown, StringComparison.Ordinal);
        Assert.Contains("The e-mail or password is wrong.", pageUnknown, StringComparison.Ordinal);
        foreach (var email in known)
        {
            Assert.Equal(apiUnknown, await ApiAnswerAsync(factory, email));
            Assert.Equal(pageUnknown, await PageAnswerAsync(factory, email));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task SignIn_OnceLockedFromAClient_AnswersAnUnknownAddressLikeAKnownOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Locked enumeration clinic");
        var unknown = "nobody-" + Guid.CreateVersion7().ToString("N")[^8..] + "@test.mndcare.local";

        var answers = new Dictionary<string, List<string>>();
        foreach (var email in new[] { unknown, user.Email! })
        {
            answers[email] = [];
            for (var i = 0; i <= SignInLockout.NetworkThreshold; i++)
            {
                answers[email].Add(await ApiAnswerAsync(factory, email));
            }
            answers[email].Add(await PageAnswerAsync(factory, email));
        }

        Assert.Equal(answers[unknown], answers[user.Email!]);
        Assert.Contains("lockedOut", answers[unknown][SignInLockout.NetworkThreshold - 1], StringComparison.Ordinal);
        Assert.Contains("The account is locked after repeated failures", answers[unknown][^1], StringComparison.Ordinal);
    }
}
