using MndCare.Domain.Results;
using MndCare.Domain.Safety.Labs;

namespace MndCare.Domain.Tests.Safety;

// Lab safety rules (docs/safety/labs.md): the riluzole label's ALT alerts, liver monitoring dates, fever on riluzole, lab results graded
// by the CTCAE grader when recorded, and checks satisfied by a later result. Times come from a fixed clock value, never the wall clock.
public sealed class LabSafetyRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    // Riluzole US label [S48]: "> 3 × ULN" and "> 5 × ULN"; exactly 3.0 × and 5.0 × do not cross.
    [InlineData("ALT", 120.0, 40.0, null)]
    [InlineData("ALT", 120.1, 40.0, LabAlert.AltAboveThreeTimesUln)]
    [InlineData("ALT", 200.0, 40.0, LabAlert.AltAboveThreeTimesUln)]
    [InlineData("ALT", 200.1, 40.0, LabAlert.AltAboveFiveTimesUln)]
    [InlineData("AST", 400.0, 40.0, null)]
    public void AltAlerts_AreStrictlyAbove3xAnd5xUln(string test, double value, double uln, LabAlert? expected) =>
        Assert.Equal(expected, RiluzoleLabel.AltAlert(LabTests.FromWireName(test)!.Value, (decimal)value, (decimal)uln));

    [Fact]
    public void RiluzoleLiverMonitoring_IsBaselineMonthlyForThreeMonths_ThenEveryThreeMonthsToMonth12_FromToday()
    {
        var start = new DateOnly(2026, 1, 15);

        // US label [S48]: monthly for 3 months; EU SmPC [S48b]: every 3 months for the rest of the first year.
        Assert.Equal([start, new(2026, 2, 15), new(2026, 3, 15), new(2026, 4, 15), new(2026, 7, 15), new(2026, 10, 15), new(2027, 1, 15)],
            RiluzoleLabel.LiverMonitoringDueDates(start, start));
        Assert.Equal([new(2026, 3, 15), new(2026, 4, 15), new(2026, 7, 15), new(2026, 10, 15), new(2027, 1, 15)],
            RiluzoleLabel.LiverMonitoringDueDates(start, new DateOnly(2026, 3, 1)));
    }

    [Theory]
    [InlineData(37.9, false)]
    [InlineData(38.0, true)]
    [InlineData(38.6, true)]
    public void FeverFrom38Celsius_CallsForANeutrophilCount(double celsius, bool expected) =>
        Assert.Equal(expected, RiluzoleLabel.FeverCallsForNeutrophils((decimal)celsius));

    [Fact]
    public void ARecordedResult_CarriesTheGradersTermGradeAndVersion_AndGrade3NeedsADraft()
    {
        var result = Record(new LabCase("ALT", 201m, "U/L", 40m, null, null, null), Now.AddHours(-1)).Value;

        Assert.Equal(("Alanine aminotransferase increased", 3, "5.0", true, LabAlert.AltAboveFiveTimesUln),
            (result.Term, result.Grade, result.CtcaeVersion, result.NeedsAdverseEventDraft, result.Alert));
    }

    [Fact]
    public void AValueTheGraderRefuses_IsNotGradable_WithItsCode_AndAFutureSampleIsRefused()
    {
        var refused = Record(new LabCase("ALT", -1m, "U/L", 40m, null, null, null), Now.AddMinutes(1));

        Assert.Equal([LabGradingErrors.NegativeValue, LabResultErrors.CollectedInFuture], refused.Errors.Select(e => e.Code));
        Assert.IsType<LabValueNotGradableError>(refused.Errors[0]);
        Assert.IsType<ValidationError>(refused.Errors[1]);
    }

    [Fact]
    public void ACheck_IsSatisfiedByALaterResultOfItsTest_WithinTwoWeeksOfItsDueDate_Once()
    {
        var due = new DateOnly(2026, 4, 10);
        var check = LabCheck.Schedule(Guid.CreateVersion7(), Guid.NewGuid(), Guid.NewGuid(), LabTest.Alt, due, LabCheckReason.RiluzoleLiverMonitoring, null, Now);
        var ast = Record(new LabCase("AST", 30m, "U/L", 40m, null, null, null), Now.AddDays(30), Now.AddDays(31)).Value;
        var early = Record(new LabCase("ALT", 30m, "U/L", 40m, null, null, null), Now.AddDays(10), Now.AddDays(31)).Value;
        var inWindow = Record(new LabCase("ALT", 30m, "U/L", 40m, null, null, null), Now.AddDays(20), Now.AddDays(31)).Value;

        Assert.Equal(LabCheckStatus.Upcoming, check.StatusOn(new DateOnly(2026, 3, 10)));
        Assert.Equal(LabCheckStatus.Due, check.StatusOn(due));
        Assert.Equal(LabCheckStatus.Overdue, check.StatusOn(due.AddDays(1)));
        Assert.False(check.SatisfyBy(ast, new DateOnly(2026, 4, 9)));
        Assert.False(check.SatisfyBy(early, new DateOnly(2026, 3, 20)));
        Assert.True(check.SatisfyBy(inWindow, new DateOnly(2026, 3, 30)));
        Assert.False(check.SatisfyBy(inWindow, new DateOnly(2026, 3, 30)));
        Assert.Equal(LabCheckStatus.Satisfied, check.StatusOn(due.AddDays(1)));
    }

    private static Result<LabResult> Record(LabCase labCase, DateTimeOffset collectedAt, DateTimeOffset? now = null) =>
        LabResult.Record(Guid.CreateVersion7(), Guid.NewGuid(), Guid.NewGuid(), labCase, collectedAt, Guid.NewGuid(), now ?? Now);
}
