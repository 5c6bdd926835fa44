using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Paging;
using MndCare.Application.Patients;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

public sealed class PatientApiTests(ApiWorld worlds)
{
    internal static object NewPatientBody(string mrn, string nativeName = "陈静") => new
    {
        mrn,
        nativeName,
        latinName = "Chen Jing",
        sex = "female",
        birthDate = "1961-10-02",
        phone = "+86 138 0000 1234",
        preferredLanguage = "zh-Hans",
        onsetDate = "2025-01-10",
        diagnosisDate = "2025-06-01",
        onsetSite = "lowerLimb",
    };

    internal static string UniqueMrn() => "N-" + Convert.ToHexString(Guid.CreateVersion7().ToByteArray()[^5..]);

    private static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Search_Clinician_SeesOwnClinicOnly(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");

        // Other tests add patients to clinic A meanwhile, so read pages until a short one and compare with the first total.
        var first = (await client.GetFromJsonAsync<Paged<PatientSummary>>("/api/patients?pageSize=100"))!;
        var items = new List<PatientSummary>(first.Items);
        for (var (page, last) = (2, first); last.Items.Count == last.PageSize; page++)
        {
            last = (await client.GetFromJsonAsync<Paged<PatientSummary>>($"/api/patients?pageSize=100&page={page}"))!;
            items.AddRange(last.Items);
        }

        Assert.Contains(items, p => p.Id == world.PatientA1.Id);
        Assert.DoesNotContain(items, p => p.Id == world.PatientB1.Id);
        Assert.True(items.Count >= first.Total, $"{items.Count} listed, {first.Total} counted");
    }

    // Security test plan AC-05: the other clinic's canary never appears in any list, count or wildcard search.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Search_WildcardsAndHugePages_NeverReachAnotherClinic(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");

