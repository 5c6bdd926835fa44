using MndCare.Domain.Prognosis;

namespace MndCare.Domain.Tests.Prognosis;

public sealed class D50FitTests
{
    [Theory]
    // docs/instruments/d50.md (dossier §7), phase boundaries [R]: Phase 0 below 0.25, Phase I below 0.5, Phase II from 0.5
    [InlineData(0.0, D50Phase.Phase0)]
    [InlineData(0.2499, D50Phase.Phase0)]
    [InlineData(0.25, D50Phase.PhaseI)]
    [InlineData(0.4, D50Phase.PhaseI)]
    [InlineData(0.4999, D50Phase.PhaseI)]
    [InlineData(0.5, D50Phase.PhaseII)]
    [InlineData(1.6, D50Phase.PhaseII)]
    public void Phase_AtBoundaries_GivesPhase(double rd50, D50Phase expected)
    {
        Assert.Equal(expected, D50Fit.Phase(rd50));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    public void Phase_NegativeOrNaN_Throws(double rd50)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => D50Fit.Phase(rd50));
    }

    [Fact]
    public void PhaseBoundaries_AreTheReferenceValues()
    {
        Assert.Equal((0.25, 0.5), (D50Fit.PhaseIFromRelativeD50, D50Fit.PhaseIIFromRelativeD50));
    }

    [Fact]
    public void RelativeD50_NegativeDuration_Throws()
    {
        var fit = D50Model.Fit([(6, 46), (12, 42), (18, 36)]).Value;

        Assert.Throws<ArgumentOutOfRangeException>(() => fit.RelativeD50(-1));
    }
}
