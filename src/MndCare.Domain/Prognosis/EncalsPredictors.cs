using MndCare.Domain.Results;

namespace MndCare.Domain.Prognosis;

/// <summary>The eight validated predictors of the ENCALS survival model; none is ever imputed.</summary>
/// <remarks>
/// Westeneng H-J, Debray TPA, Visser AE, et al. Prognosis for patients with amyotrophic lateral sclerosis: development
/// and validation of a personalised prediction model. Lancet Neurol 2018;17:423-433. Inputs per Decision 13
/// (docs/instruments/encals.md): age at onset in years, diagnostic delay in months from onset to diagnosis (&gt; 0), ΔFS
/// at the assessment in points/month (Decision 3), vital capacity in % predicted, and four yes/no predictors. A missing
/// predictor gives no prediction and one <c>missingPredictor</c> error naming it; a yes/no predictor that is not known
/// (null, for example an untested C9orf72) is missing, never taken as "no".
/// </remarks>
public sealed record EncalsPredictors
{
    /// <summary>Highest age at onset accepted, in years.</summary>
    public const double MaxAgeAtOnsetYears = 120;

    /// <summary>Error code: a predictor is missing or not known; the error's field names it.</summary>
    public const string MissingPredictor = "missingPredictor";

    /// <summary>Error code: the diagnosis is not after onset.</summary>
    public const string NonPositiveDelay = "nonPositiveDelay";

    /// <summary>Error code: ΔFS below 0.</summary>
    public const string NegativeDeltaFs = "negativeDeltaFs";

    /// <summary>Error code: vital capacity not above 0 % predicted.</summary>
    public const string NonPositiveVitalCapacity = "nonPositiveVitalCapacity";

    /// <summary>Error code: NaN or infinity.</summary>
    public const string NotFinite = "notFinite";

    /// <summary>Error code: the age at onset is not above 0 and at most 120 years.</summary>
    public const string OutOfRange = "outOfRange";

    private EncalsPredictors()
    {
    }

    /// <summary>Age at symptom onset, in fractional years.</summary>
    public double AgeAtOnsetYears { get; private init; }

    /// <summary>Diagnostic delay, in months from symptom onset to diagnosis (&gt; 0).</summary>
    public double DiagnosticDelayMonths { get; private init; }

    /// <summary>Progression rate ΔFS = (48 − ALSFRS-R total) / months since onset, in points per month (≥ 0).</summary>
    public double DeltaFs { get; private init; }

    /// <summary>Vital capacity (forced or slow), in percent of predicted (&gt; 0).</summary>
    public double VitalCapacityPercentPredicted { get; private init; }

    /// <summary>True for bulbar onset; trunk, respiratory and generalized onset count as non-bulbar (Decision 14).</summary>
    public bool BulbarOnset { get; private init; }

    /// <summary>True when the revised El Escorial category is definite (Decision 7).</summary>
    public bool DefiniteElEscorial { get; private init; }

    /// <summary>True for frontotemporal dementia (ALS-FTD).</summary>
    public bool Ftd { get; private init; }

    /// <summary>True for a C9orf72 repeat expansion.</summary>
    public bool C9orf72 { get; private init; }

