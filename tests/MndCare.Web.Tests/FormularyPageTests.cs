using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 9, round 2: the herb catalogue and formula template pages (/Tcm/Herbs, /Tcm/Formulas) and the patient's herbal
// prescriptions in the portal (/Portal/HerbalPrescriptions); docs/tcm/prescriptions.md, "Pages". The rules are the use cases'.
public sealed class FormularyPageTests(ApiWorld worlds)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Catalogue_SearchesAllNameForms_ShowsSourcesAndTheManagerAddsHerbsAndSafetyEntries_Audited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (tcm, _) = await world.StaffPagesAsync(world.ClinicB, ClinicRole.TcmPractitioner);

        var byPinyin = await tcm.GetStringAsync("/Tcm/Herbs?q=guanmutong");
        var byLatin = await tcm.GetStringAsync("/Tcm/Herbs?q=Aristolochiae%20Manshuriensis");
        var pinyin = "Shi Yan Cao " + Guid.NewGuid().ToString("N")[..6];
        var added = await PageSession.SubmitAsync(tcm, "/Tcm/Herbs", new Dictionary<string, string>
        {
            ["NewHerb.Chinese"] = "试验草" + pinyin[^6..], ["NewHerb.Pinyin"] = pinyin, ["NewHerb.LatinName"] = "Herba Probationis " + pinyin[^6..],
            ["NewHerb.Source"] = "Clinic pharmacy list 2026",
        }, "/Tcm/Herbs?handler=Add");
        var listed = await PageSession.SubmitAsync(tcm, "/Tcm/Herbs", new Dictionary<string, string>
        {
            ["Safety.Herb"] = pinyin, ["Safety.List"] = "hepatotoxic", ["Safety.Source"] = "Case report, LiverTox 2026",
        }, "/Tcm/Herbs?handler=Safety");
        var noSource = await PageSession.SubmitAsync(tcm, "/Tcm/Herbs", new Dictionary<string, string>
        {
            ["Safety.Herb"] = pinyin, ["Safety.List"] = "aristolochicAcid", ["Safety.Source"] = "",
        }, "/Tcm/Herbs?handler=Safety");
        var after = await tcm.GetStringAsync("/Tcm/Herbs?q=" + Uri.EscapeDataString(pinyin));

        Assert.Contains("关木通", byPinyin, StringComparison.Ordinal);
        Assert.Contains("S50b Hu SL et al.", byPinyin, StringComparison.Ordinal);
        Assert.Contains("关木通", byLatin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noSource.StatusCode);
        Assert.Contains("formulary-errors", await noSource.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Case report, LiverTox 2026", after, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == HerbFormulary.AddHerbAction && e.ClinicId == world.ClinicB.Id));
        Assert.True(await db.AuditEvents.CountAsync(e => e.Action == HerbFormulary.SafetyAction && e.ClinicId == world.ClinicB.Id) >= 2);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Catalogue_ReadersSeeItWithoutForms_AdministratorsManage_CellLabAndPatientsAreRefused(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (nurse, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Nurse);
        var (admin, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Administrator);
        var (cellLab, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.CellLab);
        var patient = await PatientPagesAsync(world, await world.Data.CreatePatientAsync(world.ClinicA));

        var nursePage = await nurse.GetStringAsync("/Tcm/Herbs");
        var nurseAdds = await PageSession.SubmitAsync(nurse, "/Tcm/Herbs", new Dictionary<string, string>(), "/Tcm/Herbs?handler=Add");
        var adminPage = await admin.GetStringAsync("/Tcm/Herbs");

        Assert.Contains("/Tcm/Formulas", nursePage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"add-herb\"", nursePage, StringComparison.Ordinal);
        Assert.Contains("AccessDenied", nurseAdds.Headers.Location?.OriginalString ?? nurseAdds.StatusCode.ToString(), StringComparison.Ordinal);
        Assert.Contains("id=\"add-herb\"", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/Tcm/Herbs", await cellLab.GetStringAsync("/"), StringComparison.Ordinal);
        foreach (var client in new[] { cellLab, patient })
        {
            foreach (var path in new[] { "/Tcm/Herbs", "/Tcm/Formulas", "/Tcm/Formulas/Edit" })
            {
                var response = await client.GetAsync(path);
                Assert.Contains("AccessDenied", response.Headers.Location?.OriginalString ?? response.StatusCode.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Templates_AreAddedAndEdited_AnAristolochicAcidHerbIsRefusedNamingIt_InTheReadersLanguage(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (tcm, _) = await world.StaffPagesAsync(world.ClinicB, ClinicRole.TcmPractitioner);
        var name = "Test Formula " + Guid.NewGuid().ToString("N")[..6];
        Dictionary<string, string> Form(string herb) => new()
        {
            ["NameChinese"] = "试验方", ["NameEnglish"] = name, ["Items[0].Herb"] = "Huang Qi", ["Items[0].Dose"] = "15", ["Items[1].Herb"] = herb, ["Items[1].Dose"] = "6",
        };

        var refused = await PageSession.SubmitAsync(tcm, "/Tcm/Formulas/Edit", Form("Guan Mu Tong"));
        await PageSession.SubmitAsync(tcm, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/" });
        var refusedInChinese = await PageSession.SubmitAsync(tcm, "/Tcm/Formulas/Edit", Form("Aristolochiae Manshuriensis Caulis"));
        var saved = await PageSession.SubmitAsync(tcm, "/Tcm/Formulas/Edit", Form("Gan Cao"));
        var id = Guid.Parse(saved.Headers.Location!.OriginalString.Split("#template-")[1]);
        var edit = await tcm.GetStringAsync($"/Tcm/Formulas/Edit?id={id}");
        var edited = await PageSession.SubmitAsync(tcm, $"/Tcm/Formulas/Edit?id={id}", Form("Fu Ling"));
        var list = await tcm.GetStringAsync("/Tcm/Formulas");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("it contains aristolochic acid and can never be prescribed", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("关木通", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("马兜铃酸", WebUtility.HtmlDecode(await refusedInChinese.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("甘草", edit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.Contains("茯苓", list, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.True(await db.AuditEvents.CountAsync(e => e.Action == HerbFormulary.SaveTemplateAction && e.EntityId == id.ToString("D")) >= 2);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Portal_ThePatientSeesOwnSignedPrescriptions_HerbsAndDoses_NoDraftsNoBatches_NeverAnotherPatients(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (tcm, _) = await world.StaffApiAsync(world.ClinicA, ClinicRole.TcmPractitioner);
        var person = await world.Data.CreatePatientAsync(world.ClinicA);
        var patient = person.Id;
        var other = (await world.Data.CreatePatientAsync(world.ClinicA)).Id;
        var signed = await PrescribeAsync(tcm, patient, "Ren Shen", "LOT-RS-77");
        Assert.Equal(HttpStatusCode.OK, (await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{signed}/sign", new { password = TestWorld.Password })).StatusCode);
        await PrescribeAsync(tcm, patient, "Fu Ling", "LOT-FL-88");
        var othersSigned = await PrescribeAsync(tcm, other, "Dang Gui", "LOT-DG-99");
        Assert.Equal(HttpStatusCode.OK, (await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{othersSigned}/sign", new { password = TestWorld.Password })).StatusCode);

        var client = await PatientPagesAsync(world, person);
        var index = await client.GetStringAsync("/Portal");
        var page = await client.GetStringAsync("/Portal/HerbalPrescriptions");

        Assert.Contains("/Portal/HerbalPrescriptions", index, StringComparison.Ordinal);
        Assert.Contains("人参", page, StringComparison.Ordinal);
        Assert.Contains("6 g", page, StringComparison.Ordinal);
        Assert.DoesNotContain("LOT-RS-77", page, StringComparison.Ordinal);
        Assert.DoesNotContain("茯苓", page, StringComparison.Ordinal);
        Assert.DoesNotContain("当归", page, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == HerbalPrescriptions.ListAction && e.EntityId == patient.ToString("D")));
    }

    private static async Task<HttpClient> PatientPagesAsync(World world, Domain.Patients.Patient patient)
    {
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        return await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password);
    }

    private static async Task<Guid> PrescribeAsync(HttpClient tcm, Guid patientId, string herb, string batch)
    {
        var response = await tcm.PostAsJsonAsync($"/api/patients/{patientId}/herbal-prescriptions",
            new { items = new[] { new { herb, doseGramsPerDay = 6m, batch } }, days = 14 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PrescriptionView>())!.Id;
    }
}
