using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.CellProducts.CellProductFixture;

namespace MndCare.Domain.Tests.CellProducts;

// Issue 8, "Donor": HIV, HBV, HCV, syphilis, HTLV and CMV at least, with dates; any reactive or missing screen blocks release.
public sealed class DonorTests
{
    private static Donor Registered() => Donor.Register(Guid.NewGuid(), ClinicId, FirstDonorCode, Today, Today, FirstLabUser, Now, Guid.NewGuid()).Value;

    [Fact]
    public void RequiredMarkers_AreTheIssuesSix() =>
        Assert.Equal(["hiv", "hbv", "hcv", "syphilis", "htlv", "cmv"], Donor.RequiredMarkers.Select(CellProductWireNames.Of));

    [Fact]
    public void ScreeningGaps_NothingRecorded_ListsEveryMarkerAsMissing()
    {
        var gaps = Registered().ScreeningGaps();

        Assert.Equal(Donor.RequiredMarkers, gaps.Select(g => g.Marker));
        Assert.All(gaps, g => Assert.Equal("missing", g.ProblemCode));
    }

    [Fact]
    public void ScreeningGaps_OneReactiveAndOneMissing_ListsBothAsCodes()
    {
        var donor = Registered().RecordScreening(
            [.. Donor.RequiredMarkers.Where(m => m != InfectiousMarker.Htlv).Select(m =>
                new DonorScreening(m, m == InfectiousMarker.Hbv ? ScreeningResult.Reactive : ScreeningResult.NonReactive, Today))],
            Today, FirstLabUser, Now, Guid.NewGuid()).Value;

        Assert.Equal([("hbv", "reactive"), ("htlv", "missing")], donor.ScreeningGaps().Select(g => (g.MarkerCode, g.ProblemCode)));
        Assert.False(donor.IsScreeningCompleteAndNegative);
    }

    [Fact]
    public void ScreeningGaps_AllNonReactive_IsCompleteAndNegative() => Assert.True(ScreenedDonor().IsScreeningCompleteAndNegative);

    [Fact] // decision (docs/therapy/cell-product.md): a later test never overturns a reactive result
    public void RecordScreening_AfterReactive_IsRefusedAndChangesNothing()
    {
        var donor = ScreenedDonor(InfectiousMarker.Hcv);
        var version = donor.Version;

        var result = donor.RecordScreening([new DonorScreening(InfectiousMarker.Hcv, ScreeningResult.NonReactive, Today)], Today, SecondLabUser, Now, Guid.NewGuid());

        Assert.Equal(CellProductErrorCodes.ScreeningAlreadyReactive, Assert.Single(result.Errors).Code);
        Assert.Equal((version, ScreeningResult.Reactive), (donor.Version, donor.Screenings.Single(s => s.Marker == InfectiousMarker.Hcv).Result));
    }

    [Fact]
    public void RecordScreening_LaterResult_ReplacesANonReactiveOne()
    {
        var donor = ScreenedDonor().RecordScreening([new DonorScreening(InfectiousMarker.Cmv, ScreeningResult.Reactive, Today)], Today, FirstLabUser, Now, Guid.NewGuid()).Value;

        Assert.Equal(ScreeningResult.Reactive, donor.Screenings.Single(s => s.Marker == InfectiousMarker.Cmv).Result);
        Assert.Equal(Donor.RequiredMarkers.Count, donor.Screenings.Count);
    }

    [Fact]
    public void RecordScreening_FutureDateOrDuplicateMarker_IsRefusedPerField()
    {
        var result = Registered().RecordScreening(
            [new DonorScreening(InfectiousMarker.Hiv, ScreeningResult.NonReactive, Today.AddDays(1)),
             new DonorScreening(InfectiousMarker.Hbv, ScreeningResult.NonReactive, Today),
             new DonorScreening(InfectiousMarker.Hbv, ScreeningResult.NonReactive, Today)],
            Today, FirstLabUser, Now, Guid.NewGuid());

        Assert.Equal([("screening.hiv", CellProductErrorCodes.InFuture), ("screening.hbv", CellProductErrorCodes.DuplicateMarker)],
            result.Errors.OfType<ValidationError>().Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Register_ConsentAfterToday_IsRefused() =>
        Assert.Equal(CellProductErrorCodes.InFuture,
            Donor.Register(Guid.NewGuid(), ClinicId, FirstDonorCode, Today.AddDays(1), Today, FirstLabUser, Now, Guid.NewGuid()).Errors[0].Code);
}
