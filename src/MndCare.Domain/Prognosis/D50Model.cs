using System.Globalization;
using MndCare.Domain.Assessments;
using MndCare.Domain.Results;

namespace MndCare.Domain.Prognosis;

/// <summary>Fits the D50 disease-progression model to a patient's ALSFRS-R visits by least squares.</summary>
/// <remarks>
/// ALSFRS-R(t) = 48 / (1 + exp((t − D50) / dx)), t in months since symptom onset (Decision 1). Model: Jena group
/// (Grosskreutz, Prell, Steinbach, Poesen), ENCALS 2017 abstract P 48 and Steinbach et al. NeuroImage Clin
/// 2020;25:102094 [S]; no decided reading (docs/instruments/d50.md). The fit is Levenberg–Marquardt on (D50, ln dx)
/// from a grid of starting values, optionally with the onset anchor (t = 0, 48) [R]; it needs at least 3 visits [C]
/// and reports <c>notEstimable</c> when no start converges, the best fit is degenerate (flat or a step at the visits)
/// or it lies outside the plausible bounds below (docs/instruments/d50.md gives the reasons).
/// </remarks>
public static class D50Model
{
    /// <summary>ALSFRS-R total of full function, the model's upper asymptote and the onset anchor's value.</summary>
    public const double FullScore = AlsfrsR.MaxTotal;

    /// <summary>Fewest visits a fit needs, not counting the anchor (the public R script's rule [C]).</summary>
    public const int MinVisits = 3;

    /// <summary>Smallest plausible D50, in months: half of all function lost within weeks of onset is not a plausible ALS course.</summary>
    public const double MinD50Months = 1;

    /// <summary>Largest plausible D50, in months (50 years): beyond any observed ALS survival, so only an extrapolation of a flat series.</summary>
    public const double MaxD50Months = 600;

    /// <summary>Smallest plausible dx, in months: a steepest loss of 12/dx = 24 points per month would empty the scale in about two months.</summary>
    public const double MinDxMonths = 0.5;

    /// <summary>Largest plausible dx, in months: a steepest loss of 12/dx = 0.1 points per month leaves D50 unidentified by visits.</summary>
    public const double MaxDxMonths = 120;

    /// <summary>Levenberg–Marquardt iterations allowed per start before the start counts as not converged.</summary>
    public const int MaxIterations = 500;

    // Starting values spanning very fast to very slow disease, in months.
    private static readonly double[] StartD50Months = [6, 12, 24, 48, 96, 192];
    private static readonly double[] StartDxMonths = [1, 3, 9, 27];

    // Converged when a step moves every parameter by less than this, relative to its size.
    private const double StepTolerance = 1e-10;

    // Converged when a step lowers the residual sum of squares by less than this fraction.
    private const double RelativeRssTolerance = 1e-14;

    private const double InitialDamping = 1e-3;
    private const double DampingFactor = 10;
    private const double MinDamping = 1e-12;
    private const double MaxDamping = 1e16;

    // Keeps the damped step solvable when a curvature term vanishes (all points far from D50).
    private const double MinCurvature = 1e-12;

    // Search box on (D50, ln dx) far outside the plausible bounds, so iterates cannot overflow exp().
    private const double SearchMaxAbsD50Months = 1e5;
    private const double SearchMinLogDx = -7;
    private const double SearchMaxLogDx = 10;

    // Identified only if moving D50 by a month, or dx by a factor e, moves the curve at the points by at least
    // 1e-6 points (root sum of squares): the squared sensitivities must reach 1e-12.
    private const double MinInformation = 1e-12;

    // Identified only if the two sensitivities are not collinear: det(JᵀJ) must exceed this fraction of a·c.
    private const double MinRelativeDeterminant = 1e-12;

    /// <summary>The model's ALSFRS-R at time t for given parameters: 48 / (1 + exp((t − D50) / dx)).</summary>
    /// <param name="d50Months">D50 in months, above 0.</param>
    /// <param name="dxMonths">dx in months, above 0.</param>
    /// <param name="monthsSinceOnset">Months since symptom onset.</param>
    public static double Predict(double d50Months, double dxMonths, double monthsSinceOnset)
    {
        CheckParameters(d50Months, dxMonths);
        return FullScore * Logistic((monthsSinceOnset - d50Months) / dxMonths);
    }

