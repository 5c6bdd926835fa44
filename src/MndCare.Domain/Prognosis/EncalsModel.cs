using MndCare.Domain.Explanations;

namespace MndCare.Domain.Prognosis;

/// <summary>The ENCALS personalised survival model (with C9orf72): linear predictor, survival curve and median.</summary>
/// <remarks>
/// Westeneng H-J, Debray TPA, Visser AE, et al. Lancet Neurol 2018;17:423-433, doi:10.1016/S1474-4422(18)30089-9.
/// Every coefficient, knot and γ below is [C]: read in the public ENCALS R code (the "ENCALS model" function with
/// C9orf72), not verified against the paper's appendix (docs/instruments/encals.md). Decision 13: the product uses
/// this set only; S(t) = 1 / (1 + exp(s(ln t) + LP)) on the odds scale, t in months since onset; the last basis term
/// of the restricted cubic spline is cubed (the public code omits the cube, which matters only after 371 months).
/// </remarks>
public static class EncalsModel
{
    /// <summary>β of tSLOPE = (ΔFS + 0.1)^-0.5 [C, Westeneng 2018 public code].</summary>
    public const double DeltaFsCoefficient = -1.837;

    /// <summary>β of tDELAY = (delay/10)^-0.5 + ln(delay/10) [C, Westeneng 2018 public code].</summary>
    public const double DiagnosticDelayCoefficient = -2.373;

    /// <summary>β of tAGE = (age/100)^-2 [C, Westeneng 2018 public code].</summary>
    public const double AgeAtOnsetCoefficient = -0.267;

    /// <summary>β of tVC = (VC/100)^-1 + (VC/100)^-0.5 [C, Westeneng 2018 public code].</summary>
    public const double VitalCapacityCoefficient = 0.477;

    /// <summary>β of bulbar onset (1/0) [C, Westeneng 2018 public code].</summary>
    public const double BulbarOnsetCoefficient = 0.269;

    /// <summary>β of definite ALS by revised El Escorial (1/0) [C, Westeneng 2018 public code].</summary>
    public const double DefiniteElEscorialCoefficient = 0.233;

    /// <summary>β of frontotemporal dementia (1/0) [C, Westeneng 2018 public code].</summary>
    public const double FtdCoefficient = 0.388;

    /// <summary>β of a C9orf72 repeat expansion (1/0) [C, Westeneng 2018 public code].</summary>
    public const double C9orf72Coefficient = 0.256;

    /// <summary>Scale of age in tAGE, in years [C, Westeneng 2018 public code].</summary>
    public const double AgeScaleYears = 100;

    /// <summary>Scale of the diagnostic delay in tDELAY, in months [C, Westeneng 2018 public code].</summary>
    public const double DelayScaleMonths = 10;

    /// <summary>Offset added to ΔFS in tSLOPE, in points per month [C, Westeneng 2018 public code].</summary>
    public const double DeltaFsOffset = 0.1;

    /// <summary>Scale of the vital capacity in tVC, in % predicted [C, Westeneng 2018 public code].</summary>
    public const double VitalCapacityScalePercent = 100;

    /// <summary>Spline intercept γ0 [C, Westeneng 2018 public code].</summary>
    public const double Gamma0 = -6.409;

    /// <summary>Spline coefficient γ1 of ln t [C, Westeneng 2018 public code].</summary>
    public const double Gamma1 = 2.643;

    /// <summary>Spline coefficient γ2 of the basis term v1 [C, Westeneng 2018 public code].</summary>
    public const double Gamma2 = -0.546;

    /// <summary>Spline coefficient γ3 of the basis term v2 [C, Westeneng 2018 public code].</summary>
    public const double Gamma3 = 0.585;

    /// <summary>Lower boundary knot kmin on ln(months) (≈ 1.08 months) [C, Westeneng 2018 public code].</summary>
    public const double KnotMin = 0.081;

    /// <summary>Interior knot k1 on ln(months) (≈ 22.4 months) [C, Westeneng 2018 public code].</summary>
    public const double Knot1 = 3.108;

