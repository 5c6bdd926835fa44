using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Patients;
using MndCare.Domain.Respiratory;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Respiratory;

public sealed class Hankinson1999Tests
{
    private const SpirometryEthnicity Caucasian = SpirometryEthnicity.Caucasian;
    private const SpirometryEthnicity AfricanAmerican = SpirometryEthnicity.AfricanAmerican;
    private const SpirometryEthnicity MexicanAmerican = SpirometryEthnicity.MexicanAmerican;

    [Theory]
    // docs/instruments/fvc-hankinson.md (dossier §8.4), Hankinson [D]: male Caucasian 60 y 175 cm
    [InlineData(Sex.Male, Caucasian, 60, 175, 4.5858, 3.6833, false)]
    // docs/instruments/fvc-hankinson.md (dossier §8.4), Hankinson [D]: female Caucasian 55 y 165 cm
    [InlineData(Sex.Female, Caucasian, 55, 165, 3.5503, 2.8379, false)]
    // docs/instruments/fvc-hankinson.md (dossier §8.4), Hankinson [D]: male African-American 45 y 180 cm
    [InlineData(Sex.Male, AfricanAmerican, 45, 180, 4.4212, 3.4579, false)]
    public void Predict_ReferenceCases_GivePredictedAndLowerLimit(Sex sex, SpirometryEthnicity ethnicity, double age, double height, double predicted, double lowerLimit, bool extrapolated)
    {
        var reference = Hankinson1999.Predict(sex, ethnicity, age, height).Value;

        Assert.Equal(predicted, reference.PredictedLiters, 4);
        Assert.Equal(lowerLimit, reference.LowerLimitLiters, 4);
        Assert.Equal(extrapolated, reference.Extrapolated);
        Assert.Equal(FvcReferenceEquation.Hankinson1999, reference.Equation);
    }

    [Theory]
    // docs/instruments/fvc-hankinson.md (dossier §8.4), Hankinson [D]: 3.50 L in a male Caucasian 60 y 175 cm
    [InlineData(Sex.Male, Caucasian, 60, 175, 3.50, 76.3)]
    // docs/instruments/fvc-hankinson.md (dossier §8.4), Hankinson [D]: 2.80 L in a female Caucasian 55 y 165 cm
    [InlineData(Sex.Female, Caucasian, 55, 165, 2.80, 78.9)]
    // docs/instruments/fvc-hankinson.md (dossier §8.4), Hankinson [D]: 4.00 L in a male African-American 45 y 180 cm
    [InlineData(Sex.Male, AfricanAmerican, 45, 180, 4.00, 90.5)]
    public void PercentPredicted_ReferenceCases_GivePercent(Sex sex, SpirometryEthnicity ethnicity, double age, double height, double observed, double percent)
    {
        var reference = Hankinson1999.Predict(sex, ethnicity, age, height).Value;

        Assert.Equal(percent, reference.PercentPredicted(observed).Value, 1);
    }

    [Theory]
    // Decision 12 row split, values [D] from the Tables 4-5 rows (docs/instruments/fvc-hankinson.md (dossier §8.2)): men < 20 / >= 20
    [InlineData(Sex.Male, Caucasian, 19.99, 175, 5.41890181, 4.51638306)]
    [InlineData(Sex.Male, Caucasian, 20, 175, 5.42101250, 4.51849375)]
    [InlineData(Sex.Male, AfricanAmerican, 19.99, 180, 4.87470207, 3.91145007)]
    [InlineData(Sex.Male, AfricanAmerican, 20, 180, 4.87643200, 3.91318000)]
    [InlineData(Sex.Male, MexicanAmerican, 19.99, 170, 5.13565206, 4.30448806)]
    [InlineData(Sex.Male, MexicanAmerican, 20, 170, 5.13744700, 4.30628300)]
    // Decision 12 row split [D]: women < 18 / >= 18
    [InlineData(Sex.Female, Caucasian, 17.99, 165, 3.88947215, 3.17699390)]
    [InlineData(Sex.Female, Caucasian, 18, 165, 3.89021575, 3.17773750)]
    [InlineData(Sex.Female, AfricanAmerican, 17.99, 160, 3.18909634, 2.50045634)]
    [InlineData(Sex.Female, AfricanAmerican, 18, 160, 3.18985600, 2.50121600)]
    [InlineData(Sex.Female, MexicanAmerican, 17.99, 160, 3.74570590, 3.06064990)]
    [InlineData(Sex.Female, MexicanAmerican, 18, 160, 3.74644800, 3.06139200)]
    // Decision 12 [D]: a woman of 19 uses the adult row (rspiro's single < 20 split would give 3.94922375)
    [InlineData(Sex.Female, Caucasian, 19, 165, 3.89478175, 3.18230350)]
    public void Predict_AtRowSplit_UsesTheDecidedRow(Sex sex, SpirometryEthnicity ethnicity, double age, double height, double predicted, double lowerLimit)
    {
        var reference = Hankinson1999.Predict(sex, ethnicity, age, height).Value;

        Assert.Equal(predicted, reference.PredictedLiters, 1e-8);
        Assert.Equal(lowerLimit, reference.LowerLimitLiters, 1e-8);
    }