    /// <summary>The model's rate of change at time t, in points per month: −48·p(1 − p)/dx with p = 1/(1 + exp((t − D50)/dx)).</summary>
    /// <param name="d50Months">D50 in months, above 0.</param>
    /// <param name="dxMonths">dx in months, above 0.</param>
    /// <param name="monthsSinceOnset">Months since symptom onset.</param>
    public static double Slope(double d50Months, double dxMonths, double monthsSinceOnset)
    {
        CheckParameters(d50Months, dxMonths);
        var z = (monthsSinceOnset - d50Months) / dxMonths;
        return -FullScore * LogisticSlope(z) / dxMonths;
    }

    /// <summary>Error code: fewer than <see cref="MinVisits"/> visits.</summary>
    public const string TooFewVisits = "tooFewVisits";

    /// <summary>Fits D50 and dx by least squares to a patient's visits.</summary>
    /// <param name="visits">Visits as (months since onset, 0 or more; ALSFRS-R total, 0-48); at least 3.</param>
    /// <param name="onsetAnchor">Adds the point (t = 0, 48) to the visits, Jena practice [R].</param>
    /// <returns>The fit, or errors: <c>visits</c> <c>tooFewVisits</c> or <c>notEstimable</c>; a visit's
    /// <c>monthsSinceOnset</c> or <c>alsfrsRTotal</c> <c>outOfRange</c>.</returns>
    public static Result<D50Fit> Fit(IReadOnlyList<(double MonthsSinceOnset, int AlsfrsRTotal)> visits, bool onsetAnchor = true)
    {
        ArgumentNullException.ThrowIfNull(visits);
        if (visits.Count < MinVisits)
        {
            return new ValidationError("visits", TooFewVisits, "A D50 fit needs at least 3 ALSFRS-R visits.");
        }
        var errors = new List<Error>();
        for (var i = 0; i < visits.Count; i++)
        {
            var (months, total) = visits[i];
            if (!(months >= 0 && double.IsFinite(months)))
            {
                errors.Add(new ValidationError(VisitField(i, "monthsSinceOnset"), "outOfRange", "A visit must be at a finite time, 0 or more months after onset."));
            }
            if (total is < 0 or > AlsfrsR.MaxTotal)
            {
                errors.Add(new ValidationError(VisitField(i, "alsfrsRTotal"), "outOfRange", "An ALSFRS-R total must be from 0 to 48."));
            }
        }
        if (errors.Count > 0)
        {
            return Result<D50Fit>.Failure(errors);
        }

        var offset = onsetAnchor ? 1 : 0;
        var times = new double[visits.Count + offset];
        var totals = new double[visits.Count + offset];
        if (onsetAnchor)
        {
            totals[0] = FullScore;
        }
        for (var i = 0; i < visits.Count; i++)
        {
            times[i + offset] = visits[i].MonthsSinceOnset;
            totals[i + offset] = visits[i].AlsfrsRTotal;
        }

        var found = false;
        var (bestD50, bestLogDx, bestRss) = (0.0, 0.0, double.PositiveInfinity);
        foreach (var startD50 in StartD50Months)
        {
            foreach (var startDx in StartDxMonths)
            {
                if (TryConverge(times, totals, startD50, Math.Log(startDx), out var d50, out var logDx, out var rss) && rss < bestRss)
                {
                    (bestD50, bestLogDx, bestRss, found) = (d50, logDx, rss, true);
                }
            }
        }
        if (!found)
        {
            return NotEstimable("no starting value converged");
        }
        // The best fit may be a degenerate curve (a step, or flat at 48 or 0 at every point); then the visits fix neither parameter.
        if (!IsIdentified(times, totals, bestD50, bestLogDx))
        {
            return NotEstimable("the best fit is flat or a step at the visits, so they do not determine D50 and dx");
        }
        var dx = Math.Exp(bestLogDx);
        if (bestD50 is < MinD50Months or > MaxD50Months || dx is < MinDxMonths or > MaxDxMonths)
        {
            return NotEstimable(string.Create(CultureInfo.InvariantCulture,
                $"the best fit (D50 {bestD50:G4} months, dx {dx:G4} months) lies outside D50 1-600 and dx 0.5-120 months"));
        }
        return new D50Fit(bestD50, dx, bestRss, onsetAnchor);
    }

    private static ValidationError NotEstimable(string reason) =>
        new("visits", "notEstimable", $"D50 is not estimable from these visits: {reason}.");

    private static string VisitField(int index, string member) =>
        string.Create(CultureInfo.InvariantCulture, $"visits[{index}].{member}");

