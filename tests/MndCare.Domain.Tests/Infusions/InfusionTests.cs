using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.Infusions.InfusionCases;

namespace MndCare.Domain.Tests.Infusions;

// docs/therapy/infusion.md "Infusion states" (issue 8): ordered → in progress (passed identity check) → completed or stopped.
public sealed class InfusionTests
{
    private static readonly Guid Nurse = Guid.NewGuid();

    private static Infusion Running()
    {
        var infusion = Ordered();
        Assert.True(infusion.Start(Passed(), Nurse, Now, Guid.NewGuid()).IsSuccess);
        return infusion;
    }

    [Fact]
    public void Order_StatesTotalCellsUnitsAndDeliveredCells()
    {
        var infusion = Ordered();

        Assert.Equal((InfusionStatus.Ordered, 62_500_000L, 3, 75_000_000L, 1_000_000m, 62.5m),
            (infusion.Status, infusion.TotalCells, infusion.Units, infusion.DeliveredCells, infusion.OrderedCellsPerKg, infusion.WeightKg));
    }

    [Fact]
    public void Order_FromALotNotReleased_IsAConflict()
    {
        var result = Infusion.Order(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new LotForOrder(LotId, IsReleased: false, Cells(25_000_000)),
            Now, PerKg(1_000_000), Kg(60), Weighed(60, TimeSpan.FromDays(1)), InfusionPolicy.Default, Guid.NewGuid(), Now, Guid.NewGuid());

        Assert.Equal(InfusionErrorCodes.LotNotReleased, Assert.IsType<ConflictError>(result.Errors.Single()).Code);
    }

    [Fact]
    public void Order_OutsideTheDoseRange_IsRefused()
    {
        var result = Infusion.Order(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ReleasedLot(), Now, PerKg(10_000_000), Kg(60),
            Weighed(60, TimeSpan.FromDays(1)), InfusionPolicy.Default, Guid.NewGuid(), Now, Guid.NewGuid());

        Assert.IsType<DoseOutOfRangeError>(result.Errors.Single());
    }

    [Fact]
    public void Start_AfterAFailedIdentityCheck_ChangesNothing()
    {
        var infusion = Ordered();
        var version = infusion.Version;
        var failed = IdentityCheck.Run("MRN-1001", "MRN-1001", LotId, 3, ["U-001", "U-002", "X-900"],
            [.. ThreeGoodUnits, Unit("X-900", OtherLotId)]).Value;

        var result = infusion.Start(failed, Nurse, Now, Guid.NewGuid());

        var error = Assert.IsType<IdentityCheckFailedError>(result.Errors.Single());
        Assert.Equal(IdentityMismatch.UnitFromOtherLot, error.Mismatches.Single().Code);
        Assert.Equal((InfusionStatus.Ordered, (DateTime?)null, 0, version), (infusion.Status, infusion.StartedAtUtc, infusion.UnitCodes.Count, infusion.Version));
    }

    [Fact]
    public void Start_AfterAPassedCheck_IsInProgressWithTheUnitsRecorded()
    {
        var infusion = Running();

        Assert.Equal((InfusionStatus.InProgress, Now.UtcDateTime, Nurse), (infusion.Status, infusion.StartedAtUtc!.Value, infusion.StartedByUserId!.Value));
        Assert.Equal(["U-001", "U-002", "U-003"], infusion.UnitCodes);
    }

    [Fact]
    public void Start_WithACheckOfAnotherLot_IsABug()
    {
        var otherLot = IdentityCheck.Run("MRN-1001", "MRN-1001", OtherLotId, 3, ["U-001", "U-002", "U-003"],
            [Unit("U-001", OtherLotId), Unit("U-002", OtherLotId), Unit("U-003", OtherLotId)]).Value;

        Assert.Throws<ArgumentException>(() => Ordered().Start(otherLot, Nurse, Now, Guid.NewGuid()));
    }

    [Fact]
    public void Start_Twice_IsAnInvalidTransition()
    {
        Assert.Equal(InfusionErrorCodes.InvalidTransition, Running().Start(Passed(), Nurse, Now, Guid.NewGuid()).Errors.Single().Code);
    }

