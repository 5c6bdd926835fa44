using MndCare.Domain.CellProducts;
using static MndCare.Domain.Tests.CellProducts.CellProductFixture;

namespace MndCare.Domain.Tests.CellProducts;

// Issue 8, "Release": every result within specification, donor screening complete and negative, not expired, and a
// releaser other than the one who entered the results (security test plan ES-04: two-person sequencing, 409 with the rule).
public sealed class LotReleaseTests
{
    [Fact]
    public void Register_StartsQuarantinedWithUnitsCodedFromTheLotNumber()
    {
        var lot = QuarantinedLot(units: 3);

        Assert.Equal(LotStatus.Quarantined, lot.StatusOn(Today));
        Assert.Equal([1, 2, 3], lot.Units.Select(u => u.Code.Sequence));
        Assert.All(lot.Units, u => Assert.Equal((UnitStatus.Available, lot.Details.LotNumber), (u.Status, u.Code.LotNumber)));
    }

    [Fact]
    public void Release_BySecondLabUser_Releases()
    {
        var lot = ReleasedLot();

        Assert.Equal((LotStatus.Released, SecondLabUser, FirstLabUser), (lot.StatusOn(Today), lot.ReleasedByUserId, lot.ResultsEnteredByUserId));
        Assert.True(lot.CanBeUsed(Today));
    }

    [Fact] // two-person rule (issue 8; ES-04)
    public void Release_ByThePersonWhoEnteredTheResults_IsRefused() =>
        AssertRefusedAndUnchanged(LotWithResults(), ScreenedDonor(), FirstLabUser, Today, CellProductErrorCodes.ReleaserEnteredResults);

    [Fact] // issue 8: a lot from a donor with any reactive screen can never be released
    public void Release_ReactiveDonor_IsRefused() =>
        AssertRefusedAndUnchanged(LotWithResults(), ScreenedDonor(InfectiousMarker.Htlv), SecondLabUser, Today, CellProductErrorCodes.DonorScreeningReactive);

    [Fact] // issue 8: ... or any missing screen
    public void Release_MissingDonorScreen_IsRefused()
    {
        var donor = Donor.Register(Guid.NewGuid(), ClinicId, FirstDonorCode, Today, Today, FirstLabUser, Now, Guid.NewGuid()).Value
            .RecordScreening([new DonorScreening(InfectiousMarker.Hiv, ScreeningResult.NonReactive, Today)], Today, FirstLabUser, Now, Guid.NewGuid()).Value;

        AssertRefusedAndUnchanged(LotWithResults(), donor, SecondLabUser, Today, CellProductErrorCodes.DonorScreeningIncomplete);
    }

    [Fact] // issue 8: not expired on the release date (usable through its expiry date)
    public void Release_AfterExpiry_IsRefused_OnExpiryDate_IsAllowed()
    {
        var lot = LotWithResults();

        AssertRefusedAndUnchanged(lot, ScreenedDonor(), SecondLabUser, lot.Details.ExpiresOn.AddDays(1), CellProductErrorCodes.LotExpired);
        Assert.True(lot.Release(ScreenedDonor(), SecondLabUser, lot.Details.ExpiresOn, Now, Guid.NewGuid()).IsSuccess);
    }

    [Fact]
    public void Release_WithoutResults_IsRefused() =>
        AssertRefusedAndUnchanged(QuarantinedLot(), ScreenedDonor(), SecondLabUser, Today, CellProductErrorCodes.ResultsMissing);

    [Fact] // decision (docs/therapy/cell-product.md): results out of specification fail the lot at judgement
    public void EnterResults_OutOfSpecification_FailsTheLotAndReleaseIsRefused()
    {
        var lot = LotWithResults(WithinDefaults with { ViabilityPercent = 60m, Mycoplasma = "positive" });

        Assert.Equal(LotStatus.Failed, lot.StatusOn(Today));
        Assert.Equal(["viabilityPercent", "mycoplasma"], lot.Judgement!.OutOfSpecification);
        Assert.Equal(1, lot.Judgement.SpecificationVersion);
        AssertRefusedAndUnchanged(lot, ScreenedDonor(), SecondLabUser, Today, CellProductErrorCodes.OutOfSpecification);
        Assert.Equal(CellProductErrorCodes.InvalidTransition,
            lot.EnterResults(LotResults.Create(WithinDefaults).Value, ReleaseSpecification.Default(Product), SecondLabUser, Now, Guid.NewGuid()).Errors[0].Code);
    }