    [Theory]
    // Decision 12 [D]: the rows join within 0.0002 L (to 4 decimals) at 20 for men and at 18 for women (section 8.2)
    [InlineData(Sex.Male, Caucasian, 20)]
    [InlineData(Sex.Male, AfricanAmerican, 20)]
    [InlineData(Sex.Male, MexicanAmerican, 20)]
    [InlineData(Sex.Female, Caucasian, 18)]
    [InlineData(Sex.Female, AfricanAmerican, 18)]
    [InlineData(Sex.Female, MexicanAmerican, 18)]
    public void Predict_AcrossRowSplit_IsContinuous(Sex sex, SpirometryEthnicity ethnicity, double splitAge)
    {
        var below = Hankinson1999.Predict(sex, ethnicity, Math.BitDecrement(splitAge), 170).Value;
        var atSplit = Hankinson1999.Predict(sex, ethnicity, splitAge, 170).Value;

        Assert.Equal(atSplit.PredictedLiters, below.PredictedLiters, 0.00025);
    }

    [Theory]
    // Decision 12 [D]: outside ages 8-80 the result is flagged; 8 and 80 themselves are inside
    [InlineData(7.99, 130, 1.90783123, true)]
    [InlineData(8, 130, 1.90741000, false)]
    [InlineData(80, 175, 3.84541250, false)]
    [InlineData(80.01, 175, 3.84498847, true)]
    // height limits are accepted [D]: 50 cm (at age 0, extrapolated) and 250 cm
    [InlineData(0, 50, 0.20765000, true)]
    [InlineData(40, 250, 11.05315000, false)]
    public void Predict_AtAgeAndHeightLimits_FlagsExtrapolation(double age, double height, double predicted, bool extrapolated)
    {
        var reference = Hankinson1999.Predict(Sex.Male, Caucasian, age, height).Value;

        Assert.Equal(predicted, reference.PredictedLiters, 1e-8);
        Assert.Equal(extrapolated, reference.Extrapolated);
    }