    [Fact]
    public void Complete_EndMustBeAfterTheStartAndNotInTheFuture()
    {
        var infusion = Running();

        Assert.Equal(InfusionErrorCodes.OutOfOrder, infusion.Complete(Now, Nurse, Now.AddHours(1), Guid.NewGuid()).Errors.Single().Code);
        Assert.Equal(InfusionErrorCodes.InFuture, infusion.Complete(Now.AddHours(2), Nurse, Now.AddHours(1), Guid.NewGuid()).Errors.Single().Code);
        Assert.Equal(InfusionStatus.InProgress, infusion.Status);

        Assert.True(infusion.Complete(Now.AddMinutes(45), Nurse, Now.AddHours(1), Guid.NewGuid()).IsSuccess);
        Assert.Equal((InfusionStatus.Completed, Now.AddMinutes(45).UtcDateTime), (infusion.Status, infusion.EndedAtUtc!.Value));
    }

    [Fact]
    public void Complete_AnOrderNotStarted_IsAnInvalidTransition()
    {
        Assert.Equal(InfusionErrorCodes.InvalidTransition, Ordered().Complete(Now.AddMinutes(1), Nurse, Now.AddHours(1), Guid.NewGuid()).Errors.Single().Code);
    }

    [Fact]
    public void Stop_NeedsAReason_AndEndsTheInfusion()
    {
        var infusion = Running();

        Assert.Equal("required", infusion.Stop("  ", Now.AddMinutes(10), Nurse, Now.AddMinutes(10), Guid.NewGuid()).Errors.Single().Code);
        Assert.True(infusion.Stop("Rigors and fever 38.6 °C", Now.AddMinutes(10), Nurse, Now.AddMinutes(10), Guid.NewGuid()).IsSuccess);

        Assert.Equal((InfusionStatus.Stopped, "Rigors and fever 38.6 °C"), (infusion.Status, infusion.StopReason));
        Assert.Equal(InfusionErrorCodes.InvalidTransition, infusion.Complete(Now.AddMinutes(20), Nurse, Now.AddHours(1), Guid.NewGuid()).Errors.Single().Code);
    }

    [Fact]
    public void Stop_BeforeTheStartIsRefused_AndACancelledOrderTakesNoVitalSigns()
    {
        var running = Running();
        Assert.Equal(InfusionErrorCodes.OutOfOrder, running.Stop("x", Now.AddMinutes(-5), Nurse, Now, Guid.NewGuid()).Errors.Single().Code);

        var cancelled = Ordered();
        Assert.True(cancelled.Stop("Patient unwell before the start", Now, Nurse, Now, Guid.NewGuid()).IsSuccess);
        Assert.Equal(InfusionErrorCodes.InvalidTransition, cancelled.RecordVitalSigns(Signs(Now), Now, Guid.NewGuid()).Errors.Single().Code);
    }

    [Fact]
    public void RecordThaw_NeedsADiluent_AndCannotBeAfterTheStart()
    {
        var ordered = Ordered();
        Assert.Equal("required", ordered.RecordThaw(Now.AddMinutes(-20), " ", Now, Guid.NewGuid()).Errors.Single().Code);
        Assert.True(ordered.RecordThaw(Now.AddMinutes(-20), "PBS + 5 % human albumin", Now, Guid.NewGuid()).IsSuccess);

        var running = Running();
        Assert.Equal(InfusionErrorCodes.OutOfOrder, running.RecordThaw(Now.AddMinutes(5), "0.9 % NaCl", Now.AddMinutes(10), Guid.NewGuid()).Errors.Single().Code);
        Assert.Equal(InfusionErrorCodes.InFuture, ordered.RecordThaw(Now.AddMinutes(5), "0.9 % NaCl", Now, Guid.NewGuid()).Errors.Single().Code);
    }

    [Fact]
    public void ThawToEnd_BeyondTheLotsLimit_Warns()
    {
        // [S26]: in Lactated Ringer's, viability fell from 94.4 % to 81.1 % at 90 minutes after thaw.
        var infusion = Ordered();
        infusion.RecordThaw(Now.AddMinutes(-30), "Lactated Ringer's", Now, Guid.NewGuid());
        infusion.Start(Passed(), Nurse, Now, Guid.NewGuid());
        infusion.Complete(Now.AddMinutes(60), Nurse, Now.AddMinutes(60), Guid.NewGuid());

        var check = infusion.ThawToEnd(TimeSpan.FromMinutes(60), Now.AddHours(3))!;

        Assert.Equal((TimeSpan.FromMinutes(90), true, true), (check.Elapsed, check.Ended, check.Exceeded));
        Assert.False(infusion.ThawToEnd(TimeSpan.FromMinutes(120), Now.AddHours(3))!.Exceeded);
        Assert.False(infusion.ThawToEnd(lotLimit: null, Now.AddHours(3))!.Exceeded);
    }