    /// <summary>Interior knot k2 on ln(months) (≈ 38.0 months) [C, Westeneng 2018 public code].</summary>
    public const double Knot2 = 3.638;

    /// <summary>Upper boundary knot kmax on ln(months) (≈ 371 months) [C, Westeneng 2018 public code].</summary>
    public const double KnotMax = 5.917;

    /// <summary>λ1 = (kmax − k1)/(kmax − kmin), as printed to 6 decimals in the public code [C]; agrees with the knots [D].</summary>
    public const double Lambda1 = 0.481323;

    /// <summary>λ2 = (kmax − k2)/(kmax − kmin), as printed to 6 decimals in the public code [C]; agrees with the knots [D].</summary>
    public const double Lambda2 = 0.390507;

    /// <summary>Shortest time searched for the median, in months (Decision 14).</summary>
    public const double MedianSearchMinMonths = 0.001;

    /// <summary>Longest time searched for the median, in months (Decision 14).</summary>
    public const double MedianSearchMaxMonths = 1200;

    /// <summary>Bisection steps on ln t: the bracket of width ln(1.2e6) ≈ 14 shrinks below 2e-14, the limit of a double.</summary>
    public const int MedianBisectionSteps = 50;

    /// <summary>Note given when S(1200 months) &gt; 0.5 and the median is null (Decision 14).</summary>
    public static readonly ClinicalReason MedianBeyondSearchNote = new(ReasonCodes.EncalsMedianBeyondSearch);

    /// <summary>Note given when S(0.001 months) &lt; 0.5 and the median is null.</summary>
    public static readonly ClinicalReason MedianBelowSearchNote = new(ReasonCodes.EncalsMedianBelowSearch);

    private const double Half = 0.5;

    private static readonly double LogMedianSearchMin = Math.Log(MedianSearchMinMonths);
    private static readonly double LogMedianSearchMax = Math.Log(MedianSearchMaxMonths);
    private static readonly ClinicalReason[] NoNotes = [];
    private static readonly ClinicalReason[] BeyondSearchNotes = [MedianBeyondSearchNote];
    private static readonly ClinicalReason[] BelowSearchNotes = [MedianBelowSearchNote];

