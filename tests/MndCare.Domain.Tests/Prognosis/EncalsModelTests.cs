using MndCare.Domain.Explanations;
using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Prognosis;

namespace MndCare.Domain.Tests.Prognosis;

public sealed class EncalsModelTests
{
    private static EncalsPredictors Predictors(double age, double deltaFs, double delay, double vitalCapacity, bool bulbar, bool definite, bool ftd, bool c9orf72) =>
        EncalsPredictors.Create(age, delay, deltaFs, vitalCapacity, bulbar, definite, ftd, c9orf72).Value;

    [Theory]
    // docs/instruments/encals.md (dossier §6.4), case E1 [D]: age 60, ΔFS 0.5, delay 12, VC 90 %, spinal, not definite, no FTD, C9−
    [InlineData(60, 0.5, 12, 90, false, false, false, false, 1.29099, 1.09519, 2.77778, 2.16520, -4.6793, 0.9828, 0.8414, 0.5497, 0.1846, 38.105)]
    // docs/instruments/encals.md (dossier §6.4), case E2 [D]: age 70, ΔFS 1.5, delay 6, VC 60 %, bulbar, definite, FTD, C9+
    [InlineData(70, 1.5, 6, 60, true, true, true, true, 0.79057, 0.78017, 2.04082, 2.95766, -1.2917, 0.6583, 0.1520, 0.0396, 0.0076, 14.648)]
    // docs/instruments/encals.md (dossier §6.4), case E3 [D]: age 50, ΔFS 0.2, delay 24, VC 100 %, spinal, not definite, no FTD, C9−
    [InlineData(50, 0.2, 24, 100, false, false, false, false, 1.82574, 1.52097, 4.00000, 2.00000, -7.0771, 0.9984, 0.9831, 0.9307, 0.7135, 81.673)]
    public void Predict_ReferenceCases_ReproduceTheReference(
        double age, double deltaFs, double delay, double vitalCapacity, bool bulbar, bool definite, bool ftd, bool c9orf72,
        double tSlope, double tDelay, double tAge, double tVc,
        double linearPredictor, double s12, double s24, double s36, double s60, double median)
    {
        var prediction = EncalsModel.Predict(Predictors(age, deltaFs, delay, vitalCapacity, bulbar, definite, ftd, c9orf72));

        var transformed = prediction.Contributions.ToDictionary(c => c.Predictor, c => c.TransformedValue);
        Assert.Equal(tSlope, transformed[EncalsPredictors.Names.DeltaFs], 5);
        Assert.Equal(tDelay, transformed[EncalsPredictors.Names.DiagnosticDelay], 5);
        Assert.Equal(tAge, transformed[EncalsPredictors.Names.AgeAtOnset], 5);
        Assert.Equal(tVc, transformed[EncalsPredictors.Names.VitalCapacity], 5);
        Assert.Equal(linearPredictor, prediction.LinearPredictor, 4);
        Assert.Equal(s12, prediction.Survival(12), 4);
        Assert.Equal(s24, prediction.Survival(24), 4);
        Assert.Equal(s36, prediction.Survival(36), 4);
        Assert.Equal(s60, prediction.Survival(60), 4);
        // The reference gives the continuous median to 3 decimals.
        Assert.Equal(median, prediction.MedianMonthsFromOnset!.Value, 3);
        Assert.Empty(prediction.Notes);
    }

    [Theory]
    // docs/instruments/encals.md (dossier §6.4), intermediate check values [D]: s(ln 12) = 0.63586, s(ln 24) = 3.01098
    [InlineData(12, 0.63586)]
    [InlineData(24, 3.01098)]
    public void BaselineSpline_ReferenceTimes_GiveCheckValues(double months, double expected)
    {
        // 5 decimals are given; λ as printed in the public code moves s by at most 6e-6, so compare within 1e-5.
        Assert.Equal(expected, EncalsModel.BaselineSpline(Math.Log(months)), 1e-5);
    }

    [Fact]
    public void Lambdas_MatchTheKnots_ToSixDecimals()
    {
        // docs/instruments/encals.md (dossier §6.2), check [D]: λj = (kmax − kj)/(kmax − kmin)
        const double Span = EncalsModel.KnotMax - EncalsModel.KnotMin;

        Assert.Equal((EncalsModel.KnotMax - EncalsModel.Knot1) / Span, EncalsModel.Lambda1, 5e-7);
        Assert.Equal((EncalsModel.KnotMax - EncalsModel.Knot2) / Span, EncalsModel.Lambda2, 5e-7);
    }

    // The median bisection relies on s increasing strictly on the search interval ln 0.001 .. ln 1200 (and beyond).
    [Fact]
    public void BaselineSpline_OverTheSearchInterval_IsStrictlyIncreasing()
    {
        const int Steps = 200_000;
        var low = Math.Log(EncalsModel.MedianSearchMinMonths);
        var high = Math.Log(10 * EncalsModel.MedianSearchMaxMonths);
        var previous = EncalsModel.BaselineSpline(low);
        for (var i = 1; i <= Steps; i++)
        {
            var current = EncalsModel.BaselineSpline(low + ((high - low) * i / Steps));
            Assert.True(current > previous, $"s decreases at step {i}");
            previous = current;
        }
    }

    [Theory]
    [InlineData(60, 0.5, 12, 90, false, false, false, false)]
    [InlineData(70, 1.5, 6, 60, true, true, true, true)]
    public void Predict_Median_IsWhereSurvivalIsOneHalf(double age, double deltaFs, double delay, double vitalCapacity, bool bulbar, bool definite, bool ftd, bool c9orf72)
    {
        var prediction = EncalsModel.Predict(Predictors(age, deltaFs, delay, vitalCapacity, bulbar, definite, ftd, c9orf72));
        var median = prediction.MedianMonthsFromOnset!.Value;

        Assert.Equal(0.5, prediction.Survival(median), 1e-12);
        Assert.Equal(BisectOnSurvival(prediction), median, 1e-9);
    }

