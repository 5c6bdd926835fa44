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

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await ApiClient.LoginAsync(client, $"user{i}@test.mndcare.local", "wrong-password-123"));
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        AssertSaysWhenToRetry(responses[^1]);
    }

    // Issue 7: every 429 says when to come back (RFC 9110 Retry-After), whichever policy refused.
    private static void AssertSaysWhenToRetry(HttpResponseMessage response) =>
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 3600);

    // Issue 4: submissions and uploads are rate-limited per account; another account is not held up.
    [Fact]
    public async Task Submissions_BeyondTheLimit_AreTooManyRequests_PerAccount()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Security:SubmissionPermitLimit"] = "3" });
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Busy clinic");
        async Task<HttpClient> ApplicantAsync() =>
            await ApiClient.SignedInAsync(factory, (await data.CreatePatientUserAsync(clinic, await data.CreatePatientAsync(clinic))).Email!);
        var busy = await ApplicantAsync();
        var other = await ApplicantAsync();
        var draft = await busy.PostAsync("/api/consultations", System.Net.Http.Json.JsonContent.Create(new { }));
        var id = System.Text.Json.JsonDocument.Parse(await draft.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetGuid();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            responses.Add(await Questionnaires.SaveAsync(busy, id, new { goals = "x" }));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        AssertSaysWhenToRetry(responses[^1]);
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsync("/api/consultations", System.Net.Http.Json.JsonContent.Create(new { }))).StatusCode);
    }

    // Issue 7: attempts to sign a report (password re-entered) have their own limit per account, so the signing form cannot be
    // used to guess passwords faster than the sign-in page allows.
    [Fact]
    public async Task Signing_BeyondTheLimit_IsTooManyRequests()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Security:SigningPermitLimit"] = "2" });
        var data = new TestWorld(factory.Services);
        var (clinic, patient, user) = await data.CreatePatientWithUserAsync("Signing clinic");
        await Questionnaires.GiveConsentAsync(factory.Services, patient, user.Id);
        var applicant = await ApiClient.SignedInAsync(factory, user.Email!);
        var draft = await applicant.PostAsync("/api/consultations", System.Net.Http.Json.JsonContent.Create(new { }));
        var id = System.Text.Json.JsonDocument.Parse(await draft.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetGuid();
        (await Questionnaires.SaveAsync(applicant, id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        (await applicant.PostAsync($"/api/consultations/{id}/submit", null)).EnsureSuccessStatusCode();
        var clinician = await data.CreateStaffAsync(clinic, Domain.Clinics.ClinicRole.Clinician);
        var session = await PageSession.SignInAsync(factory, clinician.Email!, TestWorld.Password, await data.EnrolAuthenticatorAsync(clinician.Email!));
        var workspace = $"/Consultations/{id}";
        await PageSession.SubmitAsync(session, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await PageSession.SubmitAsync(session, workspace, new Dictionary<string, string>
            {
                ["Form.Recommendation"] = "doNotOffer",
                ["password"] = "not-the-password",
            }, workspace + "?handler=Sign")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(workspace)).StatusCode);
    }
}
