using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Courses;
using MndCare.Application.Tcm.Visits;
using MndCare.Domain.Auditing;
using MndCare.Domain.Tcm.Visits;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 9, "TCM": visits with patterns, sessions filling the course's TCM slots, GET /api/acupoints; docs/tcm/visits-and-sessions.md.
public sealed class TcmVisitApiTests(ApiWorld worlds)
{
    private static readonly string[] DampHeat = ["dampHeatInvasion"], Unknown = ["windStroke"];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Acupoints_ByPinyinCodeOrChinese_ForStaffOnly_WithAttribution_AuditedAsCatalogueRead(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var nurse = await world.ClientAsync("nurse");

        foreach (var q in new[] { "zusanli", "ST36", "足三里" })
        {
            var answer = (await nurse.GetFromJsonAsync<AcupointSearchView>("/api/acupoints?q=" + Uri.EscapeDataString(q)))!;
            var first = answer.Points[0];
            Assert.Equal(("ST36", "Zusanli", "足三里", "Stomach Meridian"), (first.Code, first.Pinyin, first.ChineseName, first.Meridian));
            Assert.Contains("CC BY 4.0", answer.Attribution, StringComparison.Ordinal);
        }
        Assert.Empty((await nurse.GetFromJsonAsync<AcupointSearchView>("/api/acupoints"))!.Points);
        Assert.Equal(HttpStatusCode.OK, (await (await world.ClientAsync("celllab")).GetAsync("/api/acupoints?q=hegu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("patient")).GetAsync("/api/acupoints?q=hegu")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.Factory.CreateClient().GetAsync("/api/acupoints?q=hegu")).StatusCode);

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var searches = await db.AuditEvents.AsNoTracking().Where(e => e.Action == AcupointSearch.SearchAction && e.Details!.Contains("zusanli")).ToListAsync();
        Assert.NotEmpty(searches);
        Assert.All(searches, e => Assert.Equal((AcupointSearch.EntityType, (string?)null), (e.EntityType, e.EntityId)));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Visit_PractitionerRecordsPatterns_ClinicalTeamReads_CellLabAndOtherClinicsDoNot(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var practitioner = await world.ClientAsync("tcmpractitioner");
        var patient = world.PatientA1.Id;

        var added = await practitioner.PostAsJsonAsync("/api/tcm-patterns", new { chineseName = "肺脾气虚", englishName = "Lung-spleen qi deficiency" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var own = (await added.Content.ReadFromJsonAsync<TcmPatternView>())!;
        Assert.Null(own.Tm1Code);

        var visit = await practitioner.PostAsJsonAsync($"/api/patients/{patient}/tcm-visits",
            new { patternCodes = new[] { "spleenStomachDeficiency", own.Code }, tongue = "舌淡苔白", pulse = "脉细弱", notes = "四肢无力" });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);

        foreach (var reader in new[] { "clinician", "nurse", "auditor", "tcmpractitioner" })
        {
            var record = (await (await world.ClientAsync(reader)).GetFromJsonAsync<TcmRecordView>($"/api/patients/{patient}/tcm-record"))!;
            var patterns = record.Visits.First(v => v.Tongue == "舌淡苔白").Patterns;
            Assert.Equal([("脾胃虚弱", "Spleen-stomach deficiency"), ("肺脾气虚", "Lung-spleen qi deficiency")], patterns.Select(p => (p.ChineseName, p.EnglishName)));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("celllab")).GetAsync($"/api/patients/{patient}/tcm-record")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("patient")).GetAsync($"/api/patients/{patient}/tcm-record")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.ClientAsync("clinicianB")).GetAsync($"/api/patients/{patient}/tcm-record")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("clinician")).PostAsJsonAsync($"/api/patients/{patient}/tcm-visits",
            new { patternCodes = DampHeat })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Visit_WithoutOrWithUnknownPatterns_IsRefused_AndTheRefusalAudited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var practitioner = await world.ClientAsync("tcmpractitioner");

        var none = await practitioner.PostAsJsonAsync($"/api/patients/{world.PatientA2.Id}/tcm-visits", new { patternCodes = Array.Empty<string>() });
        var unknown = await practitioner.PostAsJsonAsync($"/api/patients/{world.PatientA2.Id}/tcm-visits", new { patternCodes = Unknown });

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains(TcmErrorCodes.UnknownPattern, await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        Assert.Empty(await db.TcmVisits.Where(v => v.PatientId == world.PatientA2.Id).ToListAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == TcmRecords.RecordVisitAction && e.Outcome == AuditOutcome.Invalid));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Session_FillsACourseSlotOfItsModality_Once(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patientId = await CourseApiTests.NewPatientAsync(world);
        var (four, _) = await CourseApiTests.DemoTemplatesAsync(world);
        var planned = await (await world.ClientAsync("clinician")).PostAsJsonAsync($"/api/patients/{patientId}/courses",
            new { templateId = four, startsOn = Domain.Time.ClinicTime.Format(CourseApiTests.Monday(world, 40)) });
        var course = (await planned.Content.ReadFromJsonAsync<CourseView>())!;
        var acupunctureSlot = course.Sessions.First(s => s.Kind == "acupuncture").Id;
        var moxibustionSlot = course.Sessions.First(s => s.Kind == "moxibustion").Id;
        var practitioner = await world.ClientAsync("tcmpractitioner");
        object Acupuncture(Guid? slot) => new
        {
            modality = "acupuncture", courseSessionId = slot, technique = "electro", frequencyHz = 2.0, retentionMinutes = 30,
            points = new[] { new { code = "zusanli", side = "bilateral" }, new { code = "GV20", side = "midline" } },
        };

        var first = await practitioner.PostAsJsonAsync($"/api/patients/{patientId}/tcm-sessions", Acupuncture(acupunctureSlot));
        var again = await practitioner.PostAsJsonAsync($"/api/patients/{patientId}/tcm-sessions", Acupuncture(acupunctureSlot));
        var wrongKind = await practitioner.PostAsJsonAsync($"/api/patients/{patientId}/tcm-sessions", Acupuncture(moxibustionSlot));
        var otherPatient = await practitioner.PostAsJsonAsync($"/api/patients/{world.PatientA1.Id}/tcm-sessions", Acupuncture(moxibustionSlot));
        var noCourse = await practitioner.PostAsJsonAsync($"/api/patients/{patientId}/tcm-sessions",
            new { modality = "moxibustion", region = "下腹部 关元", method = "隔姜灸", durationMinutes = 20 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var session = (await first.Content.ReadFromJsonAsync<TcmSessionView>())!;
        Assert.Equal((course.Id, (Guid?)acupunctureSlot), (session.CourseId!.Value, session.CourseSessionId));
        Assert.Equal([("ST36", "bilateral", "足三里"), ("GV20", "midline", "百会")], session.Points.Select(p => (p.Code, p.Side, p.Point.ChineseName)));
        Assert.Equal((HttpStatusCode.Conflict, TcmErrorCodes.SlotAlreadyDone), (again.StatusCode, await CodeAsync(again)));
        Assert.Equal((HttpStatusCode.Conflict, TcmErrorCodes.SlotModalityMismatch), (wrongKind.StatusCode, await CodeAsync(wrongKind)));
        Assert.Equal(HttpStatusCode.NotFound, otherPatient.StatusCode);
        Assert.Equal(HttpStatusCode.Created, noCourse.StatusCode);
        var record = (await practitioner.GetFromJsonAsync<TcmRecordView>($"/api/patients/{patientId}/tcm-record"))!;
        Assert.Equal(["acupuncture", "moxibustion"], record.Sessions.Select(s => s.Modality).Order());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Session_WithAMidlineSideOnAPairedPoint_IsRefused(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var response = await (await world.ClientAsync("tcmpractitioner")).PostAsJsonAsync($"/api/patients/{world.PatientA2.Id}/tcm-sessions",
            new { modality = "acupuncture", technique = "manual", retentionMinutes = 20, points = new[] { new { code = "LI4", side = "midline" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(TcmErrorCodes.SideDoesNotFitPoint, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;
}
