using MndCare.Domain.Infusions;
using static MndCare.Domain.Tests.Infusions.InfusionCases;

namespace MndCare.Domain.Tests.Infusions;

// docs/therapy/infusion.md "Monitoring schedule": baseline, every 15 min during [S23] and for 60 min after (issue 8);
// baseline window 30 min and tolerance ±5 min (design defaults).
public sealed class MonitoringScheduleTests
{
    private static readonly DateTimeOffset Start = Now;

    private static DateTimeOffset At(double minutes) => Start.AddMinutes(minutes);

    private static IReadOnlyList<MonitoringCheckpoint> Compute(double? endMinutes, double[] readings, double nowMinutes,
        MonitoringPolicy? policy = null) =>
        MonitoringSchedule.Compute(policy ?? MonitoringPolicy.Default, Start, endMinutes is { } e ? At(e) : null, readings.Select(At), At(nowMinutes));

    private static (CheckpointKind, double, CheckpointStatus)[] Shape(IReadOnlyList<MonitoringCheckpoint> s) =>
        [.. s.Select(c => (c.Kind, (c.DueAt - Start).TotalMinutes, c.Status))];

    [Fact]
    public void Compute_OneHourInfusion_AllReadingsTaken_IsComplete()
    {
        double[] readings = [-10, 15, 30, 45, 60, 75, 90, 105, 120];

        var schedule = Compute(60, readings, 200);

        Assert.Equal(
            [(CheckpointKind.Baseline, 0, CheckpointStatus.Recorded), (CheckpointKind.During, 15, CheckpointStatus.Recorded),
                (CheckpointKind.During, 30, CheckpointStatus.Recorded), (CheckpointKind.During, 45, CheckpointStatus.Recorded),
                (CheckpointKind.After, 60, CheckpointStatus.Recorded), (CheckpointKind.After, 75, CheckpointStatus.Recorded),
                (CheckpointKind.After, 90, CheckpointStatus.Recorded), (CheckpointKind.After, 105, CheckpointStatus.Recorded),
                (CheckpointKind.After, 120, CheckpointStatus.Recorded)],
            Shape(schedule));
    }

    [Fact]
    public void Compute_GapsAreOverdue()
    {
        var schedule = Compute(60, [-10, 15, 45, 60, 120], 200);

        Assert.Equal([30.0, 75, 90, 105], schedule.Where(c => c.Status == CheckpointStatus.Overdue).Select(c => (c.DueAt - Start).TotalMinutes));
    }

    [Fact]
    public void Compute_MissingBaseline_IsOverdue_AReadingMoreThanThirtyMinutesBeforeDoesNotCount()
    {
        var baseline = Compute(60, [-31], 200)[0];

        Assert.Equal((CheckpointKind.Baseline, CheckpointStatus.Overdue), (baseline.Kind, baseline.Status));
        Assert.Equal(CheckpointStatus.Recorded, Compute(60, [-30], 200)[0].Status);
    }

    [Theory]
    // ±5 minutes around 15: 10 and 20 count, 9 and 21 do not.
    [InlineData(10, CheckpointStatus.Recorded)]
    [InlineData(20, CheckpointStatus.Recorded)]
    [InlineData(9, CheckpointStatus.Overdue)]
    [InlineData(21, CheckpointStatus.Overdue)]
    public void Compute_Tolerance_IsFiveMinutesEitherSide(double reading, CheckpointStatus status)
    {
        Assert.Equal(status, Compute(60, [0, reading], 200)[1].Status);
    }

    [Fact]
    public void Compute_OneReadingCountsOnce_ForTheEarliestDueTimeItFits()
    {
        // End at 54: the 45 (window 40-50) and the end (window 49-59) overlap; a reading at 49.5 counts for the 45 only.
        var schedule = Compute(54, [0, 15, 30, 49.5], 58);

        Assert.Equal(At(49.5), schedule.Single(c => c.DueAt == At(45)).RecordedAt);
        Assert.Equal(CheckpointStatus.Due, schedule.Single(c => c.DueAt == At(54)).Status);
    }

    [Fact]
    public void Compute_Running_ShowsDueAndNextUpcoming()
    {
        var schedule = Compute(null, [-5, 15], 32);

        Assert.Equal(
            [(CheckpointKind.Baseline, 0, CheckpointStatus.Recorded), (CheckpointKind.During, 15, CheckpointStatus.Recorded),
                (CheckpointKind.During, 30, CheckpointStatus.Due), (CheckpointKind.During, 45, CheckpointStatus.Upcoming)],
            Shape(schedule));
    }

    [Fact]
    public void Compute_DueTimeLessThanHalfAnIntervalBeforeTheEnd_IsCoveredByTheEndReading()
    {
        // End at 50: the 45 would be 5 min before the end, so only 15, 30 during, then 50, 65, 80, 95, 110 after.
        var schedule = Compute(50, [], 40);

        Assert.Equal([15.0, 30], schedule.Where(c => c.Kind == CheckpointKind.During).Select(c => (c.DueAt - Start).TotalMinutes));
        Assert.Equal([50.0, 65, 80, 95, 110], schedule.Where(c => c.Kind == CheckpointKind.After).Select(c => (c.DueAt - Start).TotalMinutes));
    }

    [Fact]
    public void Compute_IntervalIsConfigurable()
    {
        var every30 = MonitoringPolicy.Create(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10)).Value;

        var schedule = Compute(60, [], 0, every30);

        Assert.Equal([0.0, 30, 60, 90, 120], schedule.Select(c => (c.DueAt - Start).TotalMinutes));
    }

    [Theory]
    [InlineData(15, 60, 30, 8)] // tolerance ≥ half the interval: one reading could count twice
    [InlineData(4, 60, 30, 1)]
    [InlineData(15, 60, 0, 5)]
    [InlineData(15, 25 * 60, 30, 5)]
    [InlineData(15.5, 60, 30, 5)]
    public void MonitoringPolicy_Create_RefusesSettingsThatBreakTheSchedule(double interval, double afterEnd, double baseline, double tolerance)
    {
        var result = MonitoringPolicy.Create(TimeSpan.FromMinutes(interval), TimeSpan.FromMinutes(afterEnd), TimeSpan.FromMinutes(baseline),
            TimeSpan.FromMinutes(tolerance));

        Assert.Equal(InfusionErrorCodes.InvalidMonitoringSetting, result.Errors.Single().Code);
    }
}
