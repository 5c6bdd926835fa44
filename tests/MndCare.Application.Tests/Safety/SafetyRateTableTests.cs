using MndCare.Application.Safety.Rates;
using MndCare.Domain.Results;
using MndCare.Statistics.Intervals;

namespace MndCare.Application.Tests.Safety;

// docs/safety/statistics.md, "Rate table": patients, not events; exact intervals; wording that reports and never reassures.
public sealed class SafetyRateTableTests
{
    private static readonly Guid PatientA = Guid.Parse("0193a000-0000-7000-8000-00000000000a");
    private static readonly Guid PatientB = Guid.Parse("0193a000-0000-7000-8000-00000000000b");
    private static readonly Guid PatientC = Guid.Parse("0193a000-0000-7000-8000-00000000000c");

    private static readonly SuspectKey LotOne = new("lot", "lot-1");
    private static readonly SuspectKey LotTwo = new("lot", "lot-2");
    private static readonly SuspectKey HerbBatch = new("herbBatch", "hb-7");

    private static readonly SuspectExposure[] Exposures =
    [
        new(LotOne, "UCMSC-2026-001", 8),
        new(LotTwo, "UCMSC-2026-002", 12),
        new(HerbBatch, "Huang Qi batch HQ-7", 5),
    ];

    // A: two grade 1 fevers after lot 1. B: a grade 2 fever after lot 2 and a grade 1 headache on the herb batch.
    // C: a serious grade 3 anaphylaxis after lot 1.
    private static readonly SafetyEventFact[] Events =
    [
        new(PatientA, "Fever", 1, false, [LotOne]),
        new(PatientA, "Fever", 1, false, [LotOne]),
        new(PatientB, "Fever", 2, false, [LotTwo]),
        new(PatientB, "Headache", 1, false, [HerbBatch]),
        new(PatientC, "Anaphylaxis", 3, true, [LotOne]),
    ];

    private static SafetyRates Table() => SafetyRateTable.Build(20, Events, Exposures).Value;

    private static SafetyRateRow Row(SafetyRateDimension dimension, string key) =>
        Assert.Single(Table().Rows, r => r.Dimension == dimension && r.Key == key);

    [Theory]
    [InlineData(SafetyRateDimension.AnyEvent, "any", 3, 5, 20)]
    [InlineData(SafetyRateDimension.Term, "Fever", 2, 3, 20)]
    [InlineData(SafetyRateDimension.Term, "Headache", 1, 1, 20)]
    [InlineData(SafetyRateDimension.Term, "Anaphylaxis", 1, 1, 20)]
    [InlineData(SafetyRateDimension.Grade, "1", 2, 3, 20)]
    [InlineData(SafetyRateDimension.Grade, "2", 1, 1, 20)]
    [InlineData(SafetyRateDimension.Grade, "3", 1, 1, 20)]
    [InlineData(SafetyRateDimension.Grade, "4", 0, 0, 20)]
    [InlineData(SafetyRateDimension.Grade, "5", 0, 0, 20)]
    [InlineData(SafetyRateDimension.Seriousness, "serious", 1, 1, 20)]
    [InlineData(SafetyRateDimension.Seriousness, "nonSerious", 2, 4, 20)]
    [InlineData(SafetyRateDimension.Suspect, "lot:lot-1", 2, 3, 8)]
    [InlineData(SafetyRateDimension.Suspect, "lot:lot-2", 1, 1, 12)]
    [InlineData(SafetyRateDimension.Suspect, "herbBatch:hb-7", 1, 1, 5)]
    public void Rows_CountPatientsNotEvents_OverTheirDenominator(SafetyRateDimension dimension, string key, int patients, int events, int exposed)
    {
        var row = Row(dimension, key);

        Assert.Equal(patients, row.PatientsWithEvent);
        Assert.Equal(events, row.EventCount);
        Assert.Equal(exposed, row.PatientsExposed);
        Assert.Equal((double)patients / exposed, row.Proportion);
        Assert.Equal(ClopperPearson.Interval(patients, exposed).Value, row.Interval);
    }

    [Fact]
    public void Rows_ComeInReadingOrder_TermsByPatientsThenName()
    {
        var keys = Table().Rows.Select(r => r.Key).ToList();

        Assert.Equal(["any", "Fever", "Anaphylaxis", "Headache", "1", "2", "3", "4", "5", "serious", "nonSerious", "lot:lot-1", "lot:lot-2", "herbBatch:hb-7"], keys);
    }