    /// <summary>Computes the linear predictor and the median time from onset for validated predictors.</summary>
    /// <param name="predictors">Validated predictors (<see cref="EncalsPredictors.Create"/>).</param>
    public static EncalsPrediction Predict(EncalsPredictors predictors)
    {
        ArgumentNullException.ThrowIfNull(predictors);
        var linearPredictor =
            (DeltaFsCoefficient * TransformDeltaFs(predictors.DeltaFs))
            + (DiagnosticDelayCoefficient * TransformDelay(predictors.DiagnosticDelayMonths))
            + (AgeAtOnsetCoefficient * TransformAge(predictors.AgeAtOnsetYears))
            + (VitalCapacityCoefficient * TransformVitalCapacity(predictors.VitalCapacityPercentPredicted))
            + (BulbarOnsetCoefficient * Indicator(predictors.BulbarOnset))
            + (DefiniteElEscorialCoefficient * Indicator(predictors.DefiniteElEscorial))
            + (FtdCoefficient * Indicator(predictors.Ftd))
            + (C9orf72Coefficient * Indicator(predictors.C9orf72));

        // S(t) = 0.5 exactly when s(ln t) = −LP; s increases strictly in ln t (tested), so bisect on ln t.
        var target = -linearPredictor;
        if (BaselineSpline(LogMedianSearchMax) < target)
        {
            return new EncalsPrediction(predictors, linearPredictor, null, BeyondSearchNotes);
        }
        if (BaselineSpline(LogMedianSearchMin) > target)
        {
            return new EncalsPrediction(predictors, linearPredictor, null, BelowSearchNotes);
        }
        var low = LogMedianSearchMin;
        var high = LogMedianSearchMax;
        for (var step = 0; step < MedianBisectionSteps; step++)
        {
            var middle = Half * (low + high);
            if (BaselineSpline(middle) < target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return new EncalsPrediction(predictors, linearPredictor, Math.Exp(Half * (low + high)), NoNotes);
    }

    /// <summary>The baseline log cumulative odds s(x), a restricted cubic spline in x = ln(months since onset).</summary>
    /// <remarks>s(x) = γ0 + γ1·x + γ2·v1(x) + γ3·v2(x), vj(x) = (x − kj)+³ − λj·(x − kmin)+³ − (1 − λj)·(x − kmax)+³,
    /// last term cubed (Decision 13). docs/instruments/encals.md: s(ln 12) = 0.63586, s(ln 24) = 3.01098 [D].</remarks>
    /// <param name="logMonths">The natural logarithm of the months since onset.</param>
    public static double BaselineSpline(double logMonths)
    {
        var lowerCube = PositiveCube(logMonths - KnotMin);
        var upperCube = PositiveCube(logMonths - KnotMax);
        var v1 = PositiveCube(logMonths - Knot1) - (Lambda1 * lowerCube) - ((1 - Lambda1) * upperCube);
        var v2 = PositiveCube(logMonths - Knot2) - (Lambda2 * lowerCube) - ((1 - Lambda2) * upperCube);
        return Gamma0 + (Gamma1 * logMonths) + (Gamma2 * v1) + (Gamma3 * v2);
    }

    internal static double Survival(double linearPredictor, double monthsFromOnset)
    {
        if (!(monthsFromOnset >= 0 && double.IsFinite(monthsFromOnset)))
        {
            throw new ArgumentOutOfRangeException(nameof(monthsFromOnset), monthsFromOnset, "Months since onset must be finite and not negative.");
        }
        // ln 0 = −∞ makes s = −∞ and S = 1, the limit at onset.
        return 1 / (1 + Math.Exp(BaselineSpline(Math.Log(monthsFromOnset)) + linearPredictor));
    }

    internal static EncalsContribution[] Contributions(EncalsPredictors predictors) =>
    [
        new(EncalsPredictors.Names.AgeAtOnset, TransformAge(predictors.AgeAtOnsetYears), AgeAtOnsetCoefficient),
        new(EncalsPredictors.Names.DiagnosticDelay, TransformDelay(predictors.DiagnosticDelayMonths), DiagnosticDelayCoefficient),
        new(EncalsPredictors.Names.DeltaFs, TransformDeltaFs(predictors.DeltaFs), DeltaFsCoefficient),
        new(EncalsPredictors.Names.VitalCapacity, TransformVitalCapacity(predictors.VitalCapacityPercentPredicted), VitalCapacityCoefficient),
        new(EncalsPredictors.Names.BulbarOnset, Indicator(predictors.BulbarOnset), BulbarOnsetCoefficient),
        new(EncalsPredictors.Names.DefiniteElEscorial, Indicator(predictors.DefiniteElEscorial), DefiniteElEscorialCoefficient),
        new(EncalsPredictors.Names.Ftd, Indicator(predictors.Ftd), FtdCoefficient),
        new(EncalsPredictors.Names.C9orf72, Indicator(predictors.C9orf72), C9orf72Coefficient),
    ];

    // tAGE = (age/100)^-2
    private static double TransformAge(double ageYears)
    {
        var scaled = ageYears / AgeScaleYears;
        return 1 / (scaled * scaled);
    }

    // tDELAY = (delay/10)^-0.5 + ln(delay/10)
    private static double TransformDelay(double delayMonths)
    {
        var scaled = delayMonths / DelayScaleMonths;
        return (1 / Math.Sqrt(scaled)) + Math.Log(scaled);
    }

    // tSLOPE = (ΔFS + 0.1)^-0.5
    private static double TransformDeltaFs(double deltaFs) => 1 / Math.Sqrt(deltaFs + DeltaFsOffset);

    // tVC = (VC/100)^-1 + (VC/100)^-0.5
    private static double TransformVitalCapacity(double percentPredicted)
    {
        var scaled = percentPredicted / VitalCapacityScalePercent;
        return (1 / scaled) + (1 / Math.Sqrt(scaled));
    }

    private static double Indicator(bool value) => value ? 1 : 0;

    private static double PositiveCube(double difference) => difference > 0 ? difference * difference * difference : 0;
}