    [Theory]
    [InlineData(49.99)]
    [InlineData(250.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Predict_HeightOutsideLimits_IsOutOfRange(double height)
    {
        var error = Assert.Single(Hankinson1999.Predict(Sex.Male, Caucasian, 60, height).Errors);

        Assert.Equal(new ValidationError("heightCm", ValidationError.OutOfRange, error.Message), error);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(120.01)]
    [InlineData(double.NaN)]
    public void Predict_AgeOutsideLimits_IsOutOfRange(double age)
    {
        var error = Assert.Single(Hankinson1999.Predict(Sex.Male, Caucasian, age, 175).Errors);

        Assert.Equal(new ValidationError("age", ValidationError.OutOfRange, error.Message), error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    public void Predict_AgeAtLimits_IsAcceptedAndExtrapolated(double age)
    {
        Assert.True(Hankinson1999.Predict(Sex.Male, Caucasian, age, 180).Value.Extrapolated);
    }

    [Theory]
    [InlineData(Sex.Other)]
    [InlineData(Sex.Unknown)]
    public void Predict_SexNeitherMaleNorFemale_IsUnsupportedSex(Sex sex)
    {
        var error = Assert.Single(Hankinson1999.Predict(sex, Caucasian, 60, 175).Errors);

        Assert.Equal(new ValidationError("sex", "unsupportedSex", error.Message), error);
    }

    [Fact]
    public void Predict_SeveralInvalidInputs_ReportsEach()
    {
        var fields = Hankinson1999.Predict(Sex.Unknown, Caucasian, -1, 20).Errors.Select(e => ((ValidationError)e).Field);

        Assert.Equal(["sex", "age", "heightCm"], fields);
    }

    [Fact]
    public void Predict_NoPositiveLowerLimit_IsNonPositivePrediction()
    {
        // [D] male Caucasian aged 8 at 50 cm: −0.2584 − 0.20415·8 + 0.010133·64 + 0.00015695·2500 < 0
        var error = Assert.Single(Hankinson1999.Predict(Sex.Male, Caucasian, 8, 50).Errors);

        Assert.Equal(new ValidationError("heightCm", "nonPositivePrediction", error.Message), error);
    }

    [Theory]
    [InlineData(0.0999)]
    [InlineData(10.0001)]
    [InlineData(double.NaN)]
    public void PercentPredicted_ObservedOutsideLimits_IsOutOfRange(double observed)
    {
        var reference = Hankinson1999.Predict(Sex.Male, Caucasian, 60, 175).Value;

        var error = Assert.Single(reference.PercentPredicted(observed).Errors);

        Assert.Equal(new ValidationError("fvcLiters", ValidationError.OutOfRange, error.Message), error);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(10)]
    public void PercentPredicted_ObservedAtLimits_IsAccepted(double observed)
    {
        var reference = Hankinson1999.Predict(Sex.Male, Caucasian, 60, 175).Value;

        Assert.True(reference.PercentPredicted(observed).IsSuccess);
    }

    private static readonly SpirometryEthnicity[] Ethnicities = Enum.GetValues<SpirometryEthnicity>();

    private static Gen<(Sex Sex, SpirometryEthnicity Ethnicity, double Age)> People =>
        from male in ArbMap.Default.ArbFor<bool>().Generator
        from ethnicity in Gen.Elements(Ethnicities)
        from ageTenths in Gen.Choose(80, 800)
        select (male ? Sex.Male : Sex.Female, ethnicity, ageTenths / 10.0);

    // Every b3 coefficient is positive, so for a fixed age the prediction grows with height (ages 8-80, 140-210 cm).
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Predict_TallerAtSameAge_PredictsMore() =>
        Prop.ForAll(People.ToArbitrary(), Gen.Choose(1400, 2099).ToArbitrary(), Gen.Choose(1, 100).ToArbitrary(), (person, heightTenths, extraTenths) =>
        {
            var shorter = Hankinson1999.Predict(person.Sex, person.Ethnicity, person.Age, heightTenths / 10.0).Value;
            var taller = Hankinson1999.Predict(person.Sex, person.Ethnicity, person.Age, (heightTenths + extraTenths) / 10.0).Value;
            return taller.PredictedLiters > shorter.PredictedLiters && taller.LowerLimitLiters > shorter.LowerLimitLiters;
        });

    // Decision 12: % predicted = 100 · observed / predicted for every accepted observation.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property PercentPredicted_AnyAcceptedObservation_IsHundredTimesObservedOverPredicted() =>
        Prop.ForAll(People.ToArbitrary(), Gen.Choose(1400, 2100).ToArbitrary(), Gen.Choose(10, 1000).ToArbitrary(), (person, heightTenths, observedHundredths) =>
        {
            var reference = Hankinson1999.Predict(person.Sex, person.Ethnicity, person.Age, heightTenths / 10.0).Value;
            var observed = observedHundredths / 100.0;
            var percent = reference.PercentPredicted(observed).Value;
            return Math.Abs(percent - (100 * observed / reference.PredictedLiters)) <= 1e-12 * percent;
        });
}
