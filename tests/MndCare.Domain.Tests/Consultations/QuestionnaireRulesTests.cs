using MndCare.Domain.Consultations;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Consultations;

public sealed class QuestionnaireRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateOnly Birth = new(1968, 4, 12);

    /// <summary>A complete, consistent questionnaire (self-rated ALSFRS-R total 38).</summary>
    public static QuestionnaireAnswers Complete() => new()
    {
        CountryOfResidence = "Germany",
        HeightCm = 178,
        WeightKg = 71.5m,
        OnsetDate = "2025-03-01",
        OnsetSite = "upperLimb",
        FirstSymptoms = "Weak right hand, dropping cups.",
        Diagnosis = "als",
        DiagnosisDate = "2025-10-15",
        DiagnosedBy = "Dr Example, University Hospital",
        Alsfrsr = new Dictionary<string, int?>
        {
            ["speech"] = 4, ["salivation"] = 4, ["swallowing"] = 4, ["handwriting"] = 2, ["cuttingWithoutGastrostomy"] = 2,
            ["dressing"] = 3, ["turning"] = 3, ["walking"] = 3, ["climbing"] = 2, ["dyspnea"] = 4, ["orthopnea"] = 3,
            ["respiratoryInsufficiency"] = 4,
        },
        AlsfrsrWording = "en-cedarbaum-1999",
        BreathingSupport = "none",
        Gastrostomy = "no",
        GeneticTesting = "variantFound",
        GenesWithVariant = ["c9orf72"],
        FamilyHistory = "unknown",
        CognitiveOrBehaviouralChange = "no",
        TakesRiluzole = true,
        TakesEdaravone = false,
        TakesTofersen = false,
        EarlierStemCellTreatment = "no",
        EarlierTcmTreatment = "no",
        Goals = "Slow the disease <script>alert(1)</script>",
    };

    private static List<(string Field, string Code)> Errors(QuestionnaireAnswers answers, bool forSubmission = true) =>
        [.. QuestionnaireRules.Check(answers, Birth, Today, forSubmission).Errors.OfType<ValidationError>().Select(e => (e.Field, e.Code))];

    [Fact]
    public void Check_CompleteAnswers_AreAcceptedForSubmission() =>
        Assert.Empty(Errors(Complete()));

    [Fact]
    public void Check_EmptyDraft_IsAcceptedButNotSubmittable()
    {
        Assert.Empty(Errors(new QuestionnaireAnswers(), forSubmission: false));
        var missing = Errors(new QuestionnaireAnswers());
        Assert.Contains(("onsetDate", "required"), missing);
        Assert.Contains(("diagnosis", "required"), missing);
        Assert.Contains(("takesRiluzole", "required"), missing);
        Assert.Contains(("speech", "missingItem"), missing);
    }

    // Issue 4: impossible dates refused (future dates, onset after diagnosis, birth after onset).
    [Theory]
    [InlineData("2026-11-27", "2026-11-28", "onsetDate", "futureDate")]
    [InlineData("2025-03-01", "2027-01-01", "diagnosisDate", "futureDate")]
    [InlineData("2025-10-16", "2025-10-15", "diagnosisDate", "diagnosisBeforeOnset")]
    [InlineData("1960-01-01", "2025-10-15", "onsetDate", "beforeBirth")]
    [InlineData("2025-02-30", "2025-10-15", "onsetDate", "invalidDate")]
    [InlineData("01/03/2025", "2025-10-15", "onsetDate", "invalidDate")]
    public void Check_ImpossibleDates_AreRefusedOnTheirField(string onset, string diagnosis, string field, string code) =>
        Assert.Contains((field, code), Errors(Complete() with { OnsetDate = onset, DiagnosisDate = diagnosis }, forSubmission: false));

    [Fact]
    public void Check_OnsetOnDiagnosisDay_IsAccepted() =>
        Assert.Empty(Errors(Complete() with { OnsetDate = "2025-10-15", DiagnosisDate = "2025-10-15" }));

    [Fact]
    public void Check_NotYetDiagnosed_NeedsNoDiagnosisDate() =>
        Assert.Empty(Errors(Complete() with { Diagnosis = "notYetDiagnosed", DiagnosisDate = null }));

    [Theory]
    [InlineData("gastrostomy", "maybe")]
    [InlineData("onsetSite", "generalized")]
    [InlineData("breathingSupport", "oxygen")]
    [InlineData("diagnosis", "ALS")]
    public void Check_UnknownChoice_IsInvalidValue(string field, string value)
    {
        var answers = field switch
        {
            "gastrostomy" => Complete() with { Gastrostomy = value },
            "onsetSite" => Complete() with { OnsetSite = value },
            "breathingSupport" => Complete() with { BreathingSupport = value },
            _ => Complete() with { Diagnosis = value },
        };
        Assert.Contains((field, "invalidValue"), Errors(answers));
    }

    // ALSFRS-R wording (docs/instruments/alsfrs-r.md): 5b is for patients with gastrostomy; item 12 matches the support used.
    [Fact]
    public void Check_Item5bWithoutGastrostomy_IsRefused()
    {
        var items = new Dictionary<string, int?>(Complete().Alsfrsr!) { ["cuttingWithoutGastrostomy"] = null, ["cuttingWithGastrostomy"] = 2 };
        Assert.Contains(("cuttingWithGastrostomy", "gastrostomyMismatch"), Errors(Complete() with { Alsfrsr = items }));
    }

    [Theory]
    [InlineData("none", 4, true)]
    [InlineData("none", 3, false)]
    [InlineData("nonInvasivePartTime", 3, true)]
    [InlineData("nonInvasivePartTime", 2, true)]
    [InlineData("nonInvasiveFullTime", 1, true)]
    [InlineData("nonInvasiveFullTime", 3, false)]
    [InlineData("invasive", 0, true)]
    [InlineData("invasive", 1, false)]
    public void Check_Item12_MustMatchBreathingSupport(string support, int item12, bool agrees)
    {
        var items = new Dictionary<string, int?>(Complete().Alsfrsr!) { ["respiratoryInsufficiency"] = item12 };
        var errors = Errors(Complete() with { BreathingSupport = support, Alsfrsr = items });
        Assert.Equal(!agrees, errors.Contains(("respiratoryInsufficiency", "breathingSupportMismatch")));
    }

    // Issue 7: each self-rated score keeps the wording it was answered in; the wording goes with the items only.
    [Fact]
    public void Check_ItemsWithoutTheirWording_AreRefused_AndAWordingWithoutItemsIsDropped()
    {
        Assert.Contains(("alsfrsrWording", "required"), Errors(Complete() with { AlsfrsrWording = null }, forSubmission: false));
        var noItems = QuestionnaireRules.Check(new QuestionnaireAnswers { AlsfrsrWording = "zh-Hans-mndcare-unvalidated-1" }, Birth, Today, forSubmission: false);
        Assert.Null(noItems.Value.AlsfrsrWording);
        Assert.Equal("en-cedarbaum-1999", QuestionnaireRules.Check(Complete(), Birth, Today, forSubmission: true).Value.AlsfrsrWording);
    }

    [Fact]
    public void Check_ItemOutOfRangeAndUnknownItem_AreRefusedInADraft()
    {
        var errors = Errors(new QuestionnaireAnswers { Alsfrsr = new Dictionary<string, int?> { ["speech"] = 5, ["running"] = 2 } }, forSubmission: false);
        Assert.Contains(("speech", "itemOutOfRange"), errors);
        Assert.Contains(("alsfrsr", "unknownItem"), errors);
    }

    [Theory]
    [InlineData(49, null)]
    [InlineData(251, null)]
    [InlineData(null, 19.9)]
    [InlineData(null, 300.1)]
    public void Check_ImplausibleBody_IsOutOfRange(int? height, double? weight)
    {
        var errors = Errors(Complete() with { HeightCm = height, WeightKg = (decimal?)weight });
        Assert.Contains(errors, e => e.Code == "outOfRange");
    }

    [Fact]
    public void Check_GenesWithoutVariantFound_AreNotApplicable() =>
        Assert.Contains(("genesWithVariant", "notApplicable"), Errors(Complete() with { GeneticTesting = "notTested" }));

    [Fact]
    public void Check_ControlCharactersInText_AreRefused() =>
        Assert.Contains(("goals", "invalidCharacters"), Errors(Complete() with { Goals = "a\u202Eb" }));

    [Fact]
    public void Check_TextIsTrimmedAndKeptLiterally()
    {
        var answers = QuestionnaireRules.Check(Complete() with { Goals = "  <b>slow</b>  " }, Birth, Today, true).Value;
        Assert.Equal("<b>slow</b>", answers.Goals);
    }
}
