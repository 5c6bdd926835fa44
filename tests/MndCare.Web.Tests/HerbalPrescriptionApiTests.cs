using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Auditing;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Herbal prescriptions over the API (issue 9; docs/tcm/prescriptions.md): the herb rules on save and sign, the 422 for
// aristolochic-acid herbs in every name form, signing with the password and confirmations, new versions, and who reads what.
public sealed class HerbalPrescriptionApiTests(ApiWorld worlds)
{
    private static async Task<Guid> NewPatientAsync(World world) =>
        (await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn(PatientApiTests.UniqueMrn()))).Id;

    private static Task<HttpResponseMessage> PrescribeAsync(HttpClient tcm, Guid patientId, params (string Herb, decimal Dose)[] items) =>
        tcm.PostAsJsonAsync($"/api/patients/{patientId}/herbal-prescriptions",
            new { items = items.Select(i => new { herb = i.Herb, doseGramsPerDay = i.Dose }), days = 14 });

    private static async Task<PrescriptionView> PrescribedAsync(HttpClient tcm, Guid patientId, params (string Herb, decimal Dose)[] items)
    {
        var response = await PrescribeAsync(tcm, patientId, items);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PrescriptionView>())!;
    }

    private static Task<HttpResponseMessage> SignAsync(HttpClient tcm, Guid id, object? confirmedSources = null, bool acknowledge = false,
        string password = TestWorld.Password) =>
        tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{id}/sign", new { password, confirmedSources, acknowledgeRiluzoleWarning = acknowledge });

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<int> PrescriptionsOfAsync(World world, Guid patientId)
    {
        await using var db = world.Database.CreateContext();
        return await db.HerbalPrescriptions.CountAsync(p => p.PatientId == patientId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Create_Is201_WithTheIdAndFindings_HepatotoxicFlagged_SubstitutionToConfirm(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var tcm = await world.ClientAsync("tcmpractitioner");
        var patient = await NewPatientAsync(world);

        var created = await PrescribedAsync(tcm, patient, ("Huang Qi", 30m), ("何首乌", 10m), ("Asari Radix et Rhizoma", 3m));
        var read = await tcm.GetFromJsonAsync<PrescriptionView>($"/api/herbal-prescriptions/{created.Id}");

        Assert.Equal(("draft", 1, 14, "decoction", false), (created.Status, created.Version, created.Days, created.Preparation, created.Active));
        Assert.Equal(["huang-qi", "he-shou-wu", "xi-xin"], created.Items.Select(i => i.HerbId));
        Assert.Equal(("Astragali Radix", "黄芪", "Huáng Qí", 30m), (created.Items[0].LatinName, created.Items[0].Chinese, created.Items[0].Pinyin, created.Items[0].DoseGramsPerDay));
        // D6 [S49]: He Shou Wu hepatotoxic; D6 / FDA 16 May 2000: Xi Xin's botanical source to confirm. No riluzole: no acknowledgement.
        Assert.Equal([("hepatotoxic", "he-shou-wu", false), ("confirmBotanicalSource", "xi-xin", true)],
            created.Findings.Select(f => (f.Code, f.HerbId, f.NeedsAcknowledgement)));
        Assert.StartsWith("S49", created.Findings[0].Source, StringComparison.Ordinal);
        Assert.Equal(created.Findings, read!.Findings);
    }

    public static TheoryData<DatabaseProvider, string> AristolochicNames()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        // Pinyin without and with tone marks, run together, Chinese, Latin in both word orders, lower case (S50; docs/tcm/catalogues.md).
        foreach (var name in new[] { "Guang Fang Ji", "Guǎng Fáng Jǐ", "GUANGFANGJI", "广防己", "Aristolochiae Fangchi Radix", "radix aristolochiae fangchi" })
        {
            data.Add(DatabaseProvider.Sqlite, name);
            data.Add(new TheoryDataRow<DatabaseProvider, string>(DatabaseProvider.Postgres, name)
            {
                Skip = TestDatabase.PostgresServer is null ? $"{TestDatabase.PostgresVariable} is not set" : null,
            });
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AristolochicNames))]
    public async Task AristolochicAcidHerb_Is422_NamingTheHerb_WhicheverNameFormWasUsed_NothingSaved(DatabaseProvider provider, string name)
    {
        var world = await worlds.ForAsync(provider);
        var tcm = await world.ClientAsync("tcmpractitioner");
        var patient = await NewPatientAsync(world);

        var response = await PrescribeAsync(tcm, patient, ("Huang Qi", 30m), (name, 9m));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("aristolochicAcid", problem.GetProperty("code").GetString());
        var herb = problem.GetProperty("herb");
        Assert.Equal((name, "guang-fang-ji", "广防己", "Aristolochiae Fangchi Radix"),
            (herb.GetProperty("name").GetString(), herb.GetProperty("id").GetString(), herb.GetProperty("chinese").GetString(), herb.GetProperty("latinName").GetString()));
        Assert.Contains(name, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await PrescriptionsOfAsync(world, patient));
        await using var db = world.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == HerbalPrescriptions.CreateAction && e.Outcome == AuditOutcome.Conflict
            && e.Details!.Contains(patient.ToString())));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task UnknownAndAmbiguousHerbs_Are422_WithTheirOwnCodes_BadDoseIs400(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var tcm = await world.ClientAsync("tcmpractitioner");
        var patient = await NewPatientAsync(world);

        var unknown = await PrescribeAsync(tcm, patient, ("Dragon Scale", 5m));
        // "Mu Tong" is 木通 (Akebia) and an old name of 关木通 (Aristolochia): ADR 0028, never a guess.
        var ambiguous = await PrescribeAsync(tcm, patient, ("Mu Tong", 5m));
        var badDose = await PrescribeAsync(tcm, patient, ("Huang Qi", 2500m));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "unknownHerb"), (unknown.StatusCode, (await ProblemAsync(unknown)).GetProperty("code").GetString()));
        var candidates = (await ProblemAsync(ambiguous)).GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("chinese").GetString()).Order();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ambiguous.StatusCode);
        Assert.Equal(["关木通", "木通"], candidates);
        Assert.Equal(HttpStatusCode.BadRequest, badDose.StatusCode);
        Assert.Equal(0, await PrescriptionsOfAsync(world, patient));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Sign_NeedsThePasswordAndTheBotanicalSource_ThenIsActive_AndAnotherWithTheSameHerbIsWarned(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var tcm = await world.ClientAsync("tcmpractitioner");
        var patient = await NewPatientAsync(world);
        var draft = await PrescribedAsync(tcm, patient, ("Xi Xin", 3m), ("Gan Cao", 6m));

        var unconfirmed = await SignAsync(tcm, draft.Id);
        var wrongPassword = await SignAsync(tcm, draft.Id, new Dictionary<string, string> { ["xi-xin"] = "Asarum heterotropoides, root" }, password: "wrong-password-1");
        var signed = await SignAsync(tcm, draft.Id, new Dictionary<string, string> { ["xi-xin"] = "Asarum heterotropoides, root" });
        var again = await SignAsync(tcm, draft.Id);
        var second = await PrescribedAsync(tcm, patient, ("甘草", 3m));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "botanicalSourceNotConfirmed"), (unconfirmed.StatusCode, (await ProblemAsync(unconfirmed)).GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        var view = (await signed.Content.ReadFromJsonAsync<PrescriptionView>())!;
        Assert.Equal(("signed", true, "Asarum heterotropoides, root"), (view.Status, view.Active, view.Items[0].BotanicalSource));
        Assert.Equal(view.StartsOn!.Value.AddDays(13), view.EndsOn);
        Assert.Equal((HttpStatusCode.Conflict, "notADraft"), (again.StatusCode, (await ProblemAsync(again)).GetProperty("code").GetString()));
        Assert.Equal([("duplicateHerb", "gan-cao", draft.Id.ToString("D"))], second.Findings.Select(f => (f.Code, f.HerbId, f.OtherPrescription)));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OnRiluzole_AHepatotoxicHerb_NeedsTheWarningAcknowledged_WhoAndWhenAreKept_WithTheLiverTests(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var ward = await InfusionScene.CreateAsync(world);
        var current = await ward.Clinician.GetAsync($"/api/courses/{ward.CourseId}");
        var add = new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{ward.CourseId}/medications")
        {
            Content = JsonContent.Create(new { medication = "riluzole", doseText = "50 mg twice daily", startsOn = "2024-01-15" }),
        };
        add.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await ward.Clinician.SendAsync(add)).StatusCode);
        var (tcm, practitioner) = await world.StaffApiAsync(world.ClinicA, Domain.Clinics.ClinicRole.TcmPractitioner);

        var draft = await PrescribedAsync(tcm, ward.PatientId, ("Bu Gu Zhi", 9m));
        var unacknowledged = await SignAsync(tcm, draft.Id);
        var signed = await SignAsync(tcm, draft.Id, acknowledge: true);

        // Riluzole label [S48]: other hepatotoxic drugs may raise the risk; ALT/AST and bilirubin are the tests.
        Assert.Equal([("hepatotoxic", false), ("riluzoleWithHepatotoxicHerb", true)], draft.Findings.Select(f => (f.Code, f.NeedsAcknowledgement)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "riluzoleWarningNotAcknowledged"),
            (unacknowledged.StatusCode, (await ProblemAsync(unacknowledged)).GetProperty("code").GetString()));
        var view = (await signed.Content.ReadFromJsonAsync<PrescriptionView>())!;
        Assert.Equal(practitioner.Id, view.RiluzoleWarning!.AcknowledgedByUserId);
        Assert.Equal(["ALT", "AST", "BILIRUBIN"], view.RiluzoleWarning.LiverTests);
        Assert.Equal(view.SignedAt, view.RiluzoleWarning.AcknowledgedAt);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task NewVersion_NeedsAReason_SupersedesTheSignedOneWhenSigned_AndEveryVersionIsKept(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var tcm = await world.ClientAsync("tcmpractitioner");
        var patient = await NewPatientAsync(world);
        var first = await PrescribedAsync(tcm, patient, ("Dang Gui", 9m));
        Assert.Equal(HttpStatusCode.OK, (await SignAsync(tcm, first.Id)).StatusCode);

        var ofDraft = await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{(await PrescribedAsync(tcm, await NewPatientAsync(world), ("Dang Gui", 9m))).Id}/versions",
            new { reason = "Dose lowered after review" });
        var noReason = await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{first.Id}/versions", new { reason = "ok" });
        var corrected = await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{first.Id}/versions", new
        {
            reason = "Dose lowered after review",
            prescription = new { items = new[] { new { herb = "当归", doseGramsPerDay = 6m } }, days = 7 },
        });
        var second = (await corrected.Content.ReadFromJsonAsync<PrescriptionView>())!;
        var duplicateDraft = await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{first.Id}/versions", new { reason = "Another correction" });
        var firstWhileDraft = await tcm.GetFromJsonAsync<PrescriptionView>($"/api/herbal-prescriptions/{first.Id}");
        Assert.Equal(HttpStatusCode.OK, (await SignAsync(tcm, second.Id)).StatusCode);
        var firstAfter = await tcm.GetFromJsonAsync<PrescriptionView>($"/api/herbal-prescriptions/{first.Id}");
        var secondAfter = await tcm.GetFromJsonAsync<PrescriptionView>($"/api/herbal-prescriptions/{second.Id}");

        Assert.Equal((HttpStatusCode.Conflict, "notLatestSigned"), (ofDraft.StatusCode, (await ProblemAsync(ofDraft)).GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal((HttpStatusCode.Created, 2, "draft", first.SeriesId, 6m), (corrected.StatusCode, second.Version, second.Status, second.SeriesId, second.Items[0].DoseGramsPerDay));
        Assert.Equal((HttpStatusCode.Conflict, "draftVersionExists"), (duplicateDraft.StatusCode, (await ProblemAsync(duplicateDraft)).GetProperty("code").GetString()));
        // The signed version stays active until its correction is signed (no duplicate warning against its own series).
        Assert.True(firstWhileDraft!.Active);
        Assert.Empty(second.Findings);
        Assert.Equal(("superseded", false), (firstAfter!.Status, firstAfter.Active));
        Assert.Equal(("signed", true, "Dose lowered after review"), (secondAfter!.Status, secondAfter.Active, secondAfter.CorrectionReason));
        Assert.Equal([(1, "superseded"), (2, "signed")], secondAfter.Versions.Select(v => (v.Version, v.Status)));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Access_TcmWrites_ClinicianAndNurseRead_PatientReadsOwnSigned_CellLabAndOtherClinicNever(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var tcm = await world.ClientAsync("tcmpractitioner");
        var patient = world.PatientA1.Id;
        var signedOne = await PrescribedAsync(tcm, patient, ("Ren Shen", 6m));
        Assert.Equal(HttpStatusCode.OK, (await SignAsync(tcm, signedOne.Id)).StatusCode);
        var draftOne = await PrescribedAsync(tcm, patient, ("Fu Ling", 9m));

        var nurse = await world.ClientAsync("nurse");
        var clinician = await world.ClientAsync("clinician");
        var own = await world.ClientAsync("patient");
        var nurseWrites = await PrescribeAsync(nurse, patient, ("Fu Ling", 9m));
        var clinicianReads = await clinician.GetAsync($"/api/herbal-prescriptions/{draftOne.Id}");
        var nurseList = await nurse.GetFromJsonAsync<List<PrescriptionSummary>>($"/api/patients/{patient}/herbal-prescriptions");
        var patientList = await own.GetFromJsonAsync<List<PrescriptionSummary>>($"/api/patients/{patient}/herbal-prescriptions");
        var patientDraft = await own.GetAsync($"/api/herbal-prescriptions/{draftOne.Id}");
        var cellLab = await (await world.ClientAsync("celllab")).GetAsync($"/api/herbal-prescriptions/{signedOne.Id}");
        var otherClinic = await (await world.ClientAsync("clinicianB")).GetAsync($"/api/herbal-prescriptions/{signedOne.Id}");
        var otherPatient = await own.GetAsync($"/api/patients/{world.PatientA2.Id}/herbal-prescriptions");

        Assert.Equal(HttpStatusCode.Forbidden, nurseWrites.StatusCode);
        Assert.Equal(HttpStatusCode.OK, clinicianReads.StatusCode);
        Assert.Contains(nurseList!, p => p.Id == draftOne.Id);
        Assert.Contains(patientList!, p => p.Id == signedOne.Id);
        Assert.DoesNotContain(patientList!, p => p.Status == "draft");
        Assert.Equal(HttpStatusCode.NotFound, patientDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cellLab.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherClinic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPatient.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ClinicCatalogue_AddsHerbsAndSafetyEntriesWithSources_TheRulesFollow_AndTemplatesPrescribe(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (admin, _) = await world.StaffApiAsync(world.ClinicB, Domain.Clinics.ClinicRole.Administrator);
        var (tcm, _) = await world.StaffApiAsync(world.ClinicB, Domain.Clinics.ClinicRole.TcmPractitioner);
        var patient = world.PatientB1.Id;
        var pinyin = "Jī Xuè Téng " + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var added = await admin.PostAsJsonAsync("/api/herbs", new { pinyin, chinese = "鸡血藤" + pinyin[^4..], latinName = "Spatholobi Caulis " + pinyin[^4..], source = "ChP 2020 monograph" });
        var again = await admin.PostAsJsonAsync("/api/herbs", new { pinyin = "Huang Qi", chinese = "黄芪", latinName = "Astragali Radix", source = "duplicate" });
        var noSource = await admin.PostAsJsonAsync("/api/herbs/safety-list", new { herb = pinyin, list = "hepatotoxic", retire = false, source = "" });
        var flagged = await admin.PostAsJsonAsync("/api/herbs/safety-list", new { herb = pinyin, list = "hepatotoxic", retire = false, source = "Clinic pharmacovigilance note 2026-11" });
        var afterFlag = await PrescribedAsync(tcm, patient, (pinyin, 15m));
        var retired = await admin.PostAsJsonAsync("/api/herbs/safety-list", new { herb = "Xi Xin", list = "substitutionRisk", retire = true, source = "Root-only certified supplier contract" });
        var afterRetire = await PrescribedAsync(tcm, patient, ("细辛", 3m));
        var byNurse = await (await world.StaffApiAsync(world.ClinicB, Domain.Clinics.ClinicRole.Nurse)).Client
            .PostAsJsonAsync("/api/herbs", new { pinyin = "X", chinese = "X", latinName = "X", source = "X" });
        var template = await tcm.PostAsJsonAsync("/api/herbal-formulas", new
        {
            nameChinese = "补阳还五汤", nameEnglish = "Bu Yang Huan Wu Tang",
            items = new[] { new { herb = "Huang Qi", doseGramsPerDay = 120m }, new { herb = "Dang Gui", doseGramsPerDay = 6m } },
        });
        var templateView = (await template.Content.ReadFromJsonAsync<FormulaTemplateView>())!;
        var fromTemplate = await tcm.PostAsJsonAsync($"/api/patients/{patient}/herbal-prescriptions", new
        {
            items = templateView.Items.Select(i => new { herb = i.Chinese, doseGramsPerDay = i.DoseGramsPerDay }), days = 7, templateId = templateView.Id,
        });
        var catalogue = await tcm.GetFromJsonAsync<FormularyView>("/api/herbs?q=" + Uri.EscapeDataString("ji xue"));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "duplicateHerb"), (again.StatusCode, (await ProblemAsync(again)).GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, noSource.StatusCode);
        Assert.Equal(HttpStatusCode.OK, flagged.StatusCode);
        Assert.Equal([("hepatotoxic", "Clinic pharmacovigilance note 2026-11")], afterFlag.Findings.Select(f => (f.Code, f.Source)));
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.DoesNotContain(afterRetire.Findings, f => f.Code == "confirmBotanicalSource");
        Assert.Equal(HttpStatusCode.Forbidden, byNurse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, template.StatusCode);
        Assert.Equal(("补阳还五汤", "Bu Yang Huan Wu Tang"), ((await fromTemplate.Content.ReadFromJsonAsync<PrescriptionView>())!.FormulaChinese, templateView.NameEnglish));
        Assert.Contains(catalogue!.Herbs, h => h.Pinyin == pinyin && h.AddedByClinic && h.Safety.Single().List == "hepatotoxic");
        Assert.Contains(catalogue.Changes, c => c.List == "substitutionRisk" && c.Retired && c.HerbId == "xi-xin");
    }
}
