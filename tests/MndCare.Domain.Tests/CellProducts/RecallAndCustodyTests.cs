using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.CellProducts.CellProductFixture;

namespace MndCare.Domain.Tests.CellProducts;

// Issue 8, "Units" and "Recall"; reference A3 design note: chain of custody, each hand-off with the person responsible.
public sealed class RecallAndCustodyTests
{
    private static readonly Guid Nurse = Guid.Parse("0195a000-0000-7000-8000-0000000000b1");

    private static Result<Lot> Hand(Lot lot, int sequence, CustodyEventKind kind, int minutes, DateOnly? date = null) =>
        lot.RecordCustody(lot.Units[sequence - 1].Code, kind, Nurse, Now.AddMinutes(minutes), date ?? Today, Now.AddHours(2), Guid.NewGuid());

    [Fact]
    public void Custody_IssueReceiveThawInfuse_KeepsEachHandOffWithPersonAndTime()
    {
        var lot = ReleasedLot();
        foreach (var (kind, minutes) in new[] { (CustodyEventKind.Issued, 0), (CustodyEventKind.Received, 10), (CustodyEventKind.Thawed, 30), (CustodyEventKind.Infused, 45) })
        {
            Assert.True(Hand(lot, 1, kind, minutes).IsSuccess);
        }

        Assert.Equal(UnitStatus.Infused, lot.Units[0].Status);
        Assert.Equal(["issued", "received", "thawed", "infused"], lot.CustodyEvents.Select(e => CellProductWireNames.Of(e.Kind)));
        Assert.All(lot.CustodyEvents, e => Assert.Equal((lot.Units[0].Code, Nurse), (e.UnitCode, e.PersonUserId)));
        Assert.Equal(CellProductErrorCodes.UnitAlreadyUsed, lot.WhyUnitNotUsable(lot.Units[0].Code, Today)!.Code);
        Assert.Null(lot.WhyUnitNotUsable(lot.Units[1].Code, Today));
    }

    public static TheoryData<CustodyEventKind[], CustodyEventKind> InvalidTransitions => new()
    {
        { [], CustodyEventKind.Received },                                      // never issued
        { [], CustodyEventKind.Thawed },
        { [CustodyEventKind.Issued], CustodyEventKind.Infused },                // not thawed
        { [CustodyEventKind.Issued, CustodyEventKind.Received, CustodyEventKind.Thawed], CustodyEventKind.Returned }, // thawed cells never go back
        { [CustodyEventKind.Discarded], CustodyEventKind.Issued },              // discarded is final
        { [], CustodyEventKind.Blocked },                                       // blocking is the recall's
    };

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public void Custody_InvalidTransition_IsRefusedAndChangesNothing(CustodyEventKind[] before, CustodyEventKind attempted)
    {
        var lot = ReleasedLot();
        for (var i = 0; i < before.Length; i++)
        {
            Assert.True(Hand(lot, 1, before[i], i).IsSuccess);
        }
        var (status, events, version) = (lot.Units[0].Status, lot.CustodyEvents.Count, lot.Version);

        Assert.Equal(CellProductErrorCodes.InvalidUnitTransition, Hand(lot, 1, attempted, 30).Errors[0].Code);
        Assert.Equal((status, events, version), (lot.Units[0].Status, lot.CustodyEvents.Count, lot.Version));
    }

    [Fact]
    public void Custody_ReturnedUnit_CanBeIssuedAgain()
    {
        var lot = ReleasedLot();
        Assert.True(Hand(lot, 2, CustodyEventKind.Issued, 0).IsSuccess);
        Assert.True(Hand(lot, 2, CustodyEventKind.Returned, 5).IsSuccess);

        Assert.True(Hand(lot, 2, CustodyEventKind.Issued, 10).IsSuccess);
    }

    [Fact]
    public void Custody_BeforeThePreviousHandOffOrInTheFuture_IsRefused()
    {
        var lot = ReleasedLot();
        Assert.True(Hand(lot, 1, CustodyEventKind.Issued, 20).IsSuccess);

        Assert.Equal(CellProductErrorCodes.EventOutOfOrder, Hand(lot, 1, CustodyEventKind.Received, 10).Errors[0].Code);
        Assert.Equal(CellProductErrorCodes.InFuture, Hand(lot, 1, CustodyEventKind.Received, 180).Errors[0].Code);
    }