    [Fact]
    public void ThawToEnd_WhileRunning_IsMeasuredToNow_AndNullWithoutAThaw()
    {
        var infusion = Ordered();
        Assert.Null(infusion.ThawToEnd(TimeSpan.FromMinutes(60), Now));

        infusion.RecordThaw(Now.AddMinutes(-30), "PBS + 5 % human albumin", Now, Guid.NewGuid());
        infusion.Start(Passed(), Nurse, Now, Guid.NewGuid());
        var check = infusion.ThawToEnd(TimeSpan.FromMinutes(60), Now.AddMinutes(40))!;

        Assert.Equal((TimeSpan.FromMinutes(70), false, true), (check.Elapsed, check.Ended, check.Exceeded));
    }

    [Fact]
    public void FeverReadings_AreExposedForTheAdverseEventDraft()
    {
        var infusion = Running();
        infusion.RecordVitalSigns(Signs(Now.AddMinutes(15)), Now.AddMinutes(15), Guid.NewGuid());
        infusion.RecordVitalSigns(Signs(Now.AddMinutes(30), temperature: 38.4m), Now.AddMinutes(30), Guid.NewGuid());

        Assert.Equal(38.4m, infusion.FeverReadings.Single().TemperatureCelsius);
    }

    [Fact]
    public void MonitoringSchedule_UsesTheRecordedVitalSigns_AndIsEmptyBeforeTheStart()
    {
        Assert.Empty(Ordered().MonitoringSchedule(MonitoringPolicy.Default, Now));

        var infusion = Ordered();
        infusion.RecordVitalSigns(Signs(Now.AddMinutes(-10)), Now, Guid.NewGuid());
        infusion.Start(Passed(), Nurse, Now, Guid.NewGuid());
        infusion.RecordVitalSigns(Signs(Now.AddMinutes(15)), Now.AddMinutes(15), Guid.NewGuid());

        var schedule = infusion.MonitoringSchedule(MonitoringPolicy.Default, Now.AddMinutes(36));

        Assert.Equal([CheckpointStatus.Recorded, CheckpointStatus.Recorded, CheckpointStatus.Overdue, CheckpointStatus.Upcoming],
            schedule.Select(c => c.Status));
    }

    [Fact]
    public void RecordDeviation_KeepsTextTimeAndWho_InAnyState()
    {
        var infusion = Running();
        infusion.Complete(Now.AddMinutes(40), Nurse, Now.AddMinutes(40), Guid.NewGuid());

        Assert.True(infusion.RecordDeviation("Infusion paused 5 minutes for a line occlusion", Now.AddMinutes(20), Nurse, Now.AddHours(1), Guid.NewGuid()).IsSuccess);
        Assert.Equal(InfusionErrorCodes.InFuture, infusion.RecordDeviation("x", Now.AddHours(2), Nurse, Now.AddHours(1), Guid.NewGuid()).Errors.Single().Code);

        var deviation = infusion.Deviations.Single();
        Assert.Equal((Now.AddMinutes(20).UtcDateTime, Nurse, Now.AddHours(1).UtcDateTime), (deviation.OccurredAtUtc, deviation.RecordedByUserId, deviation.RecordedAtUtc));
    }

    [Fact]
    public void WireNames_AreTheApiContract()
    {
        Assert.Equal(["ordered", "inProgress", "completed", "stopped"], Enum.GetValues<InfusionStatus>().Select(InfusionWireNames.Of));
        Assert.Equal(["recorded", "due", "upcoming", "overdue"], Enum.GetValues<CheckpointStatus>().Select(InfusionWireNames.Of));
        Assert.Equal(["baseline", "during", "after"], Enum.GetValues<CheckpointKind>().Select(InfusionWireNames.Of));
        Assert.Equal(["low", "high"], Enum.GetValues<VitalSignDirection>().Select(InfusionWireNames.Of));
        Assert.Equal(["ordered", "delivered"], Enum.GetValues<DoseBasis>().Select(InfusionWireNames.Of));
    }
}