    [Fact]
    public void NoEvents_StillReportsEveryGradeSeriousnessAndSuspect_AsZeroWithAnUpperLimit()
    {
        var table = SafetyRateTable.Build(20, [], Exposures).Value;

        Assert.DoesNotContain(table.Rows, r => r.Dimension == SafetyRateDimension.Term);
        Assert.All(table.Rows, r => Assert.Equal(0, r.PatientsWithEvent));
        Assert.All(table.Rows, r => Assert.Equal(0, r.Interval.Lower));
        Assert.Equal(3 + 5 + 2 + 1, table.Rows.Count);
    }

    [Theory]
    [InlineData("en", "3 of 20 patients (15.0%, 95% CI 3.2–37.9%)")]
    [InlineData("zh-Hans", "20 例患者中 3 例（15.0%，95% 置信区间 3.2–37.9%）")]
    public void Sentence_ReportsCountsPercentAndInterval(string language, string expected) =>
        Assert.Equal(expected, SafetyRateWording.For(language).Sentence(Row(SafetyRateDimension.AnyEvent, "any")));

    [Fact]
    public void Sentence_RoundsTheLowerLimitDownAndTheUpperUp_SoThePrintedIntervalContainsTheExactOne()
    {
        // 5 of 10: 0.1870860–0.8129140 (R, binom.test(5, 10)) prints 18.7–81.3; 0 of 20: upper 0.168433 prints 16.9.
        var five = SafetyRateTable.Build(10, [.. Enumerable.Range(1, 5).Select(i => new SafetyEventFact(Guid.NewGuid(), "Fever", 1, false, []))], []).Value;
        var none = SafetyRateTable.Build(20, [], []).Value;

        Assert.Equal("5 of 10 patients (50.0%, 95% CI 18.7–81.3%)", SafetyRateWording.English.Sentence(five.Rows[0]));
        Assert.Equal("0 of 20 patients (0.0%, 95% CI 0.0–16.9%)", SafetyRateWording.English.Sentence(none.Rows[0]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Wording_NamesEveryRow_AndNeverClaimsSafety(string language)
    {
        var words = SafetyRateWording.For(language);

        foreach (var row in Table().Rows)
        {
            var text = words.Name(row) + " " + words.Sentence(row);
            Assert.False(string.IsNullOrWhiteSpace(words.Name(row)));
            Assert.DoesNotContain("safe", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("安全", text, StringComparison.Ordinal);
        }
        Assert.Equal(language == "en" ? "Grade 3" : "3 级", words.Name(Row(SafetyRateDimension.Grade, "3")));
        Assert.Equal("UCMSC-2026-001", words.Name(Row(SafetyRateDimension.Suspect, "lot:lot-1")));
    }

    public static TheoryData<int, SafetyEventFact[], SuspectExposure[], string, string> InvalidInputs() => new()
    {
        { 0, [], [], "patientsExposed", SafetyRateTable.NoPatientsExposed },
        { 2, Events, Exposures, "patientsExposed", SafetyRateTable.MorePatientsWithEventsThanExposed },
        { 20, [new(PatientA, "Fever", 0, false, [])], [], "grade", ValidationError.OutOfRange },
        { 20, [new(PatientA, "Fever", 6, false, [])], [], "grade", ValidationError.OutOfRange },
        { 20, [new(PatientA, " ", 1, false, [])], [], "term", ValidationError.Required },
        { 20, [new(PatientA, "Fever", 1, false, [LotOne])], [], "suspectExposures", SafetyRateTable.SuspectExposureMissing },
        { 20, [], [new(LotOne, "UCMSC-2026-001", 8), new(LotOne, "UCMSC-2026-001", 8)], "suspectExposures", SafetyRateTable.DuplicateSuspect },
        { 20, [new(PatientA, "Fever", 1, false, [LotOne]), new(PatientB, "Fever", 1, false, [LotOne])], [new(LotOne, "UCMSC-2026-001", 1)], "suspectExposures", SafetyRateTable.MorePatientsWithEventsThanExposed },
        { 20, [], [new(LotOne, "UCMSC-2026-001", 0)], "suspectExposures", SafetyRateTable.MorePatientsWithEventsThanExposed },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Build_InvalidInput_IsATypedError(int exposed, SafetyEventFact[] events, SuspectExposure[] exposures, string field, string code)
    {
        var error = Assert.IsType<ValidationError>(Assert.Single(SafetyRateTable.Build(exposed, events, exposures).Errors));

        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Build_ConfidenceLevelOutsideZeroToOne_IsATypedError() =>
        Assert.Equal("confidenceLevel", Assert.IsType<ValidationError>(Assert.Single(SafetyRateTable.Build(20, [], [], 1.5).Errors)).Field);
}
