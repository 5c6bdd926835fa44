using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Domain.Respiratory;

/// <summary>Predicted FVC and its lower limit of normal by the Hankinson 1999 (NHANES III) reference equations.</summary>
/// <remarks>
/// Hankinson JL, Odencrantz JR, Fedan KB. Spirometric reference values from a sample of the general U.S. population.
/// Am J Respir Crit Care Med 1999;159:179-187, Tables 4-5 (coefficients as reproduced by thlytras/rspiro
/// <c>data-raw/NHtb45.csv</c> and cross-checked against two other public implementations [C]).
/// predicted = b0 + b1·age + b2·age² + b3·height², age in fractional years, height in cm, result in litres; the lower
/// limit uses the LLN height coefficient. Men use the &lt; 20 / ≥ 20 rows, women the &lt; 18 / ≥ 18 rows; outside ages
/// 8-80 the result is flagged as extrapolated (Decision 12, docs/instruments/decided-readings.md).
/// </remarks>
public static class Hankinson1999
{
    /// <summary>Age in years from which men use the adult rows (Decision 12).</summary>
    public const double MaleAdultFromAgeYears = 20;

    /// <summary>Age in years from which women use the adult rows (Decision 12; the rows join at 18, section 8.2).</summary>
    public const double FemaleAdultFromAgeYears = 18;

    /// <summary>Youngest age of the NHANES III sample; younger ages are extrapolated.</summary>
    public const double StudiedMinAgeYears = 8;

    /// <summary>Oldest age of the NHANES III sample; older ages are extrapolated.</summary>
    public const double StudiedMaxAgeYears = 80;

    /// <summary>Lowest age accepted, in years.</summary>
    public const double MinAgeYears = 0;

    /// <summary>Highest age accepted, in years.</summary>
    public const double MaxAgeYears = 120;

    /// <summary>Lowest height accepted, in centimetres.</summary>
    public const double MinHeightCm = 50;

    /// <summary>Highest height accepted, in centimetres.</summary>
    public const double MaxHeightCm = 250;

    // Hankinson 1999 Tables 4-5 (AJRCCM 159:179-187), FVC rows: b0, b1 (age), b2 (age²), b3 predicted, b3 LLN (height²).
    private static readonly Coefficients MaleCaucasianUnder20 = new(-0.2584, -0.20415, 0.010133, 0.00018642, 0.00015695);
    private static readonly Coefficients MaleCaucasianAdult = new(-0.1933, 0.00064, -0.000269, 0.00018642, 0.00015695);
    private static readonly Coefficients MaleAfricanAmericanUnder20 = new(-0.4971, -0.15497, 0.007701, 0.00016643, 0.00013670);
    private static readonly Coefficients MaleAfricanAmericanAdult = new(-0.1517, -0.01821, 0, 0.00016643, 0.00013670);
    private static readonly Coefficients MaleMexicanAmericanUnder20 = new(-0.7571, -0.09520, 0.006619, 0.00017823, 0.00014947);
    private static readonly Coefficients MaleMexicanAmericanAdult = new(0.2376, -0.00891, -0.000182, 0.00017823, 0.00014947);
    private static readonly Coefficients FemaleCaucasianUnder18 = new(-1.2082, 0.05916, 0, 0.00014815, 0.00012198);
    private static readonly Coefficients FemaleCaucasianAdult = new(-0.3560, 0.01870, -0.000382, 0.00014815, 0.00012198);
    private static readonly Coefficients FemaleAfricanAmericanUnder18 = new(-0.6166, -0.04687, 0.003602, 0.00013606, 0.00010916);
    private static readonly Coefficients FemaleAfricanAmericanAdult = new(-0.3039, 0.00536, -0.000265, 0.00013606, 0.00010916);
    private static readonly Coefficients FemaleMexicanAmericanUnder18 = new(-1.2507, 0.07501, 0, 0.00014246, 0.00011570);
    private static readonly Coefficients FemaleMexicanAmericanAdult = new(0.1210, 0.00307, -0.000237, 0.00014246, 0.00011570);

    /// <summary>Error code: the sex has no equation (only male and female do).</summary>
    public const string UnsupportedSex = "unsupportedSex";

    /// <summary>Error code: the polynomial gives no positive lower limit for this age and height.</summary>
    public const string NonPositivePrediction = "nonPositivePrediction";

