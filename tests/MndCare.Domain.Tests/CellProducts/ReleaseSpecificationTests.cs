using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.CellProducts.CellProductFixture;

namespace MndCare.Domain.Tests.CellProducts;

public sealed class ReleaseSpecificationTests
{
    private static readonly ReleaseSpecification Default = ReleaseSpecification.Default(Product);

    [Fact] // reference A1 (ISCT, S1, S2) and A2 (S3 viability >= 70 %, S6 endotoxin < 0.5 EU/mL, S5 potency recorded only)
    public void Default_CitesIsctAndPublishedExamples()
    {
        var l = Default.Limits;

        Assert.Equal(1, Default.Version);
        Assert.Equal(70m, l.MinViabilityPercent);
        Assert.Equal([95m, 95m, 95m], new[] { l.MinCd73Percent, l.MinCd90Percent, l.MinCd105Percent });
        Assert.Equal([2m, 2m, 2m, 2m, 2m], new[] { l.MaxCd45Percent, l.MaxCd34Percent, l.MaxCd14Percent, l.MaxCd19Percent, l.MaxHlaDrPercent });
        Assert.Equal(0.5m, l.EndotoxinBelowEuPerMl);
        Assert.Null(l.MinPotencyPercent);
    }

    [Fact]
    public void Judge_WithinEveryLimit_IsWithinAndStoresTheVersion()
    {
        var judgement = Default.Judge(LotResults.Create(WithinDefaults).Value);

        Assert.True(judgement.WithinSpecification);
        Assert.Equal((Product, 1), (judgement.ProductCode, judgement.SpecificationVersion));
    }

    public static TheoryData<LotResultsInput, string[]> OutOfSpecificationCases => new()
    {
        // A2 [S3]: viability below 70 %
        { WithinDefaults with { ViabilityPercent = 69.9m }, ["viabilityPercent"] },
        // A1 [S1][S2]: positive markers below 95 %
        { WithinDefaults with { Cd73Percent = 94.9m, Cd105Percent = 90m }, ["cd73Percent", "cd105Percent"] },
        { WithinDefaults with { Cd90Percent = 80m }, ["cd90Percent"] },
        // A1 [S2]: negative markers above 2 %
        { WithinDefaults with { Cd45Percent = 2.1m, Cd34Percent = 3m, Cd14Percent = 5m, Cd19Percent = 2.01m, HlaDrPercent = 20m },
            ["cd45Percent", "cd34Percent", "cd14Percent", "cd19Percent", "hlaDrPercent"] },
        // A2 [S4][S6]: sterility and mycoplasma positive
        { WithinDefaults with { Sterility = "positive", Mycoplasma = "positive" }, ["sterility", "mycoplasma"] },
        // A2 [S6]: endotoxin at the limit is not below it
        { WithinDefaults with { EndotoxinEuPerMl = 0.5m }, ["endotoxinEuPerMl"] },
        // A2 [S4][S5]: abnormal karyotype
        { WithinDefaults with { Karyotype = "abnormal" }, ["karyotype"] },
    };

    [Theory]
    [MemberData(nameof(OutOfSpecificationCases))]
    public void Judge_OutOfSpecification_NamesEachField(LotResultsInput input, string[] fields)
    {
        var judgement = Default.Judge(LotResults.Create(input).Value);

        Assert.False(judgement.WithinSpecification);
        Assert.Equal(fields, judgement.OutOfSpecification);
    }

    [Fact] // the limits themselves are within (>= 70, >= 95, <= 2)
    public void Judge_AtTheLimits_IsWithin() =>
        Assert.True(Default.Judge(LotResults.Create(WithinDefaults with
        {
            ViabilityPercent = 70m, Cd73Percent = 95m, Cd90Percent = 95m, Cd105Percent = 95m, Cd45Percent = 2m, HlaDrPercent = 2m,
        }).Value).WithinSpecification);

    [Fact] // A2 [S4]: >= 20 % inhibition when the clinic makes potency a release test
    public void Judge_PotencyRequired_MissingOrLowIsOut()
    {
        var spec = ReleaseSpecification.Create(Product, Default.NextVersion, new ReleaseLimits { MinPotencyPercent = 20m }).Value;

        Assert.Equal(["potencyPercent"], spec.Judge(LotResults.Create(WithinDefaults).Value).OutOfSpecification);
        Assert.Equal(["potencyPercent"], spec.Judge(LotResults.Create(WithinDefaults with { PotencyPercent = 19m }).Value).OutOfSpecification);
        Assert.Equal(2, spec.Judge(LotResults.Create(WithinDefaults with { PotencyPercent = 35m }).Value).SpecificationVersion);
    }

    [Fact]
    public void Create_RefusesPercentOutside0To100_NonPositiveEndotoxin_AndVersionZero()
    {
        var result = ReleaseSpecification.Create(Product, 0, new ReleaseLimits { MinViabilityPercent = 101m, MaxHlaDrPercent = -1m, EndotoxinBelowEuPerMl = 0m });

        Assert.Equal(["minViabilityPercent", "maxHlaDrPercent", "endotoxinBelowEuPerMl", "version"],
            result.Errors.OfType<ValidationError>().Select(e => e.Field));
    }
}
