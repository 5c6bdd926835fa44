using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;

namespace MndCare.Domain.Tests.Tcm;

// Herbal prescriptions (docs/tcm/prescriptions.md): signing rules, versions, the clinic's safety lists and formula templates.
public sealed class HerbalPrescriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly Guid Practitioner = Guid.CreateVersion7();

    private static HerbalPrescription Draft(bool onRiluzole, params string[] names)
    {
        var check = HerbPrescriptionRules.Check(HerbCatalogue.Shipped, names, [], onRiluzole).Value;
        var items = check.Herbs.Select((h, i) => PrescribedHerb.Create(h, i, 9m, null, "B-1", "Supplier", null).Value).ToList();
        return HerbalPrescription.Draft(new PrescriptionIds(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()),
            new PrescriptionContent(items, [.. check.Findings.Select(PrescriptionFinding.From)], HerbalPreparation.Decoction, 14, null, null, null),
            Practitioner, Now).Value;
    }

    private static readonly Dictionary<string, string> NoSources = [];

    public static TheoryData<string, bool, string[], string?> SigningRows() => new()
    {
        // FDA letter of 16 May 2000 (reference D6): a substitution-liable herb is signed only with its botanical source confirmed.
        { "FDA 16 May 2000: Mu Tong (Akebia) unconfirmed", false, ["木通"], HerbCodes.BotanicalSourceNotConfirmed },
        // Riluzole label [S48]: a hepatotoxic herb (He Shou Wu, S49) for a patient on riluzole needs the acknowledged warning.
        { "S48 + S49: He Shou Wu on riluzole unacknowledged", true, ["He Shou Wu"], HerbCodes.RiluzoleWarningNotAcknowledged },
        // D6: hepatotoxic alone is a flag, not a block.
        { "D6: Lei Gong Teng without riluzole", false, ["Lei Gong Teng"], null },
        { "D2: Huang Qi, no flag", true, ["Huang Qi"], null },
    };

    [Theory]
    [MemberData(nameof(SigningRows))]
    public void Sign_WithoutConfirmations_FollowsTheRules(string source, bool onRiluzole, string[] names, string? refusal)
    {
        var signed = Draft(onRiluzole, names).Sign(Practitioner, NoSources, riluzoleWarningAcknowledged: false, Now, Today);

        Assert.True(refusal is null ? signed.IsSuccess : signed.Errors.Single().Code == refusal, source);
    }

    [Fact]
    public void Sign_WithTheSourceConfirmedAndTheWarningAcknowledged_KeepsWhoAndWhen_AndRunsFourteenDays()
    {
        var draft = Draft(true, "Fang Ji", "制何首乌");

        var signed = draft.Sign(Practitioner, new Dictionary<string, string> { ["fang-ji"] = "Stephania tetrandra root" }, true, Now, Today).Value;

        Assert.Equal(("Stephania tetrandra root", Practitioner, Now.UtcDateTime), (signed.Items[0].BotanicalSource, signed.RiluzoleWarningAcknowledgedByUserId,
            signed.RiluzoleWarningAcknowledgedAtUtc));
        Assert.Equal((Today, Today.AddDays(13)), (signed.StartsOn, signed.EndsOn));
        Assert.True(signed.IsActiveOn(Today.AddDays(13)));
        Assert.False(signed.IsActiveOn(Today.AddDays(14)));
    }

    [Fact]
    public void Correct_NeedsAReasonOfFiveCharacters_AndSupersedingEndsActivity()
    {
        var first = Draft(false, "Huang Qi").Sign(Practitioner, NoSources, false, Now, Today).Value;
        var content = new PrescriptionContent(first.Items, [], HerbalPreparation.Granules, 7, null, null, null);

        var tooShort = first.Correct(Guid.CreateVersion7(), "dose", content, Practitioner, Now);
        var second = first.Correct(Guid.CreateVersion7(), "Dose halved", content, Practitioner, Now).Value;
        first.Supersede(Now);

        Assert.Equal("tooShort", tooShort.Errors.Single().Code);
        Assert.Equal((2, first.SeriesId, first.Id), (second.VersionNumber, second.SeriesId, second.ReplacesId));
        Assert.False(first.IsActiveOn(Today));
        Assert.Equal(HerbalPrescriptionCodes.NotLatestSigned, first.Correct(Guid.CreateVersion7(), "Again later", content, Practitioner, Now).Errors.Single().Code);
    }

    [Fact]
    public void ClinicSafetyList_AddsAndRetiresEntriesWithSources_LatestChangeDecides()
    {
        var shipped = HerbCatalogue.Shipped;
        var huangQi = shipped.Find("Huang Qi").Value;
        var added = HerbSafetyListEntry.Create(Guid.CreateVersion7(), Guid.Empty, huangQi, HerbSafetyFlag.Hepatotoxic, false, "Clinic note", Practitioner, Now).Value;
        var xiXin = shipped.Find("Xi Xin").Value;
        var retired = HerbSafetyListEntry.Create(Guid.CreateVersion7(), Guid.Empty, xiXin, HerbSafetyFlag.SubstitutionRisk, true, "Root only", Practitioner, Now).Value;

        var catalogue = ClinicHerbCatalogue.Build(shipped, [], [added, retired]).Value;

        Assert.Equal([new HerbSafetyMark(HerbSafetyFlag.Hepatotoxic, "Clinic note")], catalogue.Find("黄芪").Value.Safety);
        Assert.Empty(catalogue.Find("细辛").Value.Safety);
        Assert.Equal("required", HerbSafetyListEntry.Create(Guid.CreateVersion7(), Guid.Empty, huangQi, HerbSafetyFlag.Hepatotoxic, false, " ", Practitioner, Now)
            .Errors.Single().Code);
        Assert.IsType<ConflictError>(HerbSafetyListEntry.Create(Guid.CreateVersion7(), Guid.Empty, xiXin, HerbSafetyFlag.AristolochicAcid, true, "No", Practitioner, Now)
            .Errors.Single());
    }

    [Fact]
    public void FormulaTemplate_RefusesAristolochicAcidHerbs_AndKeepsDefaultDoses()
    {
        var refused = HerbalFormulaTemplate.Create(Guid.CreateVersion7(), Guid.Empty, new FormulaTemplateInput("加味二妙散", "Jia Wei Er Miao San",
            [new FormulaItemInput("Guang Fang Ji", 9m)]), HerbCatalogue.Shipped, Practitioner, Now);
        var template = HerbalFormulaTemplate.Create(Guid.CreateVersion7(), Guid.Empty, new FormulaTemplateInput("加味二妙散", "Jia Wei Er Miao San",
            [new FormulaItemInput("Huang Bai", 9m), new FormulaItemInput("苍术", 9m)]), HerbCatalogue.Shipped, Practitioner, Now).Value;

        // S50: Guang Fang Ji (Aristolochia) is never prescribable, not even in a template.
        Assert.Equal(HerbCodes.AristolochicAcid, refused.Errors.Single().Code);
        Assert.Equal([new FormulaItem("huang-bai", 9m), new FormulaItem("cang-zhu", 9m)], template.Items);
    }

    [Fact]
    public void Search_FindsHerbsByThePrefixOfAnyNameForm_WholeMatchesFirst()
    {
        Assert.Equal("huang-qi", HerbCatalogue.Shipped.Search("huang q", 5)[0].Id);
        Assert.Equal("he-shou-wu", HerbCatalogue.Shipped.Search("何首", 5)[0].Id);
        Assert.Equal("huang-qi", HerbCatalogue.Shipped.Search("astragali", 5)[0].Id);
        Assert.Empty(HerbCatalogue.Shipped.Search(" ", 5));
    }
}
