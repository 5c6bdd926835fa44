using System.Text;
using FsCheck;
using FsCheck.Fluent;
using System.Text.Json;
using MndCare.Application.Assessments;
using MndCare.Domain.Assessments;

namespace MndCare.Application.Tests.Assessments;

// The `mndcare assess` machine contract (clinical-core issue; docs/instruments/decided-readings.md, Decisions 2, 3, 13, 14).
public sealed class AssessContractTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private const string Items = "\"speech\":3,\"salivation\":4,\"swallowing\":4,\"handwriting\":4,\"cuttingWithoutGastrostomy\":4,\"dressing\":4," +
        "\"turning\":4,\"walking\":3,\"climbing\":4,\"dyspnea\":4,\"orthopnea\":4,\"respiratoryInsufficiency\":4";

    private const string AllRegionsAls = "\"findings\":{\"bulbar\":{\"umn\":true,\"lmnClinical\":true},\"cervical\":{\"umn\":true,\"lmnClinical\":true}," +
        "\"lumbosacral\":{\"umn\":true,\"lmnClinical\":true}},\"progression\":true,\"alternativeExcluded\":true";

    private static List<JsonElement> Run(params string[] lines)
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        var output = new MemoryStream();
        new BatchAssessment(new CaseEvaluator(ProgressionThresholds.Labra2016)).Run(input, output, Today, CancellationToken.None);
        return [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    private static JsonElement One(string line) => Assert.Single(Run(line));

    private static IEnumerable<string> Codes(JsonElement result) => result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!);

    [Fact]
    public void Output_HasEveryKeyInContractOrder()
    {
        var result = One("{\"id\":\"a\",\"assessmentDate\":\"2026-01-10\"}");

        Assert.Equal(["id", "alsfrsr", "deltaFs", "progressionGroup", "kingsStage", "mitosStage", "elEscorial", "awaji", "goldCoast", "phenotype",
            "pls", "fvc", "encals", "notes", "errors"], result.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void CompleteCase_ComputesEveryOutput()
    {
        var result = One($$"""
            {"id":"full","assessmentDate":"2026-01-10","birthDate":"1960-05-01","onsetDate":"2024-03-01","diagnosisDate":"2024-11-01",
             "sex":"male","onsetSite":"upperLimb","ethnicity":"caucasian","heightCm":175,"fvcLiters":3.5,
             "alsfrsr":{{{Items}}},{{AllRegionsAls}},"ftd":false,"c9orf72":false}
            """.ReplaceLineEndings(""));

        Assert.Empty(Codes(result));
        Assert.Equal(46, result.GetProperty("alsfrsr").GetProperty("total").GetInt32());
        Assert.Equal(("2", 0), (result.GetProperty("kingsStage").GetString(), result.GetProperty("mitosStage").GetInt32()));
        Assert.Equal(("definite", "definite", "als", "als", "notMet"), (result.GetProperty("elEscorial").GetString(), result.GetProperty("awaji").GetString(),
            result.GetProperty("goldCoast").GetString(), result.GetProperty("phenotype").GetString(), result.GetProperty("pls").GetString()));
        var fvc = result.GetProperty("fvc");
        Assert.Equal(100 * 3.5 / fvc.GetProperty("predictedLiters").GetDouble(), fvc.GetProperty("percentPredicted").GetDouble(), 1e-9);
        var encals = result.GetProperty("encals");
        Assert.InRange(encals.GetProperty("medianMonthsFromOnset").GetDouble(), 1, 1200);
        Assert.True(encals.GetProperty("survival").GetProperty("12").GetDouble() > encals.GetProperty("survival").GetProperty("60").GetDouble());
    }

    // docs/instruments/encals.md (dossier §6.4), E1 [D]: age 60, ΔFS 0.5, delay 12 months, VC 90 %, spinal, not definite, no FTD, C9−.
    [Fact]
    public void Encals_ReferenceCaseE1_FromDates()
    {
        // 12 months and ΔFS 0.5 are not whole days: 366 days give 12.025 months and ΔFS 0.499, so LP agrees to 1e-2.
        var result = One("""
            {"id":"e1","assessmentDate":"2021-01-01","birthDate":"1960-01-01","onsetDate":"2020-01-01","diagnosisDate":"2021-01-01","onsetSite":"lowerLimb",
             "fvcPercentPredicted":90,"alsfrsr":{"speech":4,"salivation":4,"swallowing":4,"handwriting":4,"cuttingWithoutGastrostomy":4,"dressing":4,
             "turning":4,"walking":1,"climbing":1,"dyspnea":4,"orthopnea":4,"respiratoryInsufficiency":4},
             "findings":{"lumbosacral":{"umn":true,"lmnClinical":true}},"progression":true,"alternativeExcluded":true,"ftd":false,"c9orf72":false}
            """.ReplaceLineEndings(""));

        Assert.Equal(-4.6793, result.GetProperty("encals").GetProperty("linearPredictor").GetDouble(), 1e-2);
    }

    // Decision 2: both cutting items, a missing item, and values that are not integers 0..4.
    [Theory]
    [InlineData("\"cuttingWithGastrostomy\":3", "bothCuttingItems")]
    [InlineData("\"speech\":\"3\"", "itemOutOfRange")]
    [InlineData("\"speech\":2.5", "itemOutOfRange")]
    [InlineData("\"speech\":5", "itemOutOfRange")]
    [InlineData("\"speech\":null", "missingItem")]
    public void Alsfrsr_DecisionTwoErrors_LeaveNoTotal(string change, string code)
    {
        var items = change.StartsWith("\"cutting", StringComparison.Ordinal) ? Items + "," + change : Items.Replace("\"speech\":3", change, StringComparison.Ordinal);

        var result = One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"onsetDate\":\"2025-01-10\",\"alsfrsr\":{{{items}}}}}");

        Assert.Contains(code, Codes(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("alsfrsr").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("deltaFs").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("kingsStage").ValueKind);
    }

    [Fact]
    public void Alsfrsr_FourPointZero_IsFour()
    {
        var result = One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"alsfrsr\":{{{Items.Replace("\"dressing\":4", "\"dressing\":4.0", StringComparison.Ordinal)}}}}}");

        Assert.Equal(46, result.GetProperty("alsfrsr").GetProperty("total").GetInt32());
    }

    // Decision 3: onset on the assessment date gives no ΔFS and an error, not infinity.
    [Fact]
    public void DeltaFs_OnsetOnAssessmentDate_IsAnError()
    {
        var result = One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"onsetDate\":\"2026-01-10\",\"alsfrsr\":{{{Items}}}}}");

        Assert.Contains("onsetNotBeforeAssessment", Codes(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("deltaFs").ValueKind);
        Assert.Equal(46, result.GetProperty("alsfrsr").GetProperty("total").GetInt32());
    }

    // Decision 14: missing id or assessment date is an error and everything that does not need them is computed.
    [Fact]
    public void MissingIdAndDate_AreErrors_OtherOutputsStillComputed()
    {
        var result = One($"{{\"alsfrsr\":{{{Items}}}}}");

        var messages = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("id is missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("assessmentDate is missing", StringComparison.Ordinal));
        Assert.Equal("2", result.GetProperty("kingsStage").GetString());
    }

    // Decision 14: enum strings are exact and case-sensitive.
    [Theory]
    [InlineData("\"sex\":\"Male\"")]
    [InlineData("\"onsetSite\":\"Bulbar\"")]
    [InlineData("\"ethnicity\":\"asian\"")]
    [InlineData("\"progression\":\"yes\"")]
    public void Enums_WrongValue_IsInvalidValue(string field) =>
        Assert.Contains("invalidValue", Codes(One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",{field}}}")));

    // Decision 14: a given % predicted is used as is; predicted and lower limit need the Hankinson inputs.
    [Fact]
    public void Fvc_GivenPercentWithoutHankinsonInputs_IsUsedAsIs()
    {
        var fvc = One("{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"fvcPercentPredicted\":72.5}").GetProperty("fvc");

        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, 72.5),
            (fvc.GetProperty("predictedLiters").ValueKind, fvc.GetProperty("lowerLimitLiters").ValueKind, fvc.GetProperty("percentPredicted").GetDouble()));
    }

    [Fact]
    public void Fvc_OutsideHankinsonAges_CarriesTheExtrapolationNote()
    {
        var result = One("{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"birthDate\":\"1940-01-01\",\"sex\":\"female\",\"ethnicity\":\"caucasian\",\"heightCm\":160,\"fvcLiters\":2}");

        Assert.Contains("FVC predicted by Hankinson 1999 is extrapolated outside ages 8-80", result.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.NotEqual(JsonValueKind.Null, result.GetProperty("fvc").ValueKind);
    }

    [Theory]
    [InlineData("\"heightCm\":300")]
    [InlineData("\"heightCm\":20")]
    [InlineData("\"fvcLiters\":25")]
    [InlineData("\"fvcPercentPredicted\":0")]
    public void PhysiologicalRanges_AreErrorsNotClamps(string field)
    {
        var result = One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"birthDate\":\"1960-01-01\",\"sex\":\"male\",\"ethnicity\":\"caucasian\",{field}}}");

        Assert.Contains("outOfRange", Codes(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("fvc").ValueKind);
    }

    [Fact]
    public void Deceased_IsStageFive_AndEncalsIsStillComputed()
    {
        var result = One($$"""
            {"id":"d","assessmentDate":"2026-01-10","birthDate":"1960-05-01","onsetDate":"2024-03-01","diagnosisDate":"2024-11-01","onsetSite":"bulbar",
             "fvcPercentPredicted":80,"alsfrsr":{{{Items}}},{{AllRegionsAls}},"ftd":false,"c9orf72":false,"deceased":true}
            """.ReplaceLineEndings(""));

        Assert.Equal(("5", 5), (result.GetProperty("kingsStage").GetString(), result.GetProperty("mitosStage").GetInt32()));
        Assert.NotEqual(JsonValueKind.Null, result.GetProperty("encals").ValueKind);
    }

    // Decision 4: no mapped region involved gives stage "1" with a note.
    [Fact]
    public void Kings_NoMappedRegion_IsOneWithANote()
    {
        var items = Items.Replace("\"speech\":3", "\"speech\":4", StringComparison.Ordinal).Replace("\"walking\":3", "\"walking\":4", StringComparison.Ordinal)
            .Replace("\"dressing\":4", "\"dressing\":2", StringComparison.Ordinal);

        var result = One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"alsfrsr\":{{{items}}}}}");

        Assert.Equal("1", result.GetProperty("kingsStage").GetString());
        Assert.Single(result.GetProperty("notes").EnumerateArray());
    }

    // Decision 13/14: each missing predictor is named; a diagnosis on the onset date is an error.
    [Fact]
    public void Encals_MissingPredictors_AreEachNamed()
    {
        var result = One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"alsfrsr\":{{{Items}}}}}");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("encals").ValueKind);
        var predictors = result.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("code").GetString() == "missingPredictor").ToList();
        Assert.Equal(8, predictors.Count); // age at onset, delay, ΔFS, vital capacity, bulbar onset, definite El Escorial, FTD, C9orf72
    }

    private static string CompleteEncalsCase(string ftdAndC9orf72) => $$"""
        {"id":"k","assessmentDate":"2026-01-10","birthDate":"1960-05-01","onsetDate":"2024-03-01","diagnosisDate":"2024-11-01","onsetSite":"upperLimb",
         "fvcPercentPredicted":90,"alsfrsr":{{{Items}}},{{AllRegionsAls}}{{ftdAndC9orf72}}}
        """.ReplaceLineEndings("");

    private static List<string> MissingPredictorMessages(JsonElement result) => [.. result.GetProperty("errors").EnumerateArray()
        .Where(e => e.GetProperty("code").GetString() == "missingPredictor").Select(e => e.GetProperty("message").GetString()!)];

    // Issue 7 and Decision 13: an absent or null c9orf72 or ftd is "not known": no prediction, and an error naming each.
    [Theory]
    [InlineData("", new[] { "FTD", "C9orf72" })]
    [InlineData(",\"ftd\":null,\"c9orf72\":null", new[] { "FTD", "C9orf72" })]
    [InlineData(",\"ftd\":false", new[] { "C9orf72" })]
    [InlineData(",\"ftd\":true,\"c9orf72\":null", new[] { "C9orf72" })]
    [InlineData(",\"c9orf72\":false", new[] { "FTD" })]
    public void Encals_FtdOrC9orf72NotKnown_GivesNoPredictionAndNamesEach(string given, string[] named)
    {
        var result = One(CompleteEncalsCase(given));

        Assert.Equal(JsonValueKind.Null, result.GetProperty("encals").ValueKind);
        var messages = MissingPredictorMessages(result);
        Assert.Equal(named.Length, messages.Count);
        Assert.All(named, name => Assert.Contains(messages, m => m.Contains(name, StringComparison.Ordinal)));
        Assert.Equal(46, result.GetProperty("alsfrsr").GetProperty("total").GetInt32()); // everything else is still computed
    }

    // true and false are known answers, as before: the prediction is made, and C9orf72 yes worsens it.
    [Fact]
    public void Encals_FtdAndC9orf72TrueOrFalse_ArePredictors()
    {
        var negative = One(CompleteEncalsCase(",\"ftd\":false,\"c9orf72\":false")).GetProperty("encals");
        var positive = One(CompleteEncalsCase(",\"ftd\":false,\"c9orf72\":true")).GetProperty("encals");

        Assert.Equal(0.256, positive.GetProperty("linearPredictor").GetDouble() - negative.GetProperty("linearPredictor").GetDouble(), 1e-9);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    public void Encals_C9orf72NotABoolean_IsInvalidAndNotKnown(string value)
    {
        var result = One(CompleteEncalsCase($",\"ftd\":false,\"c9orf72\":{value}"));

        Assert.Contains("invalidValue", Codes(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("encals").ValueKind);
    }

    [Fact]
    public void Encals_DiagnosisOnOnsetDate_IsNonPositiveDelay()
    {
        var result = One($"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"birthDate\":\"1960-01-01\",\"onsetDate\":\"2025-01-01\",\"diagnosisDate\":\"2025-01-01\"," +
            $"\"onsetSite\":\"bulbar\",\"fvcPercentPredicted\":80,\"alsfrsr\":{{{Items}}},{AllRegionsAls}}}");

        Assert.Contains("nonPositiveDelay", Codes(result));
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"assessmentDate\":\"2099-01-01\"}", "futureDate")]
    [InlineData("{\"id\":\"x\",\"assessmentDate\":\"2026-02-30\"}", "invalidDate")]
    [InlineData("{\"id\":\"x\",\"assessmentDate\":\"10/01/2026\"}", "invalidDate")]
    [InlineData("{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"onsetDate\":\"2025-06-01\",\"diagnosisDate\":\"2025-01-01\"}", "onsetAfterDiagnosis")]
    [InlineData("{\"id\":\"x\",\"id\":\"y\",\"assessmentDate\":\"2026-01-10\"}", "duplicateField")]
    [InlineData("{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"onsetdate\":\"2025-01-01\"}", "unknownField")]
    [InlineData("{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"findings\":{\"arm\":{\"umn\":true}}}", "invalidValue")]
    public void BadInput_GetsItsCode(string line, string code) => Assert.Contains(code, Codes(One(line)));

    [Fact]
    public void MalformedLines_AreAnsweredInOrder_AndNeverStopTheBatch()
    {
        var results = Run("{\"id\":\"1\",\"assessmentDate\":\"2026-01-10\"}", "{not json", "[1,2]", "", "{\"id\":\"4\",\"assessmentDate\":\"2026-01-10\"}");

        Assert.Equal(["1", null, null, "4"], results.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["invalidJson", "invalidJson"], results.Skip(1).Take(2).Select(r => Assert.Single(Codes(r))));
    }

    // The command never crashes on a bad line: any text, and any mutation of a valid case, gives one answer line.
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property AnyLine_IsAnsweredWithoutThrowing() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Gen.Choose(0, 400).ToArbitrary(), (noise, cut) =>
        {
            var valid = $"{{\"id\":\"x\",\"assessmentDate\":\"2026-01-10\",\"onsetDate\":\"2025-01-10\",\"alsfrsr\":{{{Items}}},{AllRegionsAls}}}";
            var mutated = valid[..Math.Min(cut, valid.Length)] + (noise ?? string.Empty).Replace("\n", " ", StringComparison.Ordinal)
                + valid[Math.Min(cut, valid.Length)..];
            return Run(mutated).Count == 1;
        });
}
