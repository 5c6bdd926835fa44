using System.Net;
using System.Net.Http.Json;
using MndCare.Application.CellProducts;
using MndCare.Application.Courses;
using MndCare.Application.Infusions;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Testing;

namespace MndCare.Web.Tests;

/// <summary>A clinic's clinician, nurse and cell lab (two users: one enters results, the other releases), a new patient with a planned
/// course, arranged over the API. Lots hold 100 × 10^6 cells per unit, so 1.0 × 10^6 cells/kg for 70 kg is one unit.</summary>
/// <remarks>Clinic A uses the world's users; another clinic (for tests that change the clinic's infusion settings) gets its own.</remarks>
internal sealed record InfusionScene(World World, Clinic Clinic, HttpClient Clinician, HttpClient Nurse, HttpClient Administrator, HttpClient LabEnterer,
    HttpClient LabReleaser, Guid PatientId, string Mrn, Guid CourseId)
{
    public const long CellsPerUnit = 100_000_000L;

    private static readonly string[] AllMarkers = ["hiv", "hbv", "hcv", "syphilis", "htlv", "cmv"];

    public static async Task<InfusionScene> CreateAsync(World world, Clinic? ownClinic = null)
    {
        var clinic = ownClinic ?? world.ClinicA;
        async Task<HttpClient> Staff(string key, ClinicRole role) =>
            ownClinic is null ? await world.ClientAsync(key) : (await world.StaffApiAsync(clinic, role)).Client;
        var mrn = PatientApiTests.UniqueMrn();
        var patient = await world.Data.CreatePatientAsync(clinic, new PatientBuilder().WithMrn(mrn));
        var clinician = await Staff("clinician", ClinicRole.Clinician);
        var administrator = await Staff("administrator", ClinicRole.Administrator);
        var template = await administrator.PostAsJsonAsync("/api/course-templates", new { template = CourseTemplateInput.From(CourseTemplate.FourWeekDemo) });
        var templateId = (await template.Content.ReadFromJsonAsync<CourseTemplateView>())!.Id;
        var startsOn = clinic.LocalDate(DateTimeOffset.UtcNow).AddDays(7);
        var planned = await clinician.PostAsJsonAsync($"/api/patients/{patient.Id}/courses",
            new { templateId, startsOn = Domain.Time.ClinicTime.Format(startsOn) });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var (enterer, _) = await world.StaffApiAsync(clinic, ClinicRole.CellLab);
        var (releaser, _) = await world.StaffApiAsync(clinic, ClinicRole.CellLab);
        return new InfusionScene(world, clinic, clinician, await Staff("nurse", ClinicRole.Nurse), administrator, enterer, releaser, patient.Id, mrn,
            (await planned.Content.ReadFromJsonAsync<CourseView>())!.Id);
    }

    public async Task<LotRecord> LotAsync(bool release = true)
    {
        var today = Clinic.LocalDate(DateTimeOffset.UtcNow);
        var donorCode = Domain.CellProducts.DonorCode.FromSequence(Random.Shared.Next(1, 1_000_000)).Value;
        var screening = AllMarkers.Select(m => new { marker = m, result = "nonReactive", testedOn = today.AddDays(-30) });
        Assert.Equal(HttpStatusCode.Created, (await LabEnterer.PostAsJsonAsync("/api/donors", new { donorCode, consentedOn = today.AddDays(-40), screening })).StatusCode);
        var lotNumber = "UCM" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01";
        var created = await LabEnterer.PostAsJsonAsync("/api/lots", new
        {
            lotNumber, productCode = "UCMSC-IV", donorCode, manufacturedOn = today.AddDays(-20), expiresOn = today.AddDays(90), passage = 4,
            cellsPerUnit = CellsPerUnit, unitsProduced = 3,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var lot = (await created.Content.ReadFromJsonAsync<LotRecord>())!;
        if (release)
        {
            Assert.Equal(HttpStatusCode.OK, (await LabEnterer.PutAsJsonAsync($"/api/lots/{lot.Id}/results", new
            {
                viabilityPercent = 92m, cd73Percent = 99.1m, cd90Percent = 98.7m, cd105Percent = 97.5m, cd45Percent = 0.4m, cd34Percent = 0.3m,
                cd14Percent = 0.5m, cd19Percent = 0.2m, hlaDrPercent = 0.6m, sterility = "negative", mycoplasma = "negative", endotoxinEuPerMl = 0.1m,
                karyotype = "normal",
            })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await LabReleaser.PostAsJsonAsync($"/api/lots/{lot.Id}/release", new { password = TestWorld.Password })).StatusCode);
        }
        return (await LabEnterer.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}"))!;
    }

    public Task<HttpResponseMessage> OrderAsync(Guid lotId, decimal cellsPerKg = 1_000_000m, decimal weightKg = 70m, DateTimeOffset? weighedAt = null) =>
        Clinician.PostAsJsonAsync($"/api/courses/{CourseId}/infusions", new
        {
            lotId, scheduledAt = DateTimeOffset.UtcNow.AddHours(1), cellsPerKg, weightKg, weighedAt,
        });

    public async Task<InfusionView> OrderedAsync(Guid lotId)
    {
        var response = await OrderAsync(lotId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InfusionView>())!;
    }

    public Task<HttpResponseMessage> CheckAsync(Guid infusionId, string patientCode, params string[] unitCodes) =>
        Nurse.PostAsJsonAsync($"/api/infusions/{infusionId}/identity-check", new { patientCode, unitCodes });
}