        foreach (var query in new[] { "CANARY", "%", "_", "wang", "B-0001", "' OR 1=1 --" })
        {
            var body = await client.GetStringAsync($"/api/patients?q={Uri.EscapeDataString(query)}&pageSize=100");
            Assert.DoesNotContain("CANARY", body, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/patients?pageSize=10000")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Search_ByNameMrnOrBirthDate_FindsThePatient(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("nurse");

        foreach (var query in new[] { "李秀英", "li xiuying", "XIUYING", "a-0001", "1957-09-30" })
        {
            var page = await client.GetFromJsonAsync<Paged<PatientSummary>>($"/api/patients?q={Uri.EscapeDataString(query)}");
            Assert.Contains(page!.Items, p => p.Id == world.PatientA1.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Get_OwnClinic_ReturnsTheRecordWithAnETag(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("tcmpractitioner");

        var response = await client.GetAsync($"/api/patients/{world.PatientA1.Id}");
        var record = await response.Content.ReadFromJsonAsync<PatientRecord>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("李秀英", "A-0001", "1957-09-30", "upperLimb"), (record!.NativeName, record.Mrn, record.BirthDate, record.OnsetSite));
        Assert.Equal($"\"{record.Version}\"", response.Headers.ETag?.Tag);
    }

    // Security test plan AC-02: another clinic's id, an unknown id and a patient's neighbour all answer 404.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Get_OutsideScope_IsNotFound(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);

        var clinician = await world.ClientAsync("clinician");
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.GetAsync($"/api/patients/{world.PatientB1.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.GetAsync($"/api/patients/{Guid.CreateVersion7()}")).StatusCode);

        var patient = await world.ClientAsync("patient");
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync($"/api/patients/{world.PatientA1.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/api/patients/{world.PatientA2.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/api/patients/{world.PatientB1.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientUsers_SeeOnlyTheirOwnRecord(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);

        var own = await (await world.ClientAsync("patient")).GetFromJsonAsync<Paged<PatientSummary>>("/api/patients");
        var family = await (await world.ClientAsync("family")).GetFromJsonAsync<Paged<PatientSummary>>("/api/patients");

        Assert.Equal([world.PatientA1.Id], own!.Items.Select(p => p.Id));
        Assert.Equal([world.PatientA2.Id], family!.Items.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Roles_WithoutPatientAccess_AreForbidden(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var lab = await world.ClientAsync("celllab");
        var auditor = await world.ClientAsync("auditor");
        var patient = await world.ClientAsync("patient");

        Assert.Equal(HttpStatusCode.Forbidden, (await lab.GetAsync("/api/patients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lab.GetAsync($"/api/patients/{world.PatientA1.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/patients/{world.PatientA1.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/patients", NewPatientBody(UniqueMrn()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.PutAsJsonAsync($"/api/patients/{world.PatientA1.Id}", NewPatientBody("A-0001"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Unauthenticated_IsUnauthorizedProblemWithoutRedirect(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var anonymous = world.Factory.CreateClient();

        var response = await anonymous.GetAsync("/api/patients");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Create_ReturnsCreatedWithLocation_AndTheRecordReadsBack(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");
        var mrn = UniqueMrn();

        var response = await client.PostAsJsonAsync("/api/patients", NewPatientBody(mrn));
        var created = await response.Content.ReadFromJsonAsync<PatientRecord>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/patients/{created!.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(7, created.Id.Version);
        Assert.Equal(world.ClinicA.Id, created.ClinicId);
        var read = await client.GetFromJsonAsync<PatientRecord>($"/api/patients/{created.Id}");
        Assert.Equal(created, read);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Create_InvalidFields_NamesEachFieldAndSavesNothing(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");
        var mrn = UniqueMrn();

        var response = await client.PostAsync("/api/patients", Json($$"""
            {"mrn":"{{mrn}}","nativeName":"","sex":"F","birthDate":"2099-01-01","preferredLanguage":"en",
             "onsetDate":"2025-06-01","diagnosisDate":"2025-01-01","email":"not-an-email"}
            """));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "nativeName", "sex", "birthDate", "diagnosisDate", "email" }, fields);
        await using var db = world.Database.CreateContext();
        Assert.False(await db.Patients.AnyAsync(p => p.Mrn == mrn));
    }

    // Security test plan AC-03: unknown and duplicate properties are refused, so mass assignment is visible.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Create_UnknownOrDuplicateProperty_IsBadRequest(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");
        var mrn = UniqueMrn();
        var valid = JsonSerializer.Serialize(NewPatientBody(mrn));

        foreach (var body in new[]
        {
            valid.Replace("{", "{\"clinicId\":\"" + world.ClinicB.Id + "\",", StringComparison.Ordinal),
            valid.Replace("{", "{\"role\":\"Administrator\",", StringComparison.Ordinal),
            valid.Replace("{", "{\"sex\":\"male\",", StringComparison.Ordinal),
            valid[..^1],
            "[]",
            "{\"mrn\": 5}",
        })
        {
            var response = await client.PostAsync("/api/patients", Json(body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        await using var db = world.Database.CreateContext();
        Assert.False(await db.Patients.AnyAsync(p => p.Mrn == mrn));
    }

    // Security test plan D4: NUL is refused on both databases (PostgreSQL text cannot store it), never a 500.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Create_NulInName_IsBadRequestOnEveryDatabase(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");

        var response = await client.PostAsJsonAsync("/api/patients", NewPatientBody(UniqueMrn(), "陈\u0000静"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Create_DuplicateMrnInClinic_IsConflict(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");

        var response = await client.PostAsJsonAsync("/api/patients", NewPatientBody("A-0001"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("duplicateMrn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Create_MarkupIsStoredVerbatim_AndReturnedAsData(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");
        const string Payload = "<img src=x onerror=window.__xss=1>";

        var created = await (await client.PostAsJsonAsync("/api/patients", NewPatientBody(UniqueMrn(), Payload))).Content.ReadFromJsonAsync<PatientRecord>();

        Assert.Equal(Payload, created!.NativeName);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Update_WithStaleETag_IsPreconditionFailedAndChangesNothing(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("nurse");
        var mrn = UniqueMrn();
        var created = await (await client.PostAsJsonAsync("/api/patients", NewPatientBody(mrn))).Content.ReadFromJsonAsync<PatientRecord>();
        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/patients/{created!.Id}") { Content = JsonContent.Create(NewPatientBody(mrn, "陈静一")) };
        first.Headers.IfMatch.ParseAdd($"\"{created.Version}\"");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/patients/{created.Id}") { Content = JsonContent.Create(NewPatientBody(mrn, "陈静二")) };
        stale.Headers.IfMatch.ParseAdd($"\"{created.Version}\"");
        var response = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("陈静一", (await client.GetFromJsonAsync<PatientRecord>($"/api/patients/{created.Id}"))!.NativeName);
    }

    // Security test plan AC-02: PUT with another clinic's id answers 404 and the row is unchanged.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Update_AnotherClinicsPatient_IsNotFoundAndUnchanged(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await world.ClientAsync("clinician");

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/patients/{world.PatientB1.Id}") { Content = JsonContent.Create(NewPatientBody("B-0001", "Mallory")) };
        put.Headers.IfMatch.ParseAdd($"\"{Guid.CreateVersion7():N}\"");
        var response = await client.SendAsync(put);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = world.Database.CreateContext();
        Assert.StartsWith("CANARY-B1", (await db.Patients.SingleAsync(p => p.Id == world.PatientB1.Id)).NativeName, StringComparison.Ordinal);
    }
}