    // Levenberg–Marquardt on θ = (D50, u = ln dx); true when a step criterion is met or no downhill step remains.
    private static bool TryConverge(double[] times, double[] totals, double d50, double logDx, out double bestD50, out double bestLogDx, out double rss)
    {
        rss = ResidualSumOfSquares(times, totals, d50, logDx);
        var damping = InitialDamping;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var (a, b, c, g1, g2) = NormalEquations(times, totals, d50, logDx);
            var accepted = false;
            var converged = false;
            while (damping <= MaxDamping)
            {
                var a2 = a + (damping * Math.Max(a, MinCurvature));
                var c2 = c + (damping * Math.Max(c, MinCurvature));
                var determinant = (a2 * c2) - (b * b);
                if (determinant > 0)
                {
                    var stepD50 = ((c2 * g1) - (b * g2)) / determinant;
                    var stepLogDx = ((a2 * g2) - (b * g1)) / determinant;
                    var candidateD50 = d50 + stepD50;
                    var candidateLogDx = logDx + stepLogDx;
                    var candidateRss = InSearchBox(candidateD50, candidateLogDx)
                        ? ResidualSumOfSquares(times, totals, candidateD50, candidateLogDx)
                        : double.PositiveInfinity;
                    if (candidateRss < rss)
                    {
                        converged = (Math.Abs(stepD50) <= StepTolerance * (Math.Abs(d50) + StepTolerance)
                                && Math.Abs(stepLogDx) <= StepTolerance * (Math.Abs(logDx) + StepTolerance))
                            || rss - candidateRss <= RelativeRssTolerance * rss;
                        (d50, logDx, rss) = (candidateD50, candidateLogDx, candidateRss);
                        damping = Math.Max(damping / DampingFactor, MinDamping);
                        accepted = true;
                        break;
                    }
                }
                damping *= DampingFactor;
            }
            // No downhill step even at the largest damping: θ is a minimum to machine precision.
            if (!accepted || converged)
            {
                (bestD50, bestLogDx) = (d50, logDx);
                return double.IsFinite(rss);
            }
        }
        (bestD50, bestLogDx) = (d50, logDx);
        return false;
    }

    private static bool IsIdentified(double[] times, double[] totals, double d50, double logDx)
    {
        var (a, b, c, _, _) = NormalEquations(times, totals, d50, logDx);
        return a >= MinInformation && c >= MinInformation && (a * c) - (b * b) > MinRelativeDeterminant * a * c;
    }

    private static bool InSearchBox(double d50, double logDx) =>
        Math.Abs(d50) <= SearchMaxAbsD50Months && logDx is >= SearchMinLogDx and <= SearchMaxLogDx;

    private static double ResidualSumOfSquares(double[] times, double[] totals, double d50, double logDx)
    {
        var dx = Math.Exp(logDx);
        var sum = 0.0;
        for (var i = 0; i < times.Length; i++)
        {
            var residual = totals[i] - (FullScore * Logistic((times[i] - d50) / dx));
            sum += residual * residual;
        }
        return sum;
    }

    // JᵀJ = [a b; b c] and Jᵀr = (g1, g2), with J = ∂f/∂(D50, ln dx) and r = total − f.
    private static (double A, double B, double C, double G1, double G2) NormalEquations(double[] times, double[] totals, double d50, double logDx)
    {
        var dx = Math.Exp(logDx);
        double a = 0, b = 0, c = 0, g1 = 0, g2 = 0;
        for (var i = 0; i < times.Length; i++)
        {
            var z = (times[i] - d50) / dx;
            var residual = totals[i] - (FullScore * Logistic(z));
            var weight = FullScore * LogisticSlope(z);
            var byD50 = weight / dx;
            var byLogDx = weight * z;
            a += byD50 * byD50;
            b += byD50 * byLogDx;
            c += byLogDx * byLogDx;
            g1 += byD50 * residual;
            g2 += byLogDx * residual;
        }
        return (a, b, c, g1, g2);
    }

    // p = 1/(1 + e^z); saturates cleanly to 0 or 1 for large |z|.
    private static double Logistic(double z) => 1 / (1 + Math.Exp(z));

    // p(1 − p), computed from both tails so it keeps full precision when p is near 1.
    private static double LogisticSlope(double z) => Logistic(z) * Logistic(-z);

    private static void CheckParameters(double d50Months, double dxMonths)
    {
        if (!(d50Months > 0 && double.IsFinite(d50Months)))
        {
            throw new ArgumentOutOfRangeException(nameof(d50Months), d50Months, "D50 must be finite and above 0.");
        }
        if (!(dxMonths > 0 && double.IsFinite(dxMonths)))
        {
            throw new ArgumentOutOfRangeException(nameof(dxMonths), dxMonths, "dx must be finite and above 0.");
        }
    }
}