    [Fact] // issue 8: a quarantined or expired lot is never dispensed
    public void Custody_IssueFromAQuarantinedOrExpiredLot_IsRefused()
    {
        Assert.Equal(CellProductErrorCodes.LotQuarantined, Hand(LotWithResults(), 1, CustodyEventKind.Issued, 0).Errors[0].Code);
        Assert.Equal(CellProductErrorCodes.LotExpired, Hand(ReleasedLot(), 1, CustodyEventKind.Issued, 0, Today.AddDays(161)).Errors[0].Code);
    }

    [Fact]
    public void Custody_UnitOfAnotherLot_IsRefused()
    {
        var other = UnitCode.For(LotNumber.Create("UCM2603-02").Value, 1);

        Assert.Equal(CellProductErrorCodes.UnitNotInLot, ReleasedLot().RecordCustody(other, CustodyEventKind.Issued, Nurse, Now, Today, Now, Guid.NewGuid()).Errors[0].Code);
        Assert.Equal(CellProductErrorCodes.UnitNotInLot, ReleasedLot().WhyUnitNotUsable(other, Today)!.Code);
    }

    [Fact] // issue 8: recalling a lot blocks its remaining units; infused units stay infused (they are the recipients)
    public void Recall_BlocksEveryUnitNotYetInfusedOrDiscarded()
    {
        var lot = ReleasedLot();
        foreach (var (kind, minutes) in new[] { (CustodyEventKind.Issued, 0), (CustodyEventKind.Received, 1), (CustodyEventKind.Thawed, 2), (CustodyEventKind.Infused, 3) })
        {
            Assert.True(Hand(lot, 1, kind, minutes).IsSuccess);
        }
        Assert.True(Hand(lot, 2, CustodyEventKind.Discarded, 0).IsSuccess);
        Assert.True(Hand(lot, 3, CustodyEventKind.Issued, 0).IsSuccess);

        var recalled = lot.Recall("  Sterility retest positive  ", SecondLabUser, Now.AddHours(1), Guid.NewGuid()).Value;

        Assert.Equal(("recalled", "Sterility retest positive", SecondLabUser), (CellProductWireNames.Of(recalled.StatusOn(Today)), recalled.RecallReason, recalled.RecalledByUserId));
        Assert.Equal([UnitStatus.Infused, UnitStatus.Discarded, UnitStatus.Blocked, UnitStatus.Blocked], recalled.Units.Select(u => u.Status));
        Assert.Equal(2, recalled.CustodyEvents.Count(e => e.Kind == CustodyEventKind.Blocked));
        Assert.Equal(CellProductErrorCodes.LotRecalled, recalled.WhyUnitNotUsable(recalled.Units[3].Code, Today)!.Code);
        Assert.Equal(CellProductErrorCodes.InvalidUnitTransition, Hand(recalled, 3, CustodyEventKind.Returned, 70).Errors[0].Code);
        Assert.True(Hand(recalled, 3, CustodyEventKind.Discarded, 70).IsSuccess);
    }

    [Theory] // the house minimum for reasons (ReasonForChange, security test plan AU-06): five text elements
    [InlineData(null, "required")]
    [InlineData("bad", "tooShort")]
    [InlineData("召回", "tooShort")]
    public void Recall_WithoutAUsefulReason_IsRefusedAndChangesNothing(string? reason, string code)
    {
        var lot = ReleasedLot();
        var version = lot.Version;

        Assert.Equal(code, lot.Recall(reason, SecondLabUser, Now, Guid.NewGuid()).Errors[0].Code);
        Assert.Equal((LotStatus.Released, version, UnitStatus.Available), (lot.RecordedStatus, lot.Version, lot.Units[0].Status));
    }

