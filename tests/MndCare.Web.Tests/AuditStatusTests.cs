using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Consultations;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Tests;

// Issue 7 (security test plan AU-02): every failed request leaves one audit event whose outcome, and status where the
// event records one, is what the client actually received; on a real server, where Kestrel enforces the body limit.
public sealed partial class AuditStatusTests
{
    /// <summary>Fails reads of the patients table while armed: a server error inside an audited endpoint.</summary>
    private sealed partial class FailingPatientReads : DbCommandInterceptor
    {
        [GeneratedRegex("FROM \"?patients\"? ")]
        private static partial Regex PatientsTable();

        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && PatientsTable().IsMatch(command.CommandText)
                ? throw new InvalidOperationException("injected failure")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    // Two staff and a patient sign in from the loopback address; the anonymous caller has an address of its own.
    private const int SignInLimit = 3;

    private static object PatientInput(string mrn) => new
    {
        mrn, nativeName = "周敏", latinName = "Zhou Min", sex = "female", birthDate = "1961-04-12", preferredLanguage = "zh-Hans",
    };

    private static async Task<AuthenticationHeaderValue> BearerAsync(HttpClient client, string email, string? code)
    {
        var login = await ApiClient.LoginAsync(client, email, TestWorld.Password, code);
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        return new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FailedRequests_AreAuditedWithTheStatusTheyAnswered(DatabaseProvider provider)
    {
        var failing = new FailingPatientReads();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database,
            new Dictionary<string, string?> { ["Security:SignInPermitLimit"] = SignInLimit.ToString(CultureInfo.InvariantCulture) },
            services: s => s.ConfigureDbContext<MndCareDbContext>(o => o.AddInterceptors(failing)));
        var server = RealServer.Start(factory);
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Status clinic");
        var patient = await data.CreatePatientAsync(clinic, new PatientBuilder().WithMrn("ST-0001"));
        async Task<HttpClient> StaffAsync(ClinicRole role)
        {
            var user = await data.CreateStaffAsync(clinic, role);
            var key = await data.EnrolAuthenticatorAsync(user.Email!);
            var client = RealServer.Client(server, IPAddress.Loopback);
            client.DefaultRequestHeaders.Authorization = await BearerAsync(client, user.Email!, ApiClient.TotpCode(key, DateTime.UtcNow));
            return client;
        }
        var clinician = await StaffAsync(ClinicRole.Clinician);
        var lab = await StaffAsync(ClinicRole.CellLab);
        var anonymous = RealServer.Client(server, IPAddress.Parse("127.0.0.3"));
        var applicantUser = await data.CreatePatientUserAsync(clinic, patient);
        await Questionnaires.GiveConsentAsync(factory.Services, patient, applicantUser.Id);
        var applicant = RealServer.Client(server, IPAddress.Loopback);
        applicant.DefaultRequestHeaders.Authorization = await BearerAsync(applicant, applicantUser.Email!, null);
        var draft = (await (await applicant.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!;
        var one = $"/api/patients/{patient.Id}";

        var requests = new List<(int Expected, AuditOutcome Outcome, Func<Task<HttpResponseMessage>> Send)>
        {
            (400, AuditOutcome.Invalid, () => clinician.PostAsync("/api/patients", new StringContent("{\"mrn\":", Encoding.UTF8, "application/json"))),
            (401, AuditOutcome.Unauthenticated, () => anonymous.GetAsync(one)),
            (403, AuditOutcome.Denied, () => lab.GetAsync(one)),
            (404, AuditOutcome.NotFound, () => clinician.GetAsync($"/api/patients/{Guid.CreateVersion7()}")),
            (409, AuditOutcome.Conflict, () => clinician.PostAsJsonAsync("/api/patients", PatientInput("ST-0001"))),
            (412, AuditOutcome.Conflict, () => clinician.SendAsync(new HttpRequestMessage(HttpMethod.Put, one)
            {
                Content = JsonContent.Create(PatientInput("ST-0001")),
                Headers = { IfMatch = { new EntityTagHeaderValue("\"not-a-version\"") } },
            })),
            (413, AuditOutcome.Invalid, () => clinician.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/patients")
            {
                Content = new StringContent("\"" + new string('x', 2 * 1024 * 1024) + "\"", Encoding.UTF8, "application/json"),
                Headers = { ExpectContinue = true },
            })),
            (415, AuditOutcome.Invalid, () => applicant.PostAsync($"/api/consultations/{draft.Id}/files",
                ConsultationFileApiTests.Upload("MZ\0\0not a report"u8.ToArray(), "report.pdf", "application/pdf"))),
            (429, AuditOutcome.Denied, async () =>
            {
                for (var i = 0; i < SignInLimit; i++)
                {
                    await ApiClient.LoginAsync(anonymous, "nobody@example.org", "wrong-password-123");
                }
                return await ApiClient.LoginAsync(anonymous, "nobody@example.org", "wrong-password-123");
            }),
            (500, AuditOutcome.Error, async () =>
            {
                failing.Armed = true;
                try
                {
                    return await clinician.GetAsync(one);
                }
                finally
                {
                    failing.Armed = false;
                }
            }),
        };

        var mismatches = new List<string>();
        foreach (var (expected, outcome, send) in requests)
        {
            var response = await send();
            var correlation = response.Headers.GetValues(HttpActor.CorrelationHeader).Single();
            await using var db = database.CreateContext();
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.CorrelationId == correlation).ToListAsync();
            var recorded = events.Select(e => e.Details is null ? null
                : JsonDocument.Parse(e.Details).RootElement.TryGetProperty("status", out var status) ? status.GetInt32() : (int?)null).ToList();
            if ((int)response.StatusCode != expected || events.Count != 1 || events[0].Outcome != outcome
                || recorded.Any(status => status is not null && status != (int)response.StatusCode))
            {
                var audited = string.Join(", ", events.Select((e, i) => $"{e.Outcome} {recorded[i]}"));
                mismatches.Add($"{expected}: answered {(int)response.StatusCode}, audited {audited}");
            }
        }

        Assert.Empty(mismatches);
    }
}