    [Fact]
    public void Predict_SurvivalAbove_HalfAt1200Months_HasNoMedianAndANote()
    {
        // Very slow course: age 20, ΔFS 0, delay 120 months, VC 130 %.
        var prediction = EncalsModel.Predict(Predictors(20, 0, 120, 130, false, false, false, false));

        Assert.True(prediction.Survival(EncalsModel.MedianSearchMaxMonths) > 0.5);
        Assert.Null(prediction.MedianMonthsFromOnset);
        Assert.Equal([EncalsModel.MedianBeyondSearchNote], prediction.Notes);
        Assert.Equal(ReasonCodes.EncalsMedianBeyondSearch, EncalsModel.MedianBeyondSearchNote.Code);
    }

    [Fact]
    public void Predict_SurvivalBelowHalfAtSearchStart_HasNoMedianAndANote()
    {
        // VC 0.5 % makes tVC ≈ 214 and LP ≈ +97, far beyond any physiological case.
        var prediction = EncalsModel.Predict(Predictors(60, 1, 12, 0.5, false, false, false, false));

        Assert.True(prediction.Survival(EncalsModel.MedianSearchMinMonths) < 0.5);
        Assert.Null(prediction.MedianMonthsFromOnset);
        Assert.Equal([EncalsModel.MedianBelowSearchNote], prediction.Notes);
    }

    [Fact]
    public void Contributions_SumToTheLinearPredictor()
    {
        var prediction = EncalsModel.Predict(Predictors(70, 1.5, 6, 60, true, true, true, true));

        Assert.Equal(8, prediction.Contributions.Count);
        Assert.Equal(prediction.LinearPredictor, prediction.Contributions.Sum(c => c.Contribution), 1e-12);
        Assert.Equal(EncalsModel.C9orf72Coefficient, prediction.Contributions.Single(c => c.Predictor == EncalsPredictors.Names.C9orf72).Contribution);
    }

    [Fact]
    public void Contributions_AbsentFlag_ContributesZero()
    {
        var prediction = EncalsModel.Predict(Predictors(60, 0.5, 12, 90, false, false, false, false));

        Assert.All(prediction.Contributions.Skip(4), c => Assert.Equal(0, c.Contribution));
    }

    [Fact]
    public void Survival_AtOnset_IsOne()
    {
        Assert.Equal(1, EncalsModel.Predict(Predictors(60, 0.5, 12, 90, false, false, false, false)).Survival(0));
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Survival_TimeNegativeOrNotFinite_Throws(double months)
    {
        var prediction = EncalsModel.Predict(Predictors(60, 0.5, 12, 90, false, false, false, false));

        Assert.Throws<ArgumentOutOfRangeException>(() => prediction.Survival(months));
    }

    private static double BisectOnSurvival(EncalsPrediction prediction)
    {
        var (low, high) = (EncalsModel.MedianSearchMinMonths, EncalsModel.MedianSearchMaxMonths);
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = prediction.Survival(middle) > 0.5 ? (middle, high) : (low, middle);
        }
        return (low + high) / 2;
    }

    // Predictors within clinical ranges: age 20-90, ΔFS 0-3, delay 1-60 months, VC 20-130 %, any flags.
    private static Gen<EncalsPredictors> ClinicalPredictors =>
        from age in Gen.Choose(200, 900)
        from deltaFs in Gen.Choose(0, 300)
        from delay in Gen.Choose(10, 600)
        from vitalCapacity in Gen.Choose(20, 130)
        from flags in Gen.Choose(0, 15)
        select Predictors(age / 10.0, deltaFs / 100.0, delay / 10.0, vitalCapacity, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0);

    // Months from 1 to 600 in tenths.
    private static Gen<double> Months => Gen.Choose(10, 6000).Select(tenths => tenths / 10.0);

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Survival_LaterTime_IsStrictlyLower() =>
        Prop.ForAll(ClinicalPredictors.ToArbitrary(), Months.ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (predictors, months, laterTenths) =>
        {
            var prediction = EncalsModel.Predict(predictors);
            return prediction.Survival(months + (laterTenths / 10.0)) < prediction.Survival(months);
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Survival_Always_IsStrictlyBetweenZeroAndOne() =>
        Prop.ForAll(ClinicalPredictors.ToArbitrary(), Months.ToArbitrary(), (predictors, months) =>
        {
            var survival = EncalsModel.Predict(predictors).Survival(months);
            return survival is > 0 and < 1;
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Survival_HigherLinearPredictor_IsLowerAtEveryTime() =>
        Prop.ForAll(ClinicalPredictors.ToArbitrary(), ClinicalPredictors.ToArbitrary(), Months.ToArbitrary(), (first, second, months) =>
        {
            var (a, b) = (EncalsModel.Predict(first), EncalsModel.Predict(second));
            var (lower, higher) = a.LinearPredictor <= b.LinearPredictor ? (a, b) : (b, a);
            return higher.LinearPredictor - lower.LinearPredictor < 1e-9 || higher.Survival(months) < lower.Survival(months);
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Predict_AnyClinicalCase_MedianSolvesSurvivalOneHalf() =>
        Prop.ForAll(ClinicalPredictors.ToArbitrary(), predictors =>
        {
            var prediction = EncalsModel.Predict(predictors);
            return prediction.MedianMonthsFromOnset is not { } median
                ? prediction.Survival(EncalsModel.MedianSearchMaxMonths) > 0.5
                : Math.Abs(prediction.Survival(median) - 0.5) < 1e-12;
        });
}
