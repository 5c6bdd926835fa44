using MndCare.Domain.Results;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Domain.Tests.Safety.AdverseEvents;

// Adverse events (docs/safety/adverse-events.md): severity (CTCAE grade) and seriousness (ICH E2A) are separate, the reporting
// clock of ICH E2A III.B (7 days fatal or life-threatening, 15 other serious; unexpected and related only), per-suspect WHO-UMC causality.
public sealed class AdverseEventTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static int _ids;

    private static Guid Id() => new(Interlocked.Increment(ref _ids), 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    private static AdverseEventDetails Details(string term, int grade, string[] seriousness, bool? expected) =>
        AdverseEventDetails.Create(term, null, grade, Today.AddDays(-1), null, seriousness, expected, null, null, null, Today).Value;

    private static AdverseEvent Recorded(string term, int grade, string[] seriousness, bool? expected, DateOnly? firstKnownOn = null)
    {
        var e = AdverseEvent.OpenDraft(Id(), Id(), Id(), AdverseEventSource.Staff, null, null, null, null, null, null, Id(), firstKnownOn ?? Today, Now, Id())
            .Value.Record(Details(term, grade, seriousness, expected), Id(), Now, Id());
        e.AddSuspects([(SuspectKind.Lot, Id(), "UCM240101-01 (U001)"), (SuspectKind.ConcomitantMedication, Id(), "riluzole")], Id);
        return e;
    }

    // C3: "severe" (intensity) is not "serious" (outcome). A grade 3 headache without criteria is not serious; a grade 1 fever that
    // prolongs a hospital stay is.
    [Fact]
    public void Severity_AndSeriousness_AreIndependent()
    {
        var severeHeadache = Recorded("headache", 3, [], expected: false);
        var mildButHospitalised = Recorded("fever", 1, ["hospitalisation"], expected: false);

        Assert.Equal((3, false), (severeHeadache.Grade, severeHeadache.IsSerious));
        Assert.Equal((1, true), (mildButHospitalised.Grade, mildButHospitalised.IsSerious));
    }

    // ICH E2A III.B.1 and III.B.2; first knowledge 2026-12-07.
    [Theory]
    [InlineData(new[] { "death" }, 7, "2026-12-14")]
    [InlineData(new[] { "lifeThreatening", "hospitalisation" }, 7, "2026-12-14")]
    [InlineData(new[] { "hospitalisation" }, 15, "2026-12-22")]
    [InlineData(new[] { "medicallyImportant" }, 15, "2026-12-22")]
    [InlineData(new[] { "disability" }, 15, "2026-12-22")]
    public void Clock_SeriousUnexpectedRelated_RunsSevenOrFifteenCalendarDays(string[] criteria, int days, string due)
    {
        var e = Recorded("Pulmonary embolism", 4, criteria, expected: false);
        var assessed = e.AssessCausality([(e.Suspects[0].Id, CausalityCategory.Possible), (e.Suspects[1].Id, CausalityCategory.Unlikely)], Id(), Now, Id());

        var clock = assessed.Value.Clock(ReportingTimelines.IchE2A)!;

        Assert.Equal((days, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), (clock.Days, clock.DueOn));
        Assert.Equal(AdverseEventStatus.Assessed, e.Status);
    }

    [Fact]
    public void Clock_NotSerious_Expected_OrUnrelated_RunsNone()
    {
        var notSerious = Recorded("Fever", 2, [], expected: false);
        var expected = Recorded("Fever", 3, ["hospitalisation"], expected: true);
        var unrelated = Recorded("Fall", 3, ["hospitalisation"], expected: false);
        unrelated.AssessCausality([(unrelated.Suspects[0].Id, CausalityCategory.Unlikely), (unrelated.Suspects[1].Id, CausalityCategory.Unassessable)], Id(), Now, Id());

        Assert.All(new[] { notSerious, expected, unrelated }, e => Assert.Null(e.Clock(ReportingTimelines.IchE2A)));
        Assert.Equal(Relatedness.Unrelated, unrelated.Relatedness);
    }

    // ADR 0033: before every suspect is assessed the event is presumed related, so the clock already runs from first knowledge.
    [Fact]
    public void Clock_PendingCausality_RunsFromFirstKnowledge_AndStopsWhenReported()
    {
        var e = Recorded("Seizure", 3, ["hospitalisation"], expected: null, firstKnownOn: Today.AddDays(-16));

        var clock = e.Clock(ReportingTimelines.IchE2A)!;
        Assert.Equal((Relatedness.Pending, Today.AddDays(-1), true), (e.Relatedness, clock.DueOn, clock.IsOverdue(Today)));
        Assert.False(clock.IsOverdue(clock.DueOn));

        Assert.True(e.MarkReported(Today, Today, Now, Id()).IsSuccess);
        Assert.Null(e.Clock(ReportingTimelines.IchE2A));
    }

    [Fact]
    public void Clock_FollowsTheJurisdictionsDays()
    {
        var timelines = ReportingTimelines.Create("Example jurisdiction", 5, 10).Value;
        var e = Recorded("Seizure", 3, ["lifeThreatening"], expected: false);

        Assert.Equal(5, e.Clock(timelines)!.Days);
        Assert.Equal(["fatalOrLifeThreateningDays"], ReportingTimelines.Create("X", 20, 10).Errors.OfType<ValidationError>().Select(v => v.Field));
    }

    // WHO-UMC: causality is per suspect, with who and when; the event is assessed only when every suspect has one.
    [Fact]
    public void Causality_IsPerSuspect_WithAssessorAndTime()
    {
        var e = Recorded("Fever", 1, [], expected: true);
        var clinician = Id();

        e.AssessCausality([(e.Suspects[0].Id, CausalityCategory.Probable)], clinician, Now, Id());
        Assert.Equal(AdverseEventStatus.Recorded, e.Status);
        e.AssessCausality([(e.Suspects[1].Id, CausalityCategory.Unlikely)], clinician, Now, Id());

        Assert.Equal([CausalityCategory.Probable, CausalityCategory.Unlikely], e.Suspects.Select(s => s.Causality!.Value));
        Assert.All(e.Suspects, s => Assert.Equal((clinician, Now.UtcDateTime), (s.AssessedByUserId!.Value, s.AssessedAtUtc!.Value)));
        Assert.Equal((AdverseEventStatus.Assessed, Relatedness.Related), (e.Status, e.Relatedness));
    }

    [Fact]
    public void Draft_CannotBeAssessed_AndSuspectsAreNotDuplicated()
    {
        var draft = AdverseEvent.OpenDraft(Id(), Id(), Id(), AdverseEventSource.PatientReport, null, null, null, "头晕", null, null, Id(), Today, Now, Id()).Value;
        var lot = Id();
        draft.AddSuspects([(SuspectKind.Lot, lot, "A")], Id);
        draft.AddSuspects([(SuspectKind.Lot, lot, "A"), (SuspectKind.Herb, Id(), "Huang Qi")], Id);

        Assert.Equal(2, draft.Suspects.Count);
        Assert.Equal(AdverseEventErrorCodes.InvalidTransition,
            draft.AssessCausality([(draft.Suspects[0].Id, CausalityCategory.Certain)], Id(), Now, Id()).Errors[0].Code);
        Assert.Null(draft.Clock(ReportingTimelines.IchE2A));
    }

    // CTCAE v5.0: grades 1-5; Headache has no grade 4 or 5 ("–"); a free term takes the general scale.
    [Theory]
    [InlineData("Fever", 5, null)]
    [InlineData("headache", 3, null)]
    [InlineData("headache", 4, AdverseEventErrorCodes.InvalidGrade)]
    [InlineData("Some free term", 5, null)]
    [InlineData("Fever", 0, AdverseEventErrorCodes.InvalidGrade)]
    [InlineData("Fever", 6, AdverseEventErrorCodes.InvalidGrade)]
    public void Grade_FollowsTheTermsCtcaeScale(string term, int grade, string? code)
    {
        var created = AdverseEventDetails.Create(term, null, grade, Today, null, [], null, null, null, null, Today);

        Assert.Equal(code, created.IsSuccess ? null : created.Errors[0].Code);
    }

    [Fact]
    public void Details_ShippedTermKeepsItsMeddraCode_DefaultVersionIs50_UnknownCriterionAndFutureOnsetAreRefused()
    {
        var fever = Details("fever", 1, [], null);
        var bad = AdverseEventDetails.Create("Fever", null, 1, Today.AddDays(1), null, ["severe"], null, null, null, null, Today);

        Assert.Equal(("Fever", "10016558", "5.0"), (fever.Term, fever.MeddraCode, fever.CtcaeVersion));
        Assert.Equal(["onsetOn", "seriousness"], bad.Errors.OfType<ValidationError>().Select(e => e.Field));
    }

    [Fact]
    public void ExpectedList_MatchesRegardlessOfCase_AndEveryDefaultHasASource()
    {
        Assert.True(ExpectedEvent.IsListed(ExpectedEvent.Defaults.Select(d => d.Term), "fever"));
        Assert.False(ExpectedEvent.IsListed(ExpectedEvent.Defaults.Select(d => d.Term), "Seizure"));
        Assert.All(ExpectedEvent.Defaults, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
    }
}
