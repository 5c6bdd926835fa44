using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;
using N = MndCare.Domain.Prognosis.EncalsPredictors.Names;

namespace MndCare.Domain.Tests.Prognosis;

public sealed class EncalsPredictorsTests
{
    [Fact]
    public void Create_AllPresent_KeepsValues()
    {
        var predictors = EncalsPredictors.Create(60, 12, 0.5, 90, true, false, true, false).Value;

        Assert.Equal((60.0, 12.0, 0.5, 90.0), (predictors.AgeAtOnsetYears, predictors.DiagnosticDelayMonths, predictors.DeltaFs, predictors.VitalCapacityPercentPredicted));
        Assert.Equal((true, false, true, false), (predictors.BulbarOnset, predictors.DefiniteElEscorial, predictors.Ftd, predictors.C9orf72));
    }

    [Fact]
    public void Create_AllMissing_NamesEachPredictor()
    {
        var errors = EncalsPredictors.Create(null, null, null, null, null, null, null, null).Errors.Cast<ValidationError>().ToList();

        Assert.All(errors, e => Assert.Equal("missingPredictor", e.Code));
        Assert.Equal(
            ["ageAtOnset", "diagnosticDelay", "deltaFs", "vitalCapacity", "bulbarOnset", "definiteElEscorial", "ftd", "c9orf72"],
            errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(N.AgeAtOnset)]
    [InlineData(N.DiagnosticDelay)]
    [InlineData(N.DeltaFs)]
    [InlineData(N.VitalCapacity)]
    [InlineData(N.BulbarOnset)]
    [InlineData(N.DefiniteElEscorial)]
    [InlineData(N.Ftd)]
    [InlineData(N.C9orf72)]
    public void Create_OneMissing_IsOneMissingPredictorNamingIt(string missing)
    {
        var result = EncalsPredictors.Create(
            missing == N.AgeAtOnset ? null : 60,
            missing == N.DiagnosticDelay ? null : 12,
            missing == N.DeltaFs ? null : 0.5,
            missing == N.VitalCapacity ? null : 90,
            missing == N.BulbarOnset ? null : false,
            missing == N.DefiniteElEscorial ? null : false,
            missing == N.Ftd ? null : false,
            missing == N.C9orf72 ? null : false);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new ValidationError(missing, "missingPredictor", error.Message), error);
    }

    [Theory]
    // Decision 14: a diagnosis on the onset date (delay 0) is an error
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Create_DelayNotPositive_IsNonPositiveDelay(double delay)
    {
        var error = Assert.Single(EncalsPredictors.Create(60, delay, 0.5, 90, false, false, false, false).Errors);

        Assert.Equal(new ValidationError(N.DiagnosticDelay, "nonPositiveDelay", error.Message), error);
    }

    [Fact]
    public void Create_DeltaFsNegative_IsNegativeDeltaFs()
    {
        var error = Assert.Single(EncalsPredictors.Create(60, 12, -0.01, 90, false, false, false, false).Errors);

        Assert.Equal(new ValidationError(N.DeltaFs, "negativeDeltaFs", error.Message), error);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    public void Create_VitalCapacityNotPositive_IsNonPositiveVitalCapacity(double vitalCapacity)
    {
        var error = Assert.Single(EncalsPredictors.Create(60, 12, 0.5, vitalCapacity, false, false, false, false).Errors);

        Assert.Equal(new ValidationError(N.VitalCapacity, "nonPositiveVitalCapacity", error.Message), error);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(120.01)]
    public void Create_AgeAtOnsetOutsideLimits_IsOutOfRange(double age)
    {
        var error = Assert.Single(EncalsPredictors.Create(age, 12, 0.5, 90, false, false, false, false).Errors);

        Assert.Equal(new ValidationError(N.AgeAtOnset, ValidationError.OutOfRange, error.Message), error);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Create_NotFinite_IsNotFinite(double value)
    {
        var errors = EncalsPredictors.Create(value, value, value, value, false, false, false, false).Errors.Cast<ValidationError>();

        Assert.Equal([(N.AgeAtOnset, "notFinite"), (N.DiagnosticDelay, "notFinite"), (N.DeltaFs, "notFinite"), (N.VitalCapacity, "notFinite")], errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Create_BoundaryValues_AreAccepted()
    {
        // ΔFS 0 (no loss yet), the smallest positive delay, age 120, VC 1 %
        Assert.True(EncalsPredictors.Create(120, double.Epsilon, 0, 1, false, false, false, false).IsSuccess);
    }
}