    [Fact]
    public void Recall_FailedOrRecalledLot_IsRefused()
    {
        Assert.Equal(CellProductErrorCodes.InvalidTransition,
            LotWithResults(WithinDefaults with { Karyotype = "abnormal" }).Recall("Karyotype abnormal", SecondLabUser, Now, Guid.NewGuid()).Errors[0].Code);
        var recalled = ReleasedLot().Recall("Donor look-back", SecondLabUser, Now, Guid.NewGuid()).Value;
        Assert.Equal(CellProductErrorCodes.InvalidTransition, recalled.Recall("Donor look-back", SecondLabUser, Now, Guid.NewGuid()).Errors[0].Code);
    }

    [Fact]
    public void StoreUnitAndTemperatureReading_KeepLocationAndDegreesCelsius()
    {
        var lot = ReleasedLot();
        Assert.True(lot.StoreUnit(lot.Units[0].Code, " LN2 tank 2, rack B ", Now, Guid.NewGuid()).IsSuccess);

        var reading = TemperatureReading.Create(" LN2 tank 2 ", -190.5m, Now.AddMinutes(-5), FirstLabUser, Now).Value;

        Assert.Equal("LN2 tank 2, rack B", lot.Units[0].StorageLocation);
        Assert.Equal(("LN2 tank 2", -190.5m, Now.AddMinutes(-5).UtcDateTime), (reading.Location, reading.Celsius, reading.TakenAtUtc));
    }

    // docs/therapy/cell-product.md, "Storage temperatures": warmer than the lot's stated maximum is flagged; no stated maximum, no flag.
    [Theory]
    [InlineData(-150.0, -150.0, false)]
    [InlineData(-149.9, -150.0, true)]
    [InlineData(-80.0, null, false)]
    public void TemperatureReading_IsWarmerThanTheLotsStorageMaximum(double celsius, double? storageMax, bool warmer)
    {
        var reading = TemperatureReading.Create("Tank 1", (decimal)celsius, Now, FirstLabUser, Now).Value;

        Assert.Equal(warmer, reading.IsWarmerThan((decimal?)storageMax));
    }

    [Fact]
    public void TemperatureReading_OutOfRangeInTheFutureOrWithoutLocation_IsRefused()
    {
        var result = TemperatureReading.Create(" ", -250m, Now.AddMinutes(1), FirstLabUser, Now);

        Assert.Equal([("location", "required"), ("celsius", "outOfRange"), ("takenAt", "inFuture")],
            result.Errors.OfType<ValidationError>().Select(e => (e.Field, e.Code)));
    }

    // docs/therapy/infusion.md, "Units and custody": a passed bedside check gives the unit from any usable state.
    [Fact]
    public void GiveAtBedside_MarksAnAvailableOrThawedUnitInfused_WithTheNurse_AndRefusesAUsedOrRecalledOne()
    {
        var lot = ReleasedLot();
        foreach (var (kind, minutes) in new[] { (CustodyEventKind.Issued, 0), (CustodyEventKind.Received, 10), (CustodyEventKind.Thawed, 30) })
        {
            Assert.True(Hand(lot, 2, kind, minutes).IsSuccess);
        }

        Assert.True(lot.GiveAtBedside(lot.Units[0].Code, Nurse, Now.AddMinutes(40), Today, Guid.NewGuid()).IsSuccess);
        Assert.True(lot.GiveAtBedside(lot.Units[1].Code, Nurse, Now.AddMinutes(45), Today, Guid.NewGuid()).IsSuccess);
        var again = lot.GiveAtBedside(lot.Units[0].Code, Nurse, Now.AddMinutes(50), Today, Guid.NewGuid());

        Assert.Equal([UnitStatus.Infused, UnitStatus.Infused], lot.Units.Take(2).Select(u => u.Status));
        Assert.Equal((CustodyEventKind.Infused, Nurse), (lot.CustodyEvents[^1].Kind, lot.CustodyEvents[^1].PersonUserId));
        Assert.Equal(CellProductErrorCodes.UnitAlreadyUsed, again.Errors[0].Code);
        var recalled = lot.Recall("Sterility retest positive", SecondLabUser, Now.AddHours(1), Guid.NewGuid()).Value;
        Assert.Equal(CellProductErrorCodes.LotRecalled,
            recalled.GiveAtBedside(recalled.Units[2].Code, Nurse, Now.AddHours(2), Today, Guid.NewGuid()).Errors[0].Code);
    }
}
