namespace MndCare.Statistics.Survival;

/// <summary>The Kaplan–Meier estimate of the survival function with Greenwood variance and log-transformed intervals, as R's <c>survfit</c>.</summary>
/// <remarks>Kaplan EL, Meier P. JASA 1958;53:457–481; Greenwood M. Rep Public Health Med Subj 1926;33; R survival 3.5-3 (Therneau):
/// survfitKM, survfit_confint (conf.type "log") and survmean (the median rule of print.survfit). docs/statistics/survival.md.</remarks>
public static class KaplanMeier
{
    /// <summary>z for a two-sided 95% interval, R's <c>qnorm(0.975)</c> printed with 17 digits.</summary>
    public const double Z95 = 1.9599639845400536;

    /// <summary>Fits the curve to right-censored times.</summary>
    /// <param name="time">Follow-up time of each subject (finite, ≥ 0).</param>
    /// <param name="eventObserved">True for an event, false for censoring.</param>
    public static KaplanMeierCurve Fit(IReadOnlyList<double> time, IReadOnlyList<bool> eventObserved)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(eventObserved);
        var n = SurvivalInput.CheckTimes(time, eventObserved);
        var fixedTime = TimeTies.Merge([.. time]);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Array.Sort((double[])fixedTime.Clone(), order);

        var steps = new List<KaplanMeierStep>();
        var atRisk = n;
        var survival = 1.0;
        var greenwood = 0.0;
        var totalEvents = 0;
        for (var i = 0; i < n;)
        {
            var t = fixedTime[order[i]];
            var events = 0;
            var censored = 0;
            for (; i < n && fixedTime[order[i]] == t; i++)
            {
                if (eventObserved[order[i]])
                {
                    events++;
                }
                else
                {
                    censored++;
                }
            }
            if (events > 0)
            {
                // The same arithmetic as survfitkm.c, so the curve is R's to the last bit.
                survival *= (double)(atRisk - events) / atRisk;
                greenwood += events / ((double)atRisk * (atRisk - events));
            }
            var (lower, upper) = LogInterval(survival, Math.Sqrt(greenwood));
            steps.Add(new KaplanMeierStep(t, atRisk, events, censored, survival, lower, upper));
            atRisk -= events + censored;
            totalEvents += events;
        }
        return new KaplanMeierCurve(n, totalEvents, steps, FirstAtOrBelowHalf(steps, s => s.Survival),
            FirstAtOrBelowHalf(steps, s => s.Lower95), FirstAtOrBelowHalf(steps, s => s.Upper95));
    }

    /// <summary>exp(log S ∓ z·se) with the upper limit capped at 1; NaN at S = 0, where R gives NA.</summary>
    private static (double Lower, double Upper) LogInterval(double survival, double standardErrorOfLog) =>
        survival == 0
            ? (double.NaN, double.NaN)
            : (Math.Exp(Math.Log(survival) - (Z95 * standardErrorOfLog)), Math.Min(Math.Exp(Math.Log(survival) + (Z95 * standardErrorOfLog)), 1));

    /// <summary>R's median rule (survmean's minmin): the first time the curve is at or below one half; when it equals one half
    /// (within √ε) and later drops below, the midpoint of that time and the time it drops. Null when never reached.</summary>
    private static double? FirstAtOrBelowHalf(List<KaplanMeierStep> steps, Func<KaplanMeierStep, double> curve)
    {
        const double Half = 0.5;
        var first = steps.FindIndex(s => curve(s) < Half + TimeTies.Tolerance);
        if (first < 0)
        {
            return null;
        }
        var value = curve(steps[first]);
        if (Math.Abs(value - Half) < TimeTies.Tolerance)
        {
            var drop = steps.FindIndex(first + 1, s => curve(s) < value);
            if (drop >= 0)
            {
                return (steps[first].Time + steps[drop].Time) / 2;
            }
        }
        return steps[first].Time;
    }
}

/// <summary>A Kaplan–Meier curve: one step per distinct event or censoring time, and the median with its 95% interval.</summary>
/// <param name="N">Subjects.</param>
/// <param name="Events">Events.</param>
/// <param name="Steps">The curve, in time order.</param>
/// <param name="Median">The median survival time, null when not reached (R's print rule).</param>
/// <param name="MedianLower95">Lower 95% limit of the median, null when not defined.</param>
/// <param name="MedianUpper95">Upper 95% limit of the median, null when not reached.</param>
public sealed record KaplanMeierCurve(int N, int Events, IReadOnlyList<KaplanMeierStep> Steps, double? Median, double? MedianLower95, double? MedianUpper95)
{
    /// <summary>The survival estimate and its 95% interval at <paramref name="t"/> (right-continuous step function): the last step at or
    /// before <paramref name="t"/>, or the start of the curve (time 0, everyone at risk, S = 1) before the first step.</summary>
    public KaplanMeierStep At(double t)
    {
        var (low, high) = (0, Steps.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (Steps[middle].Time <= t)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return high >= 0 ? Steps[high] : new KaplanMeierStep(0, N, 0, 0, 1, 1, 1);
    }
}

/// <summary>One time point of the curve.</summary>
/// <param name="Time">The time.</param>
/// <param name="AtRisk">Subjects at risk just before it.</param>
/// <param name="Events">Events at it.</param>
/// <param name="Censored">Censored at it.</param>
/// <param name="Survival">S(t).</param>
/// <param name="Lower95">Lower 95% limit (log transform); NaN where S(t) = 0 (R: NA).</param>
/// <param name="Upper95">Upper 95% limit (log transform, capped at 1); NaN where S(t) = 0 (R: NA).</param>
public sealed record KaplanMeierStep(double Time, int AtRisk, int Events, int Censored, double Survival, double Lower95, double Upper95);
