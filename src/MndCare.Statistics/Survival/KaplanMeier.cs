namespace MndCare.Statistics.Survival;

/// <summary>The Kaplan–Meier estimate of the survival function with Greenwood variance and log-transformed intervals, as R's <c>survfit</c>.</summary>
/// <remarks>Kaplan EL, Meier P. JASA 1958;53:457–481; R survival 3.5-3 (Therneau). docs/statistics/survival.md.</remarks>
public static class KaplanMeier
{
    /// <summary>Fits the curve to right-censored times.</summary>
    /// <param name="time">Follow-up time of each subject (≥ 0).</param>
    /// <param name="eventObserved">True for an event, false for censoring.</param>
    public static KaplanMeierCurve Fit(IReadOnlyList<double> time, IReadOnlyList<bool> eventObserved) =>
        throw new NotImplementedException("issue 10: the survival engine");
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
    /// <summary>The survival estimate and its 95% interval at <paramref name="t"/> (right-continuous step function).</summary>
    public KaplanMeierStep At(double t) => throw new NotImplementedException("issue 10: the survival engine");
}

/// <summary>One time point of the curve.</summary>
/// <param name="Time">The time.</param>
/// <param name="AtRisk">Subjects at risk just before it.</param>
/// <param name="Events">Events at it.</param>
/// <param name="Censored">Censored at it.</param>
/// <param name="Survival">S(t).</param>
/// <param name="Lower95">Lower 95% limit (log transform).</param>
/// <param name="Upper95">Upper 95% limit (log transform, capped at 1).</param>
public sealed record KaplanMeierStep(double Time, int AtRisk, int Events, int Censored, double Survival, double Lower95, double Upper95);
