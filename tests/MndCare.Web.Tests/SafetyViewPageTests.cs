using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// The safety views (issue 9; docs/safety/views.md): the clinic's rates count patients, not events, over the patients exposed; the
// patient's timeline lists infusions and events; the cell lab reads a lot's recipients' events coded, without identities.
public sealed partial class SafetyViewPageTests(ApiWorld worlds)
{
    [GeneratedRegex("data-key=\"Fever\">.*?1 of 2 patients \\(50\\.0%.*?class=\"num\">2<", RegexOptions.Singleline)]
    private static partial Regex FeverRow();

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Rates_CountPatientsOverTheExposed_TheTimelineListsEvents_TheCellLabSeesThemCoded(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinic = await world.Data.CreateClinicAsync("Safety " + Guid.CreateVersion7().ToString("N")[..8]);
        var first = await InfusionScene.CreateAsync(world, clinic);
        var second = await InfusionScene.CreateAsync(world, clinic);
        var lotIds = new List<Guid>();
        foreach (var ward in new[] { first, second })
        {
            var lot = await ward.LotAsync();
            var ordered = await ward.OrderedAsync(lot.Id);
            Assert.Equal(HttpStatusCode.OK, (await ward.CheckAsync(ordered.Id, ward.Mrn, lot.Units[0].Code)).StatusCode);
            lotIds.Add(lot.Id);
        }
        var today = Domain.Time.ClinicTime.Format(clinic.LocalDate(DateTimeOffset.UtcNow));
        for (var i = 0; i < 2; i++)
        {
            var recorded = await first.Nurse.PostAsJsonAsync($"/api/patients/{first.PatientId}/adverse-events",
                new { term = "Fever", onsetOn = today, grade = 1, seriousness = Array.Empty<string>(), expected = true });
            Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        }
        var (clinician, _) = await world.StaffPagesAsync(clinic, ClinicRole.Clinician);
        var (cellLab, _) = await world.StaffPagesAsync(clinic, ClinicRole.CellLab);
        await using var db = world.Database.CreateContext();
        var patient = await db.Patients.SingleAsync(p => p.Id == first.PatientId);

        var rates = await clinician.GetStringAsync("/Safety");
        var timeline = await clinician.GetStringAsync($"/Safety/Patient/{first.PatientId}");
        var recipients = await cellLab.GetStringAsync($"/CellLab/Lots/{lotIds[0]}/Recipients");
        var csv = await cellLab.GetStringAsync($"/CellLab/Lots/{lotIds[0]}/Recipients?handler=Export");
        var forbidden = await cellLab.GetAsync("/Safety");

        Assert.Contains("Patients exposed: 2", rates, StringComparison.Ordinal);
        Assert.Matches(FeverRow(), rates);
        Assert.Equal(2, Regex.Count(timeline, "data-kind=\"AdverseEvent\""));
        Assert.Contains("data-kind=\"Infusion\"", timeline, StringComparison.Ordinal);
        Assert.Contains("R-", recipients, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(recipients, "Fever"));
        Assert.DoesNotContain(patient.NativeName, recipients, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Mrn, recipients, StringComparison.Ordinal);
        Assert.Contains(" Fever grade 1 causality notAssessed | ", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Mrn, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Patients exposed", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
