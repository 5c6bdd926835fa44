using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Auditing;
using MndCare.Application.Patients;
using MndCare.Domain.Auditing;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Tests;

public sealed class AuditTests(ApiWorld worlds)
{
    internal static async Task<List<AuditRecord>> EventsAsync(World world, Func<AuditRecord, bool> predicate)
    {
        await using var db = world.Database.CreateContext();
        return [.. (await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync()).Where(predicate)];
    }

    // Like the Microsoft FHIR server's audit tests: every endpoint declares how it is audited, or the build of trust fails.
    [Fact]
    public async Task EveryEndpoint_DeclaresItsAuditBehaviour()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var endpoints = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var undeclared = endpoints.Where(e => e.Metadata.GetMetadata<AuditDeclarationAttribute>() is null).Select(e => e.DisplayName).ToList();

        Assert.True(endpoints.Count >= 15, $"Only {endpoints.Count} endpoints were found; is the enumeration broken?");
        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task PatientDataEndpoints_AreAudited()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var endpoints = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var patientRoutes = endpoints.Where(e => e.RoutePattern.RawText?.Contains("atients", StringComparison.Ordinal) == true).ToList();

        Assert.NotEmpty(patientRoutes);
        Assert.All(patientRoutes, e => Assert.NotNull(e.Metadata.GetMetadata<AuditedAttribute>()));
    }

    // Security test plan AU-01/AU-02: reads, changes and refusals each leave one event with every field.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Read_WritesAnEventWithActorRoleTimeEntityCorrelationAndAddress(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var response = await client.GetAsync($"/api/patients/{world.PatientA2.Id}");
        var correlation = response.Headers.GetValues(HttpActor.CorrelationHeader).Single();

        var e = Assert.Single(await EventsAsync(world, e => e.CorrelationId == correlation));
        Assert.Equal(("patient.read", AuditOutcome.Success, "patient", world.PatientA2.Id.ToString("D")), (e.Action, e.Outcome, e.EntityType, e.EntityId));
        Assert.Equal(("Clinician", world.ClinicA.Id), (e.ActorRole, e.ClinicId));
        Assert.NotNull(e.ActorUserId);
        Assert.InRange(e.OccurredAtUtc, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(DateTimeKind.Utc, e.OccurredAtUtc.Kind);
        Assert.False(string.IsNullOrEmpty(e.ClientAddress));
    }

    // Security test plan AU-03: each row names who actually acted; B's change is never attributed to A, who created the record.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EachEvent_NamesTheActualActor(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinician = await world.ClientAsync("clinician");
        var nurse = await world.ClientAsync("nurse");
        var mrn = "AA-" + Guid.CreateVersion7().ToString("N")[^8..];
        var created = await clinician.PostAsJsonAsync("/api/patients", new
        {
            mrn, nativeName = "郑红", latinName = "Zheng Hong", sex = "female", birthDate = "1959-05-20", preferredLanguage = "zh-Hans",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<PatientRecord>())!.Id;
        var edited = await ApiClient.PutIfMatchAsync(nurse, $"/api/patients/{id}", $"/api/patients/{id}", new
        {
            mrn, nativeName = "郑红", latinName = "Zheng Hong", sex = "female", birthDate = "1959-05-20", preferredLanguage = "zh-Hans",
            phone = "+86 137 0000 5555",
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        await using var db = world.Database.CreateContext();
        var userIds = await db.Users.Where(u => u.Email == world.Emails["clinician"] || u.Email == world.Emails["nurse"])
            .ToDictionaryAsync(u => u.Email!, u => u.Id);
        var events = await EventsAsync(world, e => e.EntityId == id.ToString("D") && e.Outcome == AuditOutcome.Success);
        var create = Assert.Single(events, e => e.Action == "patient.create");
        var update = Assert.Single(events, e => e.Action == "patient.update");
        Assert.Equal((userIds[world.Emails["clinician"]], "Clinician"), (create.ActorUserId!.Value, create.ActorRole));
        Assert.Equal((userIds[world.Emails["nurse"]], "Nurse"), (update.ActorUserId!.Value, update.ActorRole));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Update_RecordsEachChangedFieldWithOldAndNewValues(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn("AU-" + Guid.CreateVersion7().ToString("N")[^8..]));
        var record = await client.GetFromJsonAsync<PatientRecord>($"/api/patients/{patient.Id}");

        var response = await ApiClient.PutIfMatchAsync(client, $"/api/patients/{patient.Id}", $"/api/patients/{patient.Id}",
            record! with { Phone = "+86 139 1111 2222", LatinName = null });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // a PatientRecord carries read-only fields (id, version...)

        var input = new
        {
            record.Mrn, record.NativeName, latinName = (string?)null, record.Sex, record.BirthDate, phone = "+86 139 1111 2222",
            record.Email, record.PreferredLanguage, record.OnsetDate, record.DiagnosisDate, record.OnsetSite, record.DeathDate,
        };
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.PutIfMatchAsync(client, $"/api/patients/{patient.Id}", $"/api/patients/{patient.Id}", input)).StatusCode);

        var update = Assert.Single(await EventsAsync(world, e => e.Action == "patient.update" && e.EntityId == patient.Id.ToString("D") && e.Outcome == AuditOutcome.Success));
        Assert.Equal([new FieldChange("latinName", "Zhang Wei", null), new FieldChange("phone", "+86 138 0000 0001", "+86 139 1111 2222")], update.Changes);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Refusals_AreAudited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var lab = await world.ClientAsync("celllab");
        var clinician = await world.ClientAsync("clinician");
        var anonymous = world.Factory.CreateClient();

        var denied = await lab.GetAsync($"/api/patients/{world.PatientA1.Id}");
        var notFound = await clinician.GetAsync($"/api/patients/{world.PatientB1.Id}");
        var unauthenticated = await anonymous.GetAsync($"/api/patients/{world.PatientA1.Id}");

        async Task<AuditRecord> EventOf(HttpResponseMessage response)
        {
            var correlation = response.Headers.GetValues(HttpActor.CorrelationHeader).Single();
            return Assert.Single(await EventsAsync(world, e => e.CorrelationId == correlation));
        }
        Assert.Equal(AuditOutcome.Denied, (await EventOf(denied)).Outcome);
        Assert.Equal((AuditOutcome.NotFound, world.PatientB1.Id.ToString("D")), ((await EventOf(notFound)).Outcome, (await EventOf(notFound)).EntityId));
        var anonymousEvent = await EventOf(unauthenticated);
        Assert.Equal((AuditOutcome.Unauthenticated, "anonymous", "patient.read"), (anonymousEvent.Outcome, anonymousEvent.ActorName, anonymousEvent.Action));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task HealthAndStaticFiles_AreNotAudited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = world.Factory.CreateClient();

        var health = await client.GetAsync("/health");
        var css = await client.GetAsync("/css/site.css");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (health.StatusCode, css.StatusCode));
        var correlation = health.Headers.GetValues(HttpActor.CorrelationHeader).Single();
        Assert.Empty(await EventsAsync(world, e => e.CorrelationId == correlation));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Chain_StaysIntactUnderConcurrentRequests(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("nurse");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync($"/api/patients/{world.PatientA1.Id}")));

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditChainCheck>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Reason);
    }
}