    /// <summary>Predicted FVC and lower limit of normal for a man or woman of the given ethnicity, age and height.</summary>
    /// <param name="sex">Male or Female; the equations have no rows for other values.</param>
    /// <param name="ethnicity">One of the three NHANES III groups.</param>
    /// <param name="ageYears">Age at the test in fractional years (days / 365.25), 0 to 120.</param>
    /// <param name="heightCm">Standing height in centimetres, 50 to 250.</param>
    /// <returns>The reference values, or errors: <c>sex</c> <c>unsupportedSex</c>; <c>age</c> or <c>heightCm</c>
    /// <c>outOfRange</c>; <c>heightCm</c> <c>nonPositivePrediction</c> when the polynomial gives no positive lower limit.</returns>
    public static Result<FvcReference> Predict(Sex sex, SpirometryEthnicity ethnicity, double ageYears, double heightCm)
    {
        var sexSupported = sex is Sex.Male or Sex.Female;
        var ageInRange = ageYears is >= MinAgeYears and <= MaxAgeYears;
        var heightInRange = heightCm is >= MinHeightCm and <= MaxHeightCm;
        if (!(sexSupported && ageInRange && heightInRange))
        {
            return Result<FvcReference>.Failure(InputErrors(sexSupported, ageInRange, heightInRange));
        }

        var row = Row(sex, ethnicity, ageYears);
        var ageTerm = row.B0 + (row.B1 * ageYears) + (row.B2 * ageYears * ageYears);
        var heightSquared = heightCm * heightCm;
        var predicted = ageTerm + (row.B3Predicted * heightSquared);
        var lowerLimit = ageTerm + (row.B3LowerLimit * heightSquared);
        // The LLN height coefficient is the smaller one, so a positive LLN implies a positive prediction.
        if (!(lowerLimit > 0))
        {
            return new ValidationError("heightCm", NonPositivePrediction,
                "Hankinson 1999 gives no positive FVC for this age and height; the equation does not apply.");
        }
        var extrapolated = ageYears is < StudiedMinAgeYears or > StudiedMaxAgeYears;
        return new FvcReference(FvcReferenceEquation.Hankinson1999, predicted, lowerLimit, extrapolated);
    }

    private static List<Error> InputErrors(bool sexSupported, bool ageInRange, bool heightInRange)
    {
        var errors = new List<Error>();
        if (!sexSupported)
        {
            errors.Add(new ValidationError("sex", UnsupportedSex, "Hankinson 1999 has equations for male and female sex only."));
        }
        if (!ageInRange)
        {
            errors.Add(new ValidationError("age", ValidationError.OutOfRange, "The age must be a number of years from 0 to 120."));
        }
        if (!heightInRange)
        {
            errors.Add(new ValidationError("heightCm", ValidationError.OutOfRange, "The height must be a number of centimetres from 50 to 250."));
        }
        return errors;
    }

    private static Coefficients Row(Sex sex, SpirometryEthnicity ethnicity, double ageYears) => (sex, ethnicity) switch
    {
        (Sex.Male, SpirometryEthnicity.Caucasian) => ageYears < MaleAdultFromAgeYears ? MaleCaucasianUnder20 : MaleCaucasianAdult,
        (Sex.Male, SpirometryEthnicity.AfricanAmerican) => ageYears < MaleAdultFromAgeYears ? MaleAfricanAmericanUnder20 : MaleAfricanAmericanAdult,
        (Sex.Male, SpirometryEthnicity.MexicanAmerican) => ageYears < MaleAdultFromAgeYears ? MaleMexicanAmericanUnder20 : MaleMexicanAmericanAdult,
        (Sex.Female, SpirometryEthnicity.Caucasian) => ageYears < FemaleAdultFromAgeYears ? FemaleCaucasianUnder18 : FemaleCaucasianAdult,
        (Sex.Female, SpirometryEthnicity.AfricanAmerican) => ageYears < FemaleAdultFromAgeYears ? FemaleAfricanAmericanUnder18 : FemaleAfricanAmericanAdult,
        (Sex.Female, SpirometryEthnicity.MexicanAmerican) => ageYears < FemaleAdultFromAgeYears ? FemaleMexicanAmericanUnder18 : FemaleMexicanAmericanAdult,
        (Sex.Other or Sex.Unknown, _) => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Validated before the row is chosen."),
    };

    /// <summary>One row of Hankinson Tables 4-5: litres, with age in years and height in centimetres.</summary>
    private readonly record struct Coefficients(double B0, double B1, double B2, double B3Predicted, double B3LowerLimit);
}
