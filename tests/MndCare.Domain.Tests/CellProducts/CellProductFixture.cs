using MndCare.Domain.CellProducts;

namespace MndCare.Domain.Tests.CellProducts;

/// <summary>A clinic's cell lab on a fixed day: a screened donor, a quarantined lot and two cell-lab users.</summary>
internal static class CellProductFixture
{
    public static readonly DateOnly Today = new(2026, 3, 10);
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid ClinicId = Guid.Parse("0195a000-0000-7000-8000-000000000001");
    public static readonly Guid FirstLabUser = Guid.Parse("0195a000-0000-7000-8000-0000000000a1");
    public static readonly Guid SecondLabUser = Guid.Parse("0195a000-0000-7000-8000-0000000000a2");
    public static readonly DonorCode FirstDonorCode = DonorCode.FromSequence(1);
    public static readonly ProductCode Product = ProductCode.Create("UCMSC-IV").Value;

    public static LotResultsInput WithinDefaults => new(92.5m, 99.1m, 98.7m, 97.9m, 0.4m, 0.3m, 0.6m, 0.2m, 0.8m,
        "negative", "negative", 0.2m, "normal");

    public static Donor ScreenedDonor(params InfectiousMarker[] reactive)
    {
        var donor = Donor.Register(Guid.NewGuid(), ClinicId, FirstDonorCode, Today.AddDays(-60), Today, FirstLabUser, Now, Guid.NewGuid()).Value;
        return donor.RecordScreening([.. Donor.RequiredMarkers.Select(m =>
            new DonorScreening(m, reactive.Contains(m) ? ScreeningResult.Reactive : ScreeningResult.NonReactive, Today.AddDays(-59)))],
            Today, FirstLabUser, Now, Guid.NewGuid()).Value;
    }

    public static LotInput LotInput(string lotNumber = "UCM2603-01", int units = 4) =>
        new(lotNumber, "ucmsc-iv", FirstDonorCode.Value, Today.AddDays(-20), Today.AddDays(160), 4, 100_000_000, units);

    public static Lot QuarantinedLot(int units = 4) =>
        Lot.Register(Guid.NewGuid(), ClinicId, LotDetails.Create(LotInput(units: units), Today).Value, FirstLabUser, Now, Guid.NewGuid());

    public static Lot LotWithResults(LotResultsInput? results = null) =>
        QuarantinedLot().EnterResults(LotResults.Create(results ?? WithinDefaults).Value, ReleaseSpecification.Default(Product),
            FirstLabUser, Now, Guid.NewGuid()).Value;

    public static Lot ReleasedLot() => LotWithResults().Release(ScreenedDonor(), SecondLabUser, Today, Now, Guid.NewGuid()).Value;
}
