using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Consultations;
using MndCare.Application.Paging;
using MndCare.Application.Patients;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Identifiers;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Every list pages with one rule: page 2 shows the second page, and numbers out of range are refused (API) or shown as the nearest page.
public sealed class PagingTests(ApiWorld worlds)
{
    /// <summary>A clinic of its own with <paramref name="count"/> patients named "Paging 01", "Paging 02"... (the list's order).</summary>
    private static async Task<(Clinic Clinic, List<string> Names)> ClinicWithPatientsAsync(World world, int count)
    {
        var clinic = await world.Data.CreateClinicAsync("Paging " + Guid.CreateVersion7().ToString("N")[^8..]);
        var names = Enumerable.Range(1, count).Select(i => $"Paging {i:00}").ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            await world.Data.CreatePatientAsync(clinic, new PatientBuilder().WithName(name).WithMrn($"P-{i:000}"));
        }
        return (clinic, names);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientApi_PageTwo_ShowsTheSecondPage(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (clinic, names) = await ClinicWithPatientsAsync(world, 25);
        var (client, _) = await world.StaffApiAsync(clinic, ClinicRole.Nurse);

        var first = await client.GetFromJsonAsync<Paged<PatientSummary>>("/api/patients");
        var second = await client.GetFromJsonAsync<Paged<PatientSummary>>("/api/patients?page=2");

        Assert.Equal(names[..20], first!.Items.Select(p => p.NativeName));
        Assert.Equal(names[20..], second!.Items.Select(p => p.NativeName));
        Assert.Equal((2, 20, 25, 2, false), (second.Page, second.PageSize, second.Total, second.LastPage, second.HasNext));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientPage_PageTwo_ShowsTheSecondPage(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (clinic, names) = await ClinicWithPatientsAsync(world, 25);
        var (client, _) = await world.StaffPagesAsync(clinic, ClinicRole.Clinician);

        var first = await client.GetStringAsync("/Patients");
        var second = await client.GetStringAsync("/Patients?page=2");

        Assert.Contains(">Paging 01<", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/Patients?page=2\"", first, StringComparison.Ordinal);
        Assert.All(names[20..], name => Assert.Contains($">{name}<", second, StringComparison.Ordinal));
        Assert.DoesNotContain(">Paging 01<", second, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/Patients?page=1\"", second, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Api_PageNumbersOutOfRange_AreAClearBadRequest(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinician = await world.ClientAsync("clinician");

        foreach (var (path, field) in new[]
        {
            ("/api/patients?page=2147483647", "page"), ("/api/patients?page=0", "page"), ("/api/patients?page=-1", "page"),
            ("/api/patients?pageSize=0", "pageSize"), ("/api/patients?pageSize=101", "pageSize"),
            ("/api/consultations?page=2147483647", "page"), ("/api/consultations?pageSize=1000", "pageSize"),
        })
        {
            var response = await clinician.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("outOfRange", problem.RootElement.GetProperty("codes").GetProperty(field)[0].GetString());
        }
        var last = await clinician.GetFromJsonAsync<Paged<PatientSummary>>($"/api/patients?page={PageRequest.MaxPage}&pageSize={PageRequest.MaxPageSize}");
        Assert.Empty(last!.Items);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Pages_PageNumbersOutOfRange_ShowTheNearestPage(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (clinic, _) = await ClinicWithPatientsAsync(world, 3);
        var (client, _) = await world.StaffPagesAsync(clinic, ClinicRole.Nurse);

        var huge = await client.GetAsync("/Patients?page=2147483647");
        var overflow = await client.GetStringAsync("/Patients?page=99999999999999");
        var negative = await client.GetStringAsync("/Patients?page=-5");

        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains($"There is no page {PageRequest.MaxPage}.", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/Patients?page=1\"", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(">Paging 01<", overflow, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", negative, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TriageQueue_PagesInTheApiAndOnThePage(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (clinic, names) = await ClinicWithPatientsAsync(world, ConsultationRequests.QueuePageSize + 2);
        await SubmitOneConsultationEachAsync(world, clinic);
        var (api, _) = await world.StaffApiAsync(clinic, ClinicRole.Clinician);
        var (pages, _) = await world.StaffPagesAsync(clinic, ClinicRole.Nurse);

        var second = await api.GetFromJsonAsync<Paged<ConsultationQueueItem>>("/api/consultations?pageSize=20&page=2");
        var secondPage = await pages.GetStringAsync("/Consultations?page=2");

        // Oldest waiting first: the patients submitted in the order of their names.
        Assert.Equal(names[20..40], second!.Items.Select(q => q.PatientName));
        Assert.Equal(names.Count, second.Total);
        Assert.All(names[^2..], name => Assert.Contains($">{name}<", secondPage, StringComparison.Ordinal));
        Assert.DoesNotContain(">Paging 01<", secondPage, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", secondPage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AuditPage_PageTwo_ShowsOlderEvents(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (clinic, _) = await ClinicWithPatientsAsync(world, 1);
        var (nurse, _) = await world.StaffApiAsync(clinic, ClinicRole.Nurse);
        var (auditor, _) = await world.StaffPagesAsync(clinic, ClinicRole.Auditor);
        await using var db = world.Database.CreateContext();
        var patientId = (await db.Patients.SingleAsync(p => p.ClinicId == clinic.Id)).Id.ToString("D");
        for (var i = 0; i < 60; i++)
        {
            (await nurse.GetAsync($"/api/patients/{patientId}")).EnsureSuccessStatusCode();
        }
        var sequences = await db.AuditEvents.Where(e => e.EntityId == patientId).OrderByDescending(e => e.Sequence).Select(e => e.Sequence).ToListAsync();

        var second = await auditor.GetStringAsync($"/Audit?entityId={patientId}&page=2");

        Assert.Equal(60, sequences.Count);
        Assert.Contains($"<td class=\"num\">{sequences[50]}</td>", second, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\">{sequences[59]}</td>", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td class=\"num\">{sequences[0]}</td>", second, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Audit?entityId={patientId}&amp;page=1\"", second, StringComparison.Ordinal);
    }

    // Consultations written straight into the database, one minute apart in name order (the queue's order).
    private static async Task SubmitOneConsultationEachAsync(World world, Clinic clinic)
    {
        await using var db = world.Database.CreateContext();
        var opener = await db.Users.Select(u => u.Id).FirstAsync();
        var patients = await db.Patients.Where(p => p.ClinicId == clinic.Id).OrderBy(p => p.NativeName).ToListAsync();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        foreach (var (patient, i) in patients.Select((p, i) => (p, i)))
        {
            var at = start.AddMinutes(i);
            var consultation = Consultation.Open(RecordId.New(TimeProvider.System), clinic.Id, patient.Id, opener, at, Guid.CreateVersion7());
            Assert.True(consultation.Submit(at, Guid.CreateVersion7()).IsSuccess);
            db.Consultations.Add(consultation);
        }
        await db.SaveChangesAsync();
        Assert.Equal(patients.Count, await db.Consultations.CountAsync(c => c.ClinicId == clinic.Id));
    }
}