    /// <summary>Validates the predictors; each missing one is a <c>missingPredictor</c> error naming it.</summary>
    /// <param name="ageAtOnsetYears">Age at symptom onset in years, above 0 and at most 120.</param>
    /// <param name="diagnosticDelayMonths">Months from onset to diagnosis, above 0 (<c>nonPositiveDelay</c>).</param>
    /// <param name="deltaFs">ΔFS in points per month, 0 or more (<c>negativeDeltaFs</c>).</param>
    /// <param name="vitalCapacityPercentPredicted">Vital capacity in % predicted, above 0 (<c>nonPositiveVitalCapacity</c>).</param>
    /// <param name="bulbarOnset">Bulbar onset.</param>
    /// <param name="definiteElEscorial">Definite ALS by the revised El Escorial criteria.</param>
    /// <param name="ftd">Frontotemporal dementia; null when not known.</param>
    /// <param name="c9orf72">C9orf72 repeat expansion; null when not known (not tested).</param>
    /// <returns>The predictors, or every error found (a non-finite number is <c>notFinite</c>).</returns>
    public static Result<EncalsPredictors> Create(
        double? ageAtOnsetYears,
        double? diagnosticDelayMonths,
        double? deltaFs,
        double? vitalCapacityPercentPredicted,
        bool? bulbarOnset,
        bool? definiteElEscorial,
        bool? ftd,
        bool? c9orf72)
    {
        List<Error>? errors = null;

        if (Number(ageAtOnsetYears, Names.AgeAtOnset, "age at onset", ref errors) is { } age && age is not (> 0 and <= MaxAgeAtOnsetYears))
        {
            Add(ref errors, Names.AgeAtOnset, OutOfRange, "The age at onset must be above 0 and at most 120 years.");
        }
        if (Number(diagnosticDelayMonths, Names.DiagnosticDelay, "diagnostic delay", ref errors) is <= 0)
        {
            Add(ref errors, Names.DiagnosticDelay, NonPositiveDelay, "The diagnostic delay must be above 0 months (diagnosis after onset).");
        }
        if (Number(deltaFs, Names.DeltaFs, "ΔFS", ref errors) is < 0)
        {
            Add(ref errors, Names.DeltaFs, NegativeDeltaFs, "ΔFS must be 0 or more points per month.");
        }
        if (Number(vitalCapacityPercentPredicted, Names.VitalCapacity, "vital capacity", ref errors) is <= 0)
        {
            Add(ref errors, Names.VitalCapacity, NonPositiveVitalCapacity, "The vital capacity must be above 0 % predicted.");
        }
        Flag(bulbarOnset, Names.BulbarOnset, "bulbar onset", ref errors);
        Flag(definiteElEscorial, Names.DefiniteElEscorial, "definite El Escorial", ref errors);
        Flag(ftd, Names.Ftd, "FTD", ref errors);
        Flag(c9orf72, Names.C9orf72, "C9orf72", ref errors);

        if (errors is not null)
        {
            return Result<EncalsPredictors>.Failure(errors);
        }
        return new EncalsPredictors
        {
            AgeAtOnsetYears = ageAtOnsetYears!.Value,
            DiagnosticDelayMonths = diagnosticDelayMonths!.Value,
            DeltaFs = deltaFs!.Value,
            VitalCapacityPercentPredicted = vitalCapacityPercentPredicted!.Value,
            BulbarOnset = bulbarOnset!.Value,
            DefiniteElEscorial = definiteElEscorial!.Value,
            Ftd = ftd!.Value,
            C9orf72 = c9orf72!.Value,
        };
    }

    /// <summary>Whether <paramref name="error"/> is one of this model's errors (a predictor missing, not known or out of range).</summary>
    /// <param name="error">Any error of an assessment.</param>
    public static bool IsPredictorError(Error error) =>
        error is ValidationError { Code: MissingPredictor or NonPositiveDelay or NegativeDeltaFs or NonPositiveVitalCapacity or NotFinite or OutOfRange } v
        && Names.All.Contains(v.Field, StringComparer.Ordinal);

    // Returns the value only when it is present and finite, so range checks see real numbers.
    private static double? Number(double? value, string field, string label, ref List<Error>? errors)
    {
        if (value is not { } number)
        {
            Add(ref errors, field, MissingPredictor, $"The ENCALS predictor {label} is missing.");
            return null;
        }
        if (!double.IsFinite(number))
        {
            Add(ref errors, field, NotFinite, $"The ENCALS predictor {label} must be a finite number.");
            return null;
        }
        return number;
    }

    private static void Flag(bool? value, string field, string label, ref List<Error>? errors)
    {
        if (value is null)
        {
            Add(ref errors, field, MissingPredictor, $"The ENCALS predictor {label} is not known.");
        }
    }

    // The list is created on the first error only, so a valid call allocates nothing but the result.
    private static void Add(ref List<Error>? errors, string field, string code, string message) =>
        (errors ??= []).Add(new ValidationError(field, code, message));

    /// <summary>The API names of the predictors, used as error fields and contribution names.</summary>
    public static class Names
    {
        /// <summary>Age at onset.</summary>
        public const string AgeAtOnset = "ageAtOnset";

        /// <summary>Diagnostic delay.</summary>
        public const string DiagnosticDelay = "diagnosticDelay";

        /// <summary>Progression rate ΔFS.</summary>
        public const string DeltaFs = "deltaFs";

        /// <summary>Vital capacity % predicted.</summary>
        public const string VitalCapacity = "vitalCapacity";

        /// <summary>Bulbar onset.</summary>
        public const string BulbarOnset = "bulbarOnset";

        /// <summary>Definite revised El Escorial.</summary>
        public const string DefiniteElEscorial = "definiteElEscorial";

        /// <summary>Frontotemporal dementia.</summary>
        public const string Ftd = "ftd";

        /// <summary>C9orf72 repeat expansion.</summary>
        public const string C9orf72 = "c9orf72";

        /// <summary>Every predictor, in the order of <see cref="Create"/>.</summary>
        public static IReadOnlyList<string> All { get; } =
            [AgeAtOnset, DiagnosticDelay, DeltaFs, VitalCapacity, BulbarOnset, DefiniteElEscorial, Ftd, C9orf72];
    }
}