    [Fact] // every refusal is named, in a fixed order, so the API can answer 409 with each reason
    public void ReleaseRefusals_EveryFailure_IsItsOwnCode()
    {
        var lot = LotWithResults(WithinDefaults with { Cd34Percent = 9m });
        var donor = Donor.Register(Guid.NewGuid(), ClinicId, FirstDonorCode, Today, Today, FirstLabUser, Now, Guid.NewGuid()).Value
            .RecordScreening([new DonorScreening(InfectiousMarker.Syphilis, ScreeningResult.Reactive, Today)], Today, FirstLabUser, Now, Guid.NewGuid()).Value;

        Assert.Equal(
            [CellProductErrorCodes.OutOfSpecification, CellProductErrorCodes.DonorScreeningIncomplete, CellProductErrorCodes.DonorScreeningReactive,
             CellProductErrorCodes.LotExpired, CellProductErrorCodes.ReleaserEnteredResults],
            lot.ReleaseRefusals(donor, FirstLabUser, lot.Details.ExpiresOn.AddDays(1)).Select(e => e.Code));
    }

    [Fact]
    public void Release_Twice_IsRefused() =>
        AssertRefusedAndUnchanged(ReleasedLot(), ScreenedDonor(), SecondLabUser, Today, CellProductErrorCodes.InvalidTransition);

    [Fact]
    public void Release_WithAnotherLotsDonor_IsABug()
    {
        var other = Donor.Register(Guid.NewGuid(), ClinicId, DonorCode.FromSequence(2), Today, Today, FirstLabUser, Now, Guid.NewGuid()).Value;

        Assert.Throws<ArgumentException>(() => LotWithResults().Release(other, SecondLabUser, Today, Now, Guid.NewGuid()));
    }

    [Fact] // results may be re-entered while quarantined; the last person to enter them may not release
    public void EnterResults_AgainBySecondUser_MovesTheTwoPersonRule()
    {
        var lot = LotWithResults().EnterResults(LotResults.Create(WithinDefaults).Value, ReleaseSpecification.Default(Product), SecondLabUser, Now, Guid.NewGuid()).Value;

        AssertRefusedAndUnchanged(lot, ScreenedDonor(), SecondLabUser, Today, CellProductErrorCodes.ReleaserEnteredResults);
        Assert.True(lot.Release(ScreenedDonor(), FirstLabUser, Today, Now, Guid.NewGuid()).IsSuccess);
    }

    public static TheoryData<string, string?> UsabilityCases => new()
    {
        { "quarantined", CellProductErrorCodes.LotQuarantined },
        { "released", null },
        { "failed", CellProductErrorCodes.LotFailed },
        { "expired", CellProductErrorCodes.LotExpired },
        { "recalled", CellProductErrorCodes.LotRecalled },
    };

    [Theory] // issue 8: quarantined, failed, expired or recalled lots can never be ordered, dispensed or infused
    [MemberData(nameof(UsabilityCases))]
    public void CanBeUsed_OnlyAReleasedUnexpiredLot(string status, string? refusal)
    {
        var (lot, date) = status switch
        {
            "quarantined" => (LotWithResults(), Today),
            "released" => (ReleasedLot(), Today),
            "failed" => (LotWithResults(WithinDefaults with { Sterility = "positive" }), Today),
            "expired" => (ReleasedLot(), Today.AddDays(161)),
            _ => (ReleasedLot().Recall("Donor look-back: late reactive result", SecondLabUser, Now, Guid.NewGuid()).Value, Today),
        };

        Assert.Equal(status, CellProductWireNames.Of(lot.StatusOn(date)));
        Assert.Equal(refusal is null, lot.CanBeUsed(date));
        Assert.Equal(refusal, lot.WhyNotUsable(date)?.Code);
    }

    private static void AssertRefusedAndUnchanged(Lot lot, Donor donor, Guid releaser, DateOnly date, string expected)
    {
        var before = (lot.RecordedStatus, lot.Version, lot.ReleasedByUserId, lot.ReleasedAtUtc, lot.UpdatedAtUtc);

        var result = lot.Release(donor, releaser, date, Now.AddHours(1), Guid.NewGuid());

        Assert.Contains(expected, result.Errors.Select(e => e.Code));
        Assert.Equal(before, (lot.RecordedStatus, lot.Version, lot.ReleasedByUserId, lot.ReleasedAtUtc, lot.UpdatedAtUtc));
    }
}
