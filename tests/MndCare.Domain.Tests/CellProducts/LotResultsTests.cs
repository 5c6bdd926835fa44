using MndCare.Domain.CellProducts;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.CellProducts.CellProductFixture;

namespace MndCare.Domain.Tests.CellProducts;

// Issue 8, PUT /api/lots/{id}/results: the wire names; sterility and mycoplasma negative|positive; karyotype normal|abnormal.
public sealed class LotResultsTests
{
    [Fact]
    public void Create_Valid_KeepsEveryValue()
    {
        var results = LotResults.Create(WithinDefaults with { PotencyPercent = 31m }).Value;

        Assert.Equal((92.5m, DetectionResult.Negative, KaryotypeResult.Normal, 31m),
            (results.ViabilityPercent, results.Mycoplasma, results.Karyotype, results.PotencyPercent));
    }

    [Fact]
    public void Create_OutOfRangeMissingOrUnknownValues_NamesEachField()
    {
        var result = LotResults.Create(WithinDefaults with
        {
            ViabilityPercent = 100.1m, Cd45Percent = -0.1m, Cd90Percent = null, Sterility = "Negative", Karyotype = null, EndotoxinEuPerMl = -1m,
        });

        Assert.Equal(
            [("viabilityPercent", "outOfRange"), ("cd90Percent", "required"), ("cd45Percent", "outOfRange"), ("sterility", "invalidFormat"),
             ("endotoxinEuPerMl", "outOfRange"), ("karyotype", "required")],
            result.Errors.OfType<ValidationError>().Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void WireNames_AreTheIssuesContract()
    {
        Assert.Equal(["negative", "positive"], WireNames.All<DetectionResult>());
        Assert.Equal(["normal", "abnormal"], WireNames.All<KaryotypeResult>());
        Assert.Equal(["quarantined", "released", "failed", "expired", "recalled"], WireNames.All<LotStatus>());
        Assert.Equal(LotStatus.Recalled, WireNames.Parse<LotStatus>("recalled"));
        Assert.Null(WireNames.Parse<LotStatus>("Recalled"));
    }
}
